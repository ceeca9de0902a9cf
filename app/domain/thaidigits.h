#pragma once

#include <QChar>

namespace saduak {

// The value of an ASCII digit or a Thai digit (๐–๙, U+0E50–U+0E59), -1 for anything else. Thai
// keyboards type Thai digits, and documents typed in Thai carry them: every number a person types
// (a citizen id, a ticket, a date, a phone number, a tracking number) reads both.
constexpr int digitValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'\u0E50' && c <= u'\u0E59')
        return c - u'\u0E50';
    return -1;
}

constexpr int digitValue(QChar c)
{
    return digitValue(c.unicode());
}

} // namespace saduak
