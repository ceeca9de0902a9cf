#include "queuetestsupport.h"

#include <QRegularExpression>
#include <QSignalSpy>

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
};

QTEST_GUILESS_MAIN(tst_ClockSteps)
#include "tst_clocksteps.moc"
