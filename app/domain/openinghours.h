#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace saduak {

// When a service takes tickets, as minutes of the Bangkok day: [opens, closes). The catalog keeps
// "HH:MM" texts (service.opens_at, service.closes_at); "24:00" closes at midnight, and
// 00:00–24:00 is open all day (the default, so a catalog without hours never locks anyone out).
// A service does not stay open past midnight: a branch's day ends with the rollover anyway.
struct OpeningHours
{
    int opensMinute = 0;
    int closesMinute = 24 * 60;

    static OpeningHours allDay() { return {}; }
    // From the catalog's texts; nullopt (with why) unless both are HH:MM with opens < closes.
    static std::optional<OpeningHours> parse(
        QStringView opensAt, QStringView closesAt, QString *why = nullptr);

    bool isAllDay() const { return opensMinute == 0 && closesMinute == 24 * 60; }
    bool isOpenAtMinute(int minuteOfDay) const
    {
        return minuteOfDay >= opensMinute && minuteOfDay < closesMinute;
    }
    bool isOpenAt(qint64 utcMs) const; // at that instant in Bangkok
    static int bangkokMinuteOf(qint64 utcMs);

    QString opensText() const { return minuteText(opensMinute); } // "08:30"
    QString closesText() const { return minuteText(closesMinute); } // "16:30", "24:00"
    static QString minuteText(int minute);

    friend bool operator==(const OpeningHours &, const OpeningHours &) = default;
};

} // namespace saduak
