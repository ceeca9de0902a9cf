#include "tcpprinter.h"

#include "escposencoder.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace saduak {

TcpPrinter::TcpPrinter(const QString &host, quint16 port, QObject *parent)
    : TicketPrinter(parent), m_host(host), m_port(port)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TcpPrinter::onTimeout);
}

TcpPrinter::~TcpPrinter()
{
    dropSocket();
}

QString TcpPrinter::address() const
{
    return u"socket://%1:%2"_s.arg(m_host).arg(m_port);
}

void TcpPrinter::startJob(const QByteArray &data)
{
    m_data = data;
    m_phase = Phase::Connecting;
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, &TcpPrinter::onConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &TcpPrinter::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &TcpPrinter::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &TcpPrinter::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &TcpPrinter::onError);
    m_timer.start(m_connectTimeout);
    // Errors (a refused port, an unknown host) come as signals from the event loop, never from
    // inside connectToHost, as finishJob() requires.
    m_socket->connectToHost(m_host, m_port);
}

void TcpPrinter::onConnected()
{
    if (!m_paperCheck) {
        sendJob();
        return;
    }
    m_phase = Phase::AskingStatus;
    m_timer.start(m_statusTimeout);
    m_socket->write(EscPosEncoder::paperStatusRequest());
}

void TcpPrinter::onReadyRead()
{
    if (m_phase != Phase::AskingStatus) {
        // Automatic status messages some printers send unasked; nothing here waits for them.
        m_socket->readAll();
        return;
    }
    char status = 0;
    if (!m_socket->getChar(&status))
        return;
    if (EscPosEncoder::isPaperEnd(status)) {
        fail(PrintError::Code::OutOfPaper,
            tr("The ticket printer is out of paper. Please call a staff member."),
            u"%1: paper sensor status 0x%2"_s.arg(address()).arg(
                uint(uchar(status)), 2, 16, QChar(u'0')));
        return;
    }
    if (EscPosEncoder::isPaperNearEnd(status))
        emit paperNearEnd();
    sendJob();
}

void TcpPrinter::sendJob()
{
    m_phase = Phase::Writing;
    m_timer.start(m_writeTimeout);
    if (m_data.isEmpty()) {
        onBytesWritten(); // nothing to write means no bytesWritten() to wait for
        return;
    }
    m_socket->write(m_data);
}

void TcpPrinter::onBytesWritten()
{
    if (m_phase != Phase::Writing)
        return; // the status request
    m_timer.start(m_writeTimeout);
    if (m_socket->bytesToWrite() > 0)
        return;
    // Every byte is with the operating system, which delivers it after the close as well.
    m_phase = Phase::Closing;
    m_socket->disconnectFromHost();
    if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
        succeed();
}

void TcpPrinter::onDisconnected()
{
    if (m_phase == Phase::Closing) {
        succeed();
        return;
    }
    fail(PrintError::Code::Offline,
        tr("The ticket printer closed the connection before the ticket was sent. Check that it is "
           "switched on."),
        u"%1: disconnected while %2; %3 bytes not sent"_s
            .arg(address(), m_phase == Phase::Writing ? u"printing"_s : u"asking for status"_s)
            .arg(m_socket->bytesToWrite()));
}

void TcpPrinter::onError(QAbstractSocket::SocketError error)
{
    if (!m_socket)
        return;
    const QString detail
        = u"%1: %2 (socket error %3)"_s.arg(address(), m_socket->errorString()).arg(int(error));
    if (m_phase == Phase::Closing && error == QAbstractSocket::RemoteHostClosedError) {
        succeed(); // the printer hung up first, after taking everything
        return;
    }
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
    case QAbstractSocket::HostNotFoundError:
    case QAbstractSocket::NetworkError:
        fail(PrintError::Code::Offline,
            tr("The ticket printer does not answer. Check that it is switched on and connected to "
               "the network."),
            detail);
        return;
    case QAbstractSocket::RemoteHostClosedError:
        fail(PrintError::Code::Offline,
            tr("The ticket printer closed the connection before the ticket was sent. Check that it "
               "is switched on."),
            detail);
        return;
    case QAbstractSocket::SocketTimeoutError:
        fail(PrintError::Code::Timeout, tr("The ticket printer did not answer in time."), detail);
        return;
    default:
        fail(PrintError::Code::Failed, tr("The ticket could not be sent to the printer."), detail);
        return;
    }
}

void TcpPrinter::onTimeout()
{
    switch (m_phase) {
    case Phase::Idle:
        return;
    case Phase::AskingStatus:
        // No answer to DLE EOT: a printer without real-time status on this port. Print anyway.
        sendJob();
        return;
    case Phase::Connecting:
        fail(PrintError::Code::Timeout,
            tr("The ticket printer does not answer. Check that it is switched on and connected to "
               "the network."),
            u"%1: no connection after %2 ms"_s.arg(address()).arg(m_connectTimeout.count()));
        return;
    case Phase::Writing:
    case Phase::Closing:
        fail(PrintError::Code::Timeout,
            tr("The ticket printer stopped taking data. Check the paper and the printer cover."),
            u"%1: no data taken for %2 ms; %3 of %4 bytes still to send"_s.arg(address())
                .arg(m_writeTimeout.count())
                .arg(m_socket->bytesToWrite())
                .arg(m_data.size()));
        return;
    }
}

void TcpPrinter::succeed()
{
    dropSocket();
    finishJob();
}

void TcpPrinter::fail(PrintError::Code code, const QString &message, const QString &detail)
{
    dropSocket();
    finishJob({code, message, detail});
}

void TcpPrinter::dropSocket()
{
    m_timer.stop();
    m_phase = Phase::Idle;
    m_data.clear();
    if (!m_socket)
        return;
    // Disconnected first, so that abort() does not call back into a finished job.
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

} // namespace saduak
