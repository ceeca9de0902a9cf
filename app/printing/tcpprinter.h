#pragma once

#include "ticketprinter.h"

#include <QAbstractSocket>
#include <QTimer>

#include <chrono>

class QTcpSocket;

namespace saduak {

// A network printer's raw port (JetDirect, "socket://host:9100"): one TCP connection a job, the
// bytes written, the connection closed.
//
// With the paper check on (the default), each job first sends DLE EOT 4 and reads the roll paper
// sensor byte: paper end fails the job with OutOfPaper before anything is printed, near end emits
// paperNearEnd() and prints. A printer that does not answer within the status timeout is printed to
// anyway: not every model answers real-time status on its network port.
class TcpPrinter : public TicketPrinter
{
    Q_OBJECT

public:
    explicit TcpPrinter(const QString &host, quint16 port = 9100, QObject *parent = nullptr);
    ~TcpPrinter() override;

    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    QString address() const override;

    void setConnectTimeout(std::chrono::milliseconds timeout) { m_connectTimeout = timeout; }
    // Fails the job with Timeout when the printer has taken no data for this long.
    void setWriteTimeout(std::chrono::milliseconds timeout) { m_writeTimeout = timeout; }
    void setStatusTimeout(std::chrono::milliseconds timeout) { m_statusTimeout = timeout; }
    void setPaperCheck(bool enabled) { m_paperCheck = enabled; }
    bool paperCheck() const { return m_paperCheck; }

signals:
    void paperNearEnd();

protected:
    void startJob(const QByteArray &data) override;

private:
    enum class Phase { Idle, Connecting, AskingStatus, Writing, Closing };

    void onConnected();
    void onReadyRead();
    void onBytesWritten();
    void onDisconnected();
    void onError(QAbstractSocket::SocketError error);
    void onTimeout();
    void sendJob();
    void succeed();
    void fail(PrintError::Code code, const QString &message, const QString &detail);
    void dropSocket();

    QString m_host;
    quint16 m_port;
    std::chrono::milliseconds m_connectTimeout {5000};
    std::chrono::milliseconds m_writeTimeout {10000};
    std::chrono::milliseconds m_statusTimeout {1000};
    bool m_paperCheck = true;

    Phase m_phase = Phase::Idle;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_data;
    QTimer m_timer;
};

} // namespace saduak
