#include "cardmemory.h"

namespace saduak::idcard {

void CardMemory::store(int offset, const QByteArray &bytes)
{
    m_pieces[offset] = bytes;
}

std::optional<QByteArray> CardMemory::bytes(int offset, int length) const
{
    for (const auto &[start, piece] : m_pieces) {
        if (start <= offset && offset + length <= start + piece.size())
            return piece.mid(offset - start, length);
    }
    return std::nullopt;
}

} // namespace saduak::idcard
