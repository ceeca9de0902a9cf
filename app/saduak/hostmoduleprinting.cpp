#include "hostmoduleprinting.h"

#include <printing/escposencoder.h>
#include <printing/formpdf.h>
#include <printing/formprintout.h>
#include <printing/pdfreceipt.h>
#include <printing/receiptprintout.h>
#include <printing/receiptrenderer.h>
#include <printing/ticketprinter.h>
#include <shell/appsettings.h>

#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcModulePrinting, "saduak.printing.modules")

namespace saduak {

namespace {

ReceiptPrintout printoutOf(const Receipt &receipt)
{
    ReceiptPrintout printout;
    for (const ReceiptLine &line : receipt.lines) {
        ReceiptPrintout::Line::Kind kind = ReceiptPrintout::Line::Kind::Text;
        switch (line.kind) {
        case ReceiptLine::Kind::Title:
            kind = ReceiptPrintout::Line::Kind::Title;
            break;
        case ReceiptLine::Kind::Text:
            kind = ReceiptPrintout::Line::Kind::Text;
            break;
        case ReceiptLine::Kind::Field:
            kind = ReceiptPrintout::Line::Kind::Field;
            break;
        case ReceiptLine::Kind::QrCode:
            kind = ReceiptPrintout::Line::Kind::QrCode;
            break;
        case ReceiptLine::Kind::Rule:
            kind = ReceiptPrintout::Line::Kind::Rule;
            break;
        }
        printout.lines.append({kind, line.text, line.value});
    }
    return printout;
}

FormPrintout printoutOf(const FormDocument &form)
{
    FormPrintout printout;
    printout.title = form.title;
    printout.subtitle = form.subtitle;
    for (const FormDocument::Field &field : form.fields)
        printout.fields.append({field.label, field.value});
    printout.qrPayload = form.qrPayload;
    printout.footer = form.footer;
    printout.signatures = form.signatures;
    return printout;
}

} // namespace

HostModulePrinting::HostModulePrinting(AppSettings &settings, QObject *parent)
    : ModulePrinting(parent), m_settings(settings)
{ }

HostModulePrinting::~HostModulePrinting() = default;

int HostModulePrinting::printReceipt(const Receipt &receipt)
{
    const int job = ++m_lastJob;
    const QString address = m_settings.receiptPrinter();
    if (address.isEmpty()) {
        failLater(job,
            tr("The receipt was not printed: this PC has no receipt printer. Set "
               "\"printing/receiptPrinter\" (or the kiosk's \"kiosk/printer\") in the settings "
               "file, for example to socket://192.168.1.50:9100 or pdf:/path/to/folder."));
        return job;
    }
    QString why;
    TicketPrinter *printer = printerFor(address, &why);
    if (!printer) {
        failLater(job,
            tr("The receipt was not printed: the setting \"printing/receiptPrinter\" is wrong. %1")
                .arg(why));
        return job;
    }
    // Thai is printed as part of the image on every printer (app/printing/README.md).
    const ReceiptPrintout printout = printoutOf(receipt);
    const QByteArray bytes = printer->format() == TicketPrinter::Format::Pdf
        ? PdfReceipt::render(printout)
        : EscPosEncoder::encode(ReceiptRenderer().render(printout));
    m_jobs[{printer, printer->print(bytes)}] = {job, Document::Receipt};
    return job;
}

int HostModulePrinting::printForm(const FormDocument &form)
{
    const int job = ++m_lastJob;
    const QString address = m_settings.formPrinter();
    if (address.isEmpty()) {
        failLater(job,
            tr("The form was not printed: this PC has no form printer. Set "
               "\"printing/formPrinter\" in the settings file to pdf:/path/to/folder or "
               "pdf+cups:QUEUE."));
        return job;
    }
    QString why;
    TicketPrinter *printer = printerFor(address, &why);
    if (printer && printer->format() != TicketPrinter::Format::Pdf) {
        printer = nullptr;
        why = tr("\"%1\" is a ticket printer; forms are A4 PDF documents: use pdf:/path/to/folder "
                 "or pdf+cups:QUEUE.")
                  .arg(address);
    }
    if (!printer) {
        failLater(job,
            tr("The form was not printed: the setting \"printing/formPrinter\" is wrong. %1")
                .arg(why));
        return job;
    }
    m_jobs[{printer, printer->print(formPdf(form))}] = {job, Document::Form};
    return job;
}

QByteArray HostModulePrinting::formPdf(const FormDocument &form)
{
    return FormPdf().render(printoutOf(form));
}

TicketPrinter *HostModulePrinting::printerFor(const QString &address, QString *why)
{
    if (const auto it = m_printers.find(address); it != m_printers.end())
        return it->second.get();
    std::unique_ptr<TicketPrinter> printer = TicketPrinter::fromAddress(address, why);
    if (!printer)
        return nullptr;
    TicketPrinter *p = printer.get();
    connect(p, &TicketPrinter::printed, this,
        [this, p](int printerJob) { printerFinished(p, printerJob, nullptr); });
    connect(p, &TicketPrinter::failed, this, [this, p](int printerJob, const PrintError &error) {
        printerFinished(p, printerJob, &error);
    });
    m_printers.emplace(address, std::move(printer));
    return p;
}

void HostModulePrinting::printerFinished(
    TicketPrinter *printer, int printerJob, const PrintError *error)
{
    const auto it = m_jobs.find({printer, printerJob});
    if (it == m_jobs.end())
        return;
    const auto [job, document] = it->second;
    m_jobs.erase(it);
    if (!error) {
        Q_EMIT printed(job);
        return;
    }
    qCWarning(lcModulePrinting) << "job" << job << "not printed on" << printer->address()
                                << error->detail;
    Q_EMIT failed(job,
        document == Document::Receipt ? tr("The receipt was not printed: %1").arg(error->message)
                                      : tr("The form was not printed: %1").arg(error->message));
}

void HostModulePrinting::failLater(int job, const QString &message)
{
    qCWarning(lcModulePrinting) << "job" << job << "not printed:" << message;
    // After the caller has the job's number, as a printer's answer would be.
    QTimer::singleShot(0, this, [this, job, message] { Q_EMIT failed(job, message); });
}

} // namespace saduak
