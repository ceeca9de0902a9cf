#include "pdfticket.h"

#include "ticketprintout.h"
#include "ticketrenderer.h"

#include <QBuffer>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

constexpr qreal mmPerInch = 25.4;

qreal dotsToMm(int dots)
{
    return dots * mmPerInch / TicketRenderer::dotsPerInch;
}

} // namespace

QByteArray PdfTicket::render(const TicketPrintout &printout)
{
    return render(printout, TicketRenderer());
}

QSizeF PdfTicket::pageSizeMm(const TicketPrintout &printout, const TicketRenderer &renderer)
{
    return {paperWidthMm, dotsToMm(renderer.layout(printout).height) + 2 * marginMm};
}

QByteArray PdfTicket::render(const TicketPrintout &printout, const TicketRenderer &renderer)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(u"Saduak"_s);
        writer.setTitle(printout.ticketNumber);
        // At the renderer's own resolution one PDF device unit is one printer dot, so the layout
        // computed in dots is used unchanged.
        writer.setResolution(TicketRenderer::dotsPerInch);
        writer.setPageLayout(
            QPageLayout(QPageSize(pageSizeMm(printout, renderer), QPageSize::Millimeter,
                            u"Ticket 80 mm"_s, QPageSize::ExactMatch),
                QPageLayout::Portrait, QMarginsF(marginMm, marginMm, marginMm, marginMm),
                QPageLayout::Millimeter));
        QPainter painter(&writer);
        renderer.paint(painter, printout);
    }
    return pdf;
}

} // namespace saduak
