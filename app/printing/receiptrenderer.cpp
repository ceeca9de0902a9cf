#include "receiptrenderer.h"

#include "printdrawing.h"
#include "receiptprintout.h"
#include "ticketrenderer.h"

#include <QPainter>

namespace saduak {

namespace {

using Kind = ReceiptPrintout::Line::Kind;

// The ticket's paper and margins (TicketRenderer), so a receipt and a ticket line up on the roll.
constexpr int paperWidth = TicketRenderer::paperWidthDots;
constexpr int sideMargin = 8;
constexpr int contentWidth = paperWidth - 2 * sideMargin;
constexpr int topMargin = 8;
constexpr int bottomMargin = 16;
constexpr int qrTargetDots = 264; // about 33 mm, as on the ticket: a phone reads it at arm's length
constexpr int qrMaxModuleDots = 8;
constexpr int fieldGap = 16; // dots between a field's label and its value on one line
constexpr int valueIndent = 32; // a value wrapped under its label
constexpr int ruleThickness = 2;
constexpr int ruleSpace = 10; // above and below a rule

struct Fonts
{
    QFont title, text, label, value;
};

Fonts fontsFor(const QString &family)
{
    return {printdrawing::font(family, 36, true), printdrawing::font(family, 24, false),
        printdrawing::font(family, 24, false), printdrawing::font(family, 24, true)};
}

// Space after each kind of line, in dots.
int spaceAfter(Kind kind)
{
    switch (kind) {
    case Kind::Title:
        return 10;
    case Kind::QrCode:
        return 8;
    case Kind::Text:
    case Kind::Field:
        return 6;
    case Kind::Rule:
        return 0;
    }
    return 0;
}

} // namespace

ReceiptRenderer::ReceiptRenderer(const QString &fontFamily)
    : m_fontFamily(fontFamily.isEmpty() ? printdrawing::defaultFontFamily() : fontFamily)
{ }

ReceiptLayout ReceiptRenderer::layout(const ReceiptPrintout &printout) const
{
    const Fonts fonts = fontsFor(m_fontFamily);
    ReceiptLayout l;
    l.width = paperWidth;
    int y = topMargin;
    for (const ReceiptPrintout::Line &line : printout.lines) {
        ReceiptLineLayout placed;
        const int top = y;
        switch (line.kind) {
        case Kind::Title:
        case Kind::Text: {
            const bool title = line.kind == Kind::Title;
            const int height = printdrawing::textHeight(line.text, title ? fonts.title : fonts.text,
                contentWidth, title ? Qt::AlignHCenter : Qt::AlignLeft);
            placed.text = QRect(sideMargin, y, contentWidth, height);
            y += height;
            break;
        }
        case Kind::Field: {
            if (line.text.isEmpty() && line.value.isEmpty())
                break;
            const int labelWidth = printdrawing::textWidth(line.text, fonts.label);
            const int valueWidth = printdrawing::textWidth(line.value, fonts.value);
            if (labelWidth + fieldGap + valueWidth <= contentWidth) {
                const int height = qMax(
                    printdrawing::textHeight(line.text, fonts.label, contentWidth, Qt::AlignLeft),
                    printdrawing::textHeight(
                        line.value, fonts.value, contentWidth, Qt::AlignRight));
                // Half the gap of slack each side: QTextLayout must not wrap what fits.
                const int labelBox = labelWidth + fieldGap / 2;
                placed.text = QRect(sideMargin, y, labelBox, height);
                placed.value = QRect(sideMargin + labelBox, y, contentWidth - labelBox, height);
                y += height;
            } else {
                placed.valueBelowLabel = true;
                const int labelHeight
                    = printdrawing::textHeight(line.text, fonts.label, contentWidth, Qt::AlignLeft);
                placed.text = QRect(sideMargin, y, contentWidth, labelHeight);
                y += labelHeight;
                const int width = contentWidth - valueIndent;
                const int valueHeight
                    = printdrawing::textHeight(line.value, fonts.value, width, Qt::AlignLeft);
                placed.value = QRect(sideMargin + valueIndent, y, width, valueHeight);
                y += valueHeight;
            }
            break;
        }
        case Kind::QrCode: {
            const int modules = TicketRenderer::qrModules(line.text);
            if (modules == 0)
                break; // too long for a QR symbol: the receipt prints without it
            const int across = modules + 2 * printdrawing::qrQuietZoneModules;
            placed.qrModuleDots = qBound(2, qrTargetDots / across, qrMaxModuleDots);
            const int side = across * placed.qrModuleDots;
            if (side > paperWidth) {
                placed.qrModuleDots = 0; // a symbol too fine to print at 2 dots a module
                break;
            }
            placed.text = QRect((paperWidth - side) / 2, y, side, side);
            y += side;
            break;
        }
        case Kind::Rule:
            y += ruleSpace;
            placed.text = QRect(sideMargin, y, contentWidth, ruleThickness);
            y += ruleThickness + ruleSpace;
            break;
        }
        if (y > top) {
            placed.box = QRect(0, top, paperWidth, y - top);
            y += spaceAfter(line.kind);
        }
        l.lines.append(placed);
    }
    l.height = y + bottomMargin;
    return l;
}

QImage ReceiptRenderer::render(const ReceiptPrintout &printout) const
{
    const ReceiptLayout l = layout(printout);
    QImage image(l.width, l.height, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        paint(painter, printout, l);
    }
    return image.convertToFormat(QImage::Format_Grayscale8);
}

void ReceiptRenderer::paint(QPainter &painter, const ReceiptPrintout &printout) const
{
    paint(painter, printout, layout(printout));
}

void ReceiptRenderer::paint(
    QPainter &painter, const ReceiptPrintout &printout, const ReceiptLayout &l) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setRenderHint(QPainter::TextAntialiasing, false);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.setPen(Qt::black);

    const Fonts fonts = fontsFor(m_fontFamily);
    for (qsizetype i = 0; i < printout.lines.size() && i < l.lines.size(); ++i) {
        const ReceiptPrintout::Line &line = printout.lines.at(i);
        const ReceiptLineLayout &placed = l.lines.at(i);
        if (placed.box.isEmpty())
            continue;
        switch (line.kind) {
        case Kind::Title:
            printdrawing::drawText(painter, placed.text, line.text, fonts.title, Qt::AlignHCenter);
            break;
        case Kind::Text:
            printdrawing::drawText(painter, placed.text, line.text, fonts.text, Qt::AlignLeft);
            break;
        case Kind::Field:
            printdrawing::drawText(painter, placed.text, line.text, fonts.label, Qt::AlignLeft);
            printdrawing::drawText(painter, placed.value, line.value, fonts.value,
                placed.valueBelowLabel ? Qt::AlignLeft : Qt::AlignRight);
            break;
        case Kind::QrCode: {
            const QImage symbol = printdrawing::qrModuleImage(line.text);
            const int quiet = printdrawing::qrQuietZoneModules * placed.qrModuleDots;
            printdrawing::paintQr(
                painter, placed.text.topLeft() + QPoint(quiet, quiet), symbol, placed.qrModuleDots);
            break;
        }
        case Kind::Rule:
            painter.fillRect(placed.text, Qt::black);
            break;
        }
    }
    painter.restore();
}

} // namespace saduak
