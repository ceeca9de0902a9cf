#include "buddhistdate.h"

#include "thaidigits.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

// Our own tables rather than QLocale: the names must be exactly these whatever ICU or the
// process locale says (QLocale("th") gives Gregorian years and differs between ICU versions).
// clang-format off
constexpr std::array<QStringView, 12> thaiShortMonths = {
    u"ม.ค.", u"ก.พ.", u"มี.ค.", u"เม.ย.", u"พ.ค.", u"มิ.ย.",
    u"ก.ค.", u"ส.ค.", u"ก.ย.", u"ต.ค.", u"พ.ย.", u"ธ.ค.",
};
constexpr std::array<QStringView, 12> thaiLongMonths = {
    u"มกราคม", u"กุมภาพันธ์", u"มีนาคม", u"เมษายน", u"พฤษภาคม", u"มิถุนายน",
    u"กรกฎาคม", u"สิงหาคม", u"กันยายน", u"ตุลาคม", u"พฤศจิกายน", u"ธันวาคม",
};
constexpr std::array<QStringView, 12> englishShortMonths = {
    u"Jan", u"Feb", u"Mar", u"Apr", u"May", u"Jun",
    u"Jul", u"Aug", u"Sep", u"Oct", u"Nov", u"Dec",
};
constexpr std::array<QStringView, 12> englishLongMonths = {
    u"January", u"February", u"March", u"April", u"May", u"June",
    u"July", u"August", u"September", u"October", u"November", u"December",
};
// clang-format on

// The Thai new year moved from 1 April to 1 January in 1941; BE 2484 began on 1 January 1941.
constexpr int firstBeYearStartingInJanuary = 2484;
// BE 2483 began on 1 April 1940 and was cut short on 31 December 1940.
constexpr int shortenedBeYear = 2483;

// parse() refuses years below this: a four-digit year under 2400 (1857 CE) is almost surely a
// Christian-Era year typed by habit, and reading 2026 as BE 2026 (1483 CE) would silently store a
// date five centuries off. No record a service center handles is that old.
constexpr int lowestParsedBeYear = 2400;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAllAsciiDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isAsciiDigit);
}

// Thai digits (๐–๙) to ASCII and every kind of space to ' ', then spaces collapsed, so that the
// parser only meets one spelling of each thing.
QString normalized(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (const int digit = digitValue(c); digit >= 0)
            out.append(QChar(u'0' + digit));
        else if (c.isSpace())
            out.append(u' ');
        else
            out.append(c);
    }
    return std::move(out).simplified();
}

// Month number (1–12) for a month written between day and year, 0 if it is no month.
// Dots and spaces are ignored so that "พ.ย.", "พ.ย", "พย" and "พ. ย." all match; no two month
// abbreviations are equal without their dots, and none equals a long name.
int monthFromWords(QStringView words)
{
    QString key;
    key.reserve(words.size());
    for (const QChar c : words) {
        if (c != u'.' && c != u' ')
            key.append(c);
    }
    // Formal Thai writes "25 พฤศจิกายน พ.ศ. 2569": the era marker sits before the year.
    if (key.size() > 2 && key.endsWith(u"พศ"))
        key.chop(2);
    if (isAllAsciiDigits(key) && key.size() <= 2)
        return key.toInt(); // "25 11 2569", with spaces for separators
    for (int i = 0; i < 12; ++i) {
        QString shortWithoutDots = thaiShortMonths[i].toString();
        shortWithoutDots.remove(u'.');
        if (key == thaiLongMonths[i] || key == shortWithoutDots)
            return i + 1;
    }
    return 0;
}

} // namespace

int BuddhistDate::buddhistYear(QDate date)
{
    if (!date.isValid())
        return 0;
    if (date.year() >= 1941 || date.month() >= 4)
        return date.year() + 543;
    return date.year() + 542; // January–March before 1941 were the end of the previous BE year
}

QString BuddhistDate::format(QDate date, Language language, Style style)
{
    if (!date.isValid())
        return {};
    const int month = date.month();
    if (language == Language::Thai) {
        return QString::number(date.day()) + u' ' + thaiMonthName(month, style) + u' '
            + QString::number(buddhistYear(date));
    }
    const QStringView monthName
        = style == Style::Short ? englishShortMonths[month - 1] : englishLongMonths[month - 1];
    return QString::number(date.day()) + u' ' + monthName + u' ' + QString::number(date.year());
}

std::optional<QDate> BuddhistDate::parse(QStringView text, QString *why)
{
    const auto fail = [why](const QString &reason) -> std::optional<QDate> {
        if (why)
            *why = reason;
        return std::nullopt;
    };

    const QString s = normalized(text);
    if (s.isEmpty())
        return fail(tr("No date was given."));
    const auto notADate = [&s] {
        return tr("“%1” is not a date: write the day, the month and the Buddhist-Era year, "
                  "for example 25 พ.ย. 2569 or 25/11/2569.")
            .arg(s);
    };

    qsizetype pos = 0;
    const auto readDigits = [&s, &pos] {
        const qsizetype start = pos;
        while (pos < s.size() && isAsciiDigit(s[pos]))
            ++pos;
        return QStringView(s).sliced(start, pos - start);
    };
    const auto skipSpace = [&s, &pos] {
        if (pos < s.size() && s[pos] == u' ')
            ++pos; // s is simplified: never more than one space in a row
    };
    const auto isNumericSeparator = [](QChar c) { return c == u'/' || c == u'-'; };

    const QStringView dayText = readDigits();
    if (dayText.isEmpty())
        return fail(notADate());
    skipSpace();

    int month = 0;
    QStringView yearText;
    if (pos < s.size() && isNumericSeparator(s[pos])) {
        // "25/11/2569", "25-11-2569"
        ++pos;
        skipSpace();
        const QStringView monthText = readDigits();
        skipSpace();
        if (monthText.isEmpty() || pos >= s.size() || !isNumericSeparator(s[pos]))
            return fail(notADate());
        ++pos;
        skipSpace();
        yearText = readDigits();
        if (pos != s.size())
            return fail(notADate());
        if (monthText.size() > 2)
            return fail(tr("“%1” is not a month number: months run from 1 to 12.").arg(monthText));
        month = monthText.toInt();
    } else {
        // "25 พ.ย. 2569": the month is whatever lies between the day and the trailing year.
        qsizetype end = s.size();
        while (end > pos && isAsciiDigit(s[end - 1]))
            --end;
        yearText = QStringView(s).sliced(end);
        const QStringView monthWords = QStringView(s).sliced(pos, end - pos).trimmed();
        // A month name has no digits or slashes: "2x/11/2569" is a mistyped number, not a name.
        // ("25 11 2569", a month number between spaces, is read as such by monthFromWords.)
        const bool mistypedNumber = !isAllAsciiDigits(monthWords)
            && std::any_of(monthWords.begin(), monthWords.end(),
                [](QChar c) { return isAsciiDigit(c) || c == u'/'; });
        if (monthWords.isEmpty() || mistypedNumber)
            return fail(notADate());
        if (isAllAsciiDigits(monthWords) && monthWords.size() > 2)
            return fail(tr("“%1” is not a month number: months run from 1 to 12.").arg(monthWords));
        month = monthFromWords(monthWords);
        if (month == 0)
            return fail(tr("“%1” is not a Thai month name; write for example พ.ย. or พฤศจิกายน.")
                            .arg(monthWords));
    }

    if (dayText.size() > 2)
        return fail(tr("“%1” is not a day of the month.").arg(dayText));
    if (yearText.size() != 4)
        return fail(tr("Write the year in full as a Buddhist-Era year, for example 2569."));
    const int beYear = yearText.toInt();
    if (beYear < lowestParsedBeYear) {
        return fail(tr("%1 looks like a Christian-Era year; write the Buddhist-Era year (%2).")
                        .arg(beYear)
                        .arg(beYear + 543));
    }
    return fromBuddhist(beYear, month, dayText.toInt(), why);
}

std::optional<QDate> BuddhistDate::fromBuddhist(int beYear, int month, int day, QString *why)
{
    const auto fail = [why](const QString &reason) -> std::optional<QDate> {
        if (why)
            *why = reason;
        return std::nullopt;
    };

    if (month < 1 || month > 12)
        return fail(tr("There is no month %1: months run from 1 to 12.").arg(month));
    if (beYear == shortenedBeYear && month <= 3) {
        return fail(tr("BE 2483 had no January, February or March: it ran from 1 April to "
                       "31 December 1940, and BE 2484 began on 1 January 1941."));
    }
    const bool startedInApril = beYear < firstBeYearStartingInJanuary;
    const int gregorianYear = beYear - ((startedInApril && month <= 3) ? 542 : 543);
    // BE/CE arithmetic means nothing across the missing year 0 of the Gregorian calendar.
    if (gregorianYear < 1)
        return fail(tr("BE %1 is too early to be shown as a date.").arg(beYear));

    const int daysInMonth = QDate(gregorianYear, month, 1).daysInMonth();
    if (day < 1 || day > daysInMonth) {
        return fail(tr("Day %1 does not exist in month %2 of BE %3: that month has %4 days.")
                        .arg(day)
                        .arg(month)
                        .arg(beYear)
                        .arg(daysInMonth));
    }
    if (why)
        why->clear();
    return QDate(gregorianYear, month, day);
}

QString BuddhistDate::thaiMonthName(int month, Style style)
{
    if (month < 1 || month > 12)
        return {};
    const auto &names = style == Style::Short ? thaiShortMonths : thaiLongMonths;
    return names[month - 1].toString();
}

} // namespace saduak
