#include "limitedtcpserver.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCentralTls, "saduak.central.tls")

namespace saduak {

namespace {

// Follows HTTP/1.1 request framing on one connection, without consuming anything.
class RequestLimiter : public QObject
{
public:
    RequestLimiter(QTcpSocket *socket, const CentralLimits &limits)
        : QObject(socket), m_socket(socket), m_limits(limits)
    {
        connect(socket, &QTcpSocket::readyRead, this, &RequestLimiter::inspect);
        // A connection that sends nothing for this long is closed: Qt HttpServer 6.4 keeps every
        // connection for ever, including ones whose bytes it could not parse.
        m_idle.setSingleShot(true);
        m_idle.setInterval(kIdleMs);
        connect(&m_idle, &QTimer::timeout, this, [socket] {
            socket->abort();
            socket->deleteLater(); // safe if the HTTP server asked for it too
        });
        m_idle.start();
    }

private:
    enum class State { Head, Body, Draining, Refused };

    // A refused body is read and thrown away (never buffered) before the connection closes:
    // closing on a client that is still sending resets the connection, and the client would
    // then never see the 413 that tells it to send less.
    static constexpr qint64 kMaxDrainBytes = 64 * 1024 * 1024;
    static constexpr int kIdleMs = 120 * 1000;

    void inspect()
    {
        m_idle.start();
        acknowledgeNow();
        if (m_state == State::Refused) {
            m_socket->readAll(); // nothing more reaches the HTTP server
            return;
        }
        if (m_state == State::Draining) {
            m_bodyLeft -= m_socket->readAll().size();
            if (m_bodyLeft <= 0) {
                m_state = State::Refused;
                m_socket->disconnectFromHost();
            }
            return;
        }
        // The HTTP server reads everything available after us (its parser calls readAll), so
        // what we peek here is exactly the bytes that arrived since the last time.
        const QByteArray data = m_socket->peek(m_socket->bytesAvailable());
        qsizetype pos = 0;
        while (pos < data.size() && m_state != State::Refused && m_state != State::Draining) {
            if (m_state == State::Body) {
                const qint64 take = std::min<qint64>(m_bodyLeft, data.size() - pos);
                m_bodyLeft -= take;
                pos += take;
                if (m_bodyLeft == 0)
                    m_state = State::Head;
                continue;
            }
            const qsizetype before = m_head.size();
            m_head.append(data.constData() + pos, data.size() - pos);
            const qsizetype end = m_head.indexOf("\r\n\r\n"_ba, std::max<qsizetype>(0, before - 3));
            if (end < 0) {
                if (m_head.size() > m_limits.maxHeaderBytes)
                    refuse(431, "Request Header Fields Too Large"_ba, u"headersTooLarge"_s,
                        u"request line and headers are over "_s
                            + QString::number(m_limits.maxHeaderBytes) + u" bytes"_s);
                return;
            }
            const qsizetype headLength = end + 4;
            pos += headLength - before;
            m_headBytesInChunk = pos; // bytes of this chunk up to the end of this head
            if (headLength > m_limits.maxHeaderBytes) {
                refuse(431, "Request Header Fields Too Large"_ba, u"headersTooLarge"_s,
                    u"request line and headers are over "_s
                        + QString::number(m_limits.maxHeaderBytes) + u" bytes"_s);
                return;
            }
            startBody(m_head.left(headLength));
            m_head.clear();
        }
    }

    void startBody(const QByteArray &head)
    {
        qint64 length = 0;
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "transfer-encoding"_ba) {
                refuse(411, "Length Required"_ba, u"lengthRequired"_s,
                    u"send the body with Content-Length; Transfer-Encoding is not accepted"_s);
                return;
            }
            if (name == "content-length"_ba) {
                bool ok = false;
                length = value.toLongLong(&ok);
                if (!ok || length < 0) {
                    refuse(400, "Bad Request"_ba, u"badRequest"_s, u"bad Content-Length"_s);
                    return;
                }
            }
        }
        if (length > m_limits.maxBodyBytes) {
            m_bodyLeft = length;
            refuse(413, "Payload Too Large"_ba, u"tooLarge"_s,
                u"body of "_s + QString::number(length) + u" bytes is over the limit of "_s
                    + QString::number(m_limits.maxBodyBytes) + u" bytes"_s,
                length <= kMaxDrainBytes);
            return;
        }
        m_bodyLeft = length;
        m_state = length > 0 ? State::Body : State::Head;
    }

    // A client sends a request in several writes (Qt's network access: the head with the first
    // 16 KiB, then the rest). Under Nagle's rule the next write waits for our ACK of the last,
    // and Linux delays that ACK by up to 40 ms: most of a batch's time on a fast link
    // (docs/performance.md, "Push"). Asking for a quick ACK whenever bytes arrive sends it now.
    // Linux only; elsewhere the request is just slower.
    void acknowledgeNow()
    {
#ifdef TCP_QUICKACK
        const int on = 1;
        ::setsockopt(int(m_socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
#endif
    }

    // drain: m_bodyLeft bytes of body follow the head; read them (the ones in the buffer now
    // belong to them) before closing.
    void refuse(int status, const QByteArray &phrase, const QString &code, const QString &reason,
        bool drain = false)
    {
        m_state = State::Refused;
        const qint64 buffered = m_socket->readAll().size();
        if (drain) {
            // What was buffered besides the head (already counted into m_head) is body.
            m_bodyLeft -= std::max<qint64>(0, buffered - m_headBytesInChunk);
            if (m_bodyLeft > 0)
                m_state = State::Draining;
        }
        const QByteArray body = QJsonDocument(
            QJsonObject {{u"ok"_s, false}, {u"error"_s, code},
                {u"reason"_s,
                    reason}}).toJson(QJsonDocument::Compact);
        m_socket->write("HTTP/1.1 "_ba + QByteArray::number(status) + ' ' + phrase
            + "\r\nContent-Type: application/json\r\nContent-Length: "_ba
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"_ba + body);
        if (m_state == State::Refused)
            m_socket->disconnectFromHost();
    }

    QTcpSocket *m_socket;
    CentralLimits m_limits;
    State m_state = State::Head;
    QByteArray m_head;
    qint64 m_bodyLeft = 0;
    qint64 m_headBytesInChunk = 0;
    QTimer m_idle;
};

} // namespace

LimitedTcpServer::LimitedTcpServer(const CentralLimits &limits, QObject *parent)
    : QTcpServer(parent), m_limits(limits)
{ }

void LimitedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    // Nagle off: QHttpServer writes an answer's headers and body separately, and with Nagle the
    // body waited for the client's delayed ACK of the headers — 40 ms on every answer, most of a
    // batch's time on loopback (docs/performance.md, "Push").
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    new RequestLimiter(socket, m_limits); // connected before the HTTP server's slot
    addPendingConnection(socket);
}

LimitedSslServer::LimitedSslServer(
    const CentralLimits &limits, const QSslConfiguration &tls, QObject *parent)
    : QSslServer(parent), m_limits(limits)
{
    setSslConfiguration(tls);
    setHandshakeTimeout(5000); // a client that starts no handshake is dropped after this (ms)
    // The socket is encrypting now; the HTTP server only gets it (and connects its readyRead)
    // once the handshake is done, so the limiter's slot runs first on every decrypted byte.
    connect(this, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket *socket) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // as LimitedTcpServer
        new RequestLimiter(socket, m_limits);
    });
    // A failed handshake (a client that does not trust the certificate, plain HTTP, a port scan)
    // costs that connection only: QSslServer drops the socket and central goes on serving.
    connect(this, &QSslServer::errorOccurred, this,
        [](QSslSocket *socket, QAbstractSocket::SocketError) {
            qCInfo(lcCentralTls) << "TLS handshake with" << socket->peerAddress().toString()
                                 << "failed:" << socket->errorString();
        });
}

std::optional<QSslConfiguration> LimitedSslServer::configurationFrom(
    const QString &certFile, const QString &keyFile, QString *why)
{
    const auto fail = [why](const QString &text) {
        if (why)
            *why = text;
        return std::nullopt;
    };
    const auto tr
        = [](const char *text) { return QCoreApplication::translate("saduak-central", text); };
    if (!QSslSocket::supportsSsl())
        return fail(tr(QT_TRANSLATE_NOOP("saduak-central",
            "TLS is not available in this installation (the OpenSSL library is missing).")));
    QFile cert(certFile);
    if (!cert.open(QIODevice::ReadOnly))
        return fail(tr(QT_TRANSLATE_NOOP(
                           "saduak-central", "The TLS certificate file \"%1\" cannot be read: %2"))
                        .arg(certFile, cert.errorString()));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(cert.readAll(), QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull())
        return fail(tr(QT_TRANSLATE_NOOP("saduak-central",
                           "The TLS certificate file \"%1\" holds no PEM certificate."))
                        .arg(certFile));
    QFile keyIn(keyFile);
    if (!keyIn.open(QIODevice::ReadOnly))
        return fail(
            tr(QT_TRANSLATE_NOOP("saduak-central", "The TLS key file \"%1\" cannot be read: %2"))
                .arg(keyFile, keyIn.errorString()));
    const QByteArray pem = keyIn.readAll();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return fail(tr(QT_TRANSLATE_NOOP("saduak-central",
                           "The TLS key file \"%1\" holds no unencrypted PEM private key (RSA or "
                           "EC)."))
                        .arg(keyFile));

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone); // branches prove themselves with their token
    return tls;
}

} // namespace saduak
