#pragma once

#include "domain/language.h"

#include <QString>

class QUrl;

namespace saduak {

struct Service;
struct Ticket;

// What a printed queue ticket says. A value: the kiosk fills it from the ticket the queue just
// issued, and the same value is printed (ESC/POS), saved as PDF or printed again later.
struct TicketPrintout
{
    QString centerThaiName; // "ศูนย์ราชการสะดวก เขตบางรัก"
    QString centerEnglishName;
    QString serviceThaiName;
    QString serviceEnglishName;
    QString ticketNumber; // "A001"
    QString ticketId; // the ticket's UUID
    qint64 issuedUtcMs = 0;
    int waitingAhead = 0; // tickets of this service before this one
    QString qrPayload; // the ticket's status URL (statusUrl()), read by the citizen's phone

    // The ticket as issued by the queue. The QR carries statusUrl(statusBase, ticket.id).
    static TicketPrintout forTicket(const Ticket &ticket, const Service &service,
        const QString &centerThaiName, const QString &centerEnglishName, qint64 issuedUtcMs,
        int waitingAhead, const QUrl &statusBase);

    // "https://<branch-host>/t/<ticket-id>": statusBase with "/t/<id>" appended to its path (a
    // path prefix such as "https://host/saduak/" is kept). The id is percent-encoded.
    static QString statusUrl(const QUrl &statusBase, const QString &ticketId);

    QString centerName(Language language) const;
    QString serviceName(Language language) const;
    // "26 พ.ย. 2569 14:05" (Bangkok time, BE year) / "26 Nov 2026 14:05".
    QString issuedText(Language language) const;
    // "รอก่อนหน้า 3 คิว" / "Waiting ahead: 3". Always both languages on paper, whatever the
    // screen's language, so these are not tr() strings.
    QString waitingAheadText(Language language) const;

    friend bool operator==(const TicketPrintout &, const TicketPrintout &) = default;
};

} // namespace saduak
