#pragma once

#include <QByteArray>
#include <map>
#include <optional>

namespace saduak::idcard {

// The parts of the card's memory read so far, by offset. The two read plans fill it with
// different pieces (one block of fields or one field a command); the parser only asks for bytes
// at offsets, so it is the same for both.
class CardMemory
{
public:
    void store(int offset, const QByteArray &bytes);

    // The bytes [offset, offset + length) if one stored piece holds them all, else nullopt.
    std::optional<QByteArray> bytes(int offset, int length) const;

private:
    std::map<int, QByteArray> m_pieces;
};

} // namespace saduak::idcard
