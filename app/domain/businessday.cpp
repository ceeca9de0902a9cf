#include "businessday.h"

#include "bangkoktime.h"

#include <algorithm>

namespace saduak {

namespace {

constexpr qint64 hourMs = 3600 * 1000;

int clampedHour(int hour)
{
    return std::clamp(hour, 0, 23);
}

} // namespace

QDate BusinessDay::of(qint64 utcMs, int rolloverHour)
{
    return BangkokTime::fromUtcMs(utcMs - clampedHour(rolloverHour) * hourMs).date();
}

qint64 BusinessDay::startUtcMs(QDate day, int rolloverHour)
{
    // Bangkok has no daylight saving, so the rollover hour exists on every day.
    return QDateTime(day, QTime(0, 0), BangkokTime::zone()).toMSecsSinceEpoch()
        + clampedHour(rolloverHour) * hourMs;
}

} // namespace saduak
