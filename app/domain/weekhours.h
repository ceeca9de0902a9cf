#pragma once

#include "openinghours.h"

#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace saduak {

// A day the whole branch is closed (วันหยุดราชการ): no service takes kiosk tickets, whatever its
// week says. Staff at a counter still may, as after hours.
struct Holiday
{
    QDate date; // the Bangkok calendar date
    QString name; // as the admin typed it, shown to citizens: "วันรัฐธรรมนูญ"

    friend bool operator==(const Holiday &, const Holiday &) = default;
};

// When a service takes kiosk tickets over a week: each day Monday (1) … Sunday (7) its own
// OpeningHours, or none (closed that day). Default: every day all day, so a catalog that says
// nothing never locks anyone out. A catalog from before the week (one range for every day) is
// everyDay(thatRange).
struct WeekHours
{
    std::array<std::optional<OpeningHours>, 7> days {
        OpeningHours::allDay(), OpeningHours::allDay(), OpeningHours::allDay(),
        OpeningHours::allDay(), OpeningHours::allDay(), OpeningHours::allDay(),
        OpeningHours::allDay()};

    static WeekHours everyDay(const OpeningHours &hours);
    static WeekHours closed(); // every day closed: what a week of no days is

    // day: 1 = Monday … 7 = Sunday (QDate::dayOfWeek); none outside that or when closed.
    std::optional<OpeningHours> on(int day) const;
    void set(int day, const std::optional<OpeningHours> &hours);
    // Open at that instant by the week alone (Bangkok weekday and minute); holidays: OpeningState.
    bool isOpenAt(qint64 utcMs) const;
    bool isAllDayEveryDay() const;

    // [{"day":1,"opens":"08:30","closes":"16:30"}, …]: the open days, by day. The LAN protocol's
    // and the catalog's spelling (docs/hub-protocol.md, "catalog", "setServiceHours").
    QJsonArray toJson() const;
    // Nothing (with why, for the person who typed it) unless every entry is a day 1–7 given
    // once with HH:MM hours, opening before closing.
    static std::optional<WeekHours> fromJson(const QJsonArray &week, QString *why = nullptr);

    friend bool operator==(const WeekHours &, const WeekHours &) = default;
};

// Whether a service takes kiosk tickets at an instant, and if not why: what the kiosk says and the
// queue's refusal names (the holiday, the weekday, the time it opens).
struct OpeningState
{
    enum class Kind {
        Open,
        Holiday, // the branch is closed today: holidayName
        ClosedThisWeekday, // the service does not open on this day of the week
        NotOpenYet, // opens later today: today.opensMinute
        ClosedForToday, // closed after today's hours
    };
    Kind kind = Kind::Open;
    QString holidayName;
    int weekday = 0; // 1 = Monday … 7 = Sunday, of the instant in Bangkok
    std::optional<OpeningHours> today; // the week's hours of that day, if it opens that day

    bool isOpen() const { return kind == Kind::Open; }

    static OpeningState of(const WeekHours &week, const QList<Holiday> &holidays, qint64 utcMs);
};

// The holiday on that date; nothing when it is a working day.
std::optional<Holiday> holidayOn(const QList<Holiday> &holidays, const QDate &date);

} // namespace saduak
