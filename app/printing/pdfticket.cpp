#include "pdfticket.h"

#include "printdrawing.h"
#include "ticketprintout.h"
#include "ticketrenderer.h"

#include <QPainter>

namespace saduak {

QByteArray PdfTicket::render(const TicketPrintout &printout)
{
    return render(printout, TicketRenderer());
}

QSizeF PdfTicket::pageSizeMm(const TicketPrintout &printout, const TicketRenderer &renderer)
{
    return printdrawing::rollPageSizeMm(renderer.layout(printout).height);
}

QByteArray PdfTicket::render(const TicketPrintout &printout, const TicketRenderer &renderer)
{
    return printdrawing::rollPdf(printout.ticketNumber, renderer.layout(printout).height,
        [&](QPainter &painter) { renderer.paint(painter, printout); });
}

} // namespace saduak
