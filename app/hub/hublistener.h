#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>

namespace saduak {

// The hub's TCP port. With a TLS configuration each connection it accepts is a QSslSocket that
// has not started its handshake yet: HubServer counts it against the connection cap first, then
// starts the server side of TLS, and hands it to the WebSocket server once it is encrypted
// (QWebSocketServer reads the decrypted bytes through the QTcpSocket interface). Without one, plain
// QTcpSockets, as QTcpServer makes them.
class HubListener : public QTcpServer
{
    Q_OBJECT
public:
    using QTcpServer::QTcpServer;

    void setTls(const QSslConfiguration &tls) { m_tls = tls; }
    const std::optional<QSslConfiguration> &tls() const { return m_tls; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    std::optional<QSslConfiguration> m_tls;
};

} // namespace saduak
