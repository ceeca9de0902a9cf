#pragma once

// What the e-report tests share: two services with their targets and a script of queue events
// on Bangkok wall-clock times, so each test writes a day as a list of what happened.

#include <domain/bangkoktime.h>
#include <domain/service.h>
#include <queuemodel/queueevent.h>

#include <QDateTime>
#include <QList>

namespace saduak::reporttest {

inline constexpr qint64 minuteMs = 60 * 1000;

// A Bangkok wall-clock time on a day.
inline qint64 bangkok(QDate day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), BangkokTime::zone()).toMSecsSinceEpoch();
}

// A: ID card, target 15 minutes; B: civil registration, target 10 minutes.
inline QList<Service> services()
{
    using namespace Qt::StringLiterals;
    Service a;
    a.code = u"A"_s;
    a.ticketPrefix = u'A';
    a.thaiName = u"บัตรประชาชน"_s;
    a.englishName = u"ID card"_s;
    a.targetWaitMinutes = 15;
    Service b;
    b.code = u"B"_s;
    b.ticketPrefix = u'B';
    b.thaiName = u"ทะเบียนราษฎร"_s;
    b.englishName = u"Civil registration"_s;
    b.targetWaitMinutes = 10;
    return {a, b};
}

// Events in seq order, as the hub's event log holds them.
class Script
{
public:
    void add(QStringView type, QDate day, int hour, int minute, const QString &ticket,
        const QString &service, int counter = 0, const QString &staff = {})
    {
        QueueEvent e;
        e.seq = events.size() + 1;
        e.type = type.toString();
        e.atMs = bangkok(day, hour, minute);
        e.businessDay = day.toString(Qt::ISODate);
        e.ticketId = ticket;
        e.ticketNumber = ticket;
        e.serviceCode = service;
        e.counterNumber = counter;
        if (!staff.isEmpty())
            e.data.insert(QStringLiteral("staff"), staff);
        events.append(e);
    }
    QList<QueueEvent> events;
};

} // namespace saduak::reporttest
