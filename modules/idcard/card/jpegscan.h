#pragma once

#include <QByteArrayView>

namespace saduak::idcard {

// Finds where a JPEG ends in a buffer that may hold more after it (the card's photo area is
// larger than the photo) or not yet all of it (the photo is read in chunks).
// It walks the JPEG's structure rather than searching for FF D9: FF D9 can appear inside a
// segment (a comment, EXIF, a table), and only the EOI marker after the scans ends the image.
class JpegScan
{
public:
    enum class State { Complete, NeedMore, NotJpeg };
    struct Result
    {
        State state = State::NeedMore;
        qsizetype length = 0; // with Complete: bytes up to and including FF D9
    };

    static Result scan(QByteArrayView bytes);
};

} // namespace saduak::idcard
