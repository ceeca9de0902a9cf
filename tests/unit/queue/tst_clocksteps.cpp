#include "queuetestsupport.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

// The wall clock stepped while the hub runs (an NTP correction, a PC's clock set by hand): the
// queue keeps its issue order, nothing shows a negative time, and a recall is never refused with
// a countdown computed from a wrong clock. The fake clock of Branch is stepped as NTP would.

namespace {

// snapshot() and statistics() give a value or, where reads are checked, an optional one.
template<typename T>
const T &valueOf(const T &value)
{
    return value;
}
template<typename T>
const T &valueOf(const std::optional<T> &value)
{
    return *value;
}

QueueStatistics::ServiceFigures figuresOf(QueueManager &queue, const QString &serviceCode)
{
    const auto report = queue.statistics();
    for (const QueueStatistics::ServiceFigures &f : valueOf(report).services) {
        if (f.serviceCode == serviceCode)
            return f;
    }
    return {};
}

} // namespace

class tst_ClockSteps : public QObject
{
    Q_OBJECT

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void clockSteppedBackKeepsIssueOrder()
    {
        Branch branch;
        QueueManager &q = branch.queue();
        QVERIFY(q.openCounter(1, {u"A"_s}).ok());
        branch.setNow(bangkok(2026, 11, 25, 10, 0));
        const Ticket first = branch.issue(u"A"_s);
        branch.advance(-hourMs); // 09:00
        branch.advanceMinutes(5);
        const Ticket second = branch.issue(u"A"_s); // 09:05, arrived "before" the first
        branch.advanceMinutes(5); // 09:10

        const auto snapshot = q.snapshot();
        const QList<Ticket> waiting = valueOf(snapshot).queues.at(0).waiting;
        QCOMPARE(waiting.size(), 2);
        QCOMPARE(waiting.at(0).number, u"A001"_s);
        QCOMPARE(waiting.at(1).number, u"A002"_s);
        QCOMPARE(figuresOf(q, u"A"_s).longestWaitingNowMs, 5 * minuteMs);

        QCOMPARE(q.callNext(1).ticket->id, first.id);
        // The first ticket's wait as the clock tells it is -50 minutes: it counts as 0.
        QCOMPARE(branch.scalar(u"SELECT json_extract(data, '$.waitedMs') FROM event "
                               "WHERE type = 'ticket.called'"_s).toLongLong(), 0);
        QCOMPARE(figuresOf(q, u"A"_s).averageWaitMs, 0);
        QVERIFY(q.markNoShow(1, first.id).ok());
        QCOMPARE(q.callNext(1).ticket->id, second.id);
    }

    void serviceAcrossABackwardStepIsNeverNegative()
    {
        Branch branch;
        QueueManager &q = branch.queue();
        QVERIFY(q.openCounter(1, {u"A"_s}).ok());
        branch.setNow(bangkok(2026, 11, 25, 10, 0));
        const Ticket served = branch.issue(u"A"_s);
        branch.issue(u"A"_s); // waits, so there is an estimate to make
        QVERIFY(q.callNext(1).ok());
        branch.advanceMinutes(1);
        QVERIFY(q.startService(1, served.id).ok());
        branch.advance(-hourMs); // 09:01: the service "ends" 55 minutes before it started
        branch.advanceMinutes(5);
        QVERIFY(q.finishService(1, served.id).ok());

        const QueueStatistics::ServiceFigures f = figuresOf(q, u"A"_s);
        QCOMPARE(f.waitingNow, 1);
        QCOMPARE(f.servedCount, 1);
        QCOMPARE(f.averageServiceMs, 0);
        QCOMPARE(f.estimatedWaitMs, 0);
        QVERIFY2(f.servedPerHour >= 0, qPrintable(QString::number(f.servedPerHour)));
    }

    void recallAfterClockSteppedBackIsAllowed()
    {
        Branch branch; // recall pause 30 s
        QueueManager &q = branch.queue();
        QVERIFY(q.openCounter(1, {u"A"_s}).ok());
        branch.setNow(bangkok(2026, 11, 25, 10, 0));
        const Ticket t = branch.issue(u"A"_s);
        QVERIFY(q.callNext(1).ok());
        branch.advance(-hourMs + 10 * secondMs); // 09:00:10, 10 s after the call on the old clock
        // How long ago the call was is unknown: the pause counts as over, no countdown of -3590 s.
        const QueueResult recalled = q.recall(1, t.id);
        QVERIFY2(recalled.ok(), qPrintable(recalled.error.message));
        QCOMPARE(recalled.ticket->recallCount, 1);
        // The next pause counts on the new clock.
        branch.advance(5 * secondMs);
        const QueueResult tooSoon = q.recall(1, t.id);
        QCOMPARE(tooSoon.error.code, QueueError::Code::RecallTooSoon);
        QVERIFY2(tooSoon.error.message.contains(u"called 5 seconds ago; wait 25 more seconds"_s),
            qPrintable(tooSoon.error.message));
    }

    void clockSteppedForwardKeepsOrderAndCountsTheWait()
    {
        Branch branch;
        QueueManager &q = branch.queue();
        QVERIFY(q.openCounter(1, {u"A"_s}).ok());
        branch.setNow(bangkok(2026, 11, 25, 10, 0));
        const Ticket first = branch.issue(u"A"_s);
        branch.advanceMinutes(1);
        branch.issue(u"A"_s);
        branch.advance(hourMs); // 11:01
        const Ticket third = branch.issue(u"A"_s);
        const auto snapshot = q.snapshot();
        QCOMPARE(valueOf(snapshot).queues.at(0).waiting.first().id, first.id);
        QCOMPARE(valueOf(snapshot).queues.at(0).waiting.last().id, third.id);
        QCOMPARE(q.callNext(1).ticket->id, first.id);
        QCOMPARE(branch.scalar(u"SELECT json_extract(data, '$.waitedMs') FROM event "
                               "WHERE type = 'ticket.called'"_s).toLongLong(), 61 * minuteMs);
    }

    // ---- the business day rolls over at its hour, by itself ---------------------------------

    void rolloverTimerIsArmedFromTheClock_data()
    {
        QTest::addColumn<qint64>("now");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("30 s before 04:00") << bangkok(2026, 11, 26, 3, 59, 30) << 30 * secondMs;
        QTest::newRow("half an hour before: a minute at most")
            << bangkok(2026, 11, 26, 3, 30) << minuteMs;
        QTest::newRow("just after 04:00: a minute") << bangkok(2026, 11, 26, 4, 0) << minuteMs;
    }

    void rolloverTimerIsArmedFromTheClock()
    {
        QFETCH(qint64, now);
        QFETCH(qint64, expectedMs);
        Branch branch; // rollover at 04:00
        branch.setNow(now);
        QueueManager &q = branch.queue();
        QCOMPARE(q.msUntilRolloverCheck(), expectedMs);
        q.rollOverIfDue();
        auto *timer = q.findChild<QTimer *>(u"rolloverTimer"_s);
        QVERIFY(timer);
        QVERIFY(timer->isActive());
        QCOMPARE(timer->interval(), int(expectedMs));
    }

    void rolloverRunsByItselfAtItsHour()
    {
        QueueSettings settings;
        settings.openAllDay = true;
        Branch branch(settings);
        QueueManager &q = branch.queue();
        QVERIFY(q.openCounter(1, {u"A"_s}).ok());
        branch.setNow(bangkok(2026, 11, 25, 18, 0));
        const Ticket called = branch.issue(u"A"_s);
        const Ticket waiting = branch.issue(u"A"_s);
        QVERIFY(q.callNext(1).ok());
        QCOMPARE(valueOf(q.snapshot()).recentCalls.size(), 1);

        // 100 ms before the new day the timer is armed for those 100 ms; the clock then reaches
        // 04:00 and nothing but the timer runs.
        branch.setNow(bangkok(2026, 11, 26, 4, 0) - 100);
        q.rollOverIfDue();
        QSignalSpy spy(&q, &QueueManager::eventRecorded);
        branch.setNow(bangkok(2026, 11, 26, 4, 0));
        QTRY_COMPARE(spy.count(), 3);
        QCOMPARE(spy.at(2).at(0).value<QueueEvent>().type, u"day.rolledOver"_s);
        QCOMPARE(q.ticket(called.id)->state, TicketState::ClosedAtRollover);
        QCOMPARE(q.ticket(waiting.id)->state, TicketState::ClosedAtRollover);
        const auto snapshot = q.snapshot();
        QCOMPARE(valueOf(snapshot).businessDay, u"2026-11-26"_s);
        QVERIFY(valueOf(snapshot).recentCalls.isEmpty()); // the board is cleared
        QVERIFY(valueOf(snapshot).queues.at(0).waiting.isEmpty());
        QVERIFY(!valueOf(snapshot).counters.at(0).currentTicket);
        branch.advanceMinutes(1);
        QCOMPARE(branch.issue(u"A"_s).number, u"A001"_s);
    }

    void clockSteppedForwardPastTheRolloverHourRollsOver()
    {
        Branch branch;
        QueueManager &q = branch.queue();
        branch.setNow(bangkok(2026, 11, 25, 16, 0));
        const Ticket waiting = branch.issue(u"A"_s);
        branch.setNow(bangkok(2026, 11, 26, 3, 30));
        q.rollOverIfDue(); // still the 25th's business day: nothing to do, checked again in a minute
        QCOMPARE(q.ticket(waiting.id)->state, TicketState::Waiting);
        QCOMPARE(q.msUntilRolloverCheck(), minuteMs);
        branch.advance(hourMs); // NTP steps the clock an hour forward: 04:30
        q.rollOverIfDue(); // the check a minute later
        QCOMPARE(q.ticket(waiting.id)->state, TicketState::ClosedAtRollover);
        QCOMPARE(branch.count(u"event WHERE type = 'day.rolledOver'"_s), 1);
    }

    void aFailingRolloverIsLoggedOnce()
    {
        Branch branch;
        QueueManager &q = branch.queue();
        branch.setNow(bangkok(2026, 11, 25, 16, 0));
        const Ticket waiting = branch.issue(u"A"_s);
        QVERIFY(branch.exec(u"CREATE TRIGGER refuse_ticket_update BEFORE UPDATE ON ticket "
                            "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s));
        branch.setNow(bangkok(2026, 11, 26, 8, 0));
        QTest::ignoreMessage(QtWarningMsg,
            QRegularExpression(u"could not be rolled over: .*refused by the test"_s));
        q.rollOverIfDue();
        q.rollOverIfDue(); // the same fault a minute later: not logged again (failOnWarning)
        QCOMPARE(q.ticket(waiting.id)->state, TicketState::Waiting);
        QVERIFY(branch.exec(u"DROP TRIGGER refuse_ticket_update"_s));
        q.rollOverIfDue();
        QCOMPARE(q.ticket(waiting.id)->state, TicketState::ClosedAtRollover);
    }

    void snapshotHoldsOnlyTodaysCalls()
    {
        QueueSettings settings;
        settings.openAllDay = true;
        Branch branch(settings);
        QueueManager &q = branch.queue();
        QVERIFY(q.openCounter(1, {u"A"_s}).ok());
        branch.setNow(bangkok(2026, 11, 25, 18, 0));
        const Ticket yesterday = branch.issue(u"A"_s);
        QVERIFY(q.callNext(1).ok());
        QVERIFY(q.markNoShow(1, yesterday.id).ok());
        branch.setNow(bangkok(2026, 11, 26, 8, 30));
        const Ticket today = branch.issue(u"A"_s); // the first command of the day rolls over
        QVERIFY(valueOf(q.snapshot()).recentCalls.isEmpty());
        QVERIFY(q.callNext(1).ok());
        const auto snapshot = q.snapshot();
        QCOMPARE(valueOf(snapshot).recentCalls.size(), 1);
        QCOMPARE(valueOf(snapshot).recentCalls.first().ticketId, today.id);
    }

    void dayMarkerOnlyWhenADayEnded()
    {
        Branch branch;
        branch.setNow(bangkok(2026, 11, 25, 9, 0));
        branch.issue(u"A"_s); // a new branch's first day: nothing ended before it
        QCOMPARE(branch.count(u"event WHERE type = 'day.rolledOver'"_s), 0);
        branch.reopen(); // a restart the same day rolls over again, with nothing to mark
        branch.issue(u"A"_s);
        QCOMPARE(branch.count(u"event WHERE type = 'day.rolledOver'"_s), 0);
        branch.setNow(bangkok(2026, 11, 27, 9, 0)); // the hub was off a whole day
        branch.queue().rollOverIfDue();
        QCOMPARE(branch.rows(u"SELECT business_day, json_extract(data, '$.previousBusinessDay'), "
                             "json_extract(data, '$.closedTickets') FROM event "
                             "WHERE type = 'day.rolledOver'"_s),
            QStringList {u"2026-11-27|2026-11-25|2"_s});
        QCOMPARE(branch.count(u"outbox WHERE payload LIKE '%day.rolledOver%'"_s), 1);
    }
};

QTEST_GUILESS_MAIN(tst_ClockSteps)
#include "tst_clocksteps.moc"
