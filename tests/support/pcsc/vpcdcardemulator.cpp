#include "vpcdcardemulator.h"

#include "virtualcard.h"

#include <QHostAddress>
#include <QMetaObject>
#include <QPointer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace saduak::testing {

namespace {

enum VpcdControl : char { PowerOff = 0, PowerOn = 1, Reset = 2, SendAtr = 4 };

// Retry while the card is "in" but vpcd is not listening (pcscd stopped or not started yet).
constexpr int reconnectIntervalMs = 20;

void quickAck(QTcpSocket *socket)
{
    // Linux clears TCP_QUICKACK again after a while, so it is set before every read.
    const int one = 1;
    ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
}

} // namespace

// Everything here runs on the emulator's thread, except the atomics.
class VpcdCardEmulator::Session : public QObject
{
public:
    explicit Session(quint16 port) : m_port(port)
    {
        m_thread.setObjectName(QStringLiteral("vpcd-card"));
        moveToThread(&m_thread);
        m_thread.start();
    }

    ~Session() override
    {
        run([this] {
            remove();
            delete m_retry; // children go on their own thread
            m_retry = nullptr;
        });
        m_thread.quit();
        m_thread.wait();
    }

    template<typename F>
    void run(F &&function)
    {
        QMetaObject::invokeMethod(this, std::forward<F>(function), Qt::BlockingQueuedConnection);
    }

    void insert(VirtualCard *card)
    {
        remove();
        m_card = card;
        m_apduCount = 0;
        m_pulled = false;
        connectToVpcd();
    }

    void remove()
    {
        m_card = nullptr;
        if (m_retry)
            m_retry->stop();
        dropSocket();
    }

    std::atomic<bool> m_connected {false};
    std::atomic<int> m_apduCount {0};
    std::atomic<bool> m_pulled {false};

private:
    void connectToVpcd()
    {
        if (!m_card || m_socket)
            return;
        m_socket = new QTcpSocket(this);
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        QTcpSocket *socket = m_socket;
        QObject::connect(socket, &QTcpSocket::connected, this, [this, socket] {
            m_connected = true;
            quickAck(socket);
        });
        QObject::connect(
            socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        QObject::connect(socket, &QTcpSocket::disconnected, this, [this, socket] { lost(socket); });
        QObject::connect(
            socket, &QTcpSocket::errorOccurred, this, [this, socket] { lost(socket); });
        m_buffer.clear();
        socket->connectToHost(QHostAddress::LocalHost, m_port);
    }

    void lost(QTcpSocket *socket)
    {
        if (socket != m_socket)
            return;
        dropSocket();
        if (!m_card)
            return;
        if (!m_retry) {
            m_retry = new QTimer(this);
            m_retry->setSingleShot(true);
            QObject::connect(m_retry, &QTimer::timeout, this, [this] { connectToVpcd(); });
        }
        m_retry->start(reconnectIntervalMs);
    }

    void dropSocket()
    {
        m_connected = false;
        if (!m_socket)
            return;
        QTcpSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }

    void readFrom(QTcpSocket *socket)
    {
        quickAck(socket);
        m_buffer += socket->readAll();
        quickAck(socket);
        while (m_buffer.size() >= 2 && socket == m_socket) {
            const int length = (quint8(m_buffer[0]) << 8) | quint8(m_buffer[1]);
            if (m_buffer.size() < 2 + length)
                return;
            const QByteArray message = m_buffer.mid(2, length);
            m_buffer.remove(0, 2 + length);
            handle(socket, message);
        }
    }

    void handle(QTcpSocket *socket, const QByteArray &message)
    {
        if (!m_card)
            return;
        if (message.size() == 1) {
            switch (message[0]) {
            case PowerOff:
                m_card->powerOff();
                break;
            case PowerOn:
                m_card->powerOn();
                break;
            case Reset:
                m_card->reset();
                break;
            case SendAtr:
                send(socket, m_card->atr());
                break;
            default:
                break; // unknown controls are ignored, as vpcd's own cards do
            }
            return;
        }
        const std::optional<QByteArray> answer = m_card->respond(message);
        // An empty answer cannot cross vpcd: it reads a 0-length message with a blocking
        // recv(0 bytes, MSG_WAITALL) that waits until the connection closes. So it is sent the
        // way it happens on a real reader: the card goes mid-answer, the connection closes, and
        // pcscd hands the application an answer of 0 bytes.
        if (!answer || answer->isEmpty()) {
            // The card leaves mid-command: the reader sees the connection close.
            m_pulled = true;
            remove();
            return;
        }
        ++m_apduCount;
        send(socket, *answer);
    }

    static void send(QTcpSocket *socket, const QByteArray &payload)
    {
        QByteArray frame;
        frame.reserve(payload.size() + 2);
        frame.append(char((payload.size() >> 8) & 0xFF));
        frame.append(char(payload.size() & 0xFF));
        frame.append(payload);
        socket->write(frame);
        socket->flush();
    }

    const quint16 m_port;
    QThread m_thread;
    VirtualCard *m_card = nullptr;
    QTcpSocket *m_socket = nullptr;
    QTimer *m_retry = nullptr;
    QByteArray m_buffer;
};

VpcdCardEmulator::VpcdCardEmulator(quint16 vpcdPort)
    : m_session(std::make_unique<Session>(vpcdPort))
{ }

VpcdCardEmulator::~VpcdCardEmulator() = default;

void VpcdCardEmulator::insertCard(VirtualCard *card)
{
    Session *session = m_session.get();
    session->run([session, card] { session->insert(card); });
}

void VpcdCardEmulator::removeCard()
{
    Session *session = m_session.get();
    session->run([session] { session->remove(); });
}

bool VpcdCardEmulator::isConnected() const
{
    return m_session->m_connected;
}

int VpcdCardEmulator::apduCount() const
{
    return m_session->m_apduCount;
}

bool VpcdCardEmulator::cardPulled() const
{
    return m_session->m_pulled;
}

} // namespace saduak::testing
