#pragma once

#include <domain/translatabletext.h>

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <functional>

class QSslError;
class QTimer;
class QWebSocket;

namespace saduak {

// A device's link to the branch hub (docs/hub-protocol.md). Connects, says hello with its pairing
// token, takes a snapshot, subscribes from the last event it saw, and reconnects with backoff
// (with jitter, so thirty counters do not all knock at the same millisecond) when the LAN drops.
// A command is kept until the hub answers it and is sent again with the SAME id after a
// reconnect, so the hub runs it at most once.
//
// A wss:// hub must show the key this device was given at pairing (setPinnedKey, hub/pinSha256):
// the hub's certificate is accepted — self-signed, for any name — only when its public key has that
// SHA-256, and that is checked before hello, so the token never reaches another server. A wss://
// hub without a pin, or with another key, is a refusal (Refused, not tried again).
// A ws:// hub is only for a hub on this PC (loopback): to another host it is a refusal too, as
// the token would cross the LAN in clear.
class HubClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Ready, Reconnecting, Refused };
    Q_ENUM(State)

    using ReplyHandler = std::function<void(const QJsonObject &reply)>; // "reply" or "error"

    HubClient(const QUrl &url, const QString &token, QObject *parent = nullptr);
    ~HubClient() override;

    // The SHA-256 of the hub's public key (PublicKeyPin, 32 bytes), for a wss:// url; before
    // start().
    void setPinnedKey(const QByteArray &sha256) { m_pinnedKey = sha256; }

    void start();
    void stop();
    State state() const { return m_state; }
    qint64 lastSeq() const { return m_lastSeq; }
    // Why the hub refused this device, in this device's language now (the hub's words when
    // the sentence is not known here).
    QString lastError() const;
    // The role the hub named in its last "welcome" ("counter", "kiosk"…); empty before.
    QString deviceRole() const { return m_deviceRole; }
    // A counter PC's own counter, from its pairing, as the last "welcome" named it; 0: none.
    int deviceCounter() const { return m_deviceCounter; }

    // Queues a command; returns its request id. done (may be empty) runs once, with the reply.
    QString send(const QString &type, const QJsonObject &params, ReplyHandler done = {});
    int pendingCount() const { return int(m_pending.size()); }

    void setBackoff(int initialMs, int maxMs); // tests shorten it

Q_SIGNALS:
    void stateChanged(saduak::HubClient::State state);
    void snapshotReceived(const QJsonObject &snapshot, qint64 seq);
    // replay: the event happened while this device was away; a display shows it but does not
    // announce it again.
    void eventReceived(const QJsonObject &event, qint64 seq, bool replay);
    // The hub's push to central (SyncState::toJson), from "welcome" and "sync" messages; empty:
    // the hub has no central configured (or is too old to say).
    void syncStateReceived(const QJsonObject &sync);
    // A module's event ("<module>.<name>"), live only (after subscribe; never replayed).
    void moduleEventReceived(const QString &name, const QJsonObject &data);

private:
    struct Pending
    {
        QString id;
        QJsonObject message;
        ReplyHandler done;
        bool sent = false;
    };

    void connectNow();
    bool hubKeyPinned() const;
    void checkHubCertificate(const QList<QSslError> &errors);
    void refuse(const TranslatableText &why);
    void dropSocket(); // no connection and no reconnect pending; nothing more from the old one
    void scheduleReconnect();
    void setState(State state);
    void handleText(const QString &text);
    void handleReply(const QJsonObject &message);
    void sendRaw(const QJsonObject &message);
    void afterWelcome(qint64 hubSeq);
    void flushPending();
    QString newId() const;

    QUrl m_url;
    QString m_token;
    QByteArray m_pinnedKey;
    QWebSocket *m_socket = nullptr;
    QTimer *m_reconnectTimer = nullptr;
    State m_state = State::Disconnected;
    bool m_running = false;
    int m_attempt = 0;
    int m_initialBackoffMs = 250;
    int m_maxBackoffMs = 10000;
    qint64 m_lastSeq = -1; // -1: never synchronised
    QString m_lastError; // the hub's words
    TranslatableText m_lastErrorText; // the same, untranslated
    QString m_deviceRole;
    int m_deviceCounter = 0;
    QList<Pending> m_pending;
    QString m_helloId;
    QString m_snapshotId;
    QString m_subscribeId;
};

} // namespace saduak
