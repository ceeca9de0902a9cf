#pragma once

#include <QDate>
#include <QtGlobal>

namespace saduak {

// The business day an instant belongs to. A center's day does not end at midnight: tickets
// taken at 00:30 after a late evening service still belong to "yesterday". The day rolls over at
// a configured hour of Asia/Bangkok time, so the business day of an instant is the Bangkok date of
// (instant - rolloverHour).
class BusinessDay
{
public:
    // rolloverHour 0..23; outside that range it is clamped.
    static QDate of(qint64 utcMs, int rolloverHour);
    // The first instant (UTC ms) of a business day.
    static qint64 startUtcMs(QDate day, int rolloverHour);
};

} // namespace saduak
