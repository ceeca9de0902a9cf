#pragma once

#include "devicestore.h"
#include "hublimits.h"

#include <domain/translatabletext.h>
#include <logging/logthrottle.h>
#include <queuelink/hubprotocol.h>

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <deque>

class QSslConfiguration;
class QSslSocket;
class QTimer;
class QWebSocket;
class QWebSocketServer;

namespace saduak {

class HubBackend;
class HubListener;
struct HubMessage;
struct HubReply;
struct LaterReply;

// The branch hub's LAN endpoint (docs/hub-protocol.md): WebSocket, JSON text frames. It checks
// every message (size, JSON, fields), authenticates devices by pairing token, answers ping,
// snapshot and subscribe itself, passes the other commands to the backend, and pushes events to
// subscribed clients in sequence order. Bad input gets an error reply, never a crash. What a
// connection may cost and how long it may stay quiet are its HubLimits.
class HubServer : public QObject
{
    Q_OBJECT
public:
    static constexpr int kProtocolVersion = kHubProtocolVersion;
    static constexpr qint64 kMaxMessageBytes = 64 * 1024; // larger: error reply
    static constexpr qint64 kHardMessageLimitBytes = 1024 * 1024; // larger: connection closed
    static constexpr int kReplayLimit = 1000; // events per subscribe; more: the client resyncs

    // Close codes of the hub's own (docs/hub-protocol.md "Limits"); 4000-4999 is the range RFC 6455
    // leaves to applications, and Qt's clients accept it.
    static constexpr int kCloseFull = 4001; // maxConnections reached: try again later
    static constexpr int kCloseNoHello = 4002; // no hello within helloTimeoutMs of connecting
    static constexpr int kCloseNoAnswer = 4003; // nothing heard, not even a pong, for idleTimeoutMs
    static constexpr int kCloseNotReading = 4004; // more than maxQueuedBytes waiting for it
    static constexpr int kCloseRevoked = 4005; // its pairing was revoked (saduak-hub revoke-device)
    // A counter PC bound to another counter (rebindDevice): it says hello again and learns it.
    static constexpr int kCloseRebound = 4006;
    static constexpr int kRevocationCheckMs = 250; // a revoked device is cut off within a second

    HubServer(HubBackend &backend, DeviceStore &devices, QObject *parent = nullptr);
    ~HubServer() override;

    // Serve wss:// only, with this certificate and key (ServerTls::fromPemFiles); before listen().
    // Without it the hub serves ws://, and listen() logs a warning naming the risk.
    void setTls(const QSslConfiguration &tls);
    bool isSecure() const;
    // What a device pins (hub/pinSha256, docs/hub-protocol.md "Transport"): the SHA-256 of the
    // certificate's public key, base64. Empty without TLS.
    QString pin() const;

    bool listen(const QHostAddress &address, quint16 port, QString *why = nullptr);
    quint16 port() const;
    QString url() const; // ws://host:port, or wss://host:port with TLS
    int clientCount() const;
    // The paired devices connected now (past hello, not being closed), by id.
    QSet<QString> connectedDeviceIds() const;

    // For connections accepted from now on (message sizes); timeouts apply to every connection.
    void setLimits(const HubLimits &limits);
    const HubLimits &limits() const { return m_limits; }

    // Pushes one event (with "seq") to every subscribed client (after the replies of the batch of
    // commands being answered, if any).
    void publishEvent(const QJsonObject &event);
    // Pushes a module's event ("<module>.<name>") to every subscribed client; not replayed.
    void publishModuleEvent(const QString &name, const QJsonObject &data);

    // The state of the push to central (SyncState::toJson; empty: no central configured). Sent in
    // every "welcome" and pushed as a "sync" message to every device past hello when it changes,
    // at most once a second (the last state wins).
    void setSyncState(const QJsonObject &sync);
    static constexpr int kSyncPushIntervalMs = 1000;

Q_SIGNALS:
    void deviceConnected(const QString &deviceName);
    void deviceDisconnected(const QString &deviceName);

private:
    struct Session;
    struct PendingCommand;
    struct HelloFailures
    {
        qint64 windowStartMs = 0;
        int failed = 0; // unknown or revoked tokens
        int refused = 0; // hellos refused without a look at the token
    };
    void acceptTcp();
    void startTls(QSslSocket *socket);
    void acceptConnection();
    void handleText(QWebSocket *socket, const QString &text);
    void handleMessage(Session &session, const HubMessage &message);
    void handleHello(Session &session, const QString &id, const QJsonObject &message);
    void handleSubscribe(Session &session, const QString &id, const QJsonObject &message);
    bool isBatched(const Session &session, const HubMessage &message) const;
    void postFlush();
    void flushCommands();
    void sendReply(Session &session, const QString &id, const HubReply &reply);
    void sendLater(Session &session, const QString &id, const LaterReply &later);
    void send(Session &session, const QJsonObject &message);
    void sendText(Session &session, const QString &text);
    // countsBeforeHello: a bad message, of which a peer before hello gets a few answered.
    void sendError(Session &session, const QString &re, const QString &code,
        const TranslatableText &text, bool countsBeforeHello = true);
    void closeSession(Session &session, int code, const QString &reason);
    Session *sessionFor(QWebSocket *socket);
    int openSessions() const;
    void pushSyncState();
    void sweep();
    void closeRevokedSessions();
    void recordContact(const Device &device, const QString &clientVersion = {});
    bool helloThrottled(const QString &address, qint64 *waitMs);
    void recordFailedHello(const QString &address);
    void expireHelloFailures(bool all);
    void forgetOldestHelloFailures(qint64 now);

    HubBackend &m_backend;
    DeviceStore &m_devices;
    HubListener *m_tcp = nullptr;
    QWebSocketServer *m_server = nullptr;
    QList<Session *> m_sessions;
    // Group commit: write commands wait here for one turn of the event loop, so those that arrived
    // together (typically while the previous commit's fsync ran) share the next commit.
    QList<PendingCommand> m_pending;
    bool m_flushPosted = false;
    bool m_holdEvents = false; // while a batch is answered: events go out after its replies
    QList<QJsonObject> m_heldEvents;
    QJsonObject m_sync; // the last state set; empty: no central
    QJsonObject m_syncSent; // the last state pushed
    QTimer *m_syncTimer = nullptr;
    QElapsedTimer m_sinceSyncPush;

    HubLimits m_limits;
    QElapsedTimer m_clock; // ms since the server started: connects, hellos, pongs
    QTimer *m_sweepTimer = nullptr; // hello and idle timeouts, pings, failed-hello windows
    QTimer *m_revocationTimer = nullptr;
    int m_tcpOpen = 0; // TCP connections alive, handshakes included
    bool m_fullLogged = false;
    QHash<QString, HelloFailures> m_failedHellos; // by peer address
    // Its addresses, oldest window first: windows all last as long, so the expired ones are at the
    // front, and past maxFailedHelloAddresses the front one goes.
    std::deque<QString> m_failedHelloOrder;
    LogThrottle m_handshakeLog; // "TLS handshake with … failed"
    LogThrottle m_helloLog; // "refused a hello with an unknown or revoked token from …"
    LogThrottle m_helloSummaryLog; // "hellos from … in … s: …"
};

} // namespace saduak
