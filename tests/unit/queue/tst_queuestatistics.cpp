#include "queuetestsupport.h"

#include <queue/queuestatistics.h>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

namespace {

// Events of one service: tickets served in the given minutes each, then some left waiting.
QList<QueueEvent> servedThenWaiting(const QList<int> &serviceMinutes, int waiting)
{
    QList<QueueEvent> events;
    qint64 at = morning();
    int n = 0;
    auto add = [&](QStringView type, const QString &id, int counter = 0) {
        QueueEvent e;
        e.seq = events.size() + 1;
        e.type = type.toString();
        e.atMs = at;
        e.ticketId = id;
        e.serviceCode = u"A"_s;
        e.counterNumber = counter;
        events.append(e);
    };
    for (int minutes : serviceMinutes) {
        const QString id = u"t%1"_s.arg(++n);
        add(QueueEvent::TicketIssued, id);
        add(QueueEvent::TicketCalled, id, 1);
        add(QueueEvent::TicketStarted, id, 1);
        at += minutes * minuteMs;
        add(QueueEvent::TicketFinished, id, 1);
    }
    for (int i = 0; i < waiting; ++i)
        add(QueueEvent::TicketIssued, u"w%1"_s.arg(i));
    return events;
}

Counter counter(int number, Counter::State state)
{
    Counter c;
    c.number = number;
    c.state = state;
    c.serviceCodes = {u"A"_s};
    return c;
}

} // namespace

class tst_QueueStatistics : public QObject
{
    Q_OBJECT

private slots:
    // A scripted morning at a branch with counter 1 on ID cards (A, target 15 min) and counter 3
    // on civil registration (B, target 20 min). Minutes from 08:30.
    void scriptedMorning()
    {
        Branch branch;
        QueueManager &q = branch.queue();
        auto at = [&](int minute) { branch.setNow(morning() + minute * minuteMs); };
        auto ok = [](const QueueResult &r) {
            if (!r.ok())
                QTest::qFail(qPrintable(r.error.message), __FILE__, __LINE__);
            return r.ticket.value_or(Ticket {});
        };

        at(0);
        QVERIFY(q.openCounter(1, {u"A"_s}).ok());
        QVERIFY(q.openCounter(3, {u"B"_s}).ok());
        const Ticket a1 = branch.issue(u"A"_s);
        const Ticket a2 = branch.issue(u"A"_s);
        const Ticket b1 = branch.issue(u"B"_s);
        at(5);
        QCOMPARE(ok(q.callNext(1)).id, a1.id); // A wait 5
        at(6);
        ok(q.startService(1, a1.id)); // walk 1
        at(10);
        QCOMPARE(ok(q.callNext(3)).id, b1.id); // B wait 10
        at(11);
        ok(q.recall(3, b1.id));
        at(12);
        ok(q.startService(3, b1.id)); // walk 1, from the recall
        at(16);
        ok(q.finishService(1, a1.id)); // service 10
        QCOMPARE(ok(q.callNext(1)).id, a2.id); // A wait 16: over target
        at(18);
        ok(q.startService(1, a2.id)); // walk 2
        at(20);
        ok(q.transfer(3, b1.id, u"A"_s)); // B service 8; its A leg starts now
        at(21);
        const Ticket a3 = branch.issue(u"A"_s);
        at(24);
        ok(q.finishService(1, a2.id)); // service 6
        QCOMPARE(ok(q.callNext(1)).id, b1.id); // arrived at 08:30, before A003: A wait 4
        at(25);
        ok(q.startService(1, b1.id)); // walk 1
        at(30);
        ok(q.finishService(1, b1.id)); // service 5
        QCOMPARE(ok(q.callNext(1)).id, a3.id); // A wait 9
        at(32);
        branch.issue(u"A"_s); // still waiting at 10:00
        at(35);
        ok(q.markNoShow(1, a3.id));
        at(90);

        const QueueStatistics::Report report = q.statistics();
        QCOMPARE(report.businessDay, u"2026-11-25"_s);
        QCOMPARE(report.atMs, branch.now());

        const auto *a = report.service(u"A"_s);
        QVERIFY(a);
        QCOMPARE(a->waitingNow, 1);
        QCOMPARE(a->calledCount, 4);
        QCOMPARE(a->averageWaitMs, (5 + 16 + 4 + 9) * minuteMs / 4); // 8.5 min
        QCOMPARE(a->longestWaitMs, 16 * minuteMs);
        QCOMPARE(a->longestWaitingNowMs, 58 * minuteMs);
        QCOMPARE(a->averageWalkMs, (1 + 2 + 1) * minuteMs / 3); // 80 s
        QCOMPARE(a->servedCount, 3);
        QCOMPARE(a->averageServiceMs, 7 * minuteMs);
        QCOMPARE(a->withinTargetShare, 0.75);
        QCOMPARE(a->servedPerHour, 2.0); // 3 in the 1.5 hours since 08:30
        QCOMPARE(a->openCounters, 1);
        QCOMPARE(a->estimatedWaitMs, 7 * minuteMs); // 1 waiting x 7 min / 1 counter
        QVERIFY(a->estimateFromHistory);

        const auto *b = report.service(u"B"_s);
        QVERIFY(b);
        QCOMPARE(b->waitingNow, 0);
        QCOMPARE(b->calledCount, 1);
        QCOMPARE(b->averageWaitMs, 10 * minuteMs);
        QCOMPARE(b->longestWaitMs, 10 * minuteMs);
        QCOMPARE(b->averageWalkMs, 1 * minuteMs);
        QCOMPARE(b->servedCount, 1);
        QCOMPARE(b->averageServiceMs, 8 * minuteMs);
        QCOMPARE(b->withinTargetShare, 1.0);
        QCOMPARE(b->servedPerHour, 1.0 / 1.5);
        QCOMPARE(b->estimatedWaitMs, qint64(0));

        const auto *c = report.service(u"C"_s);
        QVERIFY(c);
        QCOMPARE(c->calledCount, 0);
        QCOMPARE(c->averageWaitMs, qint64(0));
        QCOMPARE(c->openCounters, 0);
        QVERIFY(!c->estimateFromHistory);

        QCOMPARE(report.counters.size(), 6);
        QCOMPARE(report.counter(1)->servedCount, 3);
        QCOMPARE(report.counter(3)->servedCount, 1);
        QCOMPARE(report.counter(2)->servedCount, 0);

        // The statistics are the day's: the next business day starts from nothing.
        branch.setNow(bangkok(2026, 11, 26, 8, 0));
        const QueueStatistics::Report tomorrow = q.statistics();
        QCOMPARE(tomorrow.businessDay, u"2026-11-26"_s);
        QCOMPARE(tomorrow.service(u"A"_s)->calledCount, 0);
        QCOMPARE(tomorrow.counter(1)->servedCount, 0);
    }

    void estimatedWait_data()
    {
        QTest::addColumn<QList<int>>("serviceMinutes");
        QTest::addColumn<int>("waiting");
        QTest::addColumn<int>("openCounters");
        QTest::addColumn<int>("pausedCounters");
        QTest::addColumn<int>("historySize");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<bool>("fromHistory");

        QTest::newRow("no service finished yet: waiting x fallback service time")
            << QList<int> {} << 3 << 1 << 0 << 10 << 30 * minuteMs << false;
        QTest::newRow("waiting x average service time / open counters")
            << QList<int> {6, 10} << 4 << 2 << 0 << 10 << 16 * minuteMs << true;
        QTest::newRow("no open counter: as if one opens now")
            << QList<int> {5} << 2 << 0 << 0 << 10 << 10 * minuteMs << true;
        QTest::newRow("a paused counter does not count")
            << QList<int> {6} << 2 << 1 << 1 << 10 << 12 * minuteMs << true;
        QTest::newRow("only the last services count")
            << QList<int> {20, 4, 6} << 1 << 1 << 0 << 2 << 5 * minuteMs << true;
        QTest::newRow("nobody waiting: no wait")
            << QList<int> {6} << 0 << 1 << 0 << 10 << qint64(0) << true;
    }

    void estimatedWait()
    {
        QFETCH(QList<int>, serviceMinutes);
        QFETCH(int, waiting);
        QFETCH(int, openCounters);
        QFETCH(int, pausedCounters);
        QFETCH(int, historySize);
        QFETCH(qint64, expected);
        QFETCH(bool, fromHistory);

        QList<Counter> counters;
        for (int i = 0; i < openCounters; ++i)
            counters.append(counter(counters.size() + 1, Counter::State::Open));
        for (int i = 0; i < pausedCounters; ++i)
            counters.append(counter(counters.size() + 1, Counter::State::Paused));
        Service a;
        a.code = u"A"_s;
        a.targetWaitMinutes = 15;
        QueueStatistics::Options options;
        options.historySize = historySize;
        options.fallbackServiceMinutes = 10;

        const auto report = QueueStatistics::compute(u"2026-11-25"_s,
            servedThenWaiting(serviceMinutes, waiting), {a}, counters, morning() + hourMs, options);
        QCOMPARE(report.service(u"A"_s)->waitingNow, waiting);
        QCOMPARE(report.service(u"A"_s)->estimatedWaitMs, expected);
        QCOMPARE(report.service(u"A"_s)->estimateFromHistory, fromHistory);
    }
};

QTEST_GUILESS_MAIN(tst_QueueStatistics)
#include "tst_queuestatistics.moc"
