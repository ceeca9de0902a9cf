#pragma once

#include <QImage>
#include <QList>
#include <QRect>
#include <QString>

class QPainter;

namespace saduak {

struct ReceiptPrintout;

// Where one receipt line goes, in printer dots (origin top-left of the printable area).
struct ReceiptLineLayout
{
    QRect box; // all of the line; empty when it prints nothing (no text, a QR too long to encode)
    QRect text; // the title, the paragraph, a field's label, the QR symbol with its quiet zone
    QRect value; // a field's value
    bool valueBelowLabel = false; // a field too long for one line: the value wraps under the label
    int qrModuleDots = 0; // dots per QR module
};

struct ReceiptLayout
{
    int width = 0;
    int height = 0;
    QList<ReceiptLineLayout> lines; // one a printout line, in the same order
};

// Draws a receipt for the 80 mm ticket printer with TicketRenderer's paper, fonts and QR symbols:
// 576 dots wide, black on white without antialiasing, Thai as part of the image (TicketRenderer
// says why). A title is large and centred; a paragraph wraps; a field puts its label on the left
// and its value on the right, or the value under its label, indented, when both do not fit on
// one line; a QR symbol is centred with its quiet zone; a rule is a line across.
class ReceiptRenderer
{
public:
    // fontFamily empty: TicketRenderer's choice (fonts-thai-tlwg).
    explicit ReceiptRenderer(const QString &fontFamily = {});

    QString fontFamily() const { return m_fontFamily; }

    ReceiptLayout layout(const ReceiptPrintout &printout) const;
    // Grayscale8, TicketRenderer::paperWidthDots wide, only black (0) and white (255) pixels.
    QImage render(const ReceiptPrintout &printout) const;
    // Paints the receipt in dots onto any device (a QImage, a QPdfWriter at 203 dpi).
    void paint(QPainter &painter, const ReceiptPrintout &printout) const;

private:
    void paint(
        QPainter &painter, const ReceiptPrintout &printout, const ReceiptLayout &layout) const;

    QString m_fontFamily;
};

} // namespace saduak
