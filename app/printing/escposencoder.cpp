#include "escposencoder.h"

#include <QPainter>

namespace saduak {

namespace {

constexpr char ESC = 0x1b;
constexpr char GS = 0x1d;
constexpr char DLE = 0x10;
constexpr char EOT = 0x04;

void appendUint16(QByteArray &out, int value)
{
    out.append(char(value & 0xff));
    out.append(char((value >> 8) & 0xff));
}

} // namespace

QByteArray EscPosEncoder::encode(const QImage &image)
{
    return encode(image, Options());
}

QByteArray EscPosEncoder::encode(const QImage &image, const Options &options)
{
    const QImage mono = threshold(image);
    const int bytesPerRow = (mono.width() + 7) / 8;
    const int bandLines = qBound(1, options.bandLines, 0xffff);

    QByteArray out;
    out.reserve(2 + bytesPerRow * mono.height() + 8 * (mono.height() / bandLines + 1) + 8);
    out.append(ESC).append('@');
    for (int top = 0; top < mono.height(); top += bandLines) {
        const int rows = qMin(bandLines, mono.height() - top);
        out.append(GS).append('v').append('0').append(char(0));
        appendUint16(out, bytesPerRow);
        appendUint16(out, rows);
        for (int y = top; y < top + rows; ++y)
            out.append(reinterpret_cast<const char *>(mono.constScanLine(y)), bytesPerRow);
    }
    if (options.feedLines > 0)
        out.append(ESC).append('d').append(char(qMin(options.feedLines, 255)));
    if (options.cut)
        out.append(GS).append('V').append(char(66)).append(char(0));
    return out;
}

QImage EscPosEncoder::threshold(const QImage &image, int level)
{
    if (image.isNull())
        return {};
    QImage gray;
    if (image.hasAlphaChannel()) {
        QImage onPaper(image.size(), QImage::Format_RGB32);
        onPaper.fill(Qt::white);
        QPainter painter(&onPaper);
        painter.drawImage(0, 0, image);
        painter.end();
        gray = onPaper.convertToFormat(QImage::Format_Grayscale8);
    } else {
        gray = image.convertToFormat(QImage::Format_Grayscale8);
    }

    QImage mono(gray.size(), QImage::Format_Mono);
    mono.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
    // Zero every byte, the padding at the end of each scan line included: GS v 0 sends whole
    // bytes, and stray bits there would print as black specks at the right edge.
    mono.fill(0);
    for (int y = 0; y < gray.height(); ++y) {
        const uchar *in = gray.constScanLine(y);
        uchar *out = mono.scanLine(y);
        for (int x = 0; x < gray.width(); ++x) {
            if (in[x] < level)
                out[x >> 3] |= uchar(0x80 >> (x & 7));
        }
    }
    return mono;
}

QByteArray EscPosEncoder::paperStatusRequest()
{
    return QByteArray().append(DLE).append(EOT).append(char(4));
}

bool EscPosEncoder::isPaperEnd(char status)
{
    return (uchar(status) & 0x60) != 0;
}

bool EscPosEncoder::isPaperNearEnd(char status)
{
    return (uchar(status) & 0x0c) != 0;
}

} // namespace saduak
