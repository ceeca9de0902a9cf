// Central's figures of one business day end where each branch's day ends: at its rollover hour
// on the next calendar day, not at midnight. CrossBranchStatistics is a pure function of the
// events; these are written as a hub records them.
#include <crossbranchstatistics.h>

#include <domain/bangkoktime.h>

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

qint64 bangkok(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), BangkokTime::zone())
        .toMSecsSinceEpoch();
}

QueueEvent eventOf(const QString &type, qint64 atMs, const QJsonObject &data = {})
{
    QueueEvent e;
    e.type = type;
    e.atMs = atMs;
    e.businessDay = u"2026-11-25"_s;
    if (type.startsWith(u"ticket."_s)) {
        e.ticketId = u"t-a001"_s;
        e.ticketNumber = u"A001"_s;
        e.serviceCode = u"A"_s;
    }
    e.data = data;
    return e;
}

StatisticsStore::BranchEvents branchWith(const QList<QueueEvent> &events)
{
    StatisticsStore::BranchEvents b;
    b.branch.id = 1;
    b.branch.code = u"B001"_s;
    b.branch.name = u"Central World"_s;
    b.events = events;
    return b;
}

// The figures of the branch's only service, and the moment they were measured at.
QJsonObject figures(const QList<QueueEvent> &events, qint64 nowMs)
{
    const QDate day(2026, 11, 25);
    const QJsonObject all = CrossBranchStatistics::compute(u"2026-11-25"_s,
        {branchWith(events)}, CrossBranchStatistics::measuredAt(day, nowMs));
    const QJsonObject branch = all.value(u"branches"_s).toArray().first().toObject();
    QJsonObject service = branch.value(u"services"_s).toArray().first().toObject();
    service.insert(u"branchAt"_s, branch.value(u"at"_s));
    service.insert(u"at"_s, all.value(u"at"_s));
    return service;
}

} // namespace

class tst_CrossBranchStatistics : public QObject
{
    Q_OBJECT

private slots:
    void aTicketAfterMidnightWaitsUntilTheRolloverHour_data()
    {
        QTest::addColumn<QList<QueueEvent>>("dayBegan");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<qint64>("measuredAt");
        const QList<QueueEvent> noMarker;
        // The day.rolledOver that began the 25th says the branch rolls over at 04:00 or 06:00.
        const auto marker = [](int hour) {
            return QList<QueueEvent> {eventOf(u"day.rolledOver"_s, bangkok(25, hour, 0),
                {{u"previousBusinessDay"_s, u"2026-11-24"_s}, {u"closedTickets"_s, 0},
                    {u"rolloverHour"_s, hour}})};
        };
        QTest::newRow("asked the next day: the day ended at 04:00 (the default)")
            << noMarker << bangkok(26, 10, 0) << bangkok(26, 4, 0) - 1;
        QTest::newRow("asked at 02:00: the day is still running")
            << noMarker << bangkok(26, 2, 0) << bangkok(26, 2, 0);
        QTest::newRow("the branch says it rolls over at 04:00")
            << marker(4) << bangkok(26, 10, 0) << bangkok(26, 4, 0) - 1;
        QTest::newRow("the branch says it rolls over at 06:00")
            << marker(6) << bangkok(26, 10, 0) << bangkok(26, 6, 0) - 1;
    }

    void aTicketAfterMidnightWaitsUntilTheRolloverHour()
    {
        QFETCH(QList<QueueEvent>, dayBegan);
        QFETCH(qint64, now);
        QFETCH(qint64, measuredAt);
        const qint64 issuedAt = bangkok(26, 0, 30); // business day the 25th
        QList<QueueEvent> events = dayBegan;
        events << eventOf(u"ticket.issued"_s, issuedAt);
        const QJsonObject f = figures(events, now);
        QCOMPARE(f.value(u"issuedCount"_s).toInt(), 1);
        QCOMPARE(f.value(u"waitingNow"_s).toInt(), 1);
        QCOMPARE(f.value(u"branchAt"_s).toInteger(), measuredAt);
        QCOMPARE(f.value(u"at"_s).toInteger(), measuredAt);
        QCOMPARE(f.value(u"longestWaitingNowMs"_s).toInteger(), measuredAt - issuedAt);
    }
};

QTEST_GUILESS_MAIN(tst_CrossBranchStatistics)
#include "tst_crossbranchstatistics.moc"
