#include "cupsprinter.h"

#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace saduak {

CupsPrinter::CupsPrinter(const QString &queue, QObject *parent)
    : TicketPrinter(parent), m_queue(queue)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        fail(PrintError::Code::Timeout, tr("The print system did not take the ticket in time."),
            u"%1: %2 still running after %3 ms"_s.arg(address(), m_lpProgram)
                .arg(m_timeout.count()));
    });
}

CupsPrinter::~CupsPrinter()
{
    stopProcess();
}

QString CupsPrinter::address() const
{
    return (m_format == Format::Pdf ? u"pdf+cups:"_s : u"cups:"_s) + m_queue;
}

void CupsPrinter::startJob(const QByteArray &data)
{
    const QString program = QFileInfo(m_lpProgram).isAbsolute()
        ? m_lpProgram
        : QStandardPaths::findExecutable(m_lpProgram);
    if (program.isEmpty() || !QFileInfo(program).isExecutable()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                fail(PrintError::Code::Failed,
                    tr("The print system is not installed on this computer (the lp command of "
                       "CUPS is missing)."),
                    u"%1: %2 not found or not executable; install cups-client"_s.arg(
                        address(), m_lpProgram));
            },
            Qt::QueuedConnection);
        return;
    }

    QStringList arguments;
    if (m_format == Format::EscPos)
        arguments << u"-o"_s << u"raw"_s;
    if (!m_queue.isEmpty())
        arguments << u"-d"_s << m_queue;

    m_process = new QProcess(this);
    m_process->setProgram(program);
    m_process->setArguments(arguments);
    connect(m_process, &QProcess::finished, this, &CupsPrinter::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, &CupsPrinter::onError);
    connect(m_process, &QProcess::started, this, [this, data] {
        // lp prints its standard input when given no file: the job never touches the disk.
        m_process->write(data);
        m_process->closeWriteChannel();
    });
    m_timer.start(m_timeout);
    m_process->start();
}

void CupsPrinter::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (status == QProcess::NormalExit && exitCode == 0) {
        stopProcess();
        finishJob();
        return;
    }
    const QString lpSaid = QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed();
    fail(PrintError::Code::Failed,
        tr("The print system did not accept the ticket. Check the printer queue \"%1\".")
            .arg(m_queue),
        u"%1: %2 %3 (exit code %4): %5"_s
            .arg(address(), m_process->program(), m_process->arguments().join(u' '))
            .arg(status == QProcess::NormalExit ? exitCode : -1)
            .arg(lpSaid));
}

void CupsPrinter::onError(QProcess::ProcessError error)
{
    // Crashes and non-zero exits end in finished(); a program that never started does not.
    if (error != QProcess::FailedToStart)
        return;
    fail(PrintError::Code::Failed,
        tr("The print system is not installed on this computer (the lp command of CUPS is "
           "missing)."),
        u"%1: %2 could not start: %3"_s.arg(
            address(), m_process->program(), m_process->errorString()));
}

void CupsPrinter::fail(PrintError::Code code, const QString &message, const QString &detail)
{
    stopProcess();
    finishJob({code, message, detail});
}

void CupsPrinter::stopProcess()
{
    m_timer.stop();
    if (!m_process)
        return;
    m_process->disconnect(this);
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(1000);
    }
    m_process->deleteLater();
    m_process = nullptr;
}

} // namespace saduak
