#include "pdfreceipt.h"

#include "printdrawing.h"
#include "receiptprintout.h"
#include "receiptrenderer.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

QString titleOf(const ReceiptPrintout &printout)
{
    if (!printout.documentTitle.isEmpty())
        return printout.documentTitle;
    for (const ReceiptPrintout::Line &line : printout.lines) {
        if (line.kind == ReceiptPrintout::Line::Kind::Title)
            return line.text;
    }
    return u"Receipt"_s;
}

} // namespace

QByteArray PdfReceipt::render(const ReceiptPrintout &printout)
{
    return render(printout, ReceiptRenderer());
}

QSizeF PdfReceipt::pageSizeMm(const ReceiptPrintout &printout, const ReceiptRenderer &renderer)
{
    return printdrawing::rollPageSizeMm(renderer.layout(printout).height);
}

QByteArray PdfReceipt::render(const ReceiptPrintout &printout, const ReceiptRenderer &renderer)
{
    return printdrawing::rollPdf(titleOf(printout), renderer.layout(printout).height,
        [&](QPainter &painter) { renderer.paint(painter, printout); });
}

} // namespace saduak
