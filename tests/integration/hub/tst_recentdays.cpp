// The hub side of the supervisor's dashboard (issue 16, docs/hub-protocol.md "statistics" and
// "The last days: recentDays"): a real hub on loopback with a branch file in a temporary folder, a
// fixed clock the test moves across several business days, and hand-made JSON from really paired
// devices. The expected figures are worked out here from the script, not by the hub's code.
#include <hub/branchhub.h>
#include <hub/devicestore.h>
#include <hub/hubserver.h>
#include <hub/localqueuelink.h>
#include <hub/queuecommands.h>
#include <queue/queuemanager.h>
#include <seatedstaff.h>
#include <storage/database.h>

#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#include "rawpeer.h"

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

constexpr qint64 minuteMs = 60'000;

// UTC ms of a Bangkok wall-clock time (UTC+7, no daylight saving).
qint64 bangkok(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone(7 * 3600))
        .toMSecsSinceEpoch();
}

} // namespace

class TestRecentDays : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<BranchHub> m_hub;
    qint64 m_now = 0;
    int m_ids = 0;

    QueueManager &queue() { return m_hub->queue(); }
    void at(int day, int hour, int minute) { m_now = bangkok(day, hour, minute); }

    // A command run as the hub runs one for an officer: its events name them.
    Ticket as(const QString &user, const std::function<QueueResult()> &command)
    {
        const QueueManager::ActingStaff acting(queue(), user);
        const QueueResult r = command();
        if (!r.ok())
            qFatal("refused: %s", qPrintable(r.error.message + r.error.detail));
        return r.ticket.value_or(Ticket {});
    }
    Ticket issue(const QString &service)
    {
        return as({}, [&] { return queue().issueTicket(service); });
    }

    // A paired device past hello; at a counter or supervisor PC, a person of personRole (named
    // user) logged in.
    std::unique_ptr<RawPeer> device(Device::Role role, int counter,
        std::optional<StaffRole> personRole = std::nullopt, const QString &user = {})
    {
        QString why;
        const auto pairing = m_hub->devices().pair(role, u"PC"_s, counter, &why);
        if (!pairing)
            qFatal("pairing failed: %s", qPrintable(why));
        if (personRole
            && !test::seatStaff(m_hub->database(), pairing->device.id, *personRole, &why, user))
            qFatal("seating failed: %s", qPrintable(why));
        auto peer = std::make_unique<RawPeer>(m_hub->server()->url());
        if (!peer->waitConnected() || !peer->hello(pairing->token))
            qFatal("the device could not join");
        return peer;
    }

    QJsonObject ask(RawPeer &peer, const QString &type, QJsonObject fields = {})
    {
        const QString id = u"m"_s + QString::number(++m_ids);
        fields.insert(u"type"_s, type);
        fields.insert(u"id"_s, id);
        peer.send(fields);
        return peer.answer(id);
    }

    static QJsonObject day(const QString &businessDay, int issued, int called, int served,
        int noShows, qint64 averageWaitMs, qint64 averageServiceMs, QJsonValue withinTarget)
    {
        return {{u"businessDay"_s, businessDay}, {u"issuedCount"_s, issued},
            {u"calledCount"_s, called}, {u"servedCount"_s, served}, {u"noShowCount"_s, noShows},
            {u"averageWaitMs"_s, averageWaitMs}, {u"averageServiceMs"_s, averageServiceMs},
            {u"withinTargetShare"_s, withinTarget}};
    }
    static QJsonObject quietDay(const QString &businessDay)
    {
        return day(businessDay, 0, 0, 0, 0, 0, 0, QJsonValue::Null);
    }

    // Three days at the demo branch (targets: A 15 min, B 20 min); the business day rolls over
    // at 04:00 Bangkok.
    //  - 23 Nov: A issued 09:00, called 09:10 (wait 10: within), started 09:11, finished 09:21
    //    (service 10); B issued 09:00, called 09:30 (wait 30: over), a no-show at 09:35; C issued
    //    09:00 and never called (closed at the next rollover, which is recorded on the 25th).
    //  - 24 Nov: nothing.
    //  - 25 Nov: A issued 14:00, called 14:05 (wait 5: within), started 14:06, transferred to B at
    //    14:16 (service 10); its B leg called 14:26 (wait 10: within), started 14:27, finished
    //    14:47 (service 20). A issued 23:50, called 00:20 on the 26th — still the 25th's business
    //    day — (wait 30: over), started 00:21, finished 00:51 (service 30).
    //  - 26 Nov (today, 10:00): an A issued and called, which no past day may count.
    void scriptThreeDays()
    {
        at(23, 9, 0);
        as(u"somchai"_s, [&] { return queue().openCounter(1, {u"A"_s}); });
        as(u"anong"_s, [&] { return queue().openCounter(3, {u"B"_s}); });
        const Ticket a = issue(u"A"_s);
        const Ticket b = issue(u"B"_s);
        issue(u"C"_s);
        at(23, 9, 10);
        as(u"somchai"_s, [&] { return queue().callNext(1); });
        at(23, 9, 11);
        as(u"somchai"_s, [&] { return queue().startService(1, a.id); });
        at(23, 9, 21);
        as(u"somchai"_s, [&] { return queue().finishService(1, a.id); });
        at(23, 9, 30);
        as(u"anong"_s, [&] { return queue().callNext(3); });
        at(23, 9, 35);
        as(u"anong"_s, [&] { return queue().markNoShow(3, b.id); });

        at(25, 14, 0); // the counters are still open: a rollover closes tickets, not counters
        const Ticket first = issue(u"A"_s);
        at(25, 14, 5);
        as(u"somchai"_s, [&] { return queue().callNext(1); });
        at(25, 14, 6);
        as(u"somchai"_s, [&] { return queue().startService(1, first.id); });
        at(25, 14, 16);
        as(u"somchai"_s, [&] { return queue().transfer(1, first.id, u"B"_s); });
        at(25, 14, 26);
        as(u"anong"_s, [&] { return queue().callNext(3); });
        at(25, 14, 27);
        as(u"anong"_s, [&] { return queue().startService(3, first.id); });
        at(25, 14, 47);
        as(u"anong"_s, [&] { return queue().finishService(3, first.id); });
        at(25, 23, 50);
        const Ticket late = issue(u"A"_s);
        at(26, 0, 20);
        as(u"somchai"_s, [&] { return queue().callNext(1); });
        at(26, 0, 21);
        as(u"somchai"_s, [&] { return queue().startService(1, late.id); });
        at(26, 0, 51);
        as(u"somchai"_s, [&] { return queue().finishService(1, late.id); });

        at(26, 10, 0);
        issue(u"A"_s);
        as(u"somchai"_s, [&] { return queue().callNext(1); });
    }

    const QJsonObject nov23 = day(u"2026-11-23"_s, 3, 2, 1, 1, 20 * minuteMs, 10 * minuteMs, 0.5);
    const QJsonObject nov25
        = day(u"2026-11-25"_s, 2, 3, 3, 0, 15 * minuteMs, 20 * minuteMs, 2.0 / 3.0);

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        at(20, 9, 0);
        BranchHub::Options options;
        options.databasePath = m_dir->filePath(u"branch.sqlite"_s);
        options.queue.openAllDay = true;
        options.clock = [this] { return m_now; };
        StorageError error;
        m_hub = BranchHub::open(options, &error);
        QVERIFY2(m_hub, qPrintable(error.detail));
        QVERIFY(m_hub->listen(QHostAddress::LocalHost, 0));
    }

    void cleanup()
    {
        m_hub.reset();
        m_dir.reset();
    }

    void daysBeforeTodayOldestFirstEveryDayPresent()
    {
        scriptThreeDays();
        auto supervisor = device(Device::Role::Supervisor, 0, StaffRole::Supervisor);

        const QJsonObject three = ask(*supervisor, u"recentDays"_s, {{u"days"_s, 3}});
        QVERIFY2(three.value(u"ok"_s).toBool(), qPrintable(three.value(u"message"_s).toString()));
        QCOMPARE(three.value(u"days"_s).toArray(),
            (QJsonArray {nov23, quietDay(u"2026-11-24"_s), nov25}));

        // Without days: the week before today.
        const QJsonObject week = ask(*supervisor, u"recentDays"_s);
        QCOMPARE(week.value(u"days"_s).toArray(),
            (QJsonArray {quietDay(u"2026-11-19"_s), quietDay(u"2026-11-20"_s),
                quietDay(u"2026-11-21"_s), quietDay(u"2026-11-22"_s), nov23,
                quietDay(u"2026-11-24"_s), nov25}));

        // The next morning the 26th is a past day too, with its one ticket called at once.
        at(27, 9, 0);
        const QJsonObject next = ask(*supervisor, u"recentDays"_s, {{u"days"_s, 2}});
        QCOMPARE(next.value(u"days"_s).toArray(),
            (QJsonArray {nov25, day(u"2026-11-26"_s, 1, 1, 0, 0, 0, 0, 1.0)}));
    }

    // A day that is over is read once: what is kept is what is answered after.
    void aPastDayIsReadOnce()
    {
        scriptThreeDays();
        auto supervisor = device(Device::Role::Supervisor, 0, StaffRole::Supervisor);
        QCOMPARE(ask(*supervisor, u"recentDays"_s, {{u"days"_s, 3}}).value(u"days"_s).toArray().first(),
            QJsonValue(nov23));
        // A row slipped into the 23rd behind the hub's back (the table only takes new rows).
        QSqlQuery q(m_hub->database().connection());
        QVERIFY(q.exec(u"INSERT INTO event (type, at_ms, business_day, ticket_id, service_code) "
                       "SELECT type, at_ms, business_day, 'slipped-in', service_code FROM event "
                       "WHERE type = 'ticket.issued' AND business_day = '2026-11-23' LIMIT 1"_s));
        QCOMPARE(ask(*supervisor, u"recentDays"_s, {{u"days"_s, 3}}).value(u"days"_s).toArray().first(),
            QJsonValue(nov23));
    }

    void refusedToWhoMayNotSeeIt()
    {
        auto counterPc = device(Device::Role::Counter, 1, StaffRole::Counter, u"somchai"_s);
        auto officerAtSupervisorPc
            = device(Device::Role::Supervisor, 0, StaffRole::Counter, u"anong"_s);
        auto nobodyAtSupervisorPc = device(Device::Role::Supervisor, 0);
        auto board = device(Device::Role::Display, 0);
        auto adminAtCounterPc = device(Device::Role::Counter, 2, StaffRole::Admin, u"boss"_s);
        QCOMPARE(ask(*counterPc, u"recentDays"_s).value(u"code"_s).toString(), u"forbidden"_s);
        QCOMPARE(ask(*adminAtCounterPc, u"recentDays"_s).value(u"code"_s).toString(),
            u"forbidden"_s);
        QCOMPARE(ask(*board, u"recentDays"_s).value(u"code"_s).toString(), u"forbidden"_s);
        QCOMPARE(ask(*officerAtSupervisorPc, u"recentDays"_s).value(u"code"_s).toString(),
            u"forbidden"_s);
        QCOMPARE(ask(*nobodyAtSupervisorPc, u"recentDays"_s).value(u"code"_s).toString(),
            u"notLoggedIn"_s);
    }

    void daysOutOfRangeIsABadRequest_data()
    {
        QTest::addColumn<QJsonValue>("days");
        QTest::newRow("none") << QJsonValue(0);
        QTest::newRow("more than a month") << QJsonValue(32);
        QTest::newRow("negative") << QJsonValue(-7);
        QTest::newRow("text") << QJsonValue(u"7"_s);
        QTest::newRow("a fraction") << QJsonValue(1.5);
    }
    void daysOutOfRangeIsABadRequest()
    {
        QFETCH(QJsonValue, days);
        auto supervisor = device(Device::Role::Supervisor, 0, StaffRole::Supervisor);
        const QJsonObject answer = ask(*supervisor, u"recentDays"_s, {{u"days"_s, days}});
        QCOMPARE(answer.value(u"code"_s).toString(), u"badRequest"_s);
        QCOMPARE(answer.value(u"text"_s).toObject().value(u"args"_s).toArray().first().toString(),
            u"days"_s);
        QCOMPARE(ask(*supervisor, u"recentDays"_s, {{u"days"_s, 31}})
                     .value(u"days"_s)
                     .toArray()
                     .size(),
            31);
    }

    // statistics: who works at each counter, by the name the supervisor knows them by.
    void statisticsNameEachCountersOfficer()
    {
        scriptThreeDays();
        QString why;
        QVERIFY2(test::seatStaff(m_hub->database(), u"elsewhere"_s, StaffRole::Counter, &why,
                     u"somchai"_s),
            qPrintable(why));
        QSqlQuery q(m_hub->database().connection());
        QVERIFY(q.exec(u"UPDATE staff SET display_name = 'สมชาย ใจดี' WHERE user_name = 'somchai'"_s));
        at(26, 10, 5);
        // Counter 3: an account this hub does not have (a restored file): its user name again.
        as(u"ghost"_s, [&] { return queue().pauseCounter(3, PauseReason::Break); });
        auto board = device(Device::Role::Display, 0);
        const QJsonObject answer = ask(*board, u"statistics"_s);
        QVERIFY(answer.value(u"ok"_s).toBool());
        const QJsonObject statistics = answer.value(u"statistics"_s).toObject();
        QHash<int, QJsonValue> officers;
        for (const QJsonValue &value : statistics.value(u"counters"_s).toArray())
            officers.insert(value.toObject().value(u"counter"_s).toInt(),
                value.toObject().value(u"officer"_s));
        QCOMPARE(officers.value(1),
            QJsonValue(QJsonObject {{u"user"_s, u"somchai"_s}, {u"name"_s, u"สมชาย ใจดี"_s}}));
        QCOMPARE(officers.value(3),
            QJsonValue(QJsonObject {{u"user"_s, u"ghost"_s}, {u"name"_s, u"ghost"_s}}));
        QVERIFY(officers.contains(2));
        QCOMPARE(officers.value(2), QJsonValue(QJsonValue::Undefined));
        // Today's hours: the ticket issued at 10:00; nothing served yet.
        QCOMPARE(statistics.value(u"hours"_s).toArray(),
            (QJsonArray {QJsonObject {{u"hour"_s, 10}, {u"issued"_s, 1}, {u"served"_s, 0}}}));
    }

    // The screens' way to ask (QueueLink), in process on the embedded hub.
    void aScreenAsksThroughItsQueueLink()
    {
        scriptThreeDays();
        QString why;
        QVERIFY2(test::seatStaff(m_hub->database(), u"local"_s, StaffRole::Supervisor, &why),
            qPrintable(why));
        LocalQueueLink link(m_hub->commands(),
            Device {u"local"_s, Device::Role::Supervisor, u"This PC"_s, 0});
        QTRY_VERIFY(link.staff().has_value());
        QVERIFY(link.may(u"recentDays"_s));
        std::optional<QJsonArray> days;
        link.requestRecentDays(3, [&](const QJsonArray &answer) { days = answer; });
        QTRY_VERIFY(days.has_value());
        QCOMPARE(*days, (QJsonArray {nov23, quietDay(u"2026-11-24"_s), nov25}));

        LocalQueueLink counterLink(
            m_hub->commands(), Device {u"counter-pc"_s, Device::Role::Counter, u"Counter 1"_s, 1});
        QVERIFY(!counterLink.may(u"recentDays"_s));
    }
};

QTEST_GUILESS_MAIN(TestRecentDays)
#include "tst_recentdays.moc"
