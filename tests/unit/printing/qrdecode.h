#pragma once

#include <QImage>
#include <QString>

namespace saduak::test {

struct DecodedQr
{
    QString text; // empty when no QR symbol was found
    QString ecLevel; // "L", "M", "Q", "H"
};

// Finds and decodes a QR symbol anywhere in image with zxing-cpp's reader.
DecodedQr decodeQr(const QImage &image);

} // namespace saduak::test
