#include "queuetestsupport.h"

#include <queuemodel/queuejson.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

using Code = QueueError::Code;
Q_DECLARE_METATYPE(saduak::QueueError::Code)

namespace {

const QStringList allStates {u"waiting"_s, u"called"_s, u"serving"_s, u"parked"_s, u"done"_s,
    u"noShow"_s, u"cancelled"_s, u"closedAtRollover"_s};

// Commands on a ticket, by name: what they need and what they do when legal.
struct TicketCommand
{
    QString name;
    QStringList legalFrom;
    QString resultingState; // empty: the state it had
    QString eventType;
};

const QList<TicketCommand> ticketCommands {
    {u"recall"_s, {u"called"_s}, u"called"_s, u"ticket.recalled"_s},
    {u"start"_s, {u"called"_s}, u"serving"_s, u"ticket.started"_s},
    {u"finish"_s, {u"serving"_s}, u"done"_s, u"ticket.finished"_s},
    {u"noShow"_s, {u"called"_s}, u"noShow"_s, u"ticket.noShow"_s},
    {u"park"_s, {u"called"_s, u"serving"_s}, u"parked"_s, u"ticket.parked"_s},
    {u"return"_s, {u"parked"_s}, u"waiting"_s, u"ticket.returned"_s},
    {u"transfer"_s, {u"called"_s, u"serving"_s}, u"waiting"_s, u"ticket.transferred"_s},
    {u"cancel"_s, {u"waiting"_s, u"parked"_s}, u"cancelled"_s, u"ticket.cancelled"_s},
    {u"changePriority"_s, {u"waiting"_s, u"parked"_s}, QString(), u"ticket.priorityChanged"_s},
};

QueueResult apply(QueueManager &queue, const QString &command, int counter, const QString &id,
    const QString &requestId = {})
{
    if (command == u"recall")
        return queue.recall(counter, id, requestId);
    if (command == u"start")
        return queue.startService(counter, id, requestId);
    if (command == u"finish")
        return queue.finishService(counter, id, requestId);
    if (command == u"noShow")
        return queue.markNoShow(counter, id, requestId);
    if (command == u"park")
        return queue.park(counter, id, requestId);
    if (command == u"return")
        return queue.returnToQueue(id, requestId);
    if (command == u"transfer")
        return queue.transfer(counter, id, u"B"_s, requestId);
    if (command == u"cancel")
        return queue.cancel(id, requestId);
    if (command == u"changePriority")
        return queue.changePriority(id, PriorityClass::Elderly, requestId);
    qFatal("unknown command");
}

// Counters 1 and 2 open for service A; a ticket of A brought into the given state at counter 1.
Ticket ticketIn(Branch &branch, const QString &state)
{
    QueueManager &q = branch.queue();
    if (!q.openCounter(1, {u"A"_s}).ok() || !q.openCounter(2, {u"A"_s}).ok())
        qFatal("cannot open counters");
    const Ticket t = branch.issue(u"A"_s);
    auto must = [](const QueueResult &r) {
        if (!r.ok())
            qFatal("setup refused: %s", qPrintable(r.error.message));
    };
    if (state == u"waiting")
        return t;
    if (state == u"cancelled") {
        must(q.cancel(t.id));
        return t;
    }
    if (state == u"closedAtRollover") {
        branch.advance(dayMs);
        q.rollOverBusinessDay();
        return t;
    }
    must(q.callNext(1));
    if (state == u"called")
        return t;
    if (state == u"noShow") {
        must(q.markNoShow(1, t.id));
        return t;
    }
    if (state == u"parked") {
        must(q.park(1, t.id));
        return t;
    }
    must(q.startService(1, t.id));
    if (state == u"serving")
        return t;
    must(q.finishService(1, t.id));
    return t; // done
}

QString stateOf(Branch &branch, const QString &id)
{
    return branch.scalar(u"SELECT state FROM ticket WHERE id = '"_s + id + u"'"_s).toString();
}

} // namespace

class tst_QueueManager : public QObject
{
    Q_OBJECT

private slots:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    // ---- every ticket transition, legal and illegal ------------------------------------------

    void ticketTransitions_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("command");
        QTest::addColumn<bool>("legal");
        QTest::addColumn<QString>("resultingState");
        QTest::addColumn<QString>("eventType");
        for (const TicketCommand &c : ticketCommands) {
            for (const QString &from : allStates) {
                const bool legal = c.legalFrom.contains(from);
                const QString to = c.resultingState.isEmpty() ? from : c.resultingState;
                const QString name = legal ? QString(from + u" + "_s + c.name + u" -> "_s + to)
                                           : QString(from + u" + "_s + c.name + u" refused"_s);
                QTest::newRow(qPrintable(name))
                    << from << c.name << legal << (legal ? to : from) << c.eventType;
            }
        }
    }

    void ticketTransitions()
    {
        QFETCH(QString, from);
        QFETCH(QString, command);
        QFETCH(bool, legal);
        QFETCH(QString, resultingState);
        QFETCH(QString, eventType);

        Branch branch;
        const Ticket t = ticketIn(branch, from);
        QCOMPARE(stateOf(branch, t.id), from);
        branch.advance(minuteMs); // past the recall pause
        const int events = branch.count(u"event"_s);
        const int outbox = branch.count(u"outbox"_s);

        const QueueResult r = apply(branch.queue(), command, 1, t.id);
        if (legal) {
            QVERIFY2(r.ok(), qPrintable(r.error.message));
            QVERIFY(r.ticket);
            QCOMPARE(QueueJson::toString(r.ticket->state), resultingState);
            QCOMPARE(branch.count(u"event"_s), events + 1);
            QCOMPARE(branch.count(u"outbox"_s), outbox + 1);
            QCOMPARE(
                branch.scalar(u"SELECT type FROM event ORDER BY seq DESC LIMIT 1"_s).toString(),
                eventType);
            QCOMPARE(r.eventSeq, branch.queue().lastEventSeq());
        } else {
            QCOMPARE(r.error.code, Code::IllegalTransition);
            QVERIFY2(r.error.message.contains(t.number), qPrintable(r.error.message));
            QCOMPARE(branch.count(u"event"_s), events);
            QCOMPARE(branch.count(u"outbox"_s), outbox);
        }
        QCOMPARE(stateOf(branch, t.id), resultingState);
    }

    void refusesTicketAtAnotherCounter_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("command");
        for (const TicketCommand &c : ticketCommands) {
            if (c.name == u"return" || c.name == u"cancel" || c.name == u"changePriority")
                continue;
            const QString from = c.legalFrom.first();
            QTest::newRow(qPrintable(c.name + u" of a ticket at counter 1 refused at counter 2"_s))
                << from << c.name;
        }
    }

    void refusesTicketAtAnotherCounter()
    {
        QFETCH(QString, from);
        QFETCH(QString, command);
        Branch branch;
        const Ticket t = ticketIn(branch, from);
        branch.advance(minuteMs);
        const QueueResult r = apply(branch.queue(), command, 2, t.id);
        QCOMPARE(r.error.code, Code::NotAtThisCounter);
        QVERIFY2(r.error.message.contains(u"counter 1"_s), qPrintable(r.error.message));
        QCOMPARE(stateOf(branch, t.id), from);
    }

    void refusesUnknownTicketCounterAndService()
    {
        Branch branch;
        QueueManager &q = branch.queue();
        QCOMPARE(q.issueTicket(u"Z"_s).error.code, Code::ServiceNotFound);
        QCOMPARE(q.startService(1, u"no-such-ticket"_s).error.code, Code::TicketNotFound);
        QCOMPARE(q.startService(99, u"no-such-ticket"_s).error.code, Code::CounterNotFound);
        QCOMPARE(q.callNext(99).error.code, Code::CounterNotFound);
        QCOMPARE(q.openCounter(1, {u"Z"_s}).error.code, Code::ServiceNotFound);
        const Ticket t = ticketIn(branch, u"called"_s);
        QCOMPARE(q.transfer(1, t.id, u"Z"_s).error.code, Code::ServiceNotFound);
        QCOMPARE(q.transfer(1, t.id, u"A"_s).error.code, Code::InvalidArgument);
        QCOMPARE(branch.count(u"event"_s), 4); // two openings, the issue and the call
    }

    // ---- counters -----------------------------------------------------------------------------

    void counterTransitions_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("command");
        QTest::addColumn<Code>("expected");
        QTest::addColumn<QString>("resultingState");

        QTest::newRow("closed counter opens")
            << u"closed"_s << u"open"_s << Code::None << u"open"_s;
        QTest::newRow("paused counter resumes")
            << u"paused"_s << u"open"_s << Code::None << u"open"_s;
        QTest::newRow("open counter cannot open again")
            << u"open"_s << u"open"_s << Code::IllegalTransition << u"open"_s;
        QTest::newRow("open counter pauses")
            << u"open"_s << u"pause"_s << Code::None << u"paused"_s;
        QTest::newRow("paused counter cannot pause again")
            << u"paused"_s << u"pause"_s << Code::IllegalTransition << u"paused"_s;
        QTest::newRow("closed counter cannot pause")
            << u"closed"_s << u"pause"_s << Code::IllegalTransition << u"closed"_s;
        QTest::newRow("open counter closes")
            << u"open"_s << u"close"_s << Code::None << u"closed"_s;
        QTest::newRow("paused counter closes")
            << u"paused"_s << u"close"_s << Code::None << u"closed"_s;
        QTest::newRow("closed counter cannot close again")
            << u"closed"_s << u"close"_s << Code::IllegalTransition << u"closed"_s;
        QTest::newRow("open counter calls") << u"open"_s << u"call"_s << Code::None << u"open"_s;
        QTest::newRow("paused counter cannot call")
            << u"paused"_s << u"call"_s << Code::CounterNotOpen << u"paused"_s;
        QTest::newRow("closed counter cannot call")
            << u"closed"_s << u"call"_s << Code::CounterNotOpen << u"closed"_s;
    }

    void counterTransitions()
    {
        QFETCH(QString, from);
        QFETCH(QString, command);
        QFETCH(Code, expected);
        QFETCH(QString, resultingState);
        Branch branch;
        QueueManager &q = branch.queue();
        branch.issue(u"A"_s);
        if (from != u"closed")
            QVERIFY(q.openCounter(1).ok());
        if (from == u"paused")
            QVERIFY(q.pauseCounter(1, PauseReason::Break).ok());
        const int events = branch.count(u"event"_s);

        QueueResult r;
        if (command == u"open")
            r = q.openCounter(1);
        else if (command == u"pause")
            r = q.pauseCounter(1, PauseReason::SystemDown);
        else if (command == u"close")
            r = q.closeCounter(1);
        else
            r = q.callNext(1);
        QCOMPARE(r.error.code, expected);
        QCOMPARE(branch.count(u"event"_s), events + (r.ok() ? 1 : 0));
        QCOMPARE(QueueJson::toString(q.counter(1)->state), resultingState);
        if (!r.ok())
            QVERIFY(!r.error.message.isEmpty());
    }

    void pausedCounterSaysWhyItCannotCall()
    {
        Branch branch;
        QueueManager &q = branch.queue();
        branch.issue(u"A"_s);
        QVERIFY(q.openCounter(1).ok());
        QVERIFY(q.pauseCounter(1, PauseReason::Break).ok());
        QCOMPARE(q.counter(1)->pauseReason, PauseReason::Break);
        const QueueResult r = q.callNext(1);
        QCOMPARE(r.error.code, Code::CounterNotOpen);
        QVERIFY2(r.error.message.contains(u"break"_s), qPrintable(r.error.message));
        QCOMPARE(q.pauseCounter(1, PauseReason::None).error.code, Code::InvalidArgument);
        QCOMPARE(branch.scalar(u"SELECT data FROM event WHERE type = 'counter.paused'"_s),
            QVariant(u"{\"reason\":\"break\"}"_s));
    }

    void counterServesWhatItOpensWith()
    {
        Branch branch;
        QueueManager &q = branch.queue();
        // Counter 2 may serve A and B (catalog); opened for B only it never calls A.
        QCOMPARE(q.counter(2)->serviceCodes, (QStringList {u"A"_s, u"B"_s}));
        QVERIFY(q.openCounter(2, {u"B"_s}).ok());
        QCOMPARE(q.counter(2)->serviceCodes, QStringList {u"B"_s});
        branch.issue(u"A"_s);
        QCOMPARE(q.callNext(2).error.code, Code::NothingWaiting);
        // A pause keeps what it serves; resuming without services keeps them too.
        QVERIFY(q.pauseCounter(2, PauseReason::OtherWork).ok());
        QVERIFY(q.openCounter(2).ok());
        QCOMPARE(q.counter(2)->serviceCodes, QStringList {u"B"_s});
        QVERIFY(q.closeCounter(2).ok());
        QCOMPARE(q.counter(2)->serviceCodes, (QStringList {u"A"_s, u"B"_s}));
    }

    void busyCounterRefusesToCallPauseOrClose_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("command");
        for (const QString &state : {u"called"_s, u"serving"_s}) {
            for (const QString &command : {u"call"_s, u"pause"_s, u"close"_s}) {
                QTest::newRow(
                    qPrintable(u"counter with a "_s + state + u" ticket cannot "_s + command))
                    << state << command;
            }
        }
    }

    void busyCounterRefusesToCallPauseOrClose()
    {
        QFETCH(QString, state);
        QFETCH(QString, command);
        Branch branch;
        const Ticket t = ticketIn(branch, state);
        branch.issue(u"A"_s);
        QueueManager &q = branch.queue();
        const QueueResult r = command == u"call" ? q.callNext(1)
            : command == u"pause"                ? q.pauseCounter(1, PauseReason::Break)
                                                 : q.closeCounter(1);
        QCOMPARE(r.error.code, Code::CounterBusy);
        QVERIFY2(r.error.message.contains(t.number), qPrintable(r.error.message));
    }

    void nothingWaitingIsRefused()
    {
        Branch branch;
        QVERIFY(branch.queue().openCounter(1).ok());
        QCOMPARE(branch.queue().callNext(1).error.code, Code::NothingWaiting);
    }

    // ---- recall pause and automatic no-show -------------------------------------------------

    void recallPause_data()
    {
        QTest::addColumn<int>("secondsAfterCall");
        QTest::addColumn<Code>("expected");
        QTest::addColumn<QString>("remainingInReason");
        QTest::newRow("recall right after the call is refused")
            << 0 << Code::RecallTooSoon << u"wait 30 more seconds"_s;
        QTest::newRow("recall 5 s after the call is refused, 25 s remain")
            << 5 << Code::RecallTooSoon << u"wait 25 more seconds"_s;
        QTest::newRow("recall 29.5 s after is refused, 1 s remains (rounded up)")
            << -29500 << Code::RecallTooSoon << u"wait 1 more seconds"_s;
        QTest::newRow("recall at exactly the pause is allowed") << 30 << Code::None << QString();
        QTest::newRow("recall after the pause is allowed") << 45 << Code::None << QString();
    }

    void recallPause()
    {
        QFETCH(int, secondsAfterCall);
        QFETCH(Code, expected);
        QFETCH(QString, remainingInReason);
        Branch branch; // recall pause 30 s
        const Ticket t = ticketIn(branch, u"called"_s);
        // Negative: milliseconds, for the rounding row.
        branch.advance(secondsAfterCall >= 0 ? secondsAfterCall * secondMs : -secondsAfterCall);
        const QueueResult r = branch.queue().recall(1, t.id);
        QCOMPARE(r.error.code, expected);
        if (!remainingInReason.isEmpty())
            QVERIFY2(r.error.message.contains(remainingInReason), qPrintable(r.error.message));
        else
            QCOMPARE(r.ticket->recallCount, 1);
    }

    void recallPauseCountsFromTheLastRecall()
    {
        Branch branch;
        const Ticket t = ticketIn(branch, u"called"_s);
        branch.advance(40 * secondMs);
        QVERIFY(branch.queue().recall(1, t.id).ok());
        branch.advance(20 * secondMs);
        const QueueResult r = branch.queue().recall(1, t.id);
        QCOMPARE(r.error.code, Code::RecallTooSoon);
        QVERIFY2(r.error.message.contains(u"wait 10 more seconds"_s), qPrintable(r.error.message));
    }

    void autoNoShowAfterMaxRecalls_data()
    {
        QTest::addColumn<int>("maxRecalls");
        QTest::newRow("no recall allowed: the first recall is a no-show") << 0;
        QTest::newRow("one recall allowed: the second is a no-show") << 1;
        QTest::newRow("three recalls allowed: the fourth is a no-show") << 3;
    }

    void autoNoShowAfterMaxRecalls()
    {
        QFETCH(int, maxRecalls);
        QueueSettings settings;
        settings.maxRecalls = maxRecalls;
        Branch branch(settings);
        const Ticket t = ticketIn(branch, u"called"_s);
        QueueManager &q = branch.queue();
        for (int i = 1; i <= maxRecalls; ++i) {
            branch.advance(minuteMs);
            const QueueResult r = q.recall(1, t.id);
            QVERIFY(r.ok());
            QCOMPARE(r.ticket->state, TicketState::Called);
            QCOMPARE(r.ticket->recallCount, i);
        }
        branch.advance(minuteMs);
        const QueueResult r = q.recall(1, t.id);
        QVERIFY(r.ok());
        QCOMPARE(r.ticket->state, TicketState::NoShow);
        QCOMPARE(r.ticket->counterNumber, 0);
        QCOMPARE(branch.count(u"event WHERE type = 'ticket.recalled'"_s), maxRecalls);
        QCOMPARE(branch
                     .scalar(u"SELECT json_extract(data, '$.automatic') FROM event "
                             "WHERE type = 'ticket.noShow'"_s)
                     .toInt(),
            1);
        // The counter is free for the next citizen.
        branch.issue(u"A"_s);
        QVERIFY(q.callNext(1).ok());
    }

    // ---- numbering and business days ---------------------------------------------------------

    void numbering_data()
    {
        QTest::addColumn<QStringList>("services");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("first ticket of the day is 001")
            << QStringList {u"A"_s} << QStringList {u"A001"_s};
        QTest::newRow("numbers follow each other per service") << QStringList {
            u"A"_s, u"A"_s, u"A"_s} << QStringList {u"A001"_s, u"A002"_s, u"A003"_s};
        QTest::newRow("each service counts on its own, with its own letter")
            << QStringList {u"A"_s, u"B"_s, u"A"_s, u"E"_s, u"B"_s}
            << QStringList {u"A001"_s, u"B001"_s, u"A002"_s, u"E001"_s, u"B002"_s};
    }

    void numbering()
    {
        QFETCH(QStringList, services);
        QFETCH(QStringList, expected);
        Branch branch;
        QStringList numbers;
        for (const QString &s : services)
            numbers.append(branch.issue(s).number);
        QCOMPARE(numbers, expected);
    }

    void numberGrowsToFourDigitsAfter999()
    {
        Branch branch;
        const Ticket first = branch.issue(u"A"_s);
        // 998 more tickets would take a while; the number comes from the highest one of the day.
        QVERIFY(branch.exec(u"UPDATE ticket SET number_seq = 999, number = 'A999' WHERE id = '"_s
            + first.id + u"'"_s));
        QCOMPARE(branch.issue(u"A"_s).number, u"A1000"_s);
        QCOMPARE(branch.issue(u"A"_s).number, u"A1001"_s);
    }

    void transferKeepsTheNumberForTheNextService()
    {
        Branch branch;
        QueueManager &q = branch.queue();
        const Ticket a = ticketIn(branch, u"serving"_s);
        QVERIFY(q.transfer(1, a.id, u"B"_s).ok());
        QCOMPARE(q.ticket(a.id)->number, u"A001"_s);
        // B's own numbering is untouched, A's goes on.
        QCOMPARE(branch.issue(u"B"_s).number, u"B001"_s);
        QCOMPARE(branch.issue(u"A"_s).number, u"A002"_s);
    }

    void businessDayOf_data()
    {
        QTest::addColumn<qint64>("instant");
        QTest::addColumn<QString>("day");
        QTest::newRow("morning belongs to its date")
            << bangkok(2026, 11, 25, 8, 30) << u"2026-11-25"_s;
        QTest::newRow("one minute before the rollover hour belongs to the day before")
            << bangkok(2026, 11, 26, 3, 59) << u"2026-11-25"_s;
        QTest::newRow("the rollover hour starts the new day")
            << bangkok(2026, 11, 26, 4, 0) << u"2026-11-26"_s;
        QTest::newRow("Bangkok date, not UTC date (06:30 Bangkok is 23:30 UTC the day before)")
            << bangkok(2026, 11, 26, 6, 30) << u"2026-11-26"_s;
    }

    void businessDayOf()
    {
        QFETCH(qint64, instant);
        QFETCH(QString, day);
        Branch branch; // rollover at 04:00
        QCOMPARE(branch.queue().businessDayOf(instant), day);
    }

    void rolloverClosesYesterdaysOpenTickets()
    {
        Branch branch;
        QueueManager &q = branch.queue();
        QVERIFY(q.openCounter(1, {u"A"_s}).ok());
        QVERIFY(q.openCounter(2, {u"A"_s}).ok());
        const Ticket done = branch.issue(u"A"_s);
        const Ticket serving = branch.issue(u"A"_s);
        const Ticket parked = branch.issue(u"A"_s);
        const Ticket called = branch.issue(u"A"_s);
        const Ticket waiting = branch.issue(u"A"_s);
        QVERIFY(q.callNext(1).ok());
        QVERIFY(q.startService(1, done.id).ok());
        QVERIFY(q.finishService(1, done.id).ok());
        QVERIFY(q.callNext(1).ok());
        QVERIFY(q.startService(1, serving.id).ok());
        QVERIFY(q.callNext(2).ok());
        QVERIFY(q.park(2, parked.id).ok());
        QVERIFY(q.callNext(2).ok());
        QCOMPARE(q.ticket(called.id)->state, TicketState::Called);

        branch.setNow(bangkok(2026, 11, 26, 4, 0)); // the next business day
        QSignalSpy spy(&q, &QueueManager::eventRecorded);
        QCOMPARE(q.rollOverBusinessDay(), 4);
        // Four closures, then the new day's marker for the screens.
        QCOMPARE(spy.count(), 5);
        const auto marker = spy.at(4).at(0).value<QueueEvent>();
        QCOMPARE(marker.type, QueueEvent::DayRolledOver.toString());
        QCOMPARE(marker.businessDay, u"2026-11-26"_s);
        QCOMPARE(marker.data.value(u"previousBusinessDay"_s).toString(), u"2026-11-25"_s);
        QCOMPARE(marker.data.value(u"closedTickets"_s).toInt(), 4);
        QCOMPARE(marker.data.value(u"rolloverHour"_s).toInt(), 4);
        for (const Ticket &t : {serving, parked, called, waiting})
            QCOMPARE(q.ticket(t.id)->state, TicketState::ClosedAtRollover);
        QCOMPARE(q.ticket(done.id)->state, TicketState::Done);
        QCOMPARE(branch.rows(u"SELECT ticket_number, json_extract(data, '$.from'), business_day "
                             "FROM event WHERE type = 'ticket.closedAtRollover' ORDER BY seq"_s),
            (QStringList {u"A002|serving|2026-11-26"_s, u"A003|parked|2026-11-26"_s,
                u"A004|called|2026-11-26"_s, u"A005|waiting|2026-11-26"_s}));
        QCOMPARE(branch.count(u"outbox WHERE payload LIKE '%closedAtRollover%'"_s), 4);
        // Nothing left to close; counters are free again; numbering restarts.
        QCOMPARE(q.rollOverBusinessDay(), 0);
        QCOMPARE(q.snapshot()->counters.at(0).currentTicket.has_value(), false);
        branch.setNow(bangkok(2026, 11, 26, 8, 30)); // the ID card service opens
        QCOMPARE(branch.issue(u"A"_s).number, u"A001"_s);
    }

    void firstCommandOfANewDayRollsOver()
    {
        Branch branch;
        const Ticket yesterday = branch.issue(u"A"_s);
        QCOMPARE(yesterday.number, u"A001"_s);
        branch.advance(dayMs);
        const Ticket today = branch.issue(u"A"_s);
        QCOMPARE(today.number, u"A001"_s);
        QCOMPARE(today.businessDay, u"2026-11-26"_s);
        QCOMPARE(branch.queue().ticket(yesterday.id)->state, TicketState::ClosedAtRollover);
        // Only today's ticket can be called.
        QVERIFY(branch.queue().openCounter(1).ok());
        QCOMPARE(branch.queue().callNext(1).ticket->id, today.id);
    }

    // ---- transfer keeps arrival time ---------------------------------------------------------

    void transferKeepsArrivalSoTheVisitIsNotSentToTheBack()
    {
        Branch branch;
        QueueManager &q = branch.queue();
        QVERIFY(q.openCounter(1, {u"A"_s}).ok());
        QVERIFY(q.openCounter(3, {u"B"_s}).ok());
        const Ticket a = branch.issue(u"A"_s); // 08:30
        branch.advanceMinutes(5);
        const Ticket b1 = branch.issue(u"B"_s); // 08:35
        branch.advanceMinutes(5);
        QVERIFY(q.callNext(1).ok());
        QVERIFY(q.startService(1, a.id).ok());
        branch.advanceMinutes(10);
        const QueueResult moved = q.transfer(1, a.id, u"B"_s);
        QVERIFY(moved.ok());
        QCOMPARE(moved.ticket->serviceCode, u"B"_s);
        QCOMPARE(moved.ticket->number, u"A001"_s);
        QCOMPARE(moved.ticket->arrivedAtMs, a.arrivedAtMs);
        QCOMPARE(branch.scalar(u"SELECT data FROM event WHERE type = 'ticket.transferred'"_s),
            QVariant(u"{\"from\":\"serving\",\"fromService\":\"A\",\"toService\":\"B\"}"_s));
        // Arrived before B001, so it is called before it at B.
        QCOMPARE(q.callNext(3).ticket->id, a.id);
        QVERIFY(q.markNoShow(3, a.id).ok());
        QCOMPARE(q.callNext(3).ticket->id, b1.id);
    }

    void returnFromParkKeepsThePlace()
    {
        Branch branch;
        QueueManager &q = branch.queue();
        QVERIFY(q.openCounter(1, {u"A"_s}).ok());
        const Ticket first = branch.issue(u"A"_s);
        branch.advanceMinutes(1);
        const Ticket second = branch.issue(u"A"_s);
        QVERIFY(q.callNext(1).ok());
        QVERIFY(q.park(1, first.id).ok());
        QVERIFY(q.returnToQueue(first.id).ok());
        QCOMPARE(q.callNext(1).ticket->id, first.id);
        QVERIFY(q.finishService(1, first.id).error.code == Code::IllegalTransition);
        QVERIFY(q.startService(1, first.id).ok());
        QVERIFY(q.finishService(1, first.id).ok());
        QCOMPARE(q.callNext(1).ticket->id, second.id);
    }

    void changePriorityMovesAheadAndIsAnEvent()
    {
        Branch branch;
        QueueManager &q = branch.queue();
        QVERIFY(q.openCounter(1, {u"A"_s}).ok());
        branch.issue(u"A"_s);
        branch.advanceMinutes(1);
        const Ticket pregnant = branch.issue(u"A"_s);
        QVERIFY(q.changePriority(pregnant.id, PriorityClass::DisabledOrPregnant).ok());
        QCOMPARE(q.callNext(1).ticket->id, pregnant.id);
        QCOMPARE(branch
                     .scalar(u"SELECT json_extract(data, '$.priority') FROM event "
                             "WHERE type = 'ticket.priorityChanged'"_s)
                     .toString(),
            u"disabledOrPregnant"_s);
    }

    // ---- the counter's work profile, stored --------------------------------------------------

    void callProfileIsStoredAndUsed_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QStringList>("expectedCalls");
        // Waiting in arrival order: A001 A002 A003 normal, then A004 elderly.
        QTest::newRow("priority first: elderly is called first")
            << int(CallProfile::Mode::PriorityFirst)
            << QStringList {u"A004"_s, u"A001"_s, u"A002"_s, u"A003"_s};
        QTest::newRow("ratio 1 priority per 2 normal: elderly waits two normal calls") << int(
            CallProfile::Mode::Ratio) << QStringList {u"A001"_s, u"A002"_s, u"A004"_s, u"A003"_s};
    }

    void callProfileIsStoredAndUsed()
    {
        QFETCH(int, mode);
        QFETCH(QStringList, expectedCalls);
        Branch branch;
        QVERIFY(branch.queue().setCallProfile(1, {CallProfile::Mode(mode), 2}).ok());
        branch.reopen(); // the profile is the counter's, not the process's
        QCOMPARE(branch.queue().counter(1)->profile.mode, CallProfile::Mode(mode));
        QueueManager &q = branch.queue();
        QVERIFY(q.openCounter(1, {u"A"_s}).ok());
        for (int i = 0; i < 3; ++i) {
            branch.issue(u"A"_s);
            branch.advance(secondMs);
        }
        branch.issue(u"A"_s, PriorityClass::Elderly);
        QStringList calls;
        for (int i = 0; i < 4; ++i) {
            const QueueResult r = q.callNext(1);
            QVERIFY2(r.ok(), qPrintable(r.error.message));
            calls.append(r.ticket->number);
            QVERIFY(q.startService(1, r.ticket->id).ok());
            QVERIFY(q.finishService(1, r.ticket->id).ok());
        }
        QCOMPARE(calls, expectedCalls);
        QCOMPARE(
            q.setCallProfile(1, {CallProfile::Mode::Ratio, 0}).error.code, Code::InvalidArgument);
    }

    // ---- idempotency ------------------------------------------------------------------------

    void repeatedRequestReturnsTheFirstResult_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("issue retried: same ticket, issued once") << u"issue"_s;
        QTest::newRow("call retried: same ticket, called once") << u"call"_s;
        QTest::newRow("start retried: started once") << u"start"_s;
        QTest::newRow("open counter retried: opened once") << u"open"_s;
    }

    void repeatedRequestReturnsTheFirstResult()
    {
        QFETCH(QString, command);
        Branch branch;
        QueueManager &q = branch.queue();
        Ticket called;
        if (command != u"open") {
            QVERIFY(q.openCounter(1, {u"A"_s}).ok());
            branch.issue(u"A"_s);
            branch.issue(u"A"_s);
            if (command == u"start")
                called = *q.callNext(1).ticket;
        }
        auto send = [&] {
            QueueManager &current = branch.queue(); // a new one after reopen()
            if (command == u"issue")
                return current.issueTicket(u"A"_s, {}, u"req-1"_s);
            if (command == u"call")
                return current.callNext(1, u"req-1"_s);
            if (command == u"start")
                return current.startService(1, called.id, u"req-1"_s);
            return current.openCounter(1, {u"A"_s}, u"req-1"_s);
        };
        const QueueResult first = send();
        QVERIFY2(first.ok(), qPrintable(first.error.message));
        const int events = branch.count(u"event"_s);
        const int outbox = branch.count(u"outbox"_s);
        QSignalSpy spy(&q, &QueueManager::eventRecorded);
        branch.advance(minuteMs);

        const QueueResult again = send();
        QVERIFY(again.ok());
        QCOMPARE(again.toJson(), first.toJson());
        QCOMPARE(branch.count(u"event"_s), events);
        QCOMPARE(branch.count(u"outbox"_s), outbox);
        QCOMPARE(spy.count(), 0);

        branch.reopen(); // a restart of the hub between the try and the retry
        const QueueResult afterRestart = send();
        QCOMPARE(afterRestart.toJson(), first.toJson());
        QCOMPARE(branch.count(u"event"_s), events);
        QCOMPARE(branch.count(u"queue_request"_s), 1);
    }

    void repeatedRequestReturnsTheFirstRefusal()
    {
        Branch branch;
        QueueManager &q = branch.queue();
        QVERIFY(q.openCounter(1, {u"A"_s}).ok());
        const QueueResult first = q.callNext(1, u"req-empty"_s);
        QCOMPARE(first.error.code, Code::NothingWaiting);
        branch.issue(u"A"_s);
        const QueueResult again = q.callNext(1, u"req-empty"_s);
        QCOMPARE(again.error.code, Code::NothingWaiting);
        QCOMPARE(again.error.message, first.error.message);
        QCOMPARE(branch.count(u"ticket WHERE state = 'called'"_s), 0);
        // A new request id is a new command.
        QVERIFY(q.callNext(1, u"req-2"_s).ok());
    }

    void requestIdUsedForAnotherCommandIsRefused()
    {
        Branch branch;
        QueueManager &q = branch.queue();
        QVERIFY(q.issueTicket(u"A"_s, {}, u"req-1"_s).ok());
        const QueueResult r = q.openCounter(1, {}, u"req-1"_s);
        QCOMPARE(r.error.code, Code::RequestIdReused);
        QCOMPARE(q.counter(1)->state, Counter::State::Closed);
    }

    // The same command under a used id with another digest of its content (RequestId) is
    // another request: refused, with the first command's name. Without a digest on one side (a
    // caller that states none, a row kept before digests were) only the command is compared.
    void requestIdUsedForOtherContentIsRefused()
    {
        Branch branch;
        QueueManager &q = branch.queue();
        const QueueResult a = q.issueTicket(u"A"_s, {}, RequestId(u"req-1"_s, u"digest-a"_s));
        QVERIFY(a.ok());
        const QueueResult b = q.issueTicket(u"B"_s, {}, RequestId(u"req-1"_s, u"digest-b"_s));
        QCOMPARE(b.error.code, Code::RequestIdReused);
        QCOMPARE(b.error.text.toJson().value(u"args"_s).toArray(), QJsonArray {u"issueTicket"_s});
        QCOMPARE(branch.count(u"ticket"_s), 1);
        for (const RequestId &resent : {RequestId(u"req-1"_s, u"digest-a"_s), RequestId(u"req-1"_s)}) {
            const QueueResult again = q.issueTicket(u"A"_s, {}, resent);
            QVERIFY(again.ok());
            QCOMPARE(again.ticket->id, a.ticket->id);
        }

        QVERIFY(q.issueTicket(u"A"_s, {}, u"req-2"_s).ok()); // kept without a digest
        QVERIFY(q.issueTicket(u"A"_s, {}, RequestId(u"req-2"_s, u"digest-c"_s)).ok());
        QCOMPARE(branch.count(u"ticket"_s), 2);
    }

    // ---- one transaction: state, event, outbox, request --------------------------------------

    void stateEventAndOutboxAreWrittenTogether()
    {
        Branch branch;
        QueueManager &q = branch.queue();
        const QueueResult r = q.issueTicket(u"B"_s, {PriorityClass::Elderly, {}, 0});
        QVERIFY(r.ok());
        QCOMPARE(branch.rows(u"SELECT number, state, priority FROM ticket"_s),
            QStringList {u"B001|waiting|elderly"_s});
        QCOMPARE(
            branch.rows(u"SELECT seq, type, ticket_id, ticket_number, service_code FROM event"_s),
            QStringList {u"1|ticket.issued|"_s + r.ticket->id + u"|B001|B"_s});
        const QJsonObject payload = QJsonDocument::fromJson(
            branch.scalar(u"SELECT payload FROM outbox WHERE kind = 'event'"_s).toString().toUtf8())
                                        .object();
        const auto event = QueueEvent::fromJson(payload);
        QVERIFY(event);
        QCOMPARE(*event, q.eventsSince(0, 10).first());
        QCOMPARE(event->data.value(u"priority"_s).toString(), u"elderly"_s);
        QCOMPARE(event->data.value(u"source"_s).toString(), u"kiosk"_s);
    }

    void failureRollsBackStateEventAndOutbox_data()
    {
        QTest::addColumn<QString>("failingTable");
        QTest::newRow("outbox insert fails: no ticket, no event") << u"outbox"_s;
        QTest::newRow("event insert fails: no ticket, no outbox row") << u"event"_s;
        QTest::newRow("request record fails: nothing at all") << u"queue_request"_s;
    }

    void failureRollsBackStateEventAndOutbox()
    {
        QFETCH(QString, failingTable);
        Branch branch;
        QueueManager &q = branch.queue();
        QVERIFY(q.openCounter(1, {u"A"_s}).ok());
        const Ticket waiting = branch.issue(u"A"_s);
        const int events = branch.count(u"event"_s);
        const int outbox = branch.count(u"outbox"_s);
        QVERIFY(branch.exec(u"CREATE TRIGGER fail_insert BEFORE INSERT ON "_s + failingTable
            + u" BEGIN SELECT RAISE(ABORT, 'disk on fire'); END"_s));
        QSignalSpy spy(&q, &QueueManager::eventRecorded);

        const QueueResult issued = q.issueTicket(u"A"_s, {}, u"req-issue"_s);
        QCOMPARE(issued.error.code, Code::Storage);
        QVERIFY2(issued.error.detail.contains(u"disk on fire"_s), qPrintable(issued.error.detail));
        QVERIFY(!issued.error.message.isEmpty());
        const QueueResult call = q.callNext(1, u"req-call"_s);
        QCOMPARE(call.error.code, Code::Storage);

        QCOMPARE(branch.count(u"ticket"_s), 1);
        QCOMPARE(q.ticket(waiting.id)->state, TicketState::Waiting);
        QCOMPARE(branch.count(u"counter WHERE normal_calls_since_priority > 0"_s), 0);
        QCOMPARE(branch.count(u"event"_s), events);
        QCOMPARE(branch.count(u"outbox"_s), outbox);
        QCOMPARE(branch.count(u"queue_request"_s), 0);
        QCOMPARE(spy.count(), 0);

        // A failure is not an answer: the retry with the same id does the work.
        QVERIFY(branch.exec(u"DROP TRIGGER fail_insert"_s));
        QVERIFY(q.issueTicket(u"A"_s, {}, u"req-issue"_s).ok());
        QCOMPARE(q.callNext(1, u"req-call"_s).ticket->id, waiting.id);
        QCOMPARE(spy.count(), 2);
    }

    void readOnlyFileRefusesWithoutChange()
    {
        Branch branch;
        branch.issue(u"A"_s);
        // query_only makes this connection refuse every write, as a read-only file would.
        QVERIFY(branch.exec(u"PRAGMA query_only = ON"_s));
        const QueueResult r = branch.queue().issueTicket(u"A"_s);
        QCOMPARE(r.error.code, Code::Storage);
        QVERIFY(branch.exec(u"PRAGMA query_only = OFF"_s));
        QCOMPARE(branch.count(u"ticket"_s), 1);
        QCOMPARE(branch.count(u"event"_s), 1);
    }

    void eventTableIsAppendOnly_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::newRow("update of an event is refused") << u"UPDATE event SET type = 'x'"_s;
        QTest::newRow("delete of an event is refused") << u"DELETE FROM event"_s;
    }

    void eventTableIsAppendOnly()
    {
        QFETCH(QString, statement);
        Branch branch;
        branch.issue(u"A"_s);
        QSqlQuery query(branch.db().connection());
        QVERIFY(!query.exec(statement));
        QVERIFY2(query.lastError().text().contains(u"append-only"_s),
            qPrintable(query.lastError().text()));
        QCOMPARE(branch.rows(u"SELECT type FROM event"_s), QStringList {u"ticket.issued"_s});
    }

    // ---- events for the hub ------------------------------------------------------------------

    void eventsAreSignalledAfterCommitInSeqOrder()
    {
        Branch branch;
        QueueManager &q = branch.queue();
        QSignalSpy spy(&q, &QueueManager::eventRecorded);
        QVERIFY(q.openCounter(1, {u"A"_s}).ok());
        const Ticket t = branch.issue(u"A"_s);
        QVERIFY(q.callNext(1).ok());
        QCOMPARE(q.callNext(1).error.code, Code::CounterBusy); // refusals are not events
        QCOMPARE(spy.count(), 3);
        QStringList types;
        qint64 lastSeq = 0;
        for (const QList<QVariant> &args : std::as_const(spy)) {
            const auto e = args.at(0).value<QueueEvent>();
            QVERIFY(e.seq > lastSeq);
            lastSeq = e.seq;
            types.append(e.type);
        }
        QCOMPARE(
            types, (QStringList {u"counter.opened"_s, u"ticket.issued"_s, u"ticket.called"_s}));
        QCOMPARE(lastSeq, q.lastEventSeq());
        const QueueEvent called = spy.at(2).at(0).value<QueueEvent>();
        QCOMPARE(called.ticketId, t.id);
        QCOMPARE(called.counterNumber, 1);
        QCOMPARE(called.atMs, branch.now());
        QCOMPARE(called.businessDay, u"2026-11-25"_s);
    }

    void eventsSinceResumesFromASeq()
    {
        Branch branch;
        for (int i = 0; i < 5; ++i)
            branch.issue(u"A"_s);
        QueueManager &q = branch.queue();
        QCOMPARE(q.lastEventSeq(), qint64(5));
        const QList<QueueEvent> tail = q.eventsSince(2, 2);
        QCOMPARE(tail.size(), 2);
        QCOMPARE(tail.at(0).seq, qint64(3));
        QCOMPARE(tail.at(1).seq, qint64(4));
        QCOMPARE(tail.at(1).ticketNumber, u"A004"_s);
        QVERIFY(q.eventsSince(5, 100).isEmpty());
    }

    void snapshotShowsCountersQueuesAndCalls()
    {
        Branch branch;
        QueueManager &q = branch.queue();
        QVERIFY(q.openCounter(1, {u"A"_s}).ok());
        QVERIFY(q.openCounter(3, {u"B"_s}).ok());
        QVERIFY(q.pauseCounter(3, PauseReason::Break).ok());
        const Ticket a1 = branch.issue(u"A"_s);
        branch.advance(secondMs);
        const Ticket a2 = branch.issue(u"A"_s);
        branch.advance(secondMs);
        const Ticket a3 = branch.issue(u"A"_s, PriorityClass::Elderly);
        branch.advance(secondMs);
        const Ticket b1 = branch.issue(u"B"_s);
        QCOMPARE(q.callNext(1).ticket->id, a3.id);
        branch.advance(minuteMs);
        QVERIFY(q.recall(1, a3.id).ok());

        const QueueSnapshot s = *q.snapshot();
        QCOMPARE(s.lastEventSeq, q.lastEventSeq());
        QCOMPARE(s.businessDay, u"2026-11-25"_s);
        QCOMPARE(s.counters.size(), 6);
        QCOMPARE(s.counters.at(0).counter.state, Counter::State::Open);
        QCOMPARE(s.counters.at(0).currentTicket->id, a3.id);
        QCOMPARE(s.counters.at(2).counter.state, Counter::State::Paused);
        QCOMPARE(s.counters.at(2).counter.pauseReason, PauseReason::Break);
        QVERIFY(!s.counters.at(2).currentTicket);
        QCOMPARE(s.queues.size(), 5);
        QCOMPARE(s.queues.at(0).serviceCode, u"A"_s);
        QCOMPARE(s.queues.at(0).waiting.size(), 2);
        QCOMPARE(s.queues.at(0).waiting.at(0).id, a1.id);
        QCOMPARE(s.queues.at(0).waiting.at(1).id, a2.id);
        QCOMPARE(s.queues.at(1).waiting.at(0).id, b1.id);
        QCOMPARE(s.recentCalls.size(), 2);
        QVERIFY(s.recentCalls.at(0).recall);
        QVERIFY(!s.recentCalls.at(1).recall);
        QCOMPARE(s.recentCalls.at(1).ticketNumber, u"A003"_s);
        QCOMPARE(s.recentCalls.at(1).counterNumber, 1);

        // Over the wire and back, unchanged.
        const auto back = QueueSnapshot::fromJson(s.toJson());
        QVERIFY(back);
        QCOMPARE(back->toJson(), s.toJson());
    }
};

QTEST_GUILESS_MAIN(tst_QueueManager)
#include "tst_queuemanager.moc"
