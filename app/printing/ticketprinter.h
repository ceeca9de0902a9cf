#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <utility>

namespace saduak {

// Why a ticket did not print. The kiosk shows message (translated: English source, Thai in
// translations/) and may pick an icon or call staff by code; detail is for the log.
struct PrintError
{
    enum class Code {
        Offline, // not connected, switched off, unplugged, refused the connection, hung up
        NotPermitted, // the device or queue exists but this user may not write to it
        Timeout, // connected but stopped taking data, or did not answer in time
        // The paper sensor reports no paper. Only printers asked for their status can say so
        // (TcpPrinter with paper check on); a device file or a raw CUPS queue gives no status
        // back, so there an empty roll looks like Timeout or nothing at all.
        OutOfPaper,
        Failed, // anything else: lp missing or refusing the job, an unexpected I/O error
    };

    Code code = Code::Failed;
    QString message;
    QString detail;
};

// Where tickets are sent: a printer device file, a raw TCP port, a CUPS queue. Jobs are byte
// streams already encoded for the printer (EscPosEncoder for thermal printers). print() queues the
// job and returns at once: the kiosk's screen must never wait for a printer. Jobs are sent one at a
// time in order, and each ends in exactly one printed() or failed() signal, always emitted after
// print() has returned.
class TicketPrinter : public QObject
{
    Q_OBJECT

public:
    // What a job's bytes must be: ESC/POS for a thermal printer, or a PDF document.
    enum class Format { EscPos, Pdf };

    explicit TicketPrinter(QObject *parent = nullptr);
    ~TicketPrinter() override;

    virtual Format format() const { return Format::EscPos; }

    // Returns the job's id, as the signals give it back.
    int print(const QByteArray &data);
    bool isBusy() const { return m_currentJob != 0 || !m_queue.isEmpty(); }

    // Where tickets go, for the log: "/dev/usb/lp0", "socket://10.0.0.5:9100", "cups:kiosk".
    virtual QString address() const = 0;

    // A printer from an address as kept in the kiosk's settings:
    //   socket://host[:port]       a raw TCP port, 9100 if none is given
    //   /dev/usb/lp0, file:///…    a device file
    //   cups:QUEUE                 a CUPS queue, raw; "cups:" alone is the default destination
    //   pdf:/path/to/folder        one PDF file a ticket in that folder (PdfFolderPrinter)
    //   pdf+cups:QUEUE             a PDF a ticket to a CUPS queue that prints documents
    // Null with a translated reason in why for anything else.
    static std::unique_ptr<TicketPrinter> fromAddress(
        const QString &address, QString *why = nullptr);

signals:
    void printed(int jobId);
    void failed(int jobId, const saduak::PrintError &error);

protected:
    // Sends one job. The implementation calls finishJob() exactly once when the job is done, never
    // from inside startJob() itself (return to the event loop first, or use a queued call).
    virtual void startJob(const QByteArray &data) = 0;
    void finishJob(); // printed
    void finishJob(const PrintError &error); // failed

private:
    void startNextJob();

    QList<std::pair<int, QByteArray>> m_queue;
    int m_lastJobId = 0;
    int m_currentJob = 0; // 0 when idle
};

} // namespace saduak

Q_DECLARE_METATYPE(saduak::PrintError)
