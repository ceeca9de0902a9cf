#include "tis620.h"

namespace saduak::idcard {

namespace {
constexpr quint8 firstThaiByte = 0xA1; // ก, U+0E01
constexpr quint8 lastThaiByte = 0xFB; // ๛, U+0E5B
// U+0E3B–U+0E3E are unassigned in Unicode's Thai block, so TIS-620 has no 0xDB–0xDE.
constexpr quint8 firstGapByte = 0xDB;
constexpr quint8 lastGapByte = 0xDE;
constexpr char16_t thaiOffset = 0x0E01 - firstThaiByte; // 0x0D60
} // namespace

bool Tis620::isDefined(quint8 byte)
{
    if (byte < 0x80)
        return true;
    if (byte < firstThaiByte || byte > lastThaiByte)
        return false;
    return byte < firstGapByte || byte > lastGapByte;
}

std::optional<QString> Tis620::decode(QByteArrayView bytes, qsizetype *badOffset)
{
    QString text;
    text.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = quint8(bytes[i]);
        if (!isDefined(byte)) {
            if (badOffset)
                *badOffset = i;
            return std::nullopt;
        }
        text.append(QChar(byte < 0x80 ? char16_t(byte) : char16_t(byte + thaiOffset)));
    }
    return text;
}

} // namespace saduak::idcard
