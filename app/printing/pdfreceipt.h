#pragma once

#include <QByteArray>
#include <QSizeF>

namespace saduak {

struct ReceiptPrintout;
class ReceiptRenderer;

// A receipt as a one-page PDF on 80 mm roll paper, for a ticket printer that takes PDF (`pdf:`,
// `pdf+cups:`): the same page as PdfTicket, painted by ReceiptRenderer at 203 dpi, so it matches
// the thermal print; text and the QR stay vectors.
class PdfReceipt
{
public:
    static QByteArray render(const ReceiptPrintout &printout);
    static QByteArray render(const ReceiptPrintout &printout, const ReceiptRenderer &renderer);

    // The page: 80 mm wide, as long as the receipt.
    static QSizeF pageSizeMm(const ReceiptPrintout &printout, const ReceiptRenderer &renderer);
};

} // namespace saduak
