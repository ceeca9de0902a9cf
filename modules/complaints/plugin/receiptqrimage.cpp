#include "receiptqrimage.h"

// zxing-cpp 1.4's text() as UTF-8 std::string (its next release's only form), not std::wstring.
#define ZX_USE_UTF8
#include <ZXing/ReadBarcode.h>

#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace saduak::complaints {

ReceiptQrImage::Result ReceiptQrImage::read(const QString &path)
{
    QImageReader reader(path);
    // A phone stores how it was held in EXIF rather than turning the pixels.
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull())
        return {std::nullopt, Problem::NotAnImage};
    return read(image);
}

ReceiptQrImage::Result ReceiptQrImage::read(const QImage &image)
{
    if (image.isNull())
        return {std::nullopt, Problem::NotAnImage};
    // Transparent pixels (a PNG with no background) count as paper, not as the dark they hold.
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    {
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
    }
    const QImage grey = flat.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(),
        ZXing::ImageFormat::Lum, int(grey.bytesPerLine()));
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    hints.setTryDownscale(true);
    const ZXing::Results results = ZXing::ReadBarcodes(view, hints);
    bool anyQr = false;
    for (const ZXing::Result &result : results) {
        if (!result.isValid())
            continue;
        anyQr = true;
        // Another QR beside the receipt's (a poster, a second document) does not hide it.
        if (auto number = TrackingNumber::findIn(QString::fromStdString(result.text())))
            return {number, Problem::None};
    }
    return {std::nullopt, anyQr ? Problem::NoTrackingNumber : Problem::NoQrCode};
}

QString ReceiptQrImage::problemText(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::NotAnImage:
        return tr("This file cannot be read as an image. Choose a photo or a scan of the receipt "
                  "(PNG or JPEG).");
    case Problem::NoQrCode:
        return tr("No QR code could be read in this image. Take the photo again, closer and "
                  "sharper, or type the tracking number.");
    case Problem::NoTrackingNumber:
        return tr("The QR code in this image is not a complaint receipt's: it holds no tracking "
                  "number.");
    }
    return {};
}

QString ReceiptQrImage::fileFilter()
{
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns << u"*."_s + QString::fromLatin1(format);
    return tr("Images (%1)").arg(patterns.join(u' '));
}

} // namespace saduak::complaints
