#pragma once

#include <QByteArray>
#include <QSizeF>

namespace saduak {

struct TicketPrintout;
class TicketRenderer;

// The printed ticket as a one-page PDF on 80 mm wide roll paper, for printers that take PDF and
// for sending a ticket again by e-mail. Painted by the same TicketRenderer, at its 203 dpi, so the
// layout matches the thermal print; text and the QR stay vectors.
class PdfTicket
{
public:
    static constexpr qreal paperWidthMm = 80.0;
    static constexpr qreal marginMm = 4.0; // (80 mm - 72 mm printable) / 2; also top and bottom

    static QByteArray render(const TicketPrintout &printout);
    static QByteArray render(const TicketPrintout &printout, const TicketRenderer &renderer);

    // The page: 80 mm wide, as long as the ticket.
    static QSizeF pageSizeMm(const TicketPrintout &printout, const TicketRenderer &renderer);
};

} // namespace saduak
