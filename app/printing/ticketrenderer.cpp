#include "ticketrenderer.h"

#include "printdrawing.h"
#include "ticketprintout.h"

#include <QFontMetrics>
#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

constexpr int sideMargin = 8; // dots; the 72 mm printable width is already inside the paper edge
constexpr int qrTargetDots = 264; // about 33 mm: a phone reads it from arm's length
constexpr int qrMaxModuleDots = 8;

// One text element's font: pixel sizes, so the layout in dots is the same on a QImage and on a
// QPdfWriter at 203 dpi.
QFont ticketFont(const QString &family, int pixelSize, bool bold)
{
    return printdrawing::font(family, pixelSize, bold);
}

struct TextBlock
{
    QString text;
    QFont font;
};

int textHeight(const TextBlock &block, int width)
{
    return printdrawing::textHeight(block.text, block.font, width);
}

void drawText(QPainter &painter, const QRect &rect, const TextBlock &block)
{
    printdrawing::drawText(painter, rect, block.text, block.font);
}

// A font size at which text fits on one line of width, from preferred down to minimum.
int fittingPixelSize(
    const QString &family, const QString &text, int preferred, int minimum, int width)
{
    for (int size = preferred; size > minimum; size -= 4) {
        if (QFontMetrics(ticketFont(family, size, true)).horizontalAdvance(text) <= width)
            return size;
    }
    return minimum;
}

struct Blocks
{
    TextBlock centerThai, centerEnglish, serviceThai, serviceEnglish, number, issuedThai,
        issuedEnglish, waitingThai, waitingEnglish, caption;
};

Blocks blocksFor(const QString &family, const TicketPrintout &printout, int contentWidth)
{
    Blocks b;
    b.centerThai = {printout.centerThaiName, ticketFont(family, 30, true)};
    b.centerEnglish = {printout.centerEnglishName, ticketFont(family, 22, false)};
    b.serviceThai = {printout.serviceThaiName, ticketFont(family, 38, true)};
    b.serviceEnglish = {printout.serviceEnglishName, ticketFont(family, 26, false)};
    b.number = {printout.ticketNumber,
        ticketFont(
            family, fittingPixelSize(family, printout.ticketNumber, 160, 48, contentWidth), true)};
    b.issuedThai = {printout.issuedText(Language::Thai), ticketFont(family, 28, false)};
    b.issuedEnglish = {printout.issuedText(Language::English), ticketFont(family, 22, false)};
    b.waitingThai = {printout.waitingAheadText(Language::Thai), ticketFont(family, 32, true)};
    b.waitingEnglish
        = {printout.waitingAheadText(Language::English), ticketFont(family, 24, false)};
    b.caption
        = {u"สแกนเพื่อดูสถานะคิว / Scan to see your queue status"_s, ticketFont(family, 20, false)};
    return b;
}

} // namespace

TicketRenderer::TicketRenderer(const QString &fontFamily)
    : m_fontFamily(fontFamily.isEmpty() ? printdrawing::defaultFontFamily() : fontFamily)
{ }

QStringList TicketRenderer::preferredFontFamilies()
{
    // fonts-thai-tlwg: Loma and Garuda are sans-serif and stay legible at thermal resolution;
    // Norasi (serif) and Waree are there on most Debian desktops too.
    return {u"Loma"_s, u"Garuda"_s, u"Waree"_s, u"Norasi"_s, u"Tlwg Typo"_s};
}

TicketLayout TicketRenderer::layout(const TicketPrintout &printout) const
{
    TicketLayout l;
    l.width = paperWidthDots;
    const int contentWidth = paperWidthDots - 2 * sideMargin;
    const Blocks b = blocksFor(m_fontFamily, printout, contentWidth);

    int y = 8;
    const auto place = [&](const TextBlock &block, int spaceAfter) {
        const int height = textHeight(block, contentWidth);
        const QRect rect(sideMargin, y, contentWidth, height);
        y += height + (height > 0 ? spaceAfter : 0);
        return rect;
    };

    l.centerThaiName = place(b.centerThai, 2);
    l.centerEnglishName = place(b.centerEnglish, 0);
    y += 24; // the rule between the center and the service is drawn in the middle of this gap
    l.serviceThaiName = place(b.serviceThai, 2);
    l.serviceEnglishName = place(b.serviceEnglish, 4);
    {
        // The number is one line of Latin letters and digits: its box is the ink's, not the
        // font's line height, which in a Thai font keeps room for stacked vowels and tone marks.
        const QRect ink = QFontMetrics(b.number.font).tightBoundingRect(b.number.text);
        const int padding = 20;
        l.ticketNumber = QRect(sideMargin, y, contentWidth, ink.height() + 2 * padding);
        y += l.ticketNumber.height() + 4;
    }
    l.issuedThai = place(b.issuedThai, 0);
    l.issuedEnglish = place(b.issuedEnglish, 12);
    l.waitingAheadThai = place(b.waitingThai, 0);
    l.waitingAheadEnglish = place(b.waitingEnglish, 12);

    const int modules = qrModules(printout.qrPayload);
    if (modules > 0) {
        const int quietZone = printdrawing::qrQuietZoneModules;
        l.qrModuleDots = qBound(2, qrTargetDots / (modules + 2 * quietZone), qrMaxModuleDots);
        const int side = (modules + 2 * quietZone) * l.qrModuleDots;
        l.qrCode = QRect((paperWidthDots - side) / 2, y, side, side);
        y += side;
        l.qrCaption = place(b.caption, 0);
    }
    l.height = y + 16;
    return l;
}

QImage TicketRenderer::render(const TicketPrintout &printout) const
{
    const TicketLayout l = layout(printout);
    QImage image(l.width, l.height, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        paint(painter, printout, l);
    }
    return image.convertToFormat(QImage::Format_Grayscale8);
}

void TicketRenderer::paint(QPainter &painter, const TicketPrintout &printout) const
{
    paint(painter, printout, layout(printout));
}

void TicketRenderer::paint(
    QPainter &painter, const TicketPrintout &printout, const TicketLayout &l) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setRenderHint(QPainter::TextAntialiasing, false);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.setPen(Qt::black);

    const Blocks b = blocksFor(m_fontFamily, printout, paperWidthDots - 2 * sideMargin);
    drawText(painter, l.centerThaiName, b.centerThai);
    drawText(painter, l.centerEnglishName, b.centerEnglish);
    const int ruleY = l.serviceThaiName.top() - 13;
    painter.fillRect(QRect(sideMargin, ruleY, paperWidthDots - 2 * sideMargin, 3), Qt::black);
    drawText(painter, l.serviceThaiName, b.serviceThai);
    drawText(painter, l.serviceEnglishName, b.serviceEnglish);
    {
        const QFontMetrics metrics(b.number.font);
        const QRect ink = metrics.tightBoundingRect(b.number.text);
        const int baseline
            = l.ticketNumber.top() + (l.ticketNumber.height() - ink.height()) / 2 - ink.top();
        const int x
            = l.ticketNumber.left() + (l.ticketNumber.width() - ink.width()) / 2 - ink.left();
        painter.setFont(b.number.font);
        painter.drawText(QPoint(x, baseline), b.number.text);
    }
    drawText(painter, l.issuedThai, b.issuedThai);
    drawText(painter, l.issuedEnglish, b.issuedEnglish);
    drawText(painter, l.waitingAheadThai, b.waitingThai);
    drawText(painter, l.waitingAheadEnglish, b.waitingEnglish);

    if (!l.qrCode.isEmpty()) {
        const QImage modules = printdrawing::qrModuleImage(printout.qrPayload);
        const int quietZone = (l.qrCode.width() / l.qrModuleDots - modules.width()) / 2;
        printdrawing::paintQr(painter,
            l.qrCode.topLeft() + QPoint(quietZone, quietZone) * l.qrModuleDots, modules,
            l.qrModuleDots);
        drawText(painter, l.qrCaption, b.caption);
    }
    painter.restore();
}

QImage TicketRenderer::qrCode(const QString &payload, int moduleDots, int quietZoneModules)
{
    const QImage modules = printdrawing::qrModuleImage(payload);
    if (modules.isNull() || moduleDots < 1 || quietZoneModules < 0)
        return {};
    const int side = (modules.width() + 2 * quietZoneModules) * moduleDots;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < modules.height(); ++y) {
        for (int x = 0; x < modules.width(); ++x) {
            if (modules.pixelIndex(x, y) != 1)
                continue;
            for (int dy = 0; dy < moduleDots; ++dy) {
                uchar *line = image.scanLine((y + quietZoneModules) * moduleDots + dy);
                std::fill_n(line + (x + quietZoneModules) * moduleDots, moduleDots, uchar(0));
            }
        }
    }
    return image;
}

int TicketRenderer::qrModules(const QString &payload)
{
    return printdrawing::qrModuleImage(payload).width();
}

} // namespace saduak
