#include <queue/callorder.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;

// CallOrder is pure: these tables are the call rules, one row per rule.
// Services: A (target 15 min, so overdue after 30), B (target 30 min, overdue after 60).
// A ticket is written "id:service:class:minutes waited", listed in issue order. A negative wait
// is a ticket whose arrival is after now: issued before the clock was stepped back.

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 nowMs = 1'800'000'000'000;

PriorityClass classFrom(const QString &text)
{
    if (text == u"appointment")
        return PriorityClass::Appointment;
    if (text == u"elderly")
        return PriorityClass::Elderly;
    if (text == u"disabled")
        return PriorityClass::DisabledOrPregnant;
    return PriorityClass::Normal;
}

QList<Ticket> ticketsFrom(const QStringList &specs)
{
    QList<Ticket> tickets;
    for (const QString &spec : specs) {
        const QStringList parts = spec.split(u':');
        Ticket t;
        t.id = parts.at(0);
        t.number = parts.at(0);
        t.serviceCode = parts.at(1);
        t.priority = classFrom(parts.at(2));
        t.arrivedAtMs = nowMs - qint64(parts.at(3).toDouble() * minuteMs);
        tickets.append(t);
    }
    return tickets;
}

QStringList idsOf(const QList<Ticket> &tickets)
{
    QStringList ids;
    for (const Ticket &t : tickets)
        ids.append(t.id);
    return ids;
}

const CallOrder order({{u"A"_s, 15}, {u"B"_s, 30}});

} // namespace

Q_DECLARE_METATYPE(CallOrder::Reason)

class tst_CallOrder : public QObject
{
    Q_OBJECT

private slots:
    void priorityFirst_data()
    {
        QTest::addColumn<QStringList>("waiting");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<CallOrder::Reason>("reason");
        using R = CallOrder::Reason;

        QTest::newRow("elderly overtakes normal")
            << QStringList {u"n1:A:normal:10"_s, u"e1:A:elderly:1"_s} << u"e1"_s << R::HighestClass;
        QTest::newRow("appointment overtakes elderly") << QStringList {u"e1:A:elderly:10"_s,
            u"p1:A:appointment:1"_s} << u"p1"_s << R::HighestClass;
        QTest::newRow("elderly overtakes disabled/pregnant") << QStringList {u"d1:A:disabled:10"_s,
            u"e1:A:elderly:1"_s} << u"e1"_s << R::HighestClass;
        QTest::newRow("disabled/pregnant overtakes normal") << QStringList {u"n1:A:normal:10"_s,
            u"d1:A:disabled:1"_s} << u"d1"_s << R::HighestClass;
        QTest::newRow("FIFO within normal class")
            << QStringList {u"n1:A:normal:10"_s, u"n2:A:normal:5"_s, u"n3:A:normal:1"_s} << u"n1"_s
            << R::HighestClass;
        QTest::newRow("FIFO within elderly class")
            << QStringList {u"n1:A:normal:12"_s, u"e1:A:elderly:8"_s, u"e2:A:elderly:2"_s}
            << u"e1"_s << R::HighestClass;
        QTest::newRow("equal arrival keeps issue order")
            << QStringList {u"n1:A:normal:5"_s, u"n2:A:normal:5"_s} << u"n1"_s << R::HighestClass;
        QTest::newRow("normal past twice target goes before elderly")
            << QStringList {u"n1:A:normal:31"_s, u"e1:A:elderly:1"_s} << u"n1"_s << R::Overdue;
        QTest::newRow("exactly twice target is not yet overtaken-proof")
            << QStringList {u"n1:A:normal:30"_s, u"e1:A:elderly:1"_s} << u"e1"_s << R::HighestClass;
        QTest::newRow("normal past twice target goes before appointment")
            << QStringList {u"n1:A:normal:45"_s, u"p1:A:appointment:0"_s} << u"n1"_s << R::Overdue;
        QTest::newRow("oldest overdue first whatever its class")
            << QStringList {u"n1:A:normal:40"_s, u"e1:A:elderly:35"_s} << u"n1"_s << R::Overdue;
        QTest::newRow("overdue is judged by the ticket's own service target")
            << QStringList {u"b1:B:normal:50"_s, u"e1:A:elderly:1"_s} << u"e1"_s << R::HighestClass;
        QTest::newRow("overdue across services: oldest first")
            << QStringList {u"b1:B:normal:70"_s, u"a1:A:normal:40"_s} << u"b1"_s << R::Overdue;
        QTest::newRow("weighted wait: shorter wait of a faster service goes first")
            << QStringList {u"b1:B:normal:15"_s, u"a1:A:normal:10"_s} << u"a1"_s << R::HighestClass;
        QTest::newRow("weighted wait: longer relative wait of a slower service goes first")
            << QStringList {u"b1:B:normal:25"_s, u"a1:A:normal:10"_s} << u"b1"_s << R::HighestClass;
        QTest::newRow("weighted wait: equal weight keeps arrival order")
            << QStringList {u"b1:B:normal:20"_s, u"a1:A:normal:10"_s} << u"b1"_s << R::HighestClass;
        QTest::newRow("weighted wait only within the top class")
            << QStringList {u"a1:A:normal:25"_s, u"b1:B:elderly:1"_s} << u"b1"_s << R::HighestClass;
        QTest::newRow("transferred ticket keeps its arrival: ahead of newer tickets")
            << QStringList {u"t1:B:normal:40"_s, u"b2:B:normal:5"_s} << u"t1"_s << R::HighestClass;
        // The clock stepped back one hour between a1 and the next ticket: a1 "arrives" 50 minutes
        // from now, the later one 5 minutes ago.
        QTest::newRow("clock stepped back: the earlier issued goes first in one service")
            << QStringList {u"a1:A:normal:-50"_s, u"a2:A:normal:5"_s} << u"a1"_s << R::HighestClass;
        QTest::newRow("clock stepped back: the earlier issued goes first across services")
            << QStringList {u"a1:A:normal:-50"_s, u"b1:B:normal:5"_s} << u"a1"_s << R::HighestClass;
        QTest::newRow("clock stepped back: overdue tickets in issue order")
            << QStringList {u"a1:A:normal:35"_s, u"a2:A:normal:40"_s} << u"a1"_s << R::Overdue;
    }

    void priorityFirst()
    {
        QFETCH(QStringList, waiting);
        QFETCH(QString, expected);
        QFETCH(CallOrder::Reason, reason);
        const QList<Ticket> tickets = ticketsFrom(waiting);
        const auto choice = order.next(tickets, CallProfile {}, 0, nowMs);
        QVERIFY(choice);
        QCOMPARE(tickets[choice->index].id, expected);
        QCOMPARE(choice->reason, reason);
    }

    void ratio_data()
    {
        QTest::addColumn<QStringList>("waiting");
        QTest::addColumn<int>("normalCallsPerPriority");
        QTest::addColumn<int>("normalCallsSincePriority");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<CallOrder::Reason>("reason");
        using R = CallOrder::Reason;
        const QStringList mixed {u"n1:A:normal:10"_s, u"e1:A:elderly:5"_s, u"n2:A:normal:2"_s};

        QTest::newRow("ratio: normal turn before N normal calls")
            << mixed << 2 << 0 << u"n1"_s << R::RatioNormal;
        QTest::newRow("ratio: still a normal turn after N-1 normal calls")
            << mixed << 2 << 1 << u"n1"_s << R::RatioNormal;
        QTest::newRow("ratio: priority turn after N normal calls")
            << mixed << 2 << 2 << u"e1"_s << R::RatioPriority;
        QTest::newRow("ratio: one to one alternates")
            << mixed << 1 << 1 << u"e1"_s << R::RatioPriority;
        QTest::newRow("ratio: priority turn takes the highest class")
            << QStringList {u"e1:A:elderly:10"_s, u"p1:A:appointment:2"_s, u"n1:A:normal:1"_s} << 2
            << 2 << u"p1"_s << R::RatioPriority;
        QTest::newRow("ratio: priority-only queue is never blocked")
            << QStringList {u"e1:A:elderly:10"_s} << 2 << 0 << u"e1"_s << R::RatioPriority;
        QTest::newRow("ratio: normal-only queue is never blocked")
            << QStringList {u"n1:A:normal:10"_s} << 2 << 5 << u"n1"_s << R::RatioNormal;
        QTest::newRow("ratio: normal turn uses weighted wait across services") << QStringList {
            u"b1:B:normal:15"_s, u"a1:A:normal:10"_s} << 2 << 0 << u"a1"_s << R::RatioNormal;
        QTest::newRow("ratio: overdue ticket goes before the priority turn") << QStringList {
            u"n1:A:normal:31"_s, u"e1:A:elderly:1"_s} << 2 << 2 << u"n1"_s << R::Overdue;
        QTest::newRow("ratio: overdue priority ticket goes before a normal turn") << QStringList {
            u"e1:A:elderly:31"_s, u"n1:A:normal:1"_s} << 2 << 0 << u"e1"_s << R::Overdue;
    }

    void ratio()
    {
        QFETCH(QStringList, waiting);
        QFETCH(int, normalCallsPerPriority);
        QFETCH(int, normalCallsSincePriority);
        QFETCH(QString, expected);
        QFETCH(CallOrder::Reason, reason);
        const QList<Ticket> tickets = ticketsFrom(waiting);
        const CallProfile profile {CallProfile::Mode::Ratio, normalCallsPerPriority};
        const auto choice = order.next(tickets, profile, normalCallsSincePriority, nowMs);
        QVERIFY(choice);
        QCOMPARE(tickets[choice->index].id, expected);
        QCOMPARE(choice->reason, reason);
    }

    void emptyQueueCallsNobody_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("priority first: nothing waiting") << int(CallProfile::Mode::PriorityFirst);
        QTest::newRow("ratio: nothing waiting") << int(CallProfile::Mode::Ratio);
    }
    void emptyQueueCallsNobody()
    {
        QFETCH(int, mode);
        const CallProfile profile {CallProfile::Mode(mode), 2};
        QVERIFY(!order.next({}, profile, 2, nowMs));
    }

    void queueOrder_data()
    {
        QTest::addColumn<QStringList>("waiting");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("classes in order, FIFO within each")
            << QStringList {u"n1:A:normal:20"_s, u"d1:A:disabled:18"_s, u"e1:A:elderly:15"_s,
                   u"n2:A:normal:10"_s, u"p1:A:appointment:5"_s, u"e2:A:elderly:2"_s}
            << QStringList {u"p1"_s, u"e1"_s, u"e2"_s, u"d1"_s, u"n1"_s, u"n2"_s};
        QTest::newRow("overdue tickets lead, oldest first") << QStringList {u"n1:A:normal:40"_s,
            u"n2:A:normal:35"_s, u"e1:A:elderly:1"_s} << QStringList {u"n1"_s, u"n2"_s, u"e1"_s};
        QTest::newRow("clock stepped back: issue order kept, classes still first")
            << QStringList {u"n1:A:normal:-50"_s, u"n2:A:normal:5"_s, u"e1:A:elderly:-40"_s,
                   u"n3:A:normal:1"_s}
            << QStringList {u"e1"_s, u"n1"_s, u"n2"_s, u"n3"_s};
    }

    void queueOrder()
    {
        QFETCH(QStringList, waiting);
        QFETCH(QStringList, expected);
        QCOMPARE(idsOf(order.queueOrder(ticketsFrom(waiting), nowMs)), expected);
    }

    // Calling repeatedly with a 1:2 ratio gives normal, normal, priority, normal, normal...
    void ratioSequenceOfCalls()
    {
        QList<Ticket> tickets = ticketsFrom({u"n1:A:normal:20"_s, u"e1:A:elderly:19"_s,
            u"n2:A:normal:18"_s, u"e2:A:elderly:17"_s, u"n3:A:normal:16"_s, u"n4:A:normal:15"_s});
        const CallProfile profile {CallProfile::Mode::Ratio, 2};
        int normalCalls = 0;
        QStringList called;
        while (const auto choice = order.next(tickets, profile, normalCalls, nowMs)) {
            const Ticket t = tickets.takeAt(choice->index);
            called.append(t.id);
            normalCalls = t.priority == PriorityClass::Normal ? normalCalls + 1 : 0;
        }
        QCOMPARE(called, (QStringList {u"n1"_s, u"n2"_s, u"e1"_s, u"n3"_s, u"n4"_s, u"e2"_s}));
    }
};

QTEST_GUILESS_MAIN(tst_CallOrder)
#include "tst_callorder.moc"
