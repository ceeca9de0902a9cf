#include "jpegscan.h"

namespace saduak::idcard {

namespace {
constexpr quint8 markerPrefix = 0xFF;
constexpr quint8 startOfImage = 0xD8;
constexpr quint8 endOfImage = 0xD9;
constexpr quint8 startOfScan = 0xDA;
constexpr quint8 temporary = 0x01; // TEM: a marker without a length

bool isRestart(quint8 marker)
{
    return marker >= 0xD0 && marker <= 0xD7;
}
} // namespace

JpegScan::Result JpegScan::scan(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    auto at = [&](qsizetype i) { return quint8(bytes[i]); };
    const Result needMore {State::NeedMore, 0};

    if (size < 2)
        return size == 1 && at(0) != markerPrefix ? Result {State::NotJpeg, 0} : needMore;
    if (at(0) != markerPrefix || at(1) != startOfImage)
        return {State::NotJpeg, 0};

    qsizetype pos = 2;
    while (true) {
        // A marker: FF, optional FF fill bytes, then the marker code.
        if (pos >= size)
            return needMore;
        if (at(pos) != markerPrefix)
            return {State::NotJpeg, 0};
        while (pos + 1 < size && at(pos + 1) == markerPrefix)
            ++pos;
        if (pos + 1 >= size)
            return needMore;
        const quint8 marker = at(pos + 1);
        if (marker == endOfImage)
            return {State::Complete, pos + 2};
        if (marker == 0x00 || marker == startOfImage)
            return {State::NotJpeg, 0};
        if (isRestart(marker) || marker == temporary) {
            pos += 2;
            continue;
        }
        // A segment: two length bytes that count themselves; its payload may hold anything.
        if (pos + 3 >= size)
            return needMore;
        const int segmentLength = (at(pos + 2) << 8) | at(pos + 3);
        if (segmentLength < 2)
            return {State::NotJpeg, 0};
        pos += 2 + segmentLength;
        if (marker != startOfScan)
            continue;

        // Entropy-coded data: FF is followed by 00 (a stuffed FF byte) or a restart marker while
        // the scan goes on; any other marker ends it (EOI, or the tables of the next scan).
        while (true) {
            if (pos + 1 >= size)
                return needMore;
            if (at(pos) != markerPrefix) {
                ++pos;
                continue;
            }
            const quint8 next = at(pos + 1);
            if (next == 0x00 || isRestart(next)) {
                pos += 2;
                continue;
            }
            if (next == markerPrefix) {
                ++pos; // fill byte before a marker
                continue;
            }
            break; // a marker: back to the segment loop
        }
    }
}

} // namespace saduak::idcard
