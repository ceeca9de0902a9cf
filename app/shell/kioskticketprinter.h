#pragma once

#include <printing/ticketprinter.h>

#include <QObject>
#include <QPointer>

#include <memory>

namespace saduak {

class QueueLink;
struct TicketPrintout;

// The kiosk's ticket printer: draws a ticket, sends it as ESC/POS, and tells the hub when the
// printer's health changes (reportDevice "paperOut", "printerOffline", "ok"), so a supervisor
// hears of an empty roll before the queue of citizens does.
class KioskTicketPrinter : public QObject
{
    Q_OBJECT
public:
    enum class Health { Unknown, Ok, PaperOut, Offline };
    Q_ENUM(Health)

    explicit KioskTicketPrinter(QueueLink *queue, QObject *parent = nullptr);
    ~KioskTicketPrinter() override;

    // From a settings address (TicketPrinter::fromAddress); empty: the kiosk has no printer. A bad
    // address counts as an offline printer, reported to the hub with the reason.
    void setAddress(const QString &address);
    // A printer made elsewhere (tests, or another transport); not owned; null: none.
    void setPrinter(TicketPrinter *printer);
    bool hasPrinter() const { return m_printer != nullptr; }
    Health health() const { return m_health; }

    void print(const TicketPrintout &printout);

    // "paperOut", "printerOffline" or "ok": the hub protocol's word for a health.
    static QString statusWord(Health health);

Q_SIGNALS:
    void printed();
    void failed(const saduak::PrintError &error);
    void healthChanged(saduak::KioskTicketPrinter::Health health);

private:
    void attach(TicketPrinter *printer);
    void setHealth(Health health, const QString &detail);

    QueueLink *m_queue;
    std::unique_ptr<TicketPrinter> m_owned;
    QPointer<TicketPrinter> m_printer;
    Health m_health = Health::Unknown;
};

} // namespace saduak
