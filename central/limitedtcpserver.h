#pragma once

#include "centrallimits.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>

#include <optional>

namespace saduak {

// The TCP server under central's QHttpServer that enforces the request size limits before Qt
// HttpServer buffers a request: Qt HttpServer 6.4 reads every byte a client sends into memory and
// has no limit of its own. Each connection gets a RequestLimiter that looks at the bytes first
// (its readyRead slot is connected before the HTTP server's), follows the request framing
// (headers, then Content-Length bytes of body) and, when a request goes over a limit, answers
// 431 or 413 (411 for chunked bodies, which it cannot bound up front) itself, drops the bytes so
// the HTTP server never sees them, and closes the connection. A connection idle for two minutes
// is closed.
class LimitedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit LimitedTcpServer(const CentralLimits &limits, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    CentralLimits m_limits;
};

// The same limits over TLS: a QSslServer (the handshake, its timeout, dropping clients that do
// not speak TLS) whose connections get their RequestLimiter when the handshake starts, so the
// limiter looks at the decrypted bytes before the HTTP server does, as on plain TCP.
class LimitedSslServer : public QSslServer
{
    Q_OBJECT
public:
    LimitedSslServer(
        const CentralLimits &limits, const QSslConfiguration &tls, QObject *parent = nullptr);

    // The server side of TLS from a PEM certificate file (the server's certificate first, then
    // any intermediates) and its PEM private key (RSA or EC, not encrypted). Nothing returned,
    // why set (translated), when a file cannot be read, holds no certificate or key, or the key
    // is not the certificate's.
    static std::optional<QSslConfiguration> configurationFrom(
        const QString &certFile, const QString &keyFile, QString *why);

private:
    CentralLimits m_limits;
};

} // namespace saduak
