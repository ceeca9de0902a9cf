#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace saduak::test {

// A TCP proxy on loopback that puts faults on the wire between a client (the hub's sync client)
// and a server (saduak-central), for fault tests with real processes. It listens on port 0 and
// forwards every connection to the target; the mode can be switched while connections are open
// and applies from the next bytes on.
class FaultProxy : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        Pass, // forward both ways
        Delay, // forward both ways, each chunk held back delayMs
        Blackhole, // accept, read and drop what the client sends, never forward, never answer
        CloseAfterBytes, // forward; once a connection carried closeAfterBytes client bytes, close
                         // it
        // Forward the request; when the server starts answering (it has done the work), close the
        // client's side and drop the answer: "the connection dropped after central committed but
        // before the hub saw the acknowledgement".
        DropResponseAfterForwarding,
        // Forward; once a connection carried closeAfterBytes server bytes, close it: an answer
        // cut in the middle (a reference data page half downloaded).
        CloseAfterServerBytes,
    };
    Q_ENUM(Mode)

    explicit FaultProxy(
        const QHostAddress &targetAddress, quint16 targetPort, QObject *parent = nullptr);
    ~FaultProxy() override;

    bool listen(); // 127.0.0.1, port 0
    quint16 port() const;
    QString url() const; // http://127.0.0.1:<port>/

    void setPass() { setMode(Mode::Pass); }
    void setDelay(int ms);
    void setBlackhole() { setMode(Mode::Blackhole); }
    void setCloseAfterBytes(qint64 bytes);
    void setDropResponseAfterForwarding() { setMode(Mode::DropResponseAfterForwarding); }
    void setCloseAfterServerBytes(qint64 bytes);
    Mode mode() const { return m_mode; }
    void setTarget(const QHostAddress &address, quint16 port);

    // Closes every open connection (both sides).
    void closeAll();

    int connectionsAccepted() const { return m_accepted; }
    int connectionsOpen() const { return int(m_connections.size()); }
    // Connections whose client gave up while a delayed request was still on its way to the server
    // (a late delivery that has not been answered yet).
    int lateDeliveriesPending() const;
    int responsesDropped() const { return m_responsesDropped; }
    qint64 bytesToServer() const { return m_bytesToServer; }
    // Bytes of requests that met the blackhole (taken from the client, never forwarded).
    qint64 bytesSwallowed() const { return m_bytesSwallowed; }

Q_SIGNALS:
    void responseDropped();
    void connectionCut(); // a connection closed by CloseAfterBytes

private:
    class Connection;
    void setMode(Mode mode);
    void accept();

    QTcpServer m_server;
    QHostAddress m_targetAddress;
    quint16 m_targetPort;
    Mode m_mode = Mode::Pass;
    int m_delayMs = 0;
    qint64 m_closeAfterBytes = 0;
    int m_accepted = 0;
    int m_responsesDropped = 0;
    qint64 m_bytesToServer = 0;
    qint64 m_bytesSwallowed = 0;
    QList<Connection *> m_connections;

    friend class Connection;
};

} // namespace saduak::test
