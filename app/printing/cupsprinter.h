#pragma once

#include "ticketprinter.h"

#include <QProcess>
#include <QTimer>

#include <chrono>

namespace saduak {

// A CUPS queue, printed to raw ("lp -d QUEUE -o raw", the job on lp's standard input): CUPS
// passes the ESC/POS bytes to the printer untouched. CUPS reports no paper status back through
// lp, so a job it accepted counts as printed.
class CupsPrinter : public TicketPrinter
{
    Q_OBJECT

public:
    // queue empty: CUPS's default destination.
    explicit CupsPrinter(const QString &queue, QObject *parent = nullptr);
    ~CupsPrinter() override;

    QString queue() const { return m_queue; }
    QString address() const override;
    // Pdf: the job is a PDF document that CUPS renders for the queue's printer (no "-o raw").
    Format format() const override { return m_format; }
    void setFormat(Format format) { m_format = format; }

    // The lp program: a name looked up in PATH (default "lp") or an absolute path.
    void setLpProgram(const QString &program) { m_lpProgram = program; }
    QString lpProgram() const { return m_lpProgram; }
    // Fails the job with Timeout when lp has not finished in this time (default 30 s).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

protected:
    void startJob(const QByteArray &data) override;

private:
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void fail(PrintError::Code code, const QString &message, const QString &detail);
    void stopProcess();

    QString m_queue;
    Format m_format = Format::EscPos;
    QString m_lpProgram = QStringLiteral("lp");
    std::chrono::milliseconds m_timeout {30000};
    QProcess *m_process = nullptr;
    QTimer m_timer;
};

} // namespace saduak
