#include "hubclient.h"

#include "hubprotocol.h"

#include <QJsonArray>
#include <QHostAddress>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUuid>
#include <QWebSocket>

#include <tls/publickeypin.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHubClient, "saduak.hub.client")

namespace saduak {

namespace {

// A hub on this PC: a ws:// link to it never leaves the machine.
bool isThisPc(const QString &host)
{
    const QHostAddress address(host);
    return host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0
        || (!address.isNull() && address.isLoopback());
}

} // namespace

HubClient::HubClient(const QUrl &url, const QString &token, QObject *parent)
    : QObject(parent), m_url(url), m_token(token)
{
    m_reconnectTimer = new QTimer(this);
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &HubClient::connectNow);
}

HubClient::~HubClient()
{
    stop();
}

void HubClient::setBackoff(int initialMs, int maxMs)
{
    m_initialBackoffMs = initialMs;
    m_maxBackoffMs = maxMs;
}

void HubClient::start()
{
    m_running = true;
    if (m_url.scheme() == u"ws"_s && !isThisPc(m_url.host())) {
        // The token, and the citizen IDs of card reads, would cross the LAN readable by anyone.
        refuse(TranslatableText("saduak::HubClient",
            QT_TRANSLATE_NOOP("saduak::HubClient",
                "The hub's address is ws://, which sends this device's token across the LAN in "
                "clear. Use wss://%1:%2 with the pin shown at pairing (hub/url and "
                "hub/pinSha256, or --hub and --hub-pin)."))
                .arg(m_url.host())
                .arg(QString::number(m_url.port(7420))));
        return;
    }
    if (m_url.scheme() == u"wss"_s && m_pinnedKey.size() != PublicKeyPin::kBytes) {
        refuse(TranslatableText("saduak::HubClient",
            QT_TRANSLATE_NOOP("saduak::HubClient",
                "The hub's address is wss:// but this device has no pin of the hub's key. Enter "
                "the pin shown at pairing (hub/pinSha256, or --hub-pin) and start again.")));
        return;
    }
    connectNow();
}

bool HubClient::hubKeyPinned() const
{
    // The certificate of this very connection: the key that signed its TLS handshake.
    return PublicKeyPin::of(m_socket->sslConfiguration().peerCertificate()) == m_pinnedKey;
}

void HubClient::checkHubCertificate(const QList<QSslError> &errors)
{
    // The hub's certificate is self-signed and names some host: the chain and the name say
    // nothing here. The pin says everything; without a match the handshake fails.
    if (hubKeyPinned()) {
        m_socket->ignoreSslErrors(errors);
        return;
    }
    refuse(TranslatableText("saduak::HubClient",
        QT_TRANSLATE_NOOP("saduak::HubClient",
            "The hub's key is not the one this device was paired with (hub/pinSha256). Nothing "
            "was sent to it. Check the hub's address; if the hub has a new certificate, enter "
            "its new pin.")));
}

void HubClient::refuse(const TranslatableText &why)
{
    m_lastErrorText = why;
    m_lastError = why.toString();
    // As the person at this PC reads it, so a support call and the log say the same.
    qCWarning(lcHubClient).noquote() << "refused to talk to the hub at" << m_url.toDisplayString()
                                     << "-" << m_lastError;
    m_running = false; // another try reaches the same server
    dropSocket();
    setState(State::Refused);
}

void HubClient::dropSocket()
{
    m_reconnectTimer->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void HubClient::stop()
{
    m_running = false;
    dropSocket();
    setState(State::Disconnected);
}

void HubClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

QString HubClient::newId() const
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void HubClient::connectNow()
{
    if (!m_running)
        return;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    if (m_url.scheme() == u"wss"_s) {
        // Trust no authority: every certificate then reaches checkHubCertificate, which lets
        // only the pinned key through (a certificate a public CA signed for someone else is no
        // better than a self-signed one).
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({});
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        m_socket->setSslConfiguration(tls);
        connect(m_socket, &QWebSocket::sslErrors, this, &HubClient::checkHubCertificate);
    }
    connect(m_socket, &QWebSocket::connected, this, [this] {
        // Again here, whatever the handshake said: the token goes to the pinned key only.
        if (m_url.scheme() == u"wss"_s && !hubKeyPinned()) {
            checkHubCertificate({});
            return;
        }
        m_helloId = newId();
        sendRaw({{u"type"_s, u"hello"_s}, {u"id"_s, m_helloId},
            {u"protocols"_s, QJsonArray {kHubProtocolVersion}}, {u"token"_s, m_token},
            {u"client"_s, QString(u"saduak "_s + QStringLiteral(SADUAK_VERSION))}});
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, &HubClient::handleText);
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        for (Pending &p : m_pending)
            p.sent = false; // resent with the same id once the link is back
        if (m_state != State::Refused)
            scheduleReconnect();
    });
    setState(m_attempt == 0 ? State::Connecting : State::Reconnecting);
    m_socket->open(m_url);
}

void HubClient::scheduleReconnect()
{
    if (!m_running)
        return;
    setState(State::Reconnecting);
    const int exponent = std::min(m_attempt, 16);
    const qint64 base = std::min<qint64>(qint64(m_initialBackoffMs) << exponent, m_maxBackoffMs);
    const int jitter = int(QRandomGenerator::global()->bounded(int(base / 2) + 1));
    ++m_attempt;
    m_reconnectTimer->start(int(base / 2) + jitter);
}

void HubClient::sendRaw(const QJsonObject &message)
{
    if (m_socket)
        m_socket->sendTextMessage(
            QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

QString HubClient::send(const QString &type, const QJsonObject &params, ReplyHandler done)
{
    Pending p;
    p.id = newId();
    p.message = params;
    p.message.insert(u"type"_s, type);
    p.message.insert(u"id"_s, p.id);
    p.done = std::move(done);
    m_pending.append(p);
    if (m_state == State::Ready)
        flushPending();
    return p.id;
}

void HubClient::flushPending()
{
    for (Pending &p : m_pending) {
        if (p.sent)
            continue;
        sendRaw(p.message);
        p.sent = true;
    }
}

QString HubClient::lastError() const
{
    return !m_lastErrorText.isEmpty() && m_lastErrorText.isKnown() ? m_lastErrorText.toString()
                                                                   : m_lastError;
}

void HubClient::handleText(const QString &text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = message.value(u"type"_s).toString();
    const QString re = message.value(u"re"_s).toString();

    if (type == u"welcome"_s && re == m_helloId) {
        const QJsonObject device = message.value(u"device"_s).toObject();
        m_deviceRole = device.value(u"role"_s).toString();
        m_deviceCounter = device.value(u"counter"_s).toInt();
        Q_EMIT syncStateReceived(message.value(u"sync"_s).toObject());
        afterWelcome(message.value(u"seq"_s).toInteger());
        return;
    }
    if (type == u"error"_s && re == m_helloId) {
        m_lastError = message.value(u"message"_s).toString();
        m_lastErrorText = TranslatableText::fromJson(message.value(u"text"_s).toObject());
        const QString code = message.value(u"code"_s).toString();
        qCWarning(lcHubClient) << "hub refused this device:" << code;
        // Refused for what others did from this address lately, not for this device's token:
        // the hub closes the connection, and it is tried again after the backoff.
        if (code == u"tooManyAttempts"_s)
            return;
        m_running = false; // a wrong token does not get better by knocking again
        setState(State::Refused);
        return;
    }
    if (type == u"event"_s) {
        const qint64 seq = message.value(u"seq"_s).toInteger();
        if (seq <= m_lastSeq)
            return; // seen already (a replay overlapping a live push)
        m_lastSeq = seq;
        Q_EMIT eventReceived(
            message.value(u"event"_s).toObject(), seq, message.value(u"replay"_s).toBool());
        return;
    }
    if (type == u"moduleEvent"_s) {
        Q_EMIT moduleEventReceived(
            message.value(u"name"_s).toString(), message.value(u"data"_s).toObject());
        return;
    }
    if (type == u"sync"_s) {
        Q_EMIT syncStateReceived(message.value(u"sync"_s).toObject());
        return;
    }
    if (type == u"reply"_s || type == u"error"_s)
        handleReply(message);
}

void HubClient::afterWelcome(qint64 hubSeq)
{
    // First time, or the hub has less than we saw (its file was replaced): start from a snapshot.
    if (m_lastSeq < 0 || hubSeq < m_lastSeq) {
        m_snapshotId = newId();
        sendRaw({{u"type"_s, u"snapshot"_s}, {u"id"_s, m_snapshotId}});
    } else {
        m_subscribeId = newId();
        sendRaw(
            {{u"type"_s, u"subscribe"_s}, {u"id"_s, m_subscribeId}, {u"afterSeq"_s, m_lastSeq}});
    }
}

void HubClient::handleReply(const QJsonObject &message)
{
    const QString re = message.value(u"re"_s).toString();
    if (message.value(u"type"_s).toString() == u"error"_s
        && (re == m_snapshotId || re == m_subscribeId)) {
        // The hub could not read its queue (storage): without the picture or the events this
        // device must not act as if it followed the queue. It shows the hub's words and tries
        // again after the back-off (which grows: only Ready resets it).
        m_lastError = message.value(u"message"_s).toString();
        m_lastErrorText = TranslatableText::fromJson(message.value(u"text"_s).toObject());
        qCWarning(lcHubClient) << "the hub could not give the queue:"
                               << message.value(u"code"_s).toString();
        dropSocket();
        scheduleReconnect();
        return;
    }
    if (re == m_snapshotId) {
        m_lastSeq = message.value(u"seq"_s).toInteger();
        Q_EMIT snapshotReceived(message.value(u"snapshot"_s).toObject(), m_lastSeq);
        m_subscribeId = newId();
        sendRaw(
            {{u"type"_s, u"subscribe"_s}, {u"id"_s, m_subscribeId}, {u"afterSeq"_s, m_lastSeq}});
        return;
    }
    if (re == m_subscribeId) {
        if (message.value(u"resync"_s).toBool()) {
            m_snapshotId = newId();
            sendRaw({{u"type"_s, u"snapshot"_s}, {u"id"_s, m_snapshotId}});
            return;
        }
        m_attempt = 0; // followed the queue again: the next drop retries quickly
        setState(State::Ready);
        flushPending();
        return;
    }
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending.at(i).id != re)
            continue;
        const Pending p = m_pending.takeAt(i);
        if (p.done)
            p.done(message);
        return;
    }
}

} // namespace saduak
