#include "thaicitizenid.h"

#include "thaidigits.h"

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

constexpr int idLength = 13;

bool isSeparator(char16_t c)
{
    // Any white space, not only ' ': a no-break space arrives when a number is pasted from a web
    // page or a PDF, a line break when a barcode scanner ends its input with Enter.
    return c == u'-' || QChar::isSpace(c);
}

// How to name a character in a message: itself in quotes when it can be seen, its code point
// when it cannot (a control character or a stray zero-width space would otherwise look like
// nothing).
QString describeCharacter(char32_t codePoint)
{
    const QString text = QString::fromUcs4(&codePoint, 1);
    const bool visible = QChar::isPrint(codePoint) && !QChar::isSpace(codePoint);
    if (visible)
        return u"“"_s + text + u"”"_s;
    return u"U+%1"_s.arg(uint(codePoint), 4, 16, QLatin1Char('0')).toUpper();
}

// "1-2345-67890-12-1": groups of 1, 4, 5, 2 and 1, as printed on the card.
QString grouped(QStringView thirteen)
{
    return thirteen.mid(0, 1) + u'-' + thirteen.mid(1, 4) + u'-' + thirteen.mid(5, 5) + u'-'
        + thirteen.mid(10, 2) + u'-' + thirteen.mid(12, 1);
}

} // namespace

std::optional<ThaiCitizenId> ThaiCitizenId::parse(QStringView text, QString *why)
{
    const auto fail = [why](const QString &reason) -> std::optional<ThaiCitizenId> {
        if (why)
            *why = reason;
        return std::nullopt;
    };

    QString digits;
    digits.reserve(idLength);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const int value = digitValue(c);
        if (value >= 0) {
            digits.append(QChar(u'0' + value));
            continue;
        }
        if (isSeparator(c))
            continue;
        char32_t codePoint = c;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            codePoint = QChar::surrogateToUcs4(c, text[i + 1].unicode());
        return fail(tr("A citizen ID has only digits, with '-' or spaces between groups; "
                       "%1 is not allowed.")
                        .arg(describeCharacter(codePoint)));
    }

    if (digits.isEmpty())
        return fail(tr("No citizen ID was given."));
    if (digits.size() != idLength)
        return fail(
            tr("A citizen ID has 13 digits; this one has %n.", nullptr, int(digits.size())));
    if (checkDigitFor(QStringView(digits).first(idLength - 1))
        != digitValue(digits.back().unicode()))
        return fail(tr("The check digit does not match: this ID was mistyped or is not valid."));

    if (why)
        why->clear();
    return ThaiCitizenId(std::move(digits));
}

std::optional<ThaiCitizenId> ThaiCitizenId::fromCard(QStringView thirteenDigits)
{
    if (thirteenDigits.size() != idLength)
        return std::nullopt;
    for (const QChar c : thirteenDigits)
        if (c < u'0' || c > u'9')
            return std::nullopt;
    return ThaiCitizenId(thirteenDigits.toString());
}

bool ThaiCitizenId::hasValidCheckDigit() const
{
    return m_digits.size() == idLength
        && checkDigitFor(QStringView(m_digits).first(idLength - 1))
        == digitValue(m_digits.back().unicode());
}

int ThaiCitizenId::checkDigitFor(QStringView firstTwelveDigits)
{
    if (firstTwelveDigits.size() != idLength - 1)
        return -1;
    int sum = 0;
    for (qsizetype i = 0; i < firstTwelveDigits.size(); ++i) {
        const int value = digitValue(firstTwelveDigits[i].unicode());
        if (value < 0)
            return -1;
        sum += value * int(idLength - i);
    }
    return (11 - sum % 11) % 10;
}

QString ThaiCitizenId::formatted() const
{
    if (m_digits.size() != idLength)
        return m_digits;
    return grouped(m_digits);
}

QString ThaiCitizenId::masked() const
{
    if (m_digits.size() != idLength)
        return m_digits;
    // PDPA: screens and receipts show only the first digit (the kind of person) and the last three,
    // enough for the citizen to recognise the number, not enough to reuse it.
    QString shown = m_digits;
    for (qsizetype i = 1; i < idLength - 3; ++i)
        shown[i] = u'x';
    return grouped(shown);
}

} // namespace saduak
