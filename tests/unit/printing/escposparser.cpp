#include "escposparser.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace saduak::test {

namespace {

QString hex(uchar byte)
{
    return u"0x%1"_s.arg(uint(byte), 2, 16, QChar(u'0'));
}

// Appends a band below what is there; bands must all have one width.
bool appendBand(EscPosDocument &doc, const QImage &band)
{
    if (doc.raster.isNull()) {
        doc.raster = band;
        return true;
    }
    if (doc.raster.width() != band.width())
        return false;
    QImage stacked(band.width(), doc.raster.height() + band.height(), QImage::Format_Mono);
    stacked.setColorTable(band.colorTable());
    stacked.fill(0);
    for (int y = 0; y < doc.raster.height(); ++y)
        std::copy_n(doc.raster.constScanLine(y), doc.raster.bytesPerLine(), stacked.scanLine(y));
    for (int y = 0; y < band.height(); ++y) {
        std::copy_n(
            band.constScanLine(y), band.bytesPerLine(), stacked.scanLine(doc.raster.height() + y));
    }
    doc.raster = stacked;
    return true;
}

} // namespace

EscPosDocument parseEscPos(const QByteArray &bytes)
{
    EscPosDocument doc;
    const auto at = [&](qsizetype i) { return uchar(bytes.at(i)); };
    qsizetype i = 0;
    const auto need = [&](qsizetype count, const QString &command) {
        if (i + count <= bytes.size())
            return true;
        doc.error = u"%1 at offset %2 is cut short"_s.arg(command).arg(i);
        return false;
    };

    while (i < bytes.size()) {
        const uchar b = at(i);
        if (b == 0x0a) {
            doc.commands << u"LF"_s;
            i += 1;
        } else if (b == 0x1b) { // ESC
            if (!need(2, u"ESC"_s))
                return doc;
            const uchar c = at(i + 1);
            if (c == '@') {
                doc.commands << u"ESC @"_s;
                i += 2;
            } else if (c == 'd' || c == 'J' || c == 'a') {
                if (!need(3, u"ESC %1"_s.arg(QChar(char16_t(c)))))
                    return doc;
                doc.commands << u"ESC %1"_s.arg(QChar(char16_t(c)));
                if (c == 'd')
                    doc.fedLines += at(i + 2);
                i += 3;
            } else {
                doc.error = u"unknown command ESC %1 at offset %2"_s.arg(hex(c)).arg(i);
                return doc;
            }
        } else if (b == 0x1d) { // GS
            if (!need(2, u"GS"_s))
                return doc;
            const uchar c = at(i + 1);
            if (c == 'v') {
                if (!need(8, u"GS v 0"_s))
                    return doc;
                if (at(i + 2) != '0' || at(i + 3) > 3) {
                    doc.error = u"bad GS v 0 header at offset %1"_s.arg(i);
                    return doc;
                }
                const int bytesPerRow = at(i + 4) | (at(i + 5) << 8);
                const int rows = at(i + 6) | (at(i + 7) << 8);
                if (bytesPerRow == 0 || rows == 0) {
                    doc.error = u"empty GS v 0 at offset %1"_s.arg(i);
                    return doc;
                }
                if (!need(8 + qsizetype(bytesPerRow) * rows, u"GS v 0"_s))
                    return doc;
                // The raster's own bit order: MSB is the leftmost dot, 1 is black.
                QImage band(bytesPerRow * 8, rows, QImage::Format_Mono);
                band.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
                band.fill(0);
                const qsizetype data = i + 8;
                for (int y = 0; y < rows; ++y) {
                    for (int x = 0; x < bytesPerRow * 8; ++x) {
                        if (at(data + qsizetype(y) * bytesPerRow + x / 8) & (0x80 >> (x % 8)))
                            band.setPixel(x, y, 1);
                    }
                }
                if (!appendBand(doc, band)) {
                    doc.error = u"GS v 0 at offset %1 changes the width"_s.arg(i);
                    return doc;
                }
                doc.commands << u"GS v 0"_s;
                doc.bandRows << rows;
                i = data + qsizetype(bytesPerRow) * rows;
            } else if (c == 'V') {
                if (!need(3, u"GS V"_s))
                    return doc;
                const uchar m = at(i + 2);
                if (m == 0 || m == 1 || m == 48 || m == 49) {
                    i += 3;
                } else if (m == 65 || m == 66 || m == 97 || m == 98 || m == 103 || m == 104) {
                    if (!need(4, u"GS V"_s))
                        return doc;
                    i += 4;
                } else {
                    doc.error = u"unknown GS V mode %1 at offset %2"_s.arg(m).arg(i);
                    return doc;
                }
                doc.commands << u"GS V"_s;
            } else {
                doc.error = u"unknown command GS %1 at offset %2"_s.arg(hex(c)).arg(i);
                return doc;
            }
        } else if (b == 0x10) { // DLE
            if (!need(3, u"DLE EOT"_s))
                return doc;
            if (at(i + 1) != 0x04 || at(i + 2) < 1 || at(i + 2) > 4) {
                doc.error = u"unknown DLE command at offset %1"_s.arg(i);
                return doc;
            }
            doc.commands << u"DLE EOT"_s;
            i += 3;
        } else {
            doc.error = u"unexpected byte %1 at offset %2"_s.arg(hex(b)).arg(i);
            return doc;
        }
    }
    return doc;
}

} // namespace saduak::test
