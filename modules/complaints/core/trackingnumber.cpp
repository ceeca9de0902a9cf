#include "trackingnumber.h"

#include <domain/thaidigits.h>

using namespace Qt::StringLiterals;

namespace saduak::complaints {

namespace {

constexpr char context[] = "saduak::complaints::TrackingNumber";

// After the branch code: YYMMDD, NNNN and the two check digits.
constexpr int dateLength = 6;
constexpr int sequenceLength = 4;
constexpr int checkLength = 2;
constexpr int digitTailLength = dateLength + sequenceLength + checkLength;

bool isUpperAsciiLetter(char16_t c)
{
    return c >= u'A' && c <= u'Z';
}

// 0–35 for 0–9 and A–Z (upper case only), -1 for anything else.
int checkValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (isUpperAsciiLetter(u))
        return 10 + (u - u'A');
    return -1;
}

bool isSeparator(char16_t c)
{
    // Any white space: a no-break space comes with text pasted from a web page, a line break with
    // a scanner that ends its input with Enter.
    return c == u'-' || QChar::isSpace(c);
}

QString describeCharacter(char32_t codePoint)
{
    const QString text = QString::fromUcs4(&codePoint, 1);
    if (QChar::isPrint(codePoint) && !QChar::isSpace(codePoint))
        return u"“"_s + text + u"”"_s;
    return u"U+%1"_s.arg(uint(codePoint), 4, 16, QLatin1Char('0')).toUpper();
}

int twoDigits(QStringView text)
{
    return text.toString().toInt();
}

std::optional<TrackingNumber> fail(TranslatableText *why, TranslatableText reason)
{
    if (why)
        *why = std::move(reason);
    return std::nullopt;
}

} // namespace

TrackingNumber::TrackingNumber(QString branchCode, QDate filingDate, int sequence)
    : m_branchCode(std::move(branchCode)), m_filingDate(filingDate), m_sequence(sequence)
{ }

bool TrackingNumber::isValidBranchCode(QStringView code)
{
    if (code.isEmpty() || code.size() > maxBranchCodeLength)
        return false;
    for (QChar c : code) {
        if (checkValue(c) < 0)
            return false;
    }
    return true;
}

QString TrackingNumber::checkDigitsFor(QStringView body)
{
    if (body.isEmpty())
        return {};
    // MOD 97-10 over the body written two digits a character, then 00 for the check's place:
    // the check makes the whole number ≡ 1 (mod 97). The remainder is carried a character at a
    // time, so the number never has to fit in an integer.
    int remainder = 0;
    for (QChar c : body) {
        const int value = checkValue(c);
        if (value < 0)
            return {};
        remainder = (remainder * 100 + value) % 97;
    }
    remainder = (remainder * 100) % 97;
    return u"%1"_s.arg(98 - remainder, 2, 10, QLatin1Char('0'));
}

std::optional<TrackingNumber> TrackingNumber::make(
    const QString &branchCode, QDate bangkokDate, int sequence, QString *why)
{
    const auto refuse = [why](const QString &reason) -> std::optional<TrackingNumber> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (!isValidBranchCode(branchCode)) {
        return refuse(tr("The branch code “%1” cannot be used in a tracking number: it has 1 to "
                         "8 letters A–Z and digits, in upper case.")
                          .arg(branchCode));
    }
    if (sequence < 1 || sequence > maxSequence) {
        return refuse(tr("The sequence %1 cannot be used in a tracking number: a branch numbers "
                         "1 to %2 complaints a day.")
                          .arg(sequence)
                          .arg(maxSequence));
    }
    // Since 1941 the BE year is the Gregorian year + 543 (buddhistdate.h); every date a number
    // can hold is later.
    const int beYear = bangkokDate.isValid() ? bangkokDate.year() + 543 : 0;
    if (beYear < firstBuddhistYear || beYear > lastBuddhistYear) {
        return refuse(tr("A tracking number can only be made for a date in the Buddhist-Era "
                         "years %1 to %2.")
                          .arg(firstBuddhistYear)
                          .arg(lastBuddhistYear));
    }
    return TrackingNumber(branchCode, bangkokDate, sequence);
}

std::optional<TrackingNumber> TrackingNumber::parse(QStringView text, QString *why)
{
    TranslatableText reason;
    auto number = parse(text, &reason);
    if (!number && why)
        *why = reason.toString();
    return number;
}

std::optional<TrackingNumber> TrackingNumber::parse(QStringView text, TranslatableText *why)
{
    // A reason never repeats what was typed, only a character that has no place in a number: a
    // citizen may type their citizen ID into the box by mistake, and the reason goes to the hub,
    // whose refusals may be logged.
    QString compact;
    compact.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const int digit = digitValue(c);
        if (digit >= 0) {
            compact.append(QChar(u'0' + digit));
            continue;
        }
        if (c < 0x80 && QChar::isLetter(c)) {
            compact.append(QChar(c).toUpper());
            continue;
        }
        if (isSeparator(c))
            continue;
        char32_t codePoint = c;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            codePoint = QChar::surrogateToUcs4(c, text[i + 1].unicode());
        return fail(why,
            TranslatableText(context,
                QT_TRANSLATE_NOOP("saduak::complaints::TrackingNumber",
                    "A tracking number has only letters and digits, with '-' or spaces between "
                    "groups; %1 is not allowed."))
                .arg(describeCharacter(codePoint)));
    }

    if (compact.isEmpty()) {
        return fail(why,
            TranslatableText(context,
                QT_TRANSLATE_NOOP(
                    "saduak::complaints::TrackingNumber", "No tracking number was given.")));
    }
    // Written in its four groups, a missing or extra digit is found in its group: without them,
    // "B001-69127-0042-71" would read as branch B00 and the date 169127.
    const QList<QStringView> groups = text.trimmed().split(u'-');
    if (groups.size() == 4
        && (groups[1].trimmed().size() != dateLength || groups[2].trimmed().size() != sequenceLength
            || groups[3].trimmed().size() != checkLength)) {
        return fail(why,
            TranslatableText(context,
                QT_TRANSLATE_NOOP("saduak::complaints::TrackingNumber",
                    "This does not have the groups of a tracking number: the branch code, then "
                    "6 digits of the date, 4 of the sequence and 2 check digits, like "
                    "B001-691207-0042-71.")));
    }
    const qsizetype branchLength = compact.size() - digitTailLength;
    if (branchLength < 1 || branchLength > maxBranchCodeLength) {
        return fail(why,
            TranslatableText(context,
                QT_TRANSLATE_NOOP("saduak::complaints::TrackingNumber",
                    "A tracking number has a branch code of 1 to 8 letters and digits, then 14 "
                    "digits, like B001-691207-0042-71; this has %1 letters and digits."))
                .arg(int(compact.size())));
    }
    const QStringView branch = QStringView(compact).first(branchLength);
    const QStringView tail = QStringView(compact).sliced(branchLength);
    for (QChar c : tail) {
        if (digitValue(c.unicode()) < 0) {
            return fail(why,
                TranslatableText(context,
                    QT_TRANSLATE_NOOP("saduak::complaints::TrackingNumber",
                        "The last 14 characters of a tracking number are digits, like "
                        "B001-691207-0042-71; this has a letter among them.")));
        }
    }

    const QStringView dateDigits = tail.first(dateLength);
    // YY is BE 25YY (trackingnumber.h): deterministic, whatever day it is read.
    const int beYear = firstBuddhistYear + twoDigits(dateDigits.sliced(0, 2));
    const QDate date(
        beYear - 543, twoDigits(dateDigits.sliced(2, 2)), twoDigits(dateDigits.sliced(4, 2)));
    if (!date.isValid()) {
        return fail(why,
            TranslatableText(context,
                QT_TRANSLATE_NOOP("saduak::complaints::TrackingNumber",
                    "The date in this tracking number is not a day that exists (YYMMDD, the "
                    "year of the Buddhist Era, the month, the day).")));
    }
    const int sequence = tail.sliced(dateLength, sequenceLength).toString().toInt();
    if (sequence < 1) {
        return fail(why,
            TranslatableText(context,
                QT_TRANSLATE_NOOP("saduak::complaints::TrackingNumber",
                    "A tracking number's sequence starts at 0001; 0000 is never given.")));
    }
    const QStringView body = QStringView(compact).first(compact.size() - checkLength);
    if (checkDigitsFor(body) != tail.last(checkLength)) {
        return fail(why,
            TranslatableText(context,
                QT_TRANSLATE_NOOP("saduak::complaints::TrackingNumber",
                    "The tracking number's check digits do not match: a character may be wrong "
                    "or two may be swapped. Please check the number on the receipt.")));
    }
    return TrackingNumber(branch.toString(), date, sequence);
}

std::optional<TrackingNumber> TrackingNumber::findIn(QStringView scannedText, QString *why)
{
    QStringView text = scannedText.trimmed();
    // A URL may end with a '/' after the number.
    while (text.endsWith(u'/'))
        text.chop(1);
    qsizetype start = 0;
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        const QChar c = text[i];
        if (c == u'/' || c == u'=' || c == u'?' || c == u'#') {
            start = i + 1;
            break;
        }
    }
    return parse(text.sliced(start), why);
}

QString TrackingNumber::text() const
{
    const int yy = (m_filingDate.year() + 543) % 100;
    const QString body = m_branchCode
        + u"%1%2%3"_s.arg(yy, 2, 10, QLatin1Char('0'))
              .arg(m_filingDate.month(), 2, 10, QLatin1Char('0'))
              .arg(m_filingDate.day(), 2, 10, QLatin1Char('0'))
        + u"%1"_s.arg(m_sequence, sequenceLength, 10, QLatin1Char('0'));
    const qsizetype b = m_branchCode.size();
    return body.first(b) + u'-' + body.sliced(b, dateLength) + u'-'
        + body.sliced(b + dateLength, sequenceLength) + u'-' + checkDigitsFor(body);
}

} // namespace saduak::complaints
