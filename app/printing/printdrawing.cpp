#include "printdrawing.h"

#include "ticketrenderer.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>
#include <QtMath>

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <algorithm>
#include <exception>

using namespace Qt::StringLiterals;

namespace saduak::printdrawing {

namespace {

constexpr qreal mmPerInch = 25.4;

void layOut(QTextLayout &textLayout, int width, Qt::Alignment alignment)
{
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    textLayout.setTextOption(option);
    textLayout.setCacheEnabled(true);
    textLayout.beginLayout();
    qreal y = 0;
    for (QTextLine line = textLayout.createLine(); line.isValid(); line = textLayout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    textLayout.endLayout();
}

} // namespace

QString defaultFontFamily()
{
    const QStringList installed = QFontDatabase::families();
    for (const QString &family : TicketRenderer::preferredFontFamilies()) {
        if (installed.contains(family))
            return family;
    }
    const QStringList thai = QFontDatabase::families(QFontDatabase::Thai);
    return thai.isEmpty() ? QFontDatabase::systemFont(QFontDatabase::GeneralFont).family()
                          : thai.first();
}

QFont font(const QString &family, int pixelSize, bool bold, bool antialias)
{
    QFont f(family);
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    if (!antialias)
        f.setStyleStrategy(QFont::NoAntialias);
    f.setHintingPreference(QFont::PreferFullHinting);
    return f;
}

int textHeight(const QString &text, const QFont &font, int width, Qt::Alignment alignment)
{
    if (text.isEmpty())
        return 0;
    QTextLayout textLayout(text, font);
    layOut(textLayout, width, alignment);
    return qCeil(textLayout.boundingRect().height());
}

void drawText(QPainter &painter, const QRect &rect, const QString &text, const QFont &font,
    Qt::Alignment alignment)
{
    if (text.isEmpty() || rect.isEmpty())
        return;
    QTextLayout textLayout(text, font);
    layOut(textLayout, rect.width(), alignment);
    textLayout.draw(&painter, rect.topLeft());
}

QStringList wrappedLines(const QString &text, const QFont &font, int width)
{
    QStringList lines;
    if (text.isEmpty())
        return lines;
    QTextLayout textLayout(text, font);
    layOut(textLayout, width, Qt::AlignLeft);
    for (int i = 0; i < textLayout.lineCount(); ++i) {
        const QTextLine line = textLayout.lineAt(i);
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    return lines;
}

int textWidth(const QString &text, const QFont &font)
{
    return QFontMetrics(font).horizontalAdvance(text);
}

QImage qrModuleImage(const QString &payload)
{
    if (payload.isEmpty())
        return {};
    try {
        // No margin from the writer: the caller adds a quiet zone in whole modules.
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setEccLevel(qrEccLevelM).setMargin(0);
        // Text beyond ASCII goes as UTF-8 with its ECI, always. Left to itself the writer puts
        // text that fits Latin-1 ("ÀÀ", C1 controls) as Latin-1 bytes without an ECI, and a
        // reader guesses their character set: zxing-cpp's reads C0 C0 as Shift_JIS. ASCII alone
        // is the same in every character set, so URLs keep their symbol (no ECI to pay for).
        const bool ascii = std::all_of(
            payload.cbegin(), payload.cend(), [](QChar c) { return c.unicode() < 0x80; });
        if (!ascii)
            writer.setEncoding(ZXing::CharacterSet::UTF8);
        const ZXing::BitMatrix matrix = writer.encode(payload.toUtf8().toStdString(), 0, 0);
        QImage image(matrix.width(), matrix.height(), QImage::Format_Mono);
        image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
        image.fill(0);
        for (int y = 0; y < matrix.height(); ++y) {
            for (int x = 0; x < matrix.width(); ++x) {
                if (matrix.get(x, y))
                    image.setPixel(x, y, 1);
            }
        }
        return image;
    } catch (const std::exception &) {
        // Too long for a QR symbol: printed without one rather than not at all.
        return {};
    }
}

void paintQr(QPainter &painter, const QPoint &symbolTopLeft, const QImage &symbol, int moduleSize)
{
    for (int y = 0; y < symbol.height(); ++y) {
        for (int x = 0; x < symbol.width(); ++x) {
            if (symbol.pixelIndex(x, y) == 1) {
                painter.fillRect(
                    QRect(symbolTopLeft + QPoint(x, y) * moduleSize, QSize(moduleSize, moduleSize)),
                    Qt::black);
            }
        }
    }
}

QSizeF rollPageSizeMm(int heightDots)
{
    return {rollPaperWidthMm, heightDots * mmPerInch / rollDotsPerInch + 2 * rollMarginMm};
}

QByteArray rollPdf(
    const QString &title, int heightDots, const std::function<void(QPainter &)> &paint)
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(u"Saduak"_s);
        writer.setTitle(title);
        // At the thermal resolution one PDF device unit is one printer dot, so a layout computed
        // in dots is used unchanged.
        writer.setResolution(rollDotsPerInch);
        writer.setPageLayout(
            QPageLayout(QPageSize(rollPageSizeMm(heightDots), QPageSize::Millimeter,
                            u"Roll 80 mm"_s, QPageSize::ExactMatch),
                QPageLayout::Portrait,
                QMarginsF(rollMarginMm, rollMarginMm, rollMarginMm, rollMarginMm),
                QPageLayout::Millimeter));
        QPainter painter(&writer);
        paint(painter);
    }
    return pdf;
}

} // namespace saduak::printdrawing
