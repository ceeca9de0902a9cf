#include "faultproxy.h"

#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace saduak::test {

// One client connection and its twin towards the target.
class FaultProxy::Connection : public QObject
{
public:
    Connection(FaultProxy *proxy, QTcpSocket *client)
        : QObject(proxy), m_proxy(proxy), m_client(client)
    {
        client->setParent(this);
        m_server = new QTcpSocket(this);
        connect(client, &QTcpSocket::readyRead, this, &Connection::fromClient);
        connect(m_server, &QTcpSocket::readyRead, this, &Connection::fromServer);
        connect(m_server, &QTcpSocket::connected, this,
            [this] { m_server->write(std::exchange(m_pendingToServer, {})); });
        connect(client, &QTcpSocket::disconnected, this, &Connection::clientGone);
        connect(m_server, &QTcpSocket::disconnected, this, &Connection::close);
        connect(m_server, &QTcpSocket::errorOccurred, this, &Connection::close);
        if (proxy->m_mode != Mode::Blackhole)
            connectServer();
    }

    bool isLateDelivery() const { return m_clientGone && !m_closed; }

    void close()
    {
        if (m_closed)
            return;
        m_closed = true;
        m_client->abort();
        m_server->abort();
        m_proxy->m_connections.removeOne(this);
        deleteLater();
    }

private:
    // A request held back by Delay still reaches the server after the client gave up on it,
    // as a late packet would: that is how a duplicate or reordered delivery happens.
    void clientGone()
    {
        m_clientGone = true;
        if (m_delayedToServer == 0 && !m_awaitingAnswer)
            close();
    }

    void connectServer()
    {
        if (m_server->state() == QAbstractSocket::UnconnectedState && !m_serverStarted) {
            m_serverStarted = true;
            m_server->connectToHost(m_proxy->m_targetAddress, m_proxy->m_targetPort);
        }
    }

    void toServer(const QByteArray &data)
    {
        m_proxy->m_bytesToServer += data.size();
        if (m_server->state() == QAbstractSocket::ConnectedState)
            m_server->write(data);
        else
            m_pendingToServer += data;
    }

    void fromClient()
    {
        const QByteArray data = m_client->readAll();
        switch (m_proxy->m_mode) {
        case Mode::Blackhole:
            m_proxy->m_bytesSwallowed += data.size();
            return; // swallowed
        case Mode::Pass:
        case Mode::DropResponseAfterForwarding:
        case Mode::CloseAfterServerBytes:
            connectServer();
            toServer(data);
            return;
        case Mode::Delay: {
            connectServer();
            ++m_delayedToServer;
            m_awaitingAnswer = true;
            QTimer::singleShot(m_proxy->m_delayMs, Qt::PreciseTimer, this, [this, data] {
                toServer(data);
                --m_delayedToServer;
            });
            return;
        }
        case Mode::CloseAfterBytes: {
            connectServer();
            const qint64 room = m_proxy->m_closeAfterBytes - m_clientBytes;
            if (room <= data.size()) {
                if (room > 0)
                    toServer(data.left(room));
                m_server->flush();
                emit m_proxy->connectionCut();
                close();
                return;
            }
            m_clientBytes += data.size();
            toServer(data);
            return;
        }
        }
    }

    void fromServer()
    {
        const QByteArray data = m_server->readAll();
        m_awaitingAnswer = false;
        if (m_clientGone) {
            close(); // the late request was delivered and answered; nobody is listening
            return;
        }
        switch (m_proxy->m_mode) {
        case Mode::Blackhole:
            return;
        case Mode::DropResponseAfterForwarding:
            ++m_proxy->m_responsesDropped;
            emit m_proxy->responseDropped();
            close();
            return;
        case Mode::Delay:
            QTimer::singleShot(m_proxy->m_delayMs, Qt::PreciseTimer, this, [this, data] {
                if (!m_closed && m_client->state() == QAbstractSocket::ConnectedState)
                    m_client->write(data);
            });
            return;
        case Mode::Pass:
        case Mode::CloseAfterBytes:
            m_client->write(data);
            return;
        case Mode::CloseAfterServerBytes: {
            const qint64 room = m_proxy->m_closeAfterBytes - m_serverBytes;
            if (room <= data.size()) {
                if (room > 0)
                    m_client->write(data.left(room));
                m_client->flush();
                emit m_proxy->connectionCut();
                close();
                return;
            }
            m_serverBytes += data.size();
            m_client->write(data);
            return;
        }
        }
    }

    FaultProxy *m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_server;
    QByteArray m_pendingToServer;
    qint64 m_clientBytes = 0;
    qint64 m_serverBytes = 0;
    bool m_serverStarted = false;
    bool m_closed = false;
    bool m_clientGone = false;
    bool m_awaitingAnswer = false; // a delayed request went (or goes) to the server
    int m_delayedToServer = 0;
};

FaultProxy::FaultProxy(const QHostAddress &targetAddress, quint16 targetPort, QObject *parent)
    : QObject(parent), m_targetAddress(targetAddress), m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

FaultProxy::~FaultProxy()
{
    closeAll();
}

bool FaultProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

quint16 FaultProxy::port() const
{
    return m_server.serverPort();
}

QString FaultProxy::url() const
{
    return u"http://127.0.0.1:"_s + QString::number(port()) + u'/';
}

void FaultProxy::setDelay(int ms)
{
    m_delayMs = ms;
    setMode(Mode::Delay);
}

void FaultProxy::setCloseAfterBytes(qint64 bytes)
{
    m_closeAfterBytes = bytes;
    setMode(Mode::CloseAfterBytes);
}

void FaultProxy::setCloseAfterServerBytes(qint64 bytes)
{
    m_closeAfterBytes = bytes;
    setMode(Mode::CloseAfterServerBytes);
}

void FaultProxy::setTarget(const QHostAddress &address, quint16 port)
{
    m_targetAddress = address;
    m_targetPort = port;
}

void FaultProxy::setMode(Mode mode)
{
    m_mode = mode;
}

void FaultProxy::closeAll()
{
    const QList<Connection *> open = m_connections;
    for (Connection *c : open)
        c->close();
}

int FaultProxy::lateDeliveriesPending() const
{
    return int(std::count_if(m_connections.begin(), m_connections.end(),
        [](const Connection *c) { return c->isLateDelivery(); }));
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_accepted;
        m_connections.append(new Connection(this, client));
    }
}

} // namespace saduak::test
