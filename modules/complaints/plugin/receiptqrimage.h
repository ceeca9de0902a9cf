#pragma once

#include <trackingnumber.h>

#include <QCoreApplication>
#include <QString>

#include <optional>

class QImage;

namespace saduak::complaints {

// The tracking number from a photo or a scan of a complaint receipt: its QR decoded with
// zxing-cpp (turned any way, small in a large photo), then the number taken from the QR's text
// as from a scanner's (TrackingNumber::findIn). Qt Multimedia is not in the stack, so a camera's
// frame reaches the counter as an image file.
class ReceiptQrImage
{
    Q_DECLARE_TR_FUNCTIONS(saduak::complaints::ReceiptQrImage)
public:
    enum class Problem {
        None,
        NotAnImage, // the file cannot be read as an image
        NoQrCode, // no QR code found in it
        NoTrackingNumber, // a QR code, but not a complaint receipt's
    };
    struct Result
    {
        std::optional<TrackingNumber> number;
        Problem problem = Problem::None;
    };

    static Result read(const QString &path);
    static Result read(const QImage &image);
    // What the officer reads about a problem, in the current language (empty for None).
    static QString problemText(Problem problem);
    // For a file dialog: the image files this Qt reads.
    static QString fileFilter();
};

} // namespace saduak::complaints
