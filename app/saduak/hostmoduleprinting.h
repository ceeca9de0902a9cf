#pragma once

#include <sdk/moduleprinting.h>

#include <QString>

#include <map>
#include <memory>
#include <utility>

namespace saduak {

class AppSettings;
class TicketPrinter;
struct PrintError;

// The host's side of ModulePrinting: what a module's desk part prints goes to this PC's printers,
// whichever PC it is (embedded hub or client: printing is per PC, never through the hub).
//  - Receipts go to the ticket printer ("printing/receiptPrinter", else "kiosk/printer"), drawn by
//    ReceiptRenderer, as ESC/POS or as an 80 mm PDF, whichever that printer takes.
//  - Forms go to the form printer ("printing/formPrinter": pdf:/folder or pdf+cups:QUEUE) as A4 PDF
//    (FormPdf).
// The addresses are read at each job, so a changed setting applies to the next one. Each job
// returns its number and ends in exactly one printed or failed, never inside the call; a failure
// says, in the screen's language, what went wrong and which setting to look at.
class HostModulePrinting final : public ModulePrinting
{
    Q_OBJECT
public:
    explicit HostModulePrinting(AppSettings &settings, QObject *parent = nullptr);
    ~HostModulePrinting() override;

    int printReceipt(const Receipt &receipt) override;
    int printForm(const FormDocument &form) override;
    QByteArray formPdf(const FormDocument &form) override;

private:
    enum class Document { Receipt, Form };

    TicketPrinter *printerFor(const QString &address, QString *why);
    void failLater(int job, const QString &message);
    void printerFinished(TicketPrinter *printer, int printerJob, const PrintError *error);

    AppSettings &m_settings;
    int m_lastJob = 0;
    // One printer an address, kept while the program runs: its queue keeps jobs in order.
    std::map<QString, std::unique_ptr<TicketPrinter>> m_printers;
    // (printer, its job id) → (our job, what it was)
    std::map<std::pair<TicketPrinter *, int>, std::pair<int, Document>> m_jobs;
};

} // namespace saduak
