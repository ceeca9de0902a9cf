#include "queuetestsupport.h"

#include <queue/queuestatistics.h>

#include <QJsonArray>

#include <functional>

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

        const QueueStatistics::Report report = *q.statistics();
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
        const QueueStatistics::Report tomorrow = *q.statistics();
        QCOMPARE(tomorrow.businessDay, u"2026-11-26"_s);
        QCOMPARE(tomorrow.service(u"A"_s)->calledCount, 0);
        QCOMPARE(tomorrow.counter(1)->servedCount, 0);
    }

    // Served per hour and who works where (issue 16, the supervisor's dashboard): a scripted
    // morning with officers at counters 1 and 3, an officer switch at counter 1, and a counter
    // opened by nobody (the hub's own command). Hours are Bangkok's; the expected figures are
    // counted by hand from the script.
    void hoursAndOfficersOfAScriptedMorning()
    {
        Branch branch;
        QueueManager &q = branch.queue();
        auto at = [&](int hour, int minute) { branch.setNow(bangkok(2026, 11, 25, hour, minute)); };
        auto as = [&](const QString &user, const std::function<QueueResult()> &command) {
            const QueueManager::ActingStaff acting(q, user);
            const QueueResult r = command();
            if (!r.ok())
                qFatal("refused: %s", qPrintable(r.error.message));
            return r.ticket.value_or(Ticket {});
        };

        at(8, 30);
        as(u"somchai"_s, [&] { return q.openCounter(1, {u"A"_s}); });
        as(u"anong"_s, [&] { return q.openCounter(3, {u"B"_s}); });
        QVERIFY(q.openCounter(5, {u"C"_s}).ok()); // nobody named
        branch.issue(u"A"_s); // 08:30 issued (hour 8)
        at(8, 40);
        branch.issue(u"A"_s); // 08:40 issued (hour 8)
        at(8, 50);
        const Ticket b1 = branch.issue(u"B"_s); // 08:50 issued (hour 8)
        at(8, 55);
        const Ticket a1 = as(u"somchai"_s, [&] { return q.callNext(1); });
        at(9, 0);
        as(u"somchai"_s, [&] { return q.startService(1, a1.id); });
        at(9, 10);
        as(u"somchai"_s, [&] { return q.finishService(1, a1.id); }); // served (hour 9)
        const Ticket a2 = as(u"somchai"_s, [&] { return q.callNext(1); });
        at(9, 12);
        as(u"somchai"_s, [&] { return q.startService(1, a2.id); });
        at(9, 20);
        QCOMPARE(as(u"anong"_s, [&] { return q.callNext(3); }).id, b1.id);
        at(9, 25);
        as(u"anong"_s, [&] { return q.startService(3, b1.id); });
        at(9, 30);
        branch.issue(u"A"_s); // 09:30 issued (hour 9)
        at(9, 45);
        // wichai takes over counter 1 and finishes what somchai started.
        as(u"wichai"_s, [&] { return q.finishService(1, a2.id); }); // served (hour 9)
        at(10, 5);
        // Transferred on after service: B's leg is served (hour 10).
        as(u"anong"_s, [&] { return q.transfer(3, b1.id, u"A"_s); });
        at(10, 20);

        const QueueStatistics::Report report = *q.statistics();
        const QList<QueueStatistics::HourFigures> expectedHours {
            {8, 3, 0},
            {9, 1, 2},
            {10, 0, 1},
        };
        QCOMPARE(report.hours, expectedHours);
        QCOMPARE(report.counter(1)->officer, u"wichai"_s);
        QCOMPARE(report.counter(3)->officer, u"anong"_s);
        QCOMPARE(report.counter(2)->officer, QString());
        QCOMPARE(report.counter(5)->officer, QString()); // its only event names nobody

        // As the LAN protocol spells it (docs/hub-protocol.md, "statistics").
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(u"hours"_s).toArray().first().toObject(),
            (QJsonObject {{u"hour"_s, 8}, {u"issued"_s, 3}, {u"served"_s, 0}}));
        for (const QJsonValue &value : json.value(u"counters"_s).toArray()) {
            const QJsonObject c = value.toObject();
            const int number = c.value(u"counter"_s).toInt();
            if (number == 1)
                QCOMPARE(c.value(u"officer"_s).toObject(), (QJsonObject {{u"user"_s, u"wichai"_s}}));
            else if (number == 3)
                QCOMPARE(c.value(u"officer"_s).toObject(), (QJsonObject {{u"user"_s, u"anong"_s}}));
            else
                QVERIFY2(!c.contains(u"officer"_s), qPrintable(QString::number(number)));
        }

        // A new business day: nobody has worked anywhere yet, nothing happened in any hour.
        branch.setNow(bangkok(2026, 11, 26, 8, 0));
        const QueueStatistics::Report tomorrow = *q.statistics();
        QVERIFY(tomorrow.hours.isEmpty());
        QCOMPARE(tomorrow.counter(1)->officer, QString());
    }

    // A past day in a few figures (the LAN command recentDays): the services added up. By hand:
    // A issued at 9:00, called 9:10 (wait 10, target 15: within), served 10 minutes; B issued at
    // 9:00, called 9:30 (wait 30, target 20: over), no-show; C issued, never called.
    void summaryOfADay()
    {
        Branch branch;
        QueueManager &q = branch.queue();
        auto at = [&](int hour, int minute) { branch.setNow(bangkok(2026, 11, 23, hour, minute)); };
        at(9, 0);
        QVERIFY(q.openCounter(1, {u"A"_s}).ok());
        QVERIFY(q.openCounter(3, {u"B"_s}).ok());
        const Ticket a = branch.issue(u"A"_s);
        const Ticket b = branch.issue(u"B"_s);
        branch.issue(u"C"_s);
        at(9, 10);
        QVERIFY(q.callNext(1).ok());
        at(9, 11);
        QVERIFY(q.startService(1, a.id).ok());
        at(9, 21);
        QVERIFY(q.finishService(1, a.id).ok());
        at(9, 30);
        QVERIFY(q.callNext(3).ok());
        at(9, 35);
        QVERIFY(q.markNoShow(3, b.id).ok());

        QList<QueueEvent> events;
        for (const QueueEvent &e : q.eventsSince(0, 1000))
            if (e.businessDay == u"2026-11-23"_s)
                events.append(e);
        const QueueStatistics::DaySummary day
            = QueueStatistics::summarize(u"2026-11-23"_s, events, q.services());
        QCOMPARE(day.businessDay, u"2026-11-23"_s);
        QCOMPARE(day.issuedCount, 3);
        QCOMPARE(day.calledCount, 2);
        QCOMPARE(day.servedCount, 1);
        QCOMPARE(day.noShowCount, 1);
        QCOMPARE(day.averageWaitMs, 20 * minuteMs);
        QCOMPARE(day.averageServiceMs, 10 * minuteMs);
        QCOMPARE(day.withinTargetShare, std::optional<double>(0.5));

        // Nothing called: no share, null in JSON (not 0: "none of them" is not "none called").
        const QueueStatistics::DaySummary quiet
            = QueueStatistics::summarize(u"2026-11-24"_s, {}, q.services());
        QCOMPARE(quiet.issuedCount, 0);
        QVERIFY(!quiet.withinTargetShare);
        QVERIFY(quiet.toJson().value(u"withinTargetShare"_s).isNull());
        QCOMPARE(quiet.toJson().keys().size(), 8);
    }

    // The hub keeps the day's figures and adds only the events recorded since it was last asked
    // (QueueStatistics::Day): asked after every command of a busy morning, across a rollover and
    // a reopened branch, they are what the whole day's events give at once.
    void keptFiguresAreTheWholeDaysAfterEveryCommand()
    {
        Branch branch;
        auto compare = [&](const QString &when) {
            QueueManager &q = branch.queue();
            const QueueStatistics::Report kept = *q.statistics();
            QList<QueueEvent> dayEvents;
            for (const QueueEvent &e : q.eventsSince(0, 100000))
                if (e.businessDay == kept.businessDay)
                    dayEvents.append(e);
            QList<Counter> counters;
            for (int n = 1; n <= 6; ++n)
                counters.append(*q.counter(n));
            const QueueStatistics::Report whole = QueueStatistics::compute(
                kept.businessDay, dayEvents, q.services(), counters, branch.now(), {});
            QVERIFY2(kept.toJson() == whole.toJson(), qPrintable(when));
        };
        for (int day = 0; day < 2; ++day) {
            branch.setNow(morning() + day * dayMs);
            QueueManager &q = branch.queue();
            if (day == 0) { // they stay open through the rollover
                QVERIFY(q.openCounter(1, {u"A"_s, u"B"_s}).ok());
                QVERIFY(q.openCounter(3, {u"B"_s, u"C"_s}).ok());
            }
            compare(u"the day begins"_s);
            for (int i = 0; i < 40; ++i) {
                branch.advanceMinutes(1 + i % 3);
                branch.issue(QStringList {u"A"_s, u"B"_s, u"C"_s}.at(i % 3));
                compare(u"issued %1 on day %2"_s.arg(i).arg(day));
                const int counter = i % 2 == 0 ? 1 : 3;
                const QueueResult called = q.callNext(counter);
                if (!called.ok())
                    continue;
                compare(u"called %1"_s.arg(i));
                const QString id = called.ticket->id;
                branch.advanceMinutes(0.5);
                if (i % 7 == 3) {
                    QVERIFY(q.markNoShow(counter, id).ok());
                    continue;
                }
                QVERIFY(q.startService(counter, id).ok());
                branch.advanceMinutes(2 + i % 4);
                if (i % 5 == 4)
                    QVERIFY(q.transfer(counter, id,
                                 called.ticket->serviceCode == u"C"_s ? u"A"_s : u"C"_s)
                                .ok());
                else
                    QVERIFY(q.finishService(counter, id).ok());
                compare(u"served %1"_s.arg(i));
            }
            // A restart: the new queue starts from the day's events.
            branch.reopen();
            compare(u"reopened on day %1"_s.arg(day));
        }
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

    // A waiting ticket a supervisor moved to another service (moveTicket) waits on: its wait at
    // the new service runs from its arrival, and the service it left counts no call for it.
    void aMovedTicketsWaitRunsFromItsArrival()
    {
        Branch branch;
        branch.setNow(morning());
        QueueManager &q = branch.queue();
        const Ticket t = branch.issue(u"A"_s);
        branch.advanceMinutes(5);
        QVERIFY(q.moveTicket(t.id, u"B"_s).ok());
        QVERIFY(q.openCounter(3, {u"B"_s}).ok());
        branch.advanceMinutes(7);
        QCOMPARE(q.callNext(3).ticket->id, t.id);
        const QueueStatistics::Report report = *q.statistics();
        QCOMPARE(report.service(u"B"_s)->calledCount, 1);
        QCOMPARE(report.service(u"B"_s)->averageWaitMs, qint64(12 * 60 * 1000));
        QCOMPARE(report.service(u"A"_s)->calledCount, 0);
        QCOMPARE(report.service(u"A"_s)->issuedCount, 1);
        QCOMPARE(report.service(u"A"_s)->waitingNow, 0);
    }

    // A day with thousands of distinct services (central sees one per code a branch ever used),
    // each with its own pattern, so a figure given to the wrong service shows. The expected
    // figures are worked out here from the pattern, not by the code under test.
    void manyDistinctServicesEachGetOwnFigures()
    {
        constexpr int serviceCount = 3000;
        const qint64 t0 = morning();
        const qint64 nowMs = t0 + 5 * hourMs;
        auto code = [](int i) { return u"S%1"_s.arg(i, 4, 10, QLatin1Char('0')); };
        // Service i: one ticket issued at t0 + i s, called after 1 + i%7 minutes at counter
        // 1 + i%5, started after a walk of 30 s (even i) or 60 s (odd i), served for 2 + i%4
        // minutes, then finished, or (i%10 == 9) transferred to service i+1, where it waits.
        // Then i%3 tickets issued from t0 + 2 h, a minute apart; when i%6 == 5 the second is
        // parked.
        auto issuedAt = [&](int i) { return t0 + i * secondMs; };
        auto waitMs = [](int i) { return (1 + i % 7) * minuteMs; };
        auto walkMs = [](int i) { return (i % 2 == 0 ? 30 : 60) * secondMs; };
        auto serviceMs = [](int i) { return (2 + i % 4) * minuteMs; };
        auto transfers = [](int i) { return i % 10 == 9; };
        auto leftAt = [&](int i) { return issuedAt(i) + waitMs(i) + walkMs(i) + serviceMs(i); };

        QList<QueueEvent> events;
        auto add = [&](QStringView type, qint64 at, const QString &id, const QString &service,
                       int counterNumber = 0) {
            QueueEvent e;
            e.type = type.toString();
            e.atMs = at;
            e.businessDay = u"2026-11-25"_s;
            e.ticketId = id;
            e.serviceCode = service;
            e.counterNumber = counterNumber;
            events.append(e);
        };
        for (int i = 0; i < serviceCount; ++i) {
            const QString id = u"served-%1"_s.arg(i);
            const int desk = 1 + i % 5;
            qint64 at = issuedAt(i);
            add(QueueEvent::TicketIssued, at, id, code(i));
            add(QueueEvent::TicketCalled, at += waitMs(i), id, code(i), desk);
            add(QueueEvent::TicketStarted, at += walkMs(i), id, code(i), desk);
            at += serviceMs(i);
            if (transfers(i))
                add(QueueEvent::TicketTransferred, at, id, code((i + 1) % serviceCount), desk);
            else
                add(QueueEvent::TicketFinished, at, id, code(i), desk);
            for (int k = 0; k < i % 3; ++k) {
                const QString waiting = u"waiting-%1-%2"_s.arg(i).arg(k);
                const qint64 issued = t0 + 2 * hourMs + k * minuteMs;
                add(QueueEvent::TicketIssued, issued, waiting, code(i));
                if (k == 1 && i % 6 == 5)
                    add(QueueEvent::TicketParked, issued + minuteMs, waiting, code(i), desk);
            }
        }
        // The log's order is the order things happened.
        std::stable_sort(events.begin(), events.end(),
            [](const QueueEvent &a, const QueueEvent &b) { return a.atMs < b.atMs; });
        for (qsizetype n = 0; n < events.size(); ++n)
            events[n].seq = n + 1;

        QList<Service> services;
        for (int i = 0; i < serviceCount; ++i) {
            Service s;
            s.code = code(i);
            s.targetWaitMinutes = 4;
            services.append(s);
        }
        // Counter c serves the services with i%5 == c-1; counter 5 is paused.
        QList<Counter> counters;
        for (int c = 1; c <= 5; ++c) {
            Counter counter;
            counter.number = c;
            counter.state = c == 5 ? Counter::State::Paused : Counter::State::Open;
            for (int i = c - 1; i < serviceCount; i += 5)
                counter.serviceCodes.append(code(i));
            counters.append(counter);
        }

        const QueueStatistics::Report report = QueueStatistics::compute(
            u"2026-11-25"_s, events, services, counters, nowMs, QueueStatistics::Options {});
        QCOMPARE(report.services.size(), serviceCount);
        for (int i = 0; i < serviceCount; ++i) {
            const QueueStatistics::ServiceFigures &f = report.services.at(i);
            const int before = (i + serviceCount - 1) % serviceCount;
            const bool transferredIn = transfers(before);
            const int ownWaiting = i % 3 - (i % 6 == 5 ? 1 : 0);
            const int waitingNow = ownWaiting + (transferredIn ? 1 : 0);
            const qint64 longestWaitingNow = transferredIn
                ? nowMs - leftAt(before)
                : (ownWaiting > 0 ? nowMs - (t0 + 2 * hourMs) : 0);
            const int open = i % 5 == 4 ? 0 : 1;
            const QString row = u"service %1"_s.arg(i);
            QVERIFY2(f.serviceCode == code(i), qPrintable(row));
            QVERIFY2(f.issuedCount == 1 + i % 3, qPrintable(row));
            QVERIFY2(f.waitingNow == waitingNow, qPrintable(row));
            QVERIFY2(f.longestWaitingNowMs == longestWaitingNow, qPrintable(row));
            QVERIFY2(f.calledCount == 1, qPrintable(row));
            QVERIFY2(f.averageWaitMs == waitMs(i), qPrintable(row));
            QVERIFY2(f.longestWaitMs == waitMs(i), qPrintable(row));
            QVERIFY2(f.averageWalkMs == walkMs(i), qPrintable(row));
            QVERIFY2(f.servedCount == 1, qPrintable(row));
            QVERIFY2(f.averageServiceMs == serviceMs(i), qPrintable(row));
            QVERIFY2(f.withinTargetShare == (i % 7 <= 3 ? 1.0 : 0.0), qPrintable(row));
            QVERIFY2(qFuzzyCompare(f.servedPerHour, double(hourMs) / double(nowMs - issuedAt(i))),
                qPrintable(row));
            QVERIFY2(f.openCounters == open, qPrintable(row));
            QVERIFY2(f.estimatedWaitMs == waitingNow * serviceMs(i) / std::max(1, open),
                qPrintable(row));
            QVERIFY2(f.estimateFromHistory, qPrintable(row));
        }
        QCOMPARE(report.counters.size(), 5);
        for (const QueueStatistics::CounterFigures &c : report.counters)
            QCOMPARE(c.servedCount, serviceCount / 5);
    }
};

QTEST_GUILESS_MAIN(tst_QueueStatistics)
#include "tst_queuestatistics.moc"
