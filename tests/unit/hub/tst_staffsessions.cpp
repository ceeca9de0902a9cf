// Who is logged in where (app/hub/staffsessions.h) on a real branch file with the hub's migrations:
// when a session begun at a given moment ends (the next business-day rollover in Bangkok, the
// expected instants worked out by hand as UTC ms), and at/begin/end — bound to the device, one
// person a device, over at its end or once the account is disabled, kept across a reopened file.
#include <hub/branchhub.h>
#include <hub/staffsessions.h>
#include <hub/staffstore.h>
#include <storage/writetransaction.h>

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

// 2026-11-26 00:00 UTC = 07:00 Bangkok (UTC+7, no daylight saving).
constexpr qint64 kNov26MidnightUtc = 1'795'651'200'000;
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
const QByteArray kPassword = "a long enough password";
const StaffActor kActor {u"tester"_s, u"saduak-hub"_s};

} // namespace

class TestStaffSessions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<BranchHub> m_hub;
    StaffMember m_somchai;
    StaffMember m_anong;

    std::unique_ptr<BranchHub> openHub()
    {
        BranchHub::Options options;
        options.databasePath = m_dir.filePath(u"branch.sqlite"_s);
        options.seedDemo = false;
        StorageError error;
        auto hub = BranchHub::open(options, &error);
        if (!hub)
            qWarning() << error.detail;
        return hub;
    }

    StaffMember member(const QString &user)
    {
        QString why;
        const auto members = StaffStore(m_hub->database()).list(&why);
        if (members)
            for (const StaffMember &m : *members)
                if (m.userName == user)
                    return m;
        qWarning() << "no member" << user << why;
        return {};
    }

    bool begin(const QString &device, const StaffMember &who, qint64 at, qint64 ends)
    {
        WriteTransaction tx(m_hub->database().connection());
        QString why;
        const bool done = tx.isActive()
            && StaffSessions(m_hub->database()).begin(device, who, at, ends, &why) && tx.commit();
        if (!done)
            qWarning() << why;
        return done;
    }

    bool end(const QString &device)
    {
        WriteTransaction tx(m_hub->database().connection());
        QString why;
        const bool done
            = tx.isActive() && StaffSessions(m_hub->database()).end(device, &why) && tx.commit();
        if (!done)
            qWarning() << why;
        return done;
    }

    // Who is logged in at device at nowMs: their user name, "" for nobody, "failed" when the
    // read failed.
    QString at(const QString &device, qint64 nowMs, StaffSession *session = nullptr)
    {
        bool failed = true;
        QString why;
        const auto found = StaffSessions(m_hub->database()).at(device, nowMs, &failed, &why);
        if (failed)
            return u"failed: "_s + why;
        if (found && session)
            *session = *found;
        return found ? found->member.userName : QString();
    }

private Q_SLOTS:
    void init()
    {
        m_hub.reset();
        QFile::remove(m_dir.filePath(u"branch.sqlite"_s));
        m_hub = openHub();
        QVERIFY(m_hub);
        StaffStore staff(m_hub->database());
        QString why;
        QCOMPARE(
            staff.add(u"somchai"_s, u"สมชาย"_s, StaffRole::Counter, kPassword, 0, kActor, &why),
            StaffStore::Change::Done);
        QCOMPARE(
            staff.add(u"anong"_s, u"อนงค์"_s, StaffRole::Supervisor, kPassword, 0, kActor, &why),
            StaffStore::Change::Done);
        m_somchai = member(u"somchai"_s);
        m_anong = member(u"anong"_s);
        QVERIFY(m_somchai.id != 0 && m_anong.id != 0);
    }

    void sessionEndsAtTheNextRollover_data()
    {
        QTest::addColumn<qint64>("loggedInAt");
        QTest::addColumn<int>("rolloverHour");
        QTest::addColumn<qint64>("endsAt");
        // 03:59 Bangkok on the 26th (20:59 UTC on the 25th) still belongs to the 25th's business
        // day: it ends at 04:00 Bangkok the same morning, 21:00 UTC on the 25th.
        QTest::newRow("03:59 Bangkok ends at 04:00 the same day")
            << qint64(1'795'640'340'000) << 4 << qint64(1'795'640'400'000);
        // 04:00 Bangkok is the first moment of the 26th's business day: it ends at 04:00 on the
        // 27th, 21:00 UTC on the 26th.
        QTest::newRow("04:00 Bangkok ends at 04:00 the next day")
            << qint64(1'795'640'400'000) << 4 << qint64(1'795'726'800'000);
        // 10:00 Bangkok (03:00 UTC) on the 26th: also 04:00 on the 27th.
        QTest::newRow("10:00 Bangkok ends at 04:00 the next day")
            << qint64(1'795'662'000'000) << 4 << qint64(1'795'726'800'000);
        // 23:59 Bangkok on the 26th (16:59 UTC): still 04:00 on the 27th.
        QTest::newRow("23:59 Bangkok ends at 04:00 the next morning")
            << qint64(1'795'712'340'000) << 4 << qint64(1'795'726'800'000);
        // Rollover at midnight Bangkok (17:00 UTC the day before): 10:00 on the 26th ends at
        // 00:00 Bangkok on the 27th, 17:00 UTC on the 26th.
        QTest::newRow("rollover hour 0: ends at midnight Bangkok")
            << qint64(1'795'662'000'000) << 0 << qint64(1'795'712'400'000);
    }

    void sessionEndsAtTheNextRollover()
    {
        QFETCH(qint64, loggedInAt);
        QFETCH(int, rolloverHour);
        QFETCH(qint64, endsAt);
        // The hand-made constants agree with each other (a typo in one would show here).
        QCOMPARE(kNov26MidnightUtc - 3 * kHour, qint64(1'795'640'400'000));
        QCOMPARE(StaffSessions::closeOfDay(loggedInAt, rolloverHour), endsAt);
    }

    void aSessionIsTheDevicesAndEndsAtItsEnd()
    {
        const qint64 at = kNov26MidnightUtc + 3 * kHour; // 10:00 Bangkok
        const qint64 ends = StaffSessions::closeOfDay(at, 4);
        QCOMPARE(this->at(u"pc-1"_s, at), QString());
        QVERIFY(begin(u"pc-1"_s, m_somchai, at, ends));

        StaffSession session;
        QCOMPARE(this->at(u"pc-1"_s, at + kMinute, &session), u"somchai"_s);
        QCOMPARE(session.member.displayName, u"สมชาย"_s);
        QCOMPARE(toString(session.member.role), u"counter"_s);
        QCOMPARE(session.startedAtMs, at);
        QCOMPARE(session.endsAtMs, ends);
        // Another device is not logged in by it.
        QCOMPARE(this->at(u"pc-2"_s, at + kMinute), QString());
        // The last millisecond before the end still counts; the end itself does not.
        QCOMPARE(this->at(u"pc-1"_s, ends - 1), u"somchai"_s);
        QCOMPARE(this->at(u"pc-1"_s, ends), QString());
        QCOMPARE(this->at(u"pc-1"_s, ends + kDay), QString());
    }

    void aNewSessionAtTheDeviceReplacesTheLast()
    {
        const qint64 at = kNov26MidnightUtc + 3 * kHour;
        QVERIFY(begin(u"pc-1"_s, m_somchai, at, at + kHour));
        QVERIFY(begin(u"pc-2"_s, m_somchai, at, at + kHour)); // the same person at two PCs
        QVERIFY(begin(u"pc-1"_s, m_anong, at + kMinute, at + 2 * kHour));
        StaffSession session;
        QCOMPARE(this->at(u"pc-1"_s, at + 90 * kMinute, &session), u"anong"_s);
        QCOMPARE(toString(session.member.role), u"supervisor"_s);
        QCOMPARE(session.startedAtMs, at + kMinute);
        QCOMPARE(this->at(u"pc-2"_s, at + 2 * kMinute), u"somchai"_s);
    }

    void endLogsOutThatDeviceOnly()
    {
        const qint64 at = kNov26MidnightUtc + 3 * kHour;
        QVERIFY(begin(u"pc-1"_s, m_somchai, at, at + kHour));
        QVERIFY(begin(u"pc-2"_s, m_anong, at, at + kHour));
        QVERIFY(end(u"pc-1"_s));
        QCOMPARE(this->at(u"pc-1"_s, at), QString());
        QCOMPARE(this->at(u"pc-2"_s, at), u"anong"_s);
        QVERIFY(end(u"pc-1"_s)); // nobody there: no error
    }

    void aDisabledAccountsSessionIsOver()
    {
        const qint64 at = kNov26MidnightUtc + 3 * kHour;
        QVERIFY(begin(u"pc-1"_s, m_somchai, at, at + kHour));
        QString why;
        QCOMPARE(StaffStore(m_hub->database()).disable(u"somchai"_s, at + kMinute, kActor, &why),
            StaffStore::Change::Done);
        QCOMPARE(this->at(u"pc-1"_s, at + 2 * kMinute), QString());
    }

    void aSessionOutlivesTheHub()
    {
        const qint64 at = kNov26MidnightUtc + 3 * kHour;
        QVERIFY(begin(u"pc-1"_s, m_somchai, at, at + kHour));
        m_hub.reset();
        m_hub = openHub();
        QVERIFY(m_hub);
        QCOMPARE(this->at(u"pc-1"_s, at + kMinute), u"somchai"_s);
    }
};

QTEST_GUILESS_MAIN(TestStaffSessions)
#include "tst_staffsessions.moc"
