#include "apdu.h"

using namespace Qt::StringLiterals;

namespace saduak::idcard::apdu {

QByteArray thaiIdAppletAid()
{
    return "\xA0\x00\x00\x00\x54\x48\x00\x01"_ba;
}

QByteArray selectThaiIdApplet()
{
    return "\x00\xA4\x04\x00\x08"_ba + thaiIdAppletAid();
}

QByteArray readBinary(quint16 offset, quint8 length)
{
    QByteArray command;
    command.reserve(7);
    command.append(char(0x80));
    command.append(char(0xB0));
    command.append(char(offset >> 8));
    command.append(char(offset & 0xFF));
    command.append(char(0x02));
    command.append(char(0x00));
    command.append(char(length));
    return command;
}

QByteArray getResponse(quint8 p2, quint8 length)
{
    QByteArray command;
    command.reserve(5);
    command.append(char(0x00));
    command.append(char(0xC0));
    command.append(char(0x00));
    command.append(char(p2));
    command.append(char(length));
    return command;
}

quint8 getResponseP2ForAtr(const QByteArray &atr)
{
    return atr.startsWith("\x3B\x67"_ba) ? 0x01 : 0x00;
}

ApduResponse splitResponse(const QByteArray &raw)
{
    ApduResponse response;
    if (raw.size() < 2) {
        response.problem = CardProblem::CardRemoved;
        return response;
    }
    response.data = raw.first(raw.size() - 2);
    response.statusWord = quint16((quint8(raw.at(raw.size() - 2)) << 8) | quint8(raw.back()));
    return response;
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(' ').toUpper());
}

QByteArray fromHex(QStringView text)
{
    QByteArray digits;
    for (const QChar c : text) {
        if (c.isSpace() || c == u':')
            continue;
        const bool isHex
            = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!isHex)
            return {};
        digits.append(char(c.unicode()));
    }
    if (digits.size() % 2 != 0)
        return {};
    return QByteArray::fromHex(digits);
}

} // namespace saduak::idcard::apdu
