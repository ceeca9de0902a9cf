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
#include <QUrl>

#include <algorithm>
#include <limits>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCentralTls, "saduak.central.tls")
Q_LOGGING_CATEGORY(lcCentralLimits, "saduak.central.limits")

namespace saduak {

namespace {

// Pipelined requests the HTTP server has yet to read, beyond which the socket stops reading
// from the kernel until it has (the client waits, as TCP lets it): the limiter copies the unread
// bytes to reach the new ones, so this bounds that copy. (A fixed read buffer size cannot be
// used: Qt HttpServer keeps a whole request in the socket's buffer until it is complete.)
constexpr qint64 kBacklogBytes = 64 * 1024;
// A connection being closed that does not go within this is dropped.
constexpr int kClosingMs = 10 * 1000;

QByteArray answerBytes(
    int status, QByteArrayView phrase, const QString &code, const QString &reason)
{
    const QByteArray body
        = QJsonDocument(QJsonObject {{u"ok"_s, false}, {u"error"_s, code}, {u"reason"_s, reason}})
              .toJson(QJsonDocument::Compact);
    return "HTTP/1.1 "_ba + QByteArray::number(status) + ' ' + phrase.toByteArray()
        + "\r\nContent-Type: application/json\r\nContent-Length: "_ba
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"_ba + body;
}

// RFC 9110 5.6.2: the characters of a header name (and of a method).
bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

QString bearerToken(QByteArrayView value)
{
    const QByteArray v = value.trimmed().toByteArray();
    if (v.size() > 7 && v.left(7).compare("bearer "_ba, Qt::CaseInsensitive) == 0)
        return QString::fromLatin1(v.mid(7).trimmed());
    return {};
}

} // namespace

// Follows HTTP/1.1 request framing on one connection (RFC 9112), without consuming anything the
// HTTP server is to read. Its view of the stream, in bytes since the connection opened:
//   received: what the socket has taken in; parsed: what the limiter has looked at;
//   received - bytesAvailable(): what the HTTP server has read.
// New bytes arrive only just before readyRead, and the HTTP server reads only in its readyRead
// slot, between the limiter's two slots; so each byte is parsed once.
class RequestLimiter : public QObject
{
    Q_OBJECT
public:
    RequestLimiter(QTcpSocket *socket, const CentralLimits &limits, const RequestGate &gate)
        : QObject(socket), m_socket(socket), m_limits(limits), m_gate(gate)
    {
        connect(socket, &QTcpSocket::readyRead, this, &RequestLimiter::beforeHttpServer);
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, &RequestLimiter::deadlineReached);
        // The first request's head is due from the opening: a connection that says nothing
        // holds a descriptor for no one.
        arm(Wait::Head, m_limits.headTimeoutMs);
    }

    void handedOver() { m_handedOver = true; }

    // Runs after the HTTP server's readyRead slot from now on (connected after it).
    void followHttpServer()
    {
        if (m_following)
            return;
        m_following = true;
        connect(m_socket, &QTcpSocket::readyRead, this, &RequestLimiter::afterHttpServer);
    }

private:
    enum class State { Head, Body, Halted, Draining, Refused };
    enum class Wait { Head, Body, Idle, Closing };
    struct Refusal
    {
        int status = 400;
        QByteArray phrase;
        QString code;
        QString reason;
        qint64 bodyLength = 0; // read and thrown away after the answer, when not too long
    };

    // A refused body is read and thrown away (never buffered) before the connection closes:
    // closing on a client that is still sending resets the connection, and the client would
    // then never see the answer that tells it what to change.
    static constexpr qint64 kMaxDrainBytes = 64 * 1024 * 1024;

    void beforeHttpServer()
    {
        acknowledgeNow();
        if (m_state == State::Refused) {
            m_socket->readAll(); // nothing more reaches the HTTP server
            return;
        }
        if (m_state == State::Draining) {
            m_bodyLeft -= m_socket->readAll().size();
            if (m_bodyLeft <= 0)
                close();
            return;
        }
        if (m_handedOver && !m_following) {
            lostTrack("the limiter does not follow the HTTP server");
            return;
        }
        const qint64 unread = m_socket->bytesAvailable();
        const qint64 fresh = unread - m_unreadLast;
        if (fresh < 0) {
            lostTrack("bytes were read outside the HTTP server's slot");
            return;
        }
        m_received += fresh;
        if (m_refusal && httpServerAt(unread) >= m_refusalAt) {
            refuseNow();
            return;
        }
        if (m_state != State::Halted && m_parsed < m_received) {
            const qint64 from = m_parsed - httpServerAt(unread);
            const QByteArray data = m_socket->peek(unread);
            if (from < 0 || data.size() != unread) {
                lostTrack("the HTTP server read bytes the limiter had not seen");
                return;
            }
            parse(data.constData() + from, data.size() - from);
        }
        m_unreadLast = m_socket->bytesAvailable();
    }

    void afterHttpServer()
    {
        if (m_state == State::Refused || m_state == State::Draining)
            return;
        m_unreadLast = m_socket->bytesAvailable();
        // The HTTP server takes one request a readyRead and re-emits it for the next.
        m_socket->setReadBufferSize(m_unreadLast > kBacklogBytes ? 1 : 0);
        // The requests before a refused one are answered: now the refusal.
        if (m_refusal && httpServerAt(m_unreadLast) >= m_refusalAt)
            refuseNow();
    }

    qint64 httpServerAt(qint64 unread) const { return m_received - unread; }

    void parse(const char *data, qsizetype size)
    {
        qsizetype pos = 0;
        while (pos < size && (m_state == State::Head || m_state == State::Body)) {
            if (m_state == State::Body) {
                const qint64 take = std::min<qint64>(m_bodyLeft, size - pos);
                m_bodyLeft -= take;
                pos += take;
                m_parsed += take;
                if (m_bodyLeft == 0)
                    requestComplete();
                continue;
            }
            for (; pos < size && m_state == State::Head;) {
                const char c = data[pos++];
                ++m_parsed;
                // RFC 9112 2.2: a bare CR is invalid, and a bare LF is where parsers disagree
                // (Qt's ends a head at LF LF): refused, so the limiter and the HTTP server can
                // never see a request end in different places.
                if (m_lastWasCR != (c == '\n')) {
                    refuse({400, "Bad Request"_ba, u"badRequest"_s,
                        u"every line of the request line and headers must end in CRLF"_s});
                    return;
                }
                m_lastWasCR = c == '\r';
                m_head.append(c);
                if (m_head.size() > m_limits.maxHeaderBytes) {
                    refuse({431, "Request Header Fields Too Large"_ba, u"headersTooLarge"_s,
                        u"request line and headers are over "_s
                            + QString::number(m_limits.maxHeaderBytes) + u" bytes"_s});
                    return;
                }
                if (c == '\n') {
                    if (m_head.size() == 2) {
                        m_head.clear(); // an empty line before a request line is ignored
                    } else if (m_head.endsWith("\r\n\r\n")) {
                        headComplete();
                        break;
                    }
                } else if (c != '\r' && !m_headStarted) {
                    m_headStarted = true;
                    if (m_wait == Wait::Idle)
                        arm(Wait::Head, m_limits.headTimeoutMs);
                }
            }
        }
    }

    void headComplete()
    {
        const QByteArray head = std::exchange(m_head, {});
        // Every LF has its CR (checked as the bytes came): lines split at LF, CR dropped.
        QList<QByteArray> lines = head.first(head.size() - 4).split('\n');
        for (QByteArray &line : lines)
            if (line.endsWith('\r'))
                line.chop(1);
        const auto bad = [this](const QString &reason) {
            refuse({400, "Bad Request"_ba, u"badRequest"_s, reason});
        };
        const QList<QByteArray> requestLine = lines.first().split(' ');
        if (requestLine.size() != 3 || !isToken(requestLine[0]) || requestLine[1].isEmpty()
            || (requestLine[2] != "HTTP/1.1"_ba && requestLine[2] != "HTTP/1.0"_ba))
            return bad(u"the request line is not: METHOD SP target SP HTTP/1.1"_s);
        qint64 length = 0;
        bool haveLength = false;
        bool haveAuthorization = false;
        QByteArray authorization;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray &line = lines[i];
            if (line.startsWith(' ') || line.startsWith('\t'))
                return bad(u"folded header lines are not accepted"_s);
            const qsizetype colon = line.indexOf(':');
            if (colon < 0 || !isToken(QByteArrayView(line).first(colon)))
                return bad(u"a header line is not name: value"_s);
            const QByteArray name = line.first(colon).toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "transfer-encoding"_ba) {
                refuse({411, "Length Required"_ba, u"lengthRequired"_s,
                    u"send the body with Content-Length; Transfer-Encoding is not accepted"_s});
                return;
            }
            if (name == "content-length"_ba) {
                // RFC 9112 6.3: two lengths (even equal ones) are where framing attacks live.
                if (haveLength)
                    return bad(u"more than one Content-Length"_s);
                haveLength = true;
                if (value.isEmpty() || value.size() > 18
                    || !std::all_of(
                        value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
                    return bad(u"bad Content-Length"_s);
                length = value.toLongLong();
            }
            if (name == "authorization"_ba && !haveAuthorization) {
                haveAuthorization = true; // the first one counts, as for the route
                authorization = value;
            }
        }
        m_bodyStart = m_parsed;
        if (length > m_limits.maxBodyBytes) {
            refuse({413, "Payload Too Large"_ba, u"tooLarge"_s,
                u"body of "_s + QString::number(length) + u" bytes is over the limit of "_s
                    + QString::number(m_limits.maxBodyBytes) + u" bytes"_s,
                length});
            return;
        }
        // The token before the body: an unknown client never gets a byte buffered.
        const QString path = QUrl::fromEncoded(requestLine[1]).path();
        if (m_gate.needsToken && m_gate.needsToken(requestLine[0], path)) {
            const QString token = bearerToken(authorization);
            if (token.isEmpty() || !m_gate.knowsToken || !m_gate.knowsToken(token)) {
                refuse({401, "Unauthorized"_ba, u"unauthorized"_s,
                    u"missing or unknown branch token (Authorization: Bearer <token>)"_s, length});
                return;
            }
        }
        m_bodyLeft = length;
        if (length == 0) {
            requestComplete();
            return;
        }
        m_state = State::Body;
        arm(Wait::Body, bodyDeadlineMs(length));
    }

    qint64 bodyDeadlineMs(qint64 length) const
    {
        return m_limits.headTimeoutMs
            + length * 1000 / std::max<qint64>(1, m_limits.minBodyBytesPerSecond);
    }

    void requestComplete()
    {
        m_state = State::Head;
        m_headStarted = false;
        m_requestStart = m_parsed;
        arm(Wait::Idle, m_limits.idleTimeoutMs); // from the end of this request, not any byte
    }

    // Now, or once the HTTP server has read (and answered) the requests before this one.
    void refuse(const Refusal &refusal)
    {
        m_refusal = refusal;
        m_refusalAt = m_requestStart;
        if (httpServerAt(m_socket->bytesAvailable()) >= m_refusalAt)
            refuseNow();
        else
            m_state = State::Halted;
    }

    void refuseNow()
    {
        const Refusal r = *std::exchange(m_refusal, std::nullopt);
        m_socket->readAll(); // nothing more reaches the HTTP server
        m_state = State::Refused;
        qCInfo(lcCentralLimits).noquote()
            << "refused a request from" << peer() << "with" << r.status << r.code;
        if (r.bodyLength > 0 && r.bodyLength <= kMaxDrainBytes) {
            m_bodyLeft = r.bodyLength - std::max<qint64>(0, m_received - m_bodyStart);
            if (m_bodyLeft > 0) {
                m_state = State::Draining;
                arm(Wait::Body, bodyDeadlineMs(m_bodyLeft));
            }
        }
        m_socket->write(answerBytes(r.status, r.phrase, r.code, r.reason));
        if (m_state == State::Refused)
            close();
    }

    void close()
    {
        m_state = State::Refused;
        m_socket->disconnectFromHost();
        arm(Wait::Closing, kClosingMs);
    }

    void deadlineReached()
    {
        switch (m_wait) {
        case Wait::Idle:
            close();
            return;
        case Wait::Head:
            if (!m_headStarted && m_head.isEmpty()) {
                close(); // nothing sent: nothing to answer
                return;
            }
            qCInfo(lcCentralLimits).noquote()
                << "closed a connection from" << peer() << "whose request line and headers"
                << "did not arrive within" << m_limits.headTimeoutMs << "ms";
            break;
        case Wait::Body:
            qCInfo(lcCentralLimits).noquote()
                << "closed a connection from" << peer() << "whose body arrived slower than"
                << m_limits.minBodyBytesPerSecond << "bytes a second";
            if (m_state == State::Draining) {
                close();
                return;
            }
            break;
        case Wait::Closing:
            m_socket->abort();
            m_socket->deleteLater(); // safe if the HTTP server asked for it too
            return;
        }
        m_socket->readAll();
        m_socket->write(answerBytes(408, "Request Timeout", u"requestTimeout"_s,
            u"the request did not arrive in time; send it again"_s));
        close();
    }

    void arm(Wait wait, qint64 ms)
    {
        m_wait = wait;
        m_deadline.start(int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
    }

    void lostTrack(const char *why)
    {
        // Never guess at framing: a connection the limiter cannot follow is dropped.
        qCCritical(lcCentralLimits) << "dropped a connection from" << peer() << "because" << why;
        m_state = State::Refused;
        m_socket->abort();
    }

    QString peer() const { return m_socket->peerAddress().toString(); }

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

    QTcpSocket *m_socket;
    CentralLimits m_limits;
    RequestGate m_gate;
    State m_state = State::Head;
    QByteArray m_head;
    bool m_lastWasCR = false;
    bool m_headStarted = false;
    qint64 m_bodyLeft = 0;
    qint64 m_received = 0;
    qint64 m_parsed = 0;
    qint64 m_requestStart = 0; // where the request being parsed starts (after the last one)
    qint64 m_bodyStart = 0;
    qint64 m_unreadLast = 0; // bytesAvailable() when a slot of the limiter last ran
    bool m_handedOver = false;
    bool m_following = false;
    std::optional<Refusal> m_refusal; // waits for the HTTP server to reach m_refusalAt
    qint64 m_refusalAt = 0;
    QTimer m_deadline;
    Wait m_wait = Wait::Head;
};

namespace {

RequestLimiter *limiterOf(QTcpSocket *socket)
{
    return socket ? socket->findChild<RequestLimiter *>(QString(), Qt::FindDirectChildrenOnly)
                  : nullptr;
}

// Over the cap: the answer and the end, without reading the request (what arrives meanwhile is
// thrown away, so the close does not reset the connection before the answer is read).
void answerBusy(QTcpSocket *socket, int cap)
{
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    socket->write(answerBytes(503, "Service Unavailable", u"tooManyConnections"_s,
        u"central has "_s + QString::number(cap) + u" connections open; retry later"_s));
    socket->disconnectFromHost();
    QTimer::singleShot(kClosingMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
}

} // namespace

void ConnectionCount::opened(QObject *context, QObject *connection)
{
    ++m_open;
    QObject::connect(connection, &QObject::destroyed, context, [this] {
        --m_open;
        if (!full() && m_refusing) {
            m_refusing = false;
            qCInfo(lcCentralLimits) << "open connections below the cap of" << m_cap << "again";
        }
    });
}

void ConnectionCount::refused(const QString &peer)
{
    if (m_refusing)
        return;
    m_refusing = true;
    qCWarning(lcCentralLimits).noquote()
        << "connection cap of" << m_cap << "reached: refusing new connections (first:" << peer
        << "); raise --max-connections and LimitNOFILE if real clients need more";
}

void ConnectionCount::handedOver(QTcpSocket *socket)
{
    if (RequestLimiter *limiter = limiterOf(socket)) {
        limiter->handedOver();
        m_handedOver.append(socket);
    }
}

void ConnectionCount::followHandedOver()
{
    for (const QPointer<QTcpSocket> &socket : std::exchange(m_handedOver, {}))
        if (RequestLimiter *limiter = limiterOf(socket))
            limiter->followHttpServer();
}

bool ConnectionCount::isHandoverSignal(const QMetaMethod &signal)
{
    return signal == QMetaMethod::fromSignal(&QTcpServer::newConnection)
        || signal == QMetaMethod::fromSignal(&QTcpServer::pendingConnectionAvailable);
}

LimitedTcpServer::LimitedTcpServer(
    const CentralLimits &limits, const RequestGate &gate, QObject *parent)
    : QTcpServer(parent), m_limits(limits), m_gate(gate), m_count(limits.maxConnections)
{ }

void LimitedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    if (m_count.full()) {
        m_count.refused(socket->peerAddress().toString());
        answerBusy(socket, m_limits.maxConnections);
        return;
    }
    // Nagle off: QHttpServer writes an answer's headers and body separately, and with Nagle the
    // body waited for the client's delayed ACK of the headers — 40 ms on every answer, most of a
    // batch's time on loopback (docs/performance.md, "Push").
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_count.opened(this, socket);
    new RequestLimiter(socket, m_limits, m_gate); // connected before the HTTP server's slot
    addPendingConnection(socket);
}

QTcpSocket *LimitedTcpServer::nextPendingConnection()
{
    QTcpSocket *socket = QTcpServer::nextPendingConnection();
    m_count.handedOver(socket);
    return socket;
}

void LimitedTcpServer::connectNotify(const QMetaMethod &signal)
{
    // The HTTP server connects here to take sockets (bind()); the limiter's follow-up goes after
    // it on the same signal. Our own connection (m_connecting) is not followed again.
    if (m_connecting || !ConnectionCount::isHandoverSignal(signal))
        return;
    m_connecting = true;
    if (signal == QMetaMethod::fromSignal(&QTcpServer::newConnection))
        connect(this, &QTcpServer::newConnection, this, [this] { m_count.followHandedOver(); });
    else
        connect(this, &QTcpServer::pendingConnectionAvailable, this,
            [this] { m_count.followHandedOver(); });
    m_connecting = false;
}

LimitedSslServer::LimitedSslServer(const CentralLimits &limits, const RequestGate &gate,
    const QSslConfiguration &tls, QObject *parent)
    : QSslServer(parent), m_limits(limits), m_gate(gate), m_count(limits.maxConnections)
{
    setSslConfiguration(tls);
    setHandshakeTimeout(5000); // a client that starts no handshake is dropped after this (ms)
    // The socket is encrypting now; the HTTP server only gets it (and connects its readyRead)
    // once the handshake is done, so the limiter's slot runs first on every decrypted byte.
    connect(this, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket *socket) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // as LimitedTcpServer
        m_count.opened(this, socket);
        new RequestLimiter(socket, m_limits, m_gate);
    });
    // A failed handshake (a client that does not trust the certificate, plain HTTP, a port scan)
    // costs that connection only: QSslServer drops the socket and central goes on serving.
    connect(this, &QSslServer::errorOccurred, this,
        [](QSslSocket *socket, QAbstractSocket::SocketError) {
            qCInfo(lcCentralTls) << "TLS handshake with" << socket->peerAddress().toString()
                                 << "failed:" << socket->errorString();
        });
}

void LimitedSslServer::incomingConnection(qintptr socketDescriptor)
{
    if (m_count.full()) {
        QTcpSocket socket; // for its peer's address, and to close the descriptor
        if (socket.setSocketDescriptor(socketDescriptor))
            m_count.refused(socket.peerAddress().toString());
        socket.abort();
        return;
    }
    QSslServer::incomingConnection(socketDescriptor);
}

QTcpSocket *LimitedSslServer::nextPendingConnection()
{
    QTcpSocket *socket = QSslServer::nextPendingConnection();
    m_count.handedOver(socket);
    return socket;
}

void LimitedSslServer::connectNotify(const QMetaMethod &signal)
{
    // As LimitedTcpServer::connectNotify.
    if (m_connecting || !ConnectionCount::isHandoverSignal(signal))
        return;
    m_connecting = true;
    if (signal == QMetaMethod::fromSignal(&QTcpServer::newConnection))
        connect(this, &QTcpServer::newConnection, this, [this] { m_count.followHandedOver(); });
    else
        connect(this, &QTcpServer::pendingConnectionAvailable, this,
            [this] { m_count.followHandedOver(); });
    m_connecting = false;
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

#include "limitedtcpserver.moc"
