#include "weekhours.h"

#include "bangkoktime.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace saduak {

WeekHours WeekHours::everyDay(const OpeningHours &hours)
{
    WeekHours week;
    week.days.fill(hours);
    return week;
}

WeekHours WeekHours::closed()
{
    WeekHours week;
    week.days.fill(std::nullopt);
    return week;
}

std::optional<OpeningHours> WeekHours::on(int day) const
{
    if (day < 1 || day > 7)
        return std::nullopt;
    return days.at(day - 1);
}

void WeekHours::set(int day, const std::optional<OpeningHours> &hours)
{
    if (day >= 1 && day <= 7)
        days[day - 1] = hours;
}

bool WeekHours::isOpenAt(qint64 utcMs) const
{
    const std::optional<OpeningHours> hours = on(BangkokTime::fromUtcMs(utcMs).date().dayOfWeek());
    return hours && hours->isOpenAt(utcMs);
}

bool WeekHours::isAllDayEveryDay() const
{
    return *this == WeekHours();
}

QJsonArray WeekHours::toJson() const
{
    QJsonArray out;
    for (int day = 1; day <= 7; ++day)
        if (const std::optional<OpeningHours> hours = on(day))
            out.append(QJsonObject {{u"day"_s, day}, {u"opens"_s, hours->opensText()},
                {u"closes"_s, hours->closesText()}});
    return out;
}

std::optional<WeekHours> WeekHours::fromJson(const QJsonArray &week, QString *why)
{
    const auto fail = [why](const QString &text) {
        if (why)
            *why = text;
        return std::nullopt;
    };
    WeekHours result = closed();
    std::array<bool, 7> seen {};
    for (const QJsonValue &entry : week) {
        const QJsonObject o = entry.toObject();
        const QJsonValue dayValue = o.value(u"day"_s);
        const qint64 day = dayValue.isDouble() ? dayValue.toInteger(-1) : -1;
        if (!entry.isObject() || day < 1 || day > 7)
            return fail(u"a day of the week is a number from 1 (Monday) to 7 (Sunday)"_s);
        if (seen[day - 1])
            return fail(u"day %1 is given twice"_s.arg(day));
        seen[day - 1] = true;
        QString hoursWhy;
        const std::optional<OpeningHours> hours = OpeningHours::parse(
            o.value(u"opens"_s).toString(), o.value(u"closes"_s).toString(), &hoursWhy);
        if (!hours)
            return fail(u"day %1: %2"_s.arg(day).arg(hoursWhy));
        result.set(int(day), hours);
    }
    return result;
}

OpeningState OpeningState::of(const WeekHours &week, const QList<Holiday> &holidays, qint64 utcMs)
{
    const QDateTime local = BangkokTime::fromUtcMs(utcMs);
    OpeningState state;
    state.weekday = local.date().dayOfWeek();
    state.today = week.on(state.weekday);
    // A holiday closes the branch whatever the weekday's hours: said first, it is the reason.
    if (const std::optional<Holiday> holiday = holidayOn(holidays, local.date())) {
        state.kind = Kind::Holiday;
        state.holidayName = holiday->name;
    } else if (!state.today) {
        state.kind = Kind::ClosedThisWeekday;
    } else if (!state.today->isOpenAt(utcMs)) {
        state.kind = OpeningHours::bangkokMinuteOf(utcMs) < state.today->opensMinute
            ? Kind::NotOpenYet
            : Kind::ClosedForToday;
    }
    return state;
}

std::optional<Holiday> holidayOn(const QList<Holiday> &holidays, const QDate &date)
{
    for (const Holiday &h : holidays)
        if (h.date == date)
            return h;
    return std::nullopt;
}

} // namespace saduak
