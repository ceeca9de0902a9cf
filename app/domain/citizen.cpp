#include "citizen.h"

#include "buddhistdate.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

// BE 2484 (1941) was the first Thai year to begin on 1 January; before it the year began on
// 1 April (buddhistdate.h).
constexpr int firstBeYearStartingInJanuary = 2484;

} // namespace

QDate PartialDate::date() const
{
    if (!isComplete())
        return {};
    return BuddhistDate::fromBuddhist(beYear, month, day).value_or(QDate());
}

QDate PartialDate::ageCountedFrom() const
{
    if (isNull())
        return {};
    if (isComplete())
        return date();
    if (month > 0)
        return BuddhistDate::fromBuddhist(beYear, month, 1).value_or(QDate());
    const int firstMonth = beYear < firstBeYearStartingInJanuary ? 4 : 1;
    return BuddhistDate::fromBuddhist(beYear, firstMonth, 1).value_or(QDate());
}

std::optional<int> PartialDate::ageOn(QDate today) const
{
    const QDate from = ageCountedFrom();
    if (!from.isValid() || !today.isValid() || today < from)
        return std::nullopt;
    int years = today.year() - from.year();
    // addYears() moves 29 February to 28 February in a common year: the birthday is then counted
    // on the 28th, the day before the one a person born on the 29th would otherwise skip.
    if (from.addYears(years) > today)
        --years;
    return years;
}

QString PartialDate::format(Language language) const
{
    if (isNull())
        return {};
    if (isComplete() && date().isValid())
        return BuddhistDate::format(date(), language, BuddhistDate::Style::Short);
    const bool thai = language == Language::Thai;
    // English shows the Gregorian year; a year before BE 2484 spans two of them, so it stays BE.
    const QString year = thai || beYear < firstBeYearStartingInJanuary
        ? (thai ? QString::number(beYear) : u"BE "_s + QString::number(beYear))
        : QString::number(beYear - 543);
    if (month < 1 || month > 12)
        return year;
    const QString monthName = thai
        ? BuddhistDate::thaiMonthName(month, BuddhistDate::Style::Short)
        : QLocale(QLocale::English).monthName(month, QLocale::ShortFormat);
    return monthName + u' ' + year;
}

QString PersonName::full() const
{
    QStringList parts;
    for (const QString &part : {prefix, first, middle, last})
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    return parts.join(u' ');
}

bool Citizen::isElderlyOn(QDate today) const
{
    const std::optional<int> age = ageOn(today);
    return age && *age >= kElderlyAge;
}

bool Citizen::cardExpiredOn(QDate today) const
{
    return !cardLifelong && cardExpires.isValid() && today > cardExpires;
}

} // namespace saduak
