#include "postgresarray.h"

using namespace Qt::StringLiterals;

namespace saduak {

void PostgresArray::beginElement()
{
    if (m_size++ > 0)
        m_text += u',';
}

void PostgresArray::append(const QString &text)
{
    beginElement();
    m_text.reserve(m_text.size() + text.size() + 3);
    m_text += u'"';
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            m_text += u'\\';
        m_text += c;
    }
    m_text += u'"';
}

void PostgresArray::append(qint64 number)
{
    beginElement();
    m_text += QString::number(number);
}

void PostgresArray::appendBytes(const QByteArray &bytes)
{
    beginElement();
    // "\\x…": the array's own escape turns \\ into the \ of bytea's hex input.
    m_text += u"\"\\\\x"_s + QString::fromLatin1(bytes.toHex()) + u'"';
}

void PostgresArray::appendNull()
{
    beginElement();
    m_text += u"NULL"_s;
}

} // namespace saduak
