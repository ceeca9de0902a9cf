#pragma once

#include "printdrawing.h"

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
    // The same roll page as every 80 mm PDF (receipts too): printdrawing.h.
    static constexpr qreal paperWidthMm = printdrawing::rollPaperWidthMm;
    static constexpr qreal marginMm = printdrawing::rollMarginMm;

    static QByteArray render(const TicketPrintout &printout);
    static QByteArray render(const TicketPrintout &printout, const TicketRenderer &renderer);

    // The page: 80 mm wide, as long as the ticket.
    static QSizeF pageSizeMm(const TicketPrintout &printout, const TicketRenderer &renderer);
};

} // namespace saduak
