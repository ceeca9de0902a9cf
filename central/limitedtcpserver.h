#pragma once

#include "centrallimits.h"
#include "requestframing.h" // RequestGate

#include <logging/logthrottle.h>

#include <QByteArrayView>
#include <QList>
#include <QMetaMethod>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>

#include <functional>
#include <optional>

namespace saduak {

// The open connections of one server against CentralLimits::maxConnections.
class ConnectionCount
{
public:
    explicit ConnectionCount(int cap) : m_cap(cap) { }
    bool full() const { return m_cap > 0 && m_open >= m_cap; }
    // connection: counted until destroyed (context: the server, which may go first).
    void opened(QObject *context, QObject *connection);
    // Logs the first refusal after a time below the cap (not each one: a flood would flood
    // the log too).
    void refused(const QString &peer);

private:
    int m_cap;
    int m_open = 0;
    bool m_refusing = false;
};

// The lines any client can cause once a request or a connection, each kind throttled
// (LogThrottle): one set a server, shared by its connections' limiters.
struct LimiterLogs
{
    explicit LimiterLogs(int windowMs);
    LogThrottle refusals; // "refused a request from …"
    LogThrottle deadlines; // "closed a connection from … whose … did not arrive / slower than"
    LogThrottle handshakes; // "TLS handshake with … failed" (LimitedSslServer)
};

// What LimitedTcpServer and LimitedSslServer share, one each: the limits, the connections counted,
// the throttled log lines, and each connection's RequestLimiter — attached when the connection is
// taken, made to follow the HTTP server once it is handed over (see LimitedTcpServer).
class ServerLimiter
{
public:
    ServerLimiter(const CentralLimits &limits, const RequestGate &gate);

    const CentralLimits &limits() const { return m_limits; }
    ConnectionCount &count() { return m_count; }
    LimiterLogs &logs() { return m_logs; }

    // A connection the server has taken: counted until destroyed (context: the server), Nagle
    // off, its RequestLimiter's slot connected before the HTTP server's.
    void attach(QObject *context, QTcpSocket *socket);
    // The server's nextPendingConnection: the socket it returns (or null), marked handed over.
    QTcpSocket *handOver(QTcpSocket *socket);
    // The server's connectNotify: once the HTTP server connects to take sockets (bind()), the
    // limiters' follow-up is connected after it, on the same signal.
    void serverConnected(QTcpServer *server, const QMetaMethod &signal);

private:
    void followHandedOver();

    CentralLimits m_limits;
    RequestGate m_gate;
    ConnectionCount m_count;
    LimiterLogs m_logs;
    QList<QPointer<QTcpSocket>> m_handedOver;
    bool m_connecting = false; // in serverConnected's own connect
};

// The TCP server under central's QHttpServer that enforces the request limits before Qt
// HttpServer buffers a request: Qt HttpServer 6.4 reads every byte a client sends into memory and
// has no limit of its own. Each connection gets a RequestLimiter that looks at the bytes first
// (its readyRead slot is connected before the HTTP server's), follows the request framing
// (RFC 9112: head, then Content-Length bytes of body) and, when a request is malformed, goes over
// a limit or lacks a known branch token, answers it itself (400, 411, 413, 431, 401), drops the
// bytes so the HTTP server never sees them, and closes the connection. It also keeps the head,
// body and idle deadlines. Over maxConnections, a new connection is answered 503 and closed.
//
// The limiter parses each byte once. Qt HttpServer 6.4 reads one request per readyRead and leaves
// pipelined ones in the socket's buffer (it re-emits readyRead for them), so "what is unread" is
// not "what is new": the limiter also runs right after the HTTP server's slot to see how much it
// took. That slot is connected once the HTTP server has connected its own, which it does when it
// takes the socket from nextPendingConnection (the limiter's follow-up runs on the same signal,
// connected after the HTTP server's: connectNotify).
class LimitedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    LimitedTcpServer(
        const CentralLimits &limits, const RequestGate &gate, QObject *parent = nullptr);

    QTcpSocket *nextPendingConnection() override;

protected:
    void incomingConnection(qintptr socketDescriptor) override;
    void connectNotify(const QMetaMethod &signal) override;

private:
    ServerLimiter m_limiter;
};

// The same limits over TLS: a QSslServer (the handshake, its timeout, dropping clients that do
// not speak TLS) whose connections get their RequestLimiter when the handshake starts, so the
// limiter looks at the decrypted bytes before the HTTP server does, as on plain TCP.
class LimitedSslServer : public QSslServer
{
    Q_OBJECT
public:
    LimitedSslServer(const CentralLimits &limits, const RequestGate &gate,
        const QSslConfiguration &tls, QObject *parent = nullptr);

    QTcpSocket *nextPendingConnection() override;

protected:
    // Over the cap a connection is closed before its handshake: no HTTP answer can be read by
    // a TLS client before one.
    void incomingConnection(qintptr socketDescriptor) override;
    void connectNotify(const QMetaMethod &signal) override;

private:
    ServerLimiter m_limiter;
};

} // namespace saduak
