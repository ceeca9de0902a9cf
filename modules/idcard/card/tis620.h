#pragma once

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace saduak::idcard {

// TIS-620 (TIS 620-2533), the 8-bit Thai character set the card writes its text in. Qt 6 has no
// codec for it, and the mapping is small and exact: 0x00–0x7F is ASCII, 0xA1–0xFB maps to
// U+0E01–U+0E5B (byte + 0x0D60). Bytes with no character — 0x80–0xA0, 0xDB–0xDE, 0xFC–0xFF — are
// refused, never guessed: on a card they mean a wrong offset or broken data.
class Tis620
{
public:
    static bool isDefined(quint8 byte);

    // The text, or nullopt with the offset of the first undefined byte in *badOffset.
    static std::optional<QString> decode(QByteArrayView bytes, qsizetype *badOffset = nullptr);
};

} // namespace saduak::idcard
