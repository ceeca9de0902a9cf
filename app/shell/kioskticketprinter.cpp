#include "kioskticketprinter.h"

#include <printing/escposencoder.h>
#include <printing/pdfticket.h>
#include <printing/ticketprintout.h>
#include <printing/ticketrenderer.h>
#include <queuelink/queuelink.h>

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcKiosk, "saduak.kiosk")

namespace saduak {

KioskTicketPrinter::KioskTicketPrinter(QueueLink *queue, QObject *parent)
    : QObject(parent), m_queue(queue)
{ }

KioskTicketPrinter::~KioskTicketPrinter() = default;

void KioskTicketPrinter::setAddress(const QString &address)
{
    if (address.isEmpty()) {
        attach(nullptr);
        return;
    }
    QString why;
    std::unique_ptr<TicketPrinter> printer = TicketPrinter::fromAddress(address, &why);
    if (!printer) {
        qCWarning(lcKiosk) << "ticket printer:" << why;
        attach(nullptr);
        setHealth(Health::Offline, why);
        return;
    }
    attach(printer.get());
    m_owned = std::move(printer);
}

void KioskTicketPrinter::setPrinter(TicketPrinter *printer)
{
    attach(printer);
}

void KioskTicketPrinter::attach(TicketPrinter *printer)
{
    if (m_printer)
        m_printer->disconnect(this);
    m_owned.reset();
    m_printer = printer;
    if (!printer)
        return;
    connect(printer, &TicketPrinter::printed, this, [this] {
        setHealth(Health::Ok, {});
        Q_EMIT printed();
    });
    connect(printer, &TicketPrinter::failed, this, [this](int, const PrintError &error) {
        qCWarning(lcKiosk) << "ticket not printed:" << m_printer->address() << error.detail;
        setHealth(error.code == PrintError::Code::OutOfPaper ? Health::PaperOut : Health::Offline,
            error.detail.isEmpty() ? error.message : error.detail);
        Q_EMIT failed(error);
    });
}

void KioskTicketPrinter::print(const TicketPrintout &printout)
{
    if (!m_printer)
        return;
    // The whole ticket is one raster image, Thai included (app/printing/README.md); a PDF printer
    // gets the same layout as a document.
    if (m_printer->format() == TicketPrinter::Format::Pdf)
        m_printer->print(PdfTicket::render(printout));
    else
        m_printer->print(EscPosEncoder::encode(TicketRenderer().render(printout)));
}

QString KioskTicketPrinter::statusWord(Health health)
{
    switch (health) {
    case Health::PaperOut:
        return u"paperOut"_s;
    case Health::Offline:
        return u"printerOffline"_s;
    case Health::Ok:
    case Health::Unknown:
        break;
    }
    return u"ok"_s;
}

void KioskTicketPrinter::setHealth(Health health, const QString &detail)
{
    // Reported on a change only: the hub needs to hear "out of paper" once, and "ok" when it is
    // fixed, not once a ticket.
    if (health == m_health)
        return;
    m_health = health;
    if (m_queue)
        m_queue->reportDevice(statusWord(health), detail);
    Q_EMIT healthChanged(health);
}

} // namespace saduak
