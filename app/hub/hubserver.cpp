#include "hubserver.h"

#include "hubbackend.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <utility>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHub, "saduak.hub")

namespace saduak {

struct HubServer::Session
{
    QWebSocket *socket = nullptr;
    std::optional<Device> device;
    bool subscribed = false;
    qint64 lastSentSeq = 0;
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

} // namespace

HubServer::HubServer(HubBackend &backend, DeviceStore &devices, QObject *parent)
    : QObject(parent), m_backend(backend), m_devices(devices)
{
    m_server = new QWebSocketServer(u"saduak-hub"_s, QWebSocketServer::NonSecureMode, this);
    connect(m_server, &QWebSocketServer::newConnection, this, &HubServer::acceptConnection);
    // The hub accepts TCP itself so it can switch Nagle's algorithm off before the WebSocket
    // handshake: a small reply otherwise waits for the device's delayed ACK, ~40 ms
    // (docs/performance.md), and QWebSocket gives no access to its socket afterwards.
    m_tcp = new QTcpServer(this);
    connect(m_tcp, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            m_server->handleConnection(socket);
        }
    });
    m_syncTimer = new QTimer(this);
    m_syncTimer->setSingleShot(true);
    connect(m_syncTimer, &QTimer::timeout, this, &HubServer::pushSyncState);
}

HubServer::~HubServer()
{
    for (Session *s : std::as_const(m_sessions)) {
        s->socket->disconnect(this);
        delete s;
    }
    m_sessions.clear();
}

bool HubServer::listen(const QHostAddress &address, quint16 port, QString *why)
{
    if (m_tcp->listen(address, port))
        return true;
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
    return u"ws://"_s + host.toString() + u':' + QString::number(port());
}

int HubServer::clientCount() const
{
    return int(m_sessions.size());
}

void HubServer::acceptConnection()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        // Qt closes the connection (1009) past this size; below it we answer too_large ourselves.
        socket->setMaxAllowedIncomingMessageSize(kHardMessageLimitBytes);
        socket->setMaxAllowedIncomingFrameSize(kHardMessageLimitBytes);
        auto *session = new Session;
        session->socket = socket;
        m_sessions.append(session);
        connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &text) { handleText(socket, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket] {
            sendError(socket, {}, u"badRequest"_s,
                hubText(
                    QT_TRANSLATE_NOOP("saduak::HubServer", "Messages are JSON text, not binary.")));
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            Session *s = sessionFor(socket);
            if (!s)
                return;
            if (s->device)
                Q_EMIT deviceDisconnected(s->device->name);
            m_sessions.removeOne(s);
            delete s;
            socket->deleteLater();
        });
    }
}

HubServer::Session *HubServer::sessionFor(QWebSocket *socket)
{
    for (Session *s : std::as_const(m_sessions))
        if (s->socket == socket)
            return s;
    return nullptr;
}

void HubServer::send(QWebSocket *socket, const QJsonObject &message)
{
    socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void HubServer::sendError(
    QWebSocket *socket, const QString &re, const QString &code, const TranslatableText &text)
{
    // "message" in the hub's language; "text" untranslated, for the device's own language
    // (docs/hub-protocol.md, "Error codes").
    QJsonObject error {{u"type"_s, u"error"_s}, {u"code"_s, code}, {u"message"_s, text.toString()},
        {u"text"_s, text.toJson()}};
    if (!re.isEmpty())
        error.insert(u"re"_s, re);
    send(socket, error);
}

void HubServer::handleText(QWebSocket *socket, const QString &text)
{
    Session *session = sessionFor(socket);
    if (!session)
        return;
    if (text.size() > kMaxMessageBytes) {
        flushCommands(); // answers keep the order of the messages
        sendError(socket, {}, u"tooLarge"_s,
            hubText(QT_TRANSLATE_NOOP("saduak::HubServer", "The message is too large.")));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        flushCommands();
        sendError(socket, {}, u"badJson"_s,
            hubText(QT_TRANSLATE_NOOP("saduak::HubServer", "The message is not a JSON object.")));
        return;
    }
    const QJsonObject message = doc.object();
    if (isBatched(*session, message)) {
        m_pending.append({socket, *session->device, message.value(u"id"_s).toString(),
            message.value(u"type"_s).toString(), message});
        postFlush();
        return;
    }
    // Anything else is answered after the commands that came before it, as they were sent.
    flushCommands();
    handleMessage(*session, message);
}

bool HubServer::isBatched(const Session &session, const QJsonObject &message) const
{
    // Only what handleMessage would pass to the backend as it is; the rest it answers itself.
    const QJsonValue id = message.value(u"id"_s);
    const QJsonValue type = message.value(u"type"_s);
    return session.device && id.isString() && !id.toString().isEmpty()
        && id.toString().size() <= 128 && type.isString() && m_backend.batches(type.toString());
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
        if (batch.at(i).socket)
            sendReply(batch.at(i).socket, batch.at(i).id, replies.at(i));
    }
    // The replies first: each device waits for its own answer, everyone else for the events.
    // Only committed events were emitted (a failed batch emits none; a rollover that ran before
    // it is committed on its own).
    for (const QJsonObject &event : std::exchange(m_heldEvents, {}))
        publishEvent(event);
}

void HubServer::handleMessage(Session &session, const QJsonObject &message)
{
    QWebSocket *socket = session.socket;
    const QJsonValue idValue = message.value(u"id"_s);
    const QJsonValue typeValue = message.value(u"type"_s);
    const QString id = idValue.toString();
    if (!idValue.isString() || id.isEmpty() || id.size() > 128 || !typeValue.isString()) {
        sendError(socket, idValue.isString() ? id.left(128) : QString(), u"badRequest"_s,
            hubText(QT_TRANSLATE_NOOP("saduak::HubServer",
                "Every message needs a \"type\" and an \"id\" "
                "(text, at most 128 characters).")));
        return;
    }
    const QString type = typeValue.toString();

    if (type == u"hello"_s) {
        handleHello(session, id, message);
        return;
    }
    if (!session.device) {
        sendError(socket, id, u"unauthorized"_s,
            hubText(
                QT_TRANSLATE_NOOP("saduak::HubServer", "Say hello with a pairing token first.")));
        return;
    }
    if (type == u"ping"_s) {
        send(socket, {{u"type"_s, u"reply"_s}, {u"re"_s, id}, {u"ok"_s, true}});
        return;
    }
    if (type == u"snapshot"_s) {
        send(socket,
            {{u"type"_s, u"reply"_s}, {u"re"_s, id}, {u"ok"_s, true},
                {u"seq"_s, m_backend.lastEventSeq()}, {u"snapshot"_s, m_backend.snapshot()}});
        return;
    }
    if (type == u"subscribe"_s) {
        handleSubscribe(session, id, message);
        return;
    }

    sendReply(socket, id, m_backend.execute(*session.device, type, message));
}

void HubServer::sendReply(QWebSocket *socket, const QString &id, const HubReply &reply)
{
    if (!reply.ok()) {
        send(socket, reply.errorJson(id));
        return;
    }
    QJsonObject out = reply.body;
    out.insert(u"type"_s, u"reply"_s);
    out.insert(u"re"_s, id);
    out.insert(u"ok"_s, true);
    send(socket, out);
}

void HubServer::handleHello(Session &session, const QString &id, const QJsonObject &message)
{
    QWebSocket *socket = session.socket;
    bool speaksOurs = false;
    const QJsonArray protocols = message.value(u"protocols"_s).toArray();
    for (const QJsonValue &v : protocols)
        speaksOurs = speaksOurs || v.toInt() == kProtocolVersion;
    if (!speaksOurs) {
        sendError(socket, id, u"unsupportedProtocol"_s,
            hubText(QT_TRANSLATE_NOOP("saduak::HubServer",
                        "This hub speaks protocol version %1 only; update "
                        "Saduak on this device."))
                .arg(kProtocolVersion));
        socket->close(QWebSocketProtocol::CloseCodeProtocolError);
        return;
    }
    const std::optional<Device> device
        = m_devices.authenticate(message.value(u"token"_s).toString());
    if (!device) {
        qCWarning(lcHub) << "refused a device with an unknown or revoked token from"
                         << socket->peerAddress().toString();
        sendError(socket, id, u"unauthorized"_s,
            hubText(QT_TRANSLATE_NOOP("saduak::HubServer",
                "This device is not paired with the hub, or its "
                "pairing was revoked. Ask the supervisor to pair it.")));
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
        return;
    }
    session.device = device;
    qCInfo(lcHub) << "device connected:" << toString(device->role) << device->name;
    Q_EMIT deviceConnected(device->name);
    QJsonObject welcome {{u"type"_s, u"welcome"_s}, {u"re"_s, id}, {u"ok"_s, true},
        {u"protocol"_s, kProtocolVersion},
        {u"device"_s,
            QJsonObject {{u"id"_s, device->id}, {u"role"_s, toString(device->role)},
                {u"name"_s, device->name}}},
        {u"seq"_s, m_backend.lastEventSeq()}};
    if (!m_sync.isEmpty())
        welcome.insert(u"sync"_s, m_sync); // seen at once; later changes come as "sync"
    send(socket, welcome);
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
    for (Session *s : std::as_const(m_sessions))
        if (s->device)
            s->socket->sendTextMessage(text);
}

void HubServer::handleSubscribe(Session &session, const QString &id, const QJsonObject &message)
{
    QWebSocket *socket = session.socket;
    const qint64 last = m_backend.lastEventSeq();
    const QJsonValue after = message.value(u"afterSeq"_s);
    qint64 afterSeq = after.isUndefined() || after.isNull() ? last : after.toInteger(-1);
    if (afterSeq < 0 || afterSeq > last) {
        // A client that knows more than the hub (the hub's file was replaced) starts over.
        send(socket,
            {{u"type"_s, u"reply"_s}, {u"re"_s, id}, {u"ok"_s, true}, {u"seq"_s, last},
                {u"resync"_s, true}});
        afterSeq = last;
    } else if (last - afterSeq > kReplayLimit) {
        send(socket,
            {{u"type"_s, u"reply"_s}, {u"re"_s, id}, {u"ok"_s, true}, {u"seq"_s, last},
                {u"resync"_s, true}});
        afterSeq = last;
    } else {
        send(socket,
            {{u"type"_s, u"reply"_s}, {u"re"_s, id}, {u"ok"_s, true}, {u"seq"_s, last},
                {u"resync"_s, false}});
        for (const QJsonObject &event : m_backend.eventsAfter(afterSeq, kReplayLimit)) {
            const qint64 seq = event.value(u"seq"_s).toInteger();
            send(socket,
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
    for (Session *s : std::as_const(m_sessions)) {
        if (!s->subscribed || seq <= s->lastSentSeq)
            continue;
        s->socket->sendTextMessage(text);
        s->lastSentSeq = seq;
    }
}

void HubServer::publishModuleEvent(const QString &name, const QJsonObject &data)
{
    const QString text = QString::fromUtf8(
        QJsonDocument(QJsonObject {{u"type"_s, u"moduleEvent"_s}, {u"name"_s, name},
                          {u"data"_s, data}})
            .toJson(QJsonDocument::Compact));
    for (Session *s : std::as_const(m_sessions))
        if (s->subscribed)
            s->socket->sendTextMessage(text);
}

} // namespace saduak
