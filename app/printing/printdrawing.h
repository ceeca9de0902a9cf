#pragma once

#include <QFont>
#include <QImage>
#include <QRect>
#include <QSizeF>
#include <QString>

#include <functional>

class QPainter;

// Drawing shared by everything app/printing lays out (tickets, receipts, A4 forms): the Thai font,
// wrapped text, QR symbols, 80 mm roll PDFs. Internal to the library.
namespace saduak::printdrawing {

// The first installed of TicketRenderer::preferredFontFamilies() (fonts-thai-tlwg), else whatever
// family the system offers for Thai.
QString defaultFontFamily();

// A font sized in device pixels, so a layout in dots is the same on a QImage and on a QPdfWriter at
// the same resolution. antialias false for thermal paper: dots are on or off, and antialiased
// edges would be thresholded into ragged ones.
QFont font(const QString &family, int pixelSize, bool bold, bool antialias = false);

// Lengths on paper as device dots at a resolution (A4 forms and reports are laid out in dots):
// millimetres rounded to the nearest dot, and a font's points.
constexpr int dotsOfMm(qreal mm, int dotsPerInch)
{
    return int(mm * dotsPerInch / 25.4 + 0.5);
}
constexpr int dotsOfPoints(qreal points, int dotsPerInch)
{
    return int(points * dotsPerInch / 72.0 + 0.5);
}

// Text is laid out with QTextLayout rather than QPainter::drawText so that Thai, which has no
// spaces between words, still wraps: at a word boundary where Qt finds one, else anywhere.
// alignment: Qt::AlignLeft, Qt::AlignHCenter or Qt::AlignRight.
int textHeight(
    const QString &text, const QFont &font, int width, Qt::Alignment alignment = Qt::AlignHCenter);
void drawText(QPainter &painter, const QRect &rect, const QString &text, const QFont &font,
    Qt::Alignment alignment = Qt::AlignHCenter);
// The text cut where it wraps at width: one string a line.
QStringList wrappedLines(const QString &text, const QFont &font, int width);
// The width of text on one line.
int textWidth(const QString &text, const QFont &font);

// MultiFormatWriter's ECC scale is 0–8 for QR's four levels (L, M, Q, H): 3 and 4 mean M, which
// survives a smudge or a crease without making the symbol much bigger.
constexpr int qrEccLevelM = 4;
// ISO/IEC 18004 asks for four modules of white on every side.
constexpr int qrQuietZoneModules = 4;

// The symbol of payload (error correction M), one pixel per module, Format_Mono with colour index 1
// a dark module. Null if the payload is empty or too long for a QR symbol.
QImage qrModuleImage(const QString &payload);
// Paints the dark modules of symbol (qrModuleImage) as filled squares of moduleSize from
// symbolTopLeft (inside the quiet zone), not as a scaled image: each module stays an exact square
// of dots on the printer and a vector square in a PDF.
void paintQr(QPainter &painter, const QPoint &symbolTopLeft, const QImage &symbol, int moduleSize);

// 80 mm roll paper as a PDF page: 72 mm printable at 203 dpi, 4 mm margins.
constexpr qreal rollPaperWidthMm = 80.0;
constexpr qreal rollMarginMm = 4.0; // (80 mm - 72 mm printable) / 2; also top and bottom
constexpr int rollDotsPerInch = 203;
// The page for a print heightDots long: 80 mm wide, as long as the print.
QSizeF rollPageSizeMm(int heightDots);
// A one-page PDF on roll paper; paint draws in printer dots (one PDF device unit is one dot).
QByteArray rollPdf(
    const QString &title, int heightDots, const std::function<void(QPainter &)> &paint);

} // namespace saduak::printdrawing
