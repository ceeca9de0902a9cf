#include "limitedtcpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
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

} // namespace

// Follows HTTP/1.1 request framing on one connection (RFC 9112, decided by RequestFraming),
// without consuming anything the HTTP server is to read. Its view of the stream, in bytes since
// the connection opened:
//   received: what the socket has taken in; parsed: what the framing has looked at;
//   received - bytesAvailable(): what the HTTP server has read.
// New bytes arrive only just before readyRead, and the HTTP server reads only in its readyRead
// slot, between the limiter's two slots; so each byte is parsed once.
class RequestLimiter : public QObject
{
    Q_OBJECT
public:
    RequestLimiter(QTcpSocket *socket, const CentralLimits &limits, const RequestGate &gate,
        LimiterLogs &logs)
        : QObject(socket), m_socket(socket), m_limits(limits), m_logs(logs),
          m_framing(limits, gate,
              {[this] { headStarted(); }, [this](qint64 length) { bodyStarted(length); },
                  [this] { requestComplete(); },
                  [this](const RequestFraming::Refusal &r) { refuse(r); }})
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
    // Following: the framing looks at each new byte; Halted: a refused request waits for the
    // HTTP server to answer those before it.
    enum class State { Following, Halted, Draining, Refused };
    enum class Wait { Head, Body, Idle, Closing };
    using Refusal = RequestFraming::Refusal;

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
        if (m_state == State::Following && m_framing.parsed() < m_received) {
            const qint64 from = m_framing.parsed() - httpServerAt(unread);
            const QByteArray data = m_socket->peek(unread);
            if (from < 0 || data.size() != unread) {
                lostTrack("the HTTP server read bytes the limiter had not seen");
                return;
            }
            m_framing.feed(QByteArrayView(data).sliced(from));
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

    void headStarted()
    {
        if (m_wait == Wait::Idle)
            arm(Wait::Head, m_limits.headTimeoutMs);
    }

    void bodyStarted(qint64 length) { arm(Wait::Body, bodyDeadlineMs(length)); }

    qint64 bodyDeadlineMs(qint64 length) const
    {
        return m_limits.headTimeoutMs
            + length * 1000 / std::max<qint64>(1, m_limits.minBodyBytesPerSecond);
    }

    void requestComplete()
    {
        arm(Wait::Idle, m_limits.idleTimeoutMs); // from the end of this request, not any byte
    }

    // Now, or once the HTTP server has read (and answered) the requests before this one.
    void refuse(const Refusal &refusal)
    {
        m_refusal = refusal;
        m_refusalAt = m_framing.requestStart();
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
        if (m_logs.refusals.admit())
            qCInfo(lcCentralLimits).noquote()
                << "refused a request from" << peer() << "with" << r.status << r.code;
        if (r.bodyLength > 0 && r.bodyLength <= kMaxDrainBytes) {
            m_bodyLeft = r.bodyLength - std::max<qint64>(0, m_received - m_framing.bodyStart());
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
            if (!m_framing.requestStarted()) {
                close(); // nothing sent: nothing to answer
                return;
            }
            if (m_logs.deadlines.admit())
                qCInfo(lcCentralLimits).noquote()
                    << "closed a connection from" << peer() << "whose request line and headers"
                    << "did not arrive within" << m_limits.headTimeoutMs << "ms";
            break;
        case Wait::Body:
            if (m_logs.deadlines.admit())
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
    LimiterLogs &m_logs; // the server's, which outlives its sockets
    RequestFraming m_framing;
    State m_state = State::Following;
    qint64 m_bodyLeft = 0; // of a refused body being drained
    qint64 m_received = 0;
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

LimiterLogs::LimiterLogs(int windowMs)
    : refusals(lcCentralLimits(), QtInfoMsg, u"refused requests"_s),
      deadlines(lcCentralLimits(), QtInfoMsg, u"connections closed at a deadline"_s),
      handshakes(lcCentralTls(), QtInfoMsg, u"failed TLS handshakes"_s)
{
    for (LogThrottle *log : {&refusals, &deadlines, &handshakes})
        log->setWindow(LogThrottle::kDefaultLinesPerWindow, windowMs);
}

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

ServerLimiter::ServerLimiter(const CentralLimits &limits, const RequestGate &gate)
    : m_limits(limits), m_gate(gate), m_count(limits.maxConnections), m_logs(limits.logWindowMs)
{ }

void ServerLimiter::attach(QObject *context, QTcpSocket *socket)
{
    // Nagle off: QHttpServer writes an answer's headers and body separately, and with Nagle the
    // body waited for the client's delayed ACK of the headers — 40 ms on every answer, most of a
    // batch's time on loopback (docs/performance.md, "Push").
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_count.opened(context, socket);
    new RequestLimiter(socket, m_limits, m_gate, m_logs);
}

QTcpSocket *ServerLimiter::handOver(QTcpSocket *socket)
{
    if (RequestLimiter *limiter = limiterOf(socket)) {
        limiter->handedOver();
        m_handedOver.append(socket);
    }
    return socket;
}

void ServerLimiter::serverConnected(QTcpServer *server, const QMetaMethod &signal)
{
    // Our own connection (m_connecting) is not followed again.
    if (m_connecting)
        return;
    m_connecting = true;
    if (signal == QMetaMethod::fromSignal(&QTcpServer::newConnection))
        QObject::connect(server, &QTcpServer::newConnection, server, [this] { followHandedOver(); });
    else if (signal == QMetaMethod::fromSignal(&QTcpServer::pendingConnectionAvailable))
        QObject::connect(server, &QTcpServer::pendingConnectionAvailable, server,
            [this] { followHandedOver(); });
    m_connecting = false;
}

void ServerLimiter::followHandedOver()
{
    for (const QPointer<QTcpSocket> &socket : std::exchange(m_handedOver, {}))
        if (RequestLimiter *limiter = limiterOf(socket))
            limiter->followHttpServer();
}

LimitedTcpServer::LimitedTcpServer(
    const CentralLimits &limits, const RequestGate &gate, QObject *parent)
    : QTcpServer(parent), m_limiter(limits, gate)
{ }

void LimitedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    if (m_limiter.count().full()) {
        m_limiter.count().refused(socket->peerAddress().toString());
        answerBusy(socket, m_limiter.limits().maxConnections);
        return;
    }
    m_limiter.attach(this, socket);
    addPendingConnection(socket);
}

QTcpSocket *LimitedTcpServer::nextPendingConnection()
{
    return m_limiter.handOver(QTcpServer::nextPendingConnection());
}

void LimitedTcpServer::connectNotify(const QMetaMethod &signal)
{
    m_limiter.serverConnected(this, signal);
}

LimitedSslServer::LimitedSslServer(const CentralLimits &limits, const RequestGate &gate,
    const QSslConfiguration &tls, QObject *parent)
    : QSslServer(parent), m_limiter(limits, gate)
{
    setSslConfiguration(tls);
    setHandshakeTimeout(5000); // a client that starts no handshake is dropped after this (ms)
    // The socket is encrypting now; the HTTP server only gets it (and connects its readyRead)
    // once the handshake is done, so the limiter's slot runs first on every decrypted byte.
    connect(this, &QSslServer::startedEncryptionHandshake, this,
        [this](QSslSocket *socket) { m_limiter.attach(this, socket); });
    // A failed handshake (a client that does not trust the certificate, plain HTTP, a port scan)
    // costs that connection only: QSslServer drops the socket and central goes on serving; and
    // the log a few lines a window, as anyone on the internet can fail one.
    connect(this, &QSslServer::errorOccurred, this,
        [this](QSslSocket *socket, QAbstractSocket::SocketError) {
            if (m_limiter.logs().handshakes.admit())
                qCInfo(lcCentralTls) << "TLS handshake with" << socket->peerAddress().toString()
                                     << "failed:" << socket->errorString();
        });
}

void LimitedSslServer::incomingConnection(qintptr socketDescriptor)
{
    if (m_limiter.count().full()) {
        QTcpSocket socket; // for its peer's address, and to close the descriptor
        if (socket.setSocketDescriptor(socketDescriptor))
            m_limiter.count().refused(socket.peerAddress().toString());
        socket.abort();
        return;
    }
    QSslServer::incomingConnection(socketDescriptor);
}

QTcpSocket *LimitedSslServer::nextPendingConnection()
{
    return m_limiter.handOver(QSslServer::nextPendingConnection());
}

void LimitedSslServer::connectNotify(const QMetaMethod &signal)
{
    m_limiter.serverConnected(this, signal);
}

} // namespace saduak

#include "limitedtcpserver.moc"
