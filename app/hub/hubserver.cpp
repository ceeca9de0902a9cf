#include "hubserver.h"

#include "commandtable.h"

#include "hubbackend.h"
#include "hublistener.h"
#include "hubmessage.h"
#include "longreads.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <domain/bangkoktime.h>
#include <tls/publickeypin.h>

#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHub, "saduak.hub")

namespace saduak {

// A connection's state. A child of its socket, so it is deleted with it (later, by deleteLater):
// a close that disconnects at once leaves no dangling session under a caller.
struct HubServer::Session : QObject
{
    using QObject::QObject;
    QWebSocket *socket = nullptr;
    QString address; // the peer's, IPv4 without the ::ffff: prefix
    std::optional<Device> device;
    bool subscribed = false;
    qint64 lastSentSeq = 0;
    qint64 connectedMs = 0;
    qint64 lastHeardMs = 0; // a message or a pong
    qint64 lastPingMs = 0;
    int errorsBeforeHello = 0;
    bool closing = false; // nothing more is sent or read
};

// A write command waiting for the next group commit. The device may disconnect meanwhile: the
// command still runs (its answer is remembered for the retry), only the reply has nowhere to go.
struct HubServer::PendingCommand
{
    QPointer<QWebSocket> socket;
    Device device;
    QString id;
    QString type;
    QJsonObject message;
};

namespace {

QString trHub(const char *text)
{
    return QCoreApplication::translate("saduak::HubServer", text);
}

// A protocol error's sentence, kept untranslated for the device (sendError).
TranslatableText hubText(const char *text)
{
    return TranslatableText("saduak::HubServer", text);
}

QString peerAddress(const QWebSocket *socket)
{
    const QHostAddress address = socket->peerAddress();
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // also ::ffff:a.b.c.d on a dual-stack port
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

// Connections being refused with a close reason beyond maxConnections; more are cut at once.
constexpr int kRefusalSlots = 16;

// On a TLS socket once its handshake is done and the WebSocket server has it.
constexpr char kHandedOver[] = "saduakHandedOver";

} // namespace

HubServer::HubServer(HubBackend &backend, DeviceStore &devices, QObject *parent)
    : QObject(parent), m_backend(backend), m_devices(devices),
      m_handshakeLog(lcHub(), QtInfoMsg, u"failed TLS handshakes"_s),
      m_helloLog(lcHub(), QtWarningMsg, u"addresses with a refused hello"_s),
      m_helloSummaryLog(lcHub(), QtWarningMsg, u"summaries of refused hellos"_s)
{
    m_server = new QWebSocketServer(u"saduak-hub"_s, QWebSocketServer::NonSecureMode, this);
    connect(m_server, &QWebSocketServer::newConnection, this, &HubServer::acceptConnection);
    // The hub accepts TCP itself so it can switch Nagle's algorithm off before the WebSocket
    // handshake: a small reply otherwise waits for the device's delayed ACK, ~40 ms
    // (docs/performance.md), and QWebSocket gives no access to its socket afterwards.
    m_tcp = new HubListener(this);
    connect(m_tcp, &QTcpServer::newConnection, this, &HubServer::acceptTcp);
    // Qt stops accepting for good on an error such as EMFILE (no descriptor left): try again.
    connect(m_tcp, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) {
        qCWarning(lcHub) << "cannot accept a connection:" << m_tcp->errorString()
                         << "- trying again in a second (docs/deployment.md, LimitNOFILE)";
        QTimer::singleShot(1000, m_tcp, [tcp = m_tcp] { tcp->resumeAccepting(); });
    });
    m_syncTimer = new QTimer(this);
    m_syncTimer->setSingleShot(true);
    connect(m_syncTimer, &QTimer::timeout, this, &HubServer::pushSyncState);
    m_clock.start();
    m_sweepTimer = new QTimer(this);
    connect(m_sweepTimer, &QTimer::timeout, this, &HubServer::sweep);
    m_revocationTimer = new QTimer(this);
    connect(m_revocationTimer, &QTimer::timeout, this, &HubServer::closeRevokedSessions);
    setLimits(m_limits);
}

HubServer::~HubServer()
{
    for (Session *s : std::as_const(m_sessions)) {
        s->socket->disconnect(this);
        if (s->device) // the hub stops: its devices' connections end now
            recordContact(*s->device);
    }
    m_sessions.clear(); // each session goes with its socket, a child of this
    expireHelloFailures(true); // the last summaries
}

void HubServer::setLimits(const HubLimits &limits)
{
    m_limits = limits;
    // A connection that never finishes its WebSocket handshake is dropped by Qt in this time.
    m_server->setHandshakeTimeout(std::max(1, m_limits.helloTimeoutMs));
    // Each timeout is noticed within a quarter of itself.
    const int shortest = std::min(
        {m_limits.helloTimeoutMs, m_limits.pingIntervalMs, m_limits.idleTimeoutMs});
    m_sweepTimer->start(std::clamp(shortest / 4, 10, 1000));
    m_revocationTimer->start(kRevocationCheckMs);
    for (LogThrottle *log : {&m_handshakeLog, &m_helloLog, &m_helloSummaryLog})
        log->setWindow(LogThrottle::kDefaultLinesPerWindow, m_limits.logWindowMs);
}

void HubServer::setTls(const QSslConfiguration &tls)
{
    m_tcp->setTls(tls);
}

bool HubServer::isSecure() const
{
    return m_tcp->tls().has_value();
}

QString HubServer::pin() const
{
    return isSecure() ? PublicKeyPin::textOf(m_tcp->tls()->localCertificate()) : QString();
}

bool HubServer::listen(const QHostAddress &address, quint16 port, QString *why)
{
    if (m_tcp->listen(address, port)) {
        // The first lines an operator reads (docs/deployment.md, "The branch hub").
        if (isSecure())
            qCInfo(lcHub).noquote() << "serving wss:// on port" << m_tcp->serverPort()
                                    << u"- devices pin the hub's key: hub/pinSha256="_s + pin();
        else
            qCWarning(lcHub).noquote()
                << "serving ws:// without TLS on port" << m_tcp->serverPort()
                << "- pairing tokens and citizen data cross the LAN readable by anyone on it;"
                << "give the hub a certificate (--tls-cert and --tls-key, or hub/tlsCert and"
                << "hub/tlsKey; docs/deployment.md)";
        return true;
    }
    if (why)
        *why = trHub(QT_TRANSLATE_NOOP("saduak::HubServer", "The hub cannot listen on port %1: %2"))
                   .arg(port)
                   .arg(m_tcp->errorString());
    return false;
}

quint16 HubServer::port() const
{
    return m_tcp->serverPort();
}

QString HubServer::url() const
{
    QHostAddress host = m_tcp->serverAddress();
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4 || host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHost;
    return (isSecure() ? u"wss://"_s : u"ws://"_s) + host.toString() + u':'
        + QString::number(port());
}

int HubServer::clientCount() const
{
    return int(m_sessions.size());
}

QSet<QString> HubServer::connectedDeviceIds() const
{
    QSet<QString> ids;
    for (const Session *s : m_sessions)
        if (s->device && !s->closing)
            ids.insert(s->device->id);
    return ids;
}

void HubServer::recordContact(const Device &device, const QString &clientVersion)
{
    QString why;
    if (!m_devices.recordContact(device.id, BangkokTime::nowUtcMs(), clientVersion, &why))
        qCWarning(lcHub).noquote() << "last contact of" << device.name << "not saved:" << why;
}

void HubServer::acceptTcp()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        if (m_tcpOpen >= m_limits.maxConnections + kRefusalSlots) {
            // Even a refusal with a reason costs a descriptor until its handshake is done.
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_tcpOpen;
        // The QWebSocket made from it owns it later: either way it is destroyed when it is done.
        connect(socket, &QObject::destroyed, this, [this] { --m_tcpOpen; });
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        // Qt's handshake timeout covers only connections its own TCP server accepted: one that
        // never finishes its WebSocket handshake is cut here, after the hello timeout and the
        // grace of a close (an upgraded one is the sweep's, which closes it with 4002 first).
        QTimer::singleShot(
            m_limits.helloTimeoutMs + m_limits.closeGraceMs, socket, [this, socket] {
                for (const Session *s : std::as_const(m_sessions))
                    if (s->socket->peerPort() == socket->peerPort()
                        && s->socket->peerAddress() == socket->peerAddress())
                        return;
                socket->abort();
                socket->deleteLater();
            });
        if (auto *tls = qobject_cast<QSslSocket *>(socket))
            startTls(tls);
        else
            m_server->handleConnection(socket);
    }
}

void HubServer::startTls(QSslSocket *socket)
{
    // The WebSocket handshake and hello come once the TLS handshake is done; a peer that never
    // finishes it (plain TCP, a plain ws:// client, a port scan) is cut when its hello would be
    // due, having had nothing from the hub.
    // (Marked rather than asked isEncrypted(): once the WebSocket server has it, it is not ours to
    // cut, even after it disconnected.)
    QTimer::singleShot(m_limits.helloTimeoutMs, socket, [socket] {
        if (!socket->property(kHandedOver).toBool()) {
            socket->abort();
            socket->deleteLater();
        }
    });
    // A failed handshake (a ws:// client, a client that refuses the certificate) costs that
    // connection only, and the log a few lines a window (anyone on the LAN can fail one).
    const QMetaObject::Connection failed
        = connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket] {
              if (m_handshakeLog.admit())
                  qCInfo(lcHub).noquote()
                      << "TLS handshake with" << socket->peerAddress().toString()
                      << "failed:" << socket->errorString();
              socket->abort();
              socket->deleteLater();
          });
    const QMetaObject::Connection gone = connect(
        socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QSslSocket::encrypted, this, [this, socket, failed, gone] {
        // The WebSocket server's from now on: its errors and its end are the session's.
        disconnect(failed);
        disconnect(gone);
        socket->setProperty(kHandedOver, true);
        m_server->handleConnection(socket);
    });
    socket->startServerEncryption();
}

int HubServer::openSessions() const
{
    int open = 0;
    for (const Session *s : m_sessions)
        open += s->closing ? 0 : 1;
    return open;
}

void HubServer::acceptConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        // Qt closes the connection (1009) past this size; below it we answer tooLarge ourselves.
        // Before hello only a hello is expected: unfinished fragments cannot cost more than this.
        socket->setMaxAllowedIncomingMessageSize(quint64(m_limits.maxMessageBytesBeforeHello));
        socket->setMaxAllowedIncomingFrameSize(quint64(m_limits.maxMessageBytesBeforeHello));
        const bool full = openSessions() >= m_limits.maxConnections;
        auto *session = new Session(socket);
        session->socket = socket;
        session->address = peerAddress(socket);
        session->connectedMs = m_clock.elapsed();
        session->lastHeardMs = session->connectedMs;
        m_sessions.append(session);
        connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &text) { handleText(socket, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket] {
            Session *s = sessionFor(socket);
            if (!s || s->closing)
                return;
            s->lastHeardMs = m_clock.elapsed();
            sendError(*s, {}, u"badRequest"_s,
                hubText(
                    QT_TRANSLATE_NOOP("saduak::HubServer", "Messages are JSON text, not binary.")));
        });
        connect(socket, &QWebSocket::pong, this, [this, socket] {
            if (Session *s = sessionFor(socket))
                s->lastHeardMs = m_clock.elapsed();
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            Session *s = sessionFor(socket);
            if (!s)
                return;
            if (s->device) {
                recordContact(*s->device);
                Q_EMIT deviceDisconnected(s->device->name);
            }
            m_sessions.removeOne(s);
            socket->deleteLater(); // and its session with it
            if (openSessions() < m_limits.maxConnections)
                m_fullLogged = false;
        });
        if (full) {
            if (!m_fullLogged)
                qCWarning(lcHub) << "the hub is full:" << m_limits.maxConnections
                                 << "connections; refusing new ones until one closes"
                                 << "(hub/maxConnections, --max-connections)";
            m_fullLogged = true;
            closeSession(*session, kCloseFull, u"The hub is full; try again later."_s);
        }
    }
}

void HubServer::closeSession(Session &session, int code, const QString &reason)
{
    if (session.closing)
        return;
    session.closing = true;
    QWebSocket *socket = session.socket;
    // A peer that does not read never takes the close frame, and Qt would keep the socket and all
    // it holds until it did: after a grace period it is cut.
    QTimer::singleShot(m_limits.closeGraceMs, socket, [socket] {
        if (socket->state() != QAbstractSocket::UnconnectedState)
            socket->abort();
    });
    socket->close(QWebSocketProtocol::CloseCode(code), reason);
}

HubServer::Session *HubServer::sessionFor(QWebSocket *socket)
{
    for (Session *s : std::as_const(m_sessions))
        if (s->socket == socket)
            return s;
    return nullptr;
}

void HubServer::send(Session &session, const QJsonObject &message)
{
    sendText(session, QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void HubServer::sendText(Session &session, const QString &text)
{
    if (session.closing)
        return;
    session.socket->sendTextMessage(text);
    // What the socket holds is what the peer has not taken (the kernel's buffers are full).
    const qint64 queued = session.socket->bytesToWrite();
    if (queued <= m_limits.maxQueuedBytes)
        return;
    qCWarning(lcHub).nospace().noquote() << "closed the connection of "
                               << (session.device ? session.device->name : u"a device"_s)
                               << " from " << session.address << ": it does not read what the hub "
                               << "sends (" << queued << " bytes waiting)";
    closeSession(session, kCloseNotReading, u"Not reading: too much waiting to be sent."_s);
}

void HubServer::sendError(Session &session, const QString &re, const QString &code,
    const TranslatableText &text, bool countsBeforeHello)
{
    // "message" in the hub's language; "text" untranslated, for the device's own language
    // (docs/hub-protocol.md, "Error codes").
    QJsonObject error {{u"type"_s, u"error"_s}, {u"code"_s, code}, {u"message"_s, text.toString()},
        {u"text"_s, text.toJson()}};
    if (!re.isEmpty())
        error.insert(u"re"_s, re);
    send(session, error);
    // Before hello a peer has nothing to get wrong more than a few times: no flood of replies.
    // (A refused hello closes the connection itself, with its own reason.)
    if (!session.device && countsBeforeHello
        && ++session.errorsBeforeHello >= m_limits.maxErrorsBeforeHello)
        closeSession(session, QWebSocketProtocol::CloseCodePolicyViolated,
            u"Too many bad messages before hello."_s);
}

void HubServer::handleText(QWebSocket *socket, const QString &text)
{
    Session *session = sessionFor(socket);
    if (!session || session->closing)
        return;
    session->lastHeardMs = m_clock.elapsed();
    const HubMessage message = HubMessage::read(text, kMaxMessageBytes);
    if (message.problem == HubMessage::Problem::TooLarge) {
        flushCommands(); // answers keep the order of the messages
        sendError(*session, {}, u"tooLarge"_s,
            hubText(QT_TRANSLATE_NOOP("saduak::HubServer", "The message is too large.")));
        return;
    }
    if (message.problem == HubMessage::Problem::BadJson) {
        flushCommands();
        sendError(*session, {}, u"badJson"_s,
            hubText(QT_TRANSLATE_NOOP("saduak::HubServer", "The message is not a JSON object.")));
        return;
    }
    if (isBatched(*session, message)) {
        m_pending.append({socket, *session->device, message.id, message.type, message.json});
        postFlush();
        return;
    }
    // Anything else is answered after the commands that came before it, as they were sent.
    flushCommands();
    handleMessage(*session, message);
}

bool HubServer::isBatched(const Session &session, const HubMessage &message) const
{
    // Only what handleMessage would pass to the backend as it is; the rest it answers itself.
    return session.device && message.problem == HubMessage::Problem::None
        && m_backend.batches(message.type);
}

void HubServer::postFlush()
{
    if (m_flushPosted)
        return;
    m_flushPosted = true;
    // After the messages already readable on any socket: one batch takes them all.
    QMetaObject::invokeMethod(this, &HubServer::flushCommands, Qt::QueuedConnection);
}

void HubServer::flushCommands()
{
    m_flushPosted = false;
    if (m_pending.isEmpty())
        return;
    const QList<PendingCommand> batch = std::exchange(m_pending, {});
    m_holdEvents = true;
    const bool batched = m_backend.beginBatch();
    QList<HubReply> replies;
    replies.reserve(batch.size());
    for (const PendingCommand &c : batch)
        replies.append(m_backend.execute(c.device, c.type, c.message));
    if (batched) {
        // Nothing is acknowledged before this commit: a reply promises a durable change.
        const HubReply committed = m_backend.endBatch();
        if (!committed.ok()) {
            for (HubReply &reply : replies)
                reply = committed;
        }
    }
    m_holdEvents = false;
    for (qsizetype i = 0; i < batch.size(); ++i) {
        if (Session *s = batch.at(i).socket ? sessionFor(batch.at(i).socket) : nullptr)
            sendReply(*s, batch.at(i).id, replies.at(i));
    }
    // The replies first: each device waits for its own answer, everyone else for the events.
    // Only committed events were emitted (a failed batch emits none; a rollover that ran before
    // it is committed on its own).
    for (const QJsonObject &event : std::exchange(m_heldEvents, {}))
        publishEvent(event);
}

void HubServer::handleMessage(Session &session, const HubMessage &read)
{
    if (read.problem != HubMessage::Problem::None) {
        sendError(session, read.id, u"badRequest"_s,
            hubText(QT_TRANSLATE_NOOP("saduak::HubServer",
                "Every message needs a \"type\" and an \"id\" "
                "(text, at most 128 characters).")));
        return;
    }
    const QString &id = read.id;
    const QString &type = read.type;
    const QJsonObject &message = read.json;

    if (type == u"hello"_s) {
        if (const QString bad = CommandTable::badProtocolField(type, message); !bad.isEmpty()) {
            sendReply(session, id, CommandTable::badFieldReply(bad)); // the device may try again
            return;
        }
        handleHello(session, id, message);
        return;
    }
    if (!session.device) {
        sendError(session, id, u"unauthorized"_s,
            hubText(
                QT_TRANSLATE_NOOP("saduak::HubServer", "Say hello with a pairing token first.")));
        return;
    }
    if (type == u"ping"_s) {
        send(session, {{u"type"_s, u"reply"_s}, {u"re"_s, id}, {u"ok"_s, true}});
        return;
    }
    if (type == u"snapshot"_s) {
        HubReply failure;
        if (const auto snapshot = m_backend.snapshot(&failure)) {
            send(session,
                {{u"type"_s, u"reply"_s}, {u"re"_s, id}, {u"ok"_s, true},
                    {u"seq"_s, m_backend.lastEventSeq()}, {u"snapshot"_s, *snapshot}});
        } else {
            send(session, failure.errorJson(id));
        }
        return;
    }
    if (type == u"subscribe"_s) {
        // "0" or -1 is no seq: taken as one, it would send a device a resync it never asked for.
        if (const QString bad = CommandTable::badProtocolField(type, message); !bad.isEmpty()) {
            sendReply(session, id, CommandTable::badFieldReply(bad));
            return;
        }
        handleSubscribe(session, id, message);
        return;
    }

    sendReply(session, id, m_backend.execute(*session.device, type, message));
}

void HubServer::sendReply(Session &session, const QString &id, const HubReply &reply)
{
    if (reply.later) {
        sendLater(session, id, *reply.later);
        return;
    }
    if (!reply.ok()) {
        send(session, reply.errorJson(id));
        return;
    }
    QJsonObject out = reply.body;
    out.insert(u"type"_s, u"reply"_s);
    out.insert(u"re"_s, id);
    out.insert(u"ok"_s, true);
    send(session, out);
}

// A long read's answer (LongReads), sent when it is ready; the device's later messages may be
// answered before it (clients match answers by "re", docs/hub-protocol.md "Long reads"). The
// watcher goes with the session, and the session with its socket: a device gone before the
// answer gets nothing and nothing else is touched.
void HubServer::sendLater(Session &session, const QString &id, const LaterReply &later)
{
    auto *watcher = new QFutureWatcher<HubReply>(&session);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id] {
        auto *s = static_cast<Session *>(watcher->parent());
        watcher->deleteLater();
        if (!m_sessions.contains(s) || s->closing)
            return; // disconnected meanwhile: dropped quietly
        const QFuture<HubReply> result = watcher->future();
        if (result.resultCount() == 0) // cancelled: the hub is stopping
            return;
        const HubReply reply = result.result();
        if (reply.later) // a read answers with its result, never with another wait
            return;
        sendReply(*s, id, reply);
    });
    watcher->setFuture(later.result);
}

void HubServer::handleHello(Session &session, const QString &id, const QJsonObject &message)
{
    qint64 waitMs = 0;
    if (helloThrottled(session.address, &waitMs)) {
        // Refused without a look at the token: guessing tokens from one address is slowed to a
        // few a window, and the log gets one line for it (expireHelloFailures).
        sendError(session, id, u"tooManyAttempts"_s,
            hubText(QT_TRANSLATE_NOOP("saduak::HubServer",
                        "Too many failed attempts to connect from this computer. Try again in %1 "
                        "seconds."))
                .arg((waitMs + 999) / 1000),
            false);
        closeSession(session, QWebSocketProtocol::CloseCodePolicyViolated,
            u"Too many failed hellos from this address."_s);
        return;
    }
    bool speaksOurs = false;
    const QJsonArray protocols = message.value(u"protocols"_s).toArray();
    for (const QJsonValue &v : protocols)
        speaksOurs = speaksOurs || v.toInt() == kProtocolVersion;
    if (!speaksOurs) {
        sendError(session, id, u"unsupportedProtocol"_s,
            hubText(QT_TRANSLATE_NOOP("saduak::HubServer",
                        "This hub speaks protocol version %1 only; update "
                        "Saduak on this device."))
                .arg(kProtocolVersion),
            false);
        closeSession(session, QWebSocketProtocol::CloseCodeProtocolError, {});
        return;
    }
    const std::optional<Device> device
        = m_devices.authenticate(message.value(u"token"_s).toString());
    if (!device) {
        recordFailedHello(session.address);
        sendError(session, id, u"unauthorized"_s,
            hubText(QT_TRANSLATE_NOOP("saduak::HubServer",
                "This device is not paired with the hub, or its "
                "pairing was revoked. Ask the supervisor to pair it.")),
            false);
        closeSession(session, QWebSocketProtocol::CloseCodePolicyViolated, {});
        return;
    }
    session.device = device;
    // A paired device may send what the protocol allows (docs/hub-protocol.md "Limits").
    session.socket->setMaxAllowedIncomingMessageSize(kHardMessageLimitBytes);
    session.socket->setMaxAllowedIncomingFrameSize(kHardMessageLimitBytes);
    qCInfo(lcHub) << "device connected:" << toString(device->role) << device->name;
    // Once a connection, not a message: the supervisor's device list (devices) reads it.
    recordContact(*device, message.value(u"client"_s).toString());
    Q_EMIT deviceConnected(device->name);
    QJsonObject deviceJson {
        {u"id"_s, device->id}, {u"role"_s, toString(device->role)}, {u"name"_s, device->name}};
    if (device->counterNumber > 0) // a counter PC's own counter, from its pairing
        deviceJson.insert(u"counter"_s, device->counterNumber);
    QJsonObject welcome {{u"type"_s, u"welcome"_s}, {u"re"_s, id}, {u"ok"_s, true},
        {u"protocol"_s, kProtocolVersion},
        {u"device"_s, deviceJson},
        {u"seq"_s, m_backend.lastEventSeq()}};
    if (!m_sync.isEmpty())
        welcome.insert(u"sync"_s, m_sync); // seen at once; later changes come as "sync"
    send(session, welcome);
}

bool HubServer::helloThrottled(const QString &address, qint64 *waitMs)
{
    const auto it = m_failedHellos.find(address);
    if (it == m_failedHellos.end())
        return false;
    const qint64 left = it->windowStartMs + m_limits.failedHelloWindowMs - m_clock.elapsed();
    if (left <= 0 || it->failed < m_limits.maxFailedHellos)
        return false;
    ++it->refused;
    *waitMs = left;
    return true;
}

void HubServer::recordFailedHello(const QString &address)
{
    const qint64 now = m_clock.elapsed();
    auto it = m_failedHellos.find(address);
    if (it != m_failedHellos.end() && now - it->windowStartMs >= m_limits.failedHelloWindowMs) {
        expireHelloFailures(false); // its summary first, then a new window
        it = m_failedHellos.find(address);
    }
    if (it == m_failedHellos.end()) {
        while (m_failedHelloOrder.size() >= size_t(std::max(1, m_limits.maxFailedHelloAddresses)))
            forgetOldestHelloFailures(now);
        // One line when a window opens, one summary when it ends: a device knocking with a wrong
        // token (or someone guessing) does not flood the log; many addresses at once are
        // throttled as one kind of line.
        if (m_helloLog.admit())
            qCWarning(lcHub).nospace().noquote()
                << "refused a hello with an unknown or revoked token from " << address
                << "; more failures from there within " << m_limits.failedHelloWindowMs / 1000.0
                << " s are summed up in one line";
        it = m_failedHellos.insert(address, HelloFailures {now, 0, 0});
        m_failedHelloOrder.push_back(address);
    }
    ++it->failed;
}

void HubServer::expireHelloFailures(bool all)
{
    const qint64 now = m_clock.elapsed();
    while (!m_failedHelloOrder.empty()) {
        const auto it = m_failedHellos.constFind(m_failedHelloOrder.front());
        if (!all && it != m_failedHellos.cend()
            && now - it->windowStartMs < m_limits.failedHelloWindowMs)
            return; // the windows behind it opened later
        forgetOldestHelloFailures(now);
    }
}

// The oldest window's summary; its address is served as a stranger again.
void HubServer::forgetOldestHelloFailures(qint64 now)
{
    const auto it = m_failedHellos.constFind(m_failedHelloOrder.front());
    if (it != m_failedHellos.cend()) {
        if (it->failed + it->refused > 1 && m_helloSummaryLog.admit())
            qCWarning(lcHub).nospace().noquote()
                << "hellos from " << it.key() << " in " << (now - it->windowStartMs) / 1000
                << " s: " << it->failed << " with an unknown or revoked token, " << it->refused
                << " refused as too many (hub/maxFailedHellos " << m_limits.maxFailedHellos << ")";
        m_failedHellos.erase(it);
    }
    m_failedHelloOrder.pop_front();
}

void HubServer::sweep()
{
    const qint64 now = m_clock.elapsed();
    // A copy: a close may disconnect at once and take the session out of the list.
    const QList<Session *> sessions = m_sessions;
    for (Session *s : sessions) {
        if (s->closing)
            continue;
        if (!s->device) {
            // From connect, not from the last byte: a trickle cannot keep a slot.
            if (now - s->connectedMs >= m_limits.helloTimeoutMs)
                closeSession(*s, kCloseNoHello, u"No hello in time."_s);
            continue;
        }
        const qint64 quiet = now - s->lastHeardMs;
        if (quiet >= m_limits.idleTimeoutMs) {
            qCInfo(lcHub).nospace().noquote() << "closed the connection of " << s->device->name
                                              << ": no answer for " << quiet / 1000 << " s";
            closeSession(*s, kCloseNoAnswer, u"No answer to pings."_s);
        } else if (quiet >= m_limits.pingIntervalMs
            && now - s->lastPingMs >= m_limits.pingIntervalMs) {
            // Every WebSocket client, a browser too, answers with a pong by itself.
            s->socket->ping();
            s->lastPingMs = now;
        }
    }
    expireHelloFailures(false);
}

// A revoked token opens nothing at hello; a device already past hello is cut off here, at once,
// rather than when it next connects (a stolen kiosk keeps its link open). A counter PC bound to
// another counter is closed too: the counter of its commands comes from the Device its hello
// gave the session, so it connects again and takes the new one (and is told it in welcome).
void HubServer::closeRevokedSessions()
{
    // Nobody to close: no need to ask the file (an idle hub stays idle).
    if (m_sessions.isEmpty() || !m_devices.mayHaveRevoked())
        return;
    const QList<Session *> sessions = m_sessions;
    for (Session *s : sessions) {
        if (s->closing || !s->device)
            continue;
        const std::optional<Device> now = m_devices.stillPaired(s->device->id);
        if (!now) {
            qCInfo(lcHub).nospace().noquote()
                << "closed the connection of " << s->device->name << ": its pairing was revoked";
            closeSession(*s, kCloseRevoked, u"This device's pairing was revoked."_s);
        } else if (now->counterNumber != s->device->counterNumber) {
            qCInfo(lcHub).nospace().noquote()
                << "closed the connection of " << s->device->name << ": now bound to counter "
                << now->counterNumber;
            closeSession(*s, kCloseRebound, u"This device's counter changed: connect again."_s);
        } else {
            s->device = now; // a new name is in its log lines and audit rows from now on
        }
    }
}

void HubServer::setSyncState(const QJsonObject &sync)
{
    m_sync = sync;
    if (m_syncTimer->isActive())
        return; // goes out when the timer fires, the newest state
    const qint64 since
        = m_sinceSyncPush.isValid() ? m_sinceSyncPush.elapsed() : kSyncPushIntervalMs;
    if (since >= kSyncPushIntervalMs)
        pushSyncState();
    else
        m_syncTimer->start(int(kSyncPushIntervalMs - since));
}

void HubServer::pushSyncState()
{
    if (m_sync == m_syncSent)
        return;
    m_syncSent = m_sync;
    m_sinceSyncPush.start();
    // To every device past hello, not only subscribed ones: a change between its welcome and its
    // subscribe must not wait for the next one. Clients that do not know "sync" ignore it.
    const QString text = QString::fromUtf8(QJsonDocument(
        QJsonObject {{u"type"_s, u"sync"_s},
            {u"sync"_s, m_sync}}).toJson(QJsonDocument::Compact));
    for (Session *s : QList<Session *>(m_sessions))
        if (s->device)
            sendText(*s, text);
}

void HubServer::handleSubscribe(Session &session, const QString &id, const QJsonObject &message)
{
    const qint64 last = m_backend.lastEventSeq();
    const QJsonValue after = message.value(u"afterSeq"_s);
    qint64 afterSeq = after.isUndefined() || after.isNull() ? last : after.toInteger(-1);
    if (afterSeq < 0 || afterSeq > last) {
        // A client that knows more than the hub (the hub's file was replaced) starts over.
        send(session,
            {{u"type"_s, u"reply"_s}, {u"re"_s, id}, {u"ok"_s, true}, {u"seq"_s, last},
                {u"resync"_s, true}});
        afterSeq = last;
    } else if (last - afterSeq > kReplayLimit) {
        send(session,
            {{u"type"_s, u"reply"_s}, {u"re"_s, id}, {u"ok"_s, true}, {u"seq"_s, last},
                {u"resync"_s, true}});
        afterSeq = last;
    } else {
        HubReply failure;
        const auto events = m_backend.eventsAfter(afterSeq, kReplayLimit, &failure);
        if (!events) { // not subscribed: the device asks again rather than miss events
            send(session, failure.errorJson(id));
            return;
        }
        send(session,
            {{u"type"_s, u"reply"_s}, {u"re"_s, id}, {u"ok"_s, true}, {u"seq"_s, last},
                {u"resync"_s, false}});
        for (const QJsonObject &event : *events) {
            const qint64 seq = event.value(u"seq"_s).toInteger();
            send(session,
                {{u"type"_s, u"event"_s}, {u"seq"_s, seq}, {u"event"_s, event},
                    {u"replay"_s, true}});
            afterSeq = seq;
        }
    }
    session.subscribed = true;
    session.lastSentSeq = afterSeq;
}

void HubServer::publishEvent(const QJsonObject &event)
{
    if (m_holdEvents) {
        m_heldEvents.append(event);
        return;
    }
    const qint64 seq = event.value(u"seq"_s).toInteger();
    const QJsonObject message {{u"type"_s, u"event"_s}, {u"seq"_s, seq}, {u"event"_s, event}};
    const QString text = QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact));
    for (Session *s : QList<Session *>(m_sessions)) {
        if (!s->subscribed || seq <= s->lastSentSeq)
            continue;
        s->lastSentSeq = seq;
        sendText(*s, text);
    }
}

void HubServer::publishModuleEvent(const QString &name, const QJsonObject &data)
{
    const QString text = QString::fromUtf8(
        QJsonDocument(QJsonObject {{u"type"_s, u"moduleEvent"_s}, {u"name"_s, name},
                          {u"data"_s, data}})
            .toJson(QJsonDocument::Compact));
    for (Session *s : QList<Session *>(m_sessions))
        if (s->subscribed)
            sendText(*s, text);
}

} // namespace saduak
