// The hub's staff accounts (app/hub/staffstore.h) on a real branch file with the hub's migrations:
// added, listed, disabled, a new password, and log-in with the lock-out at a clock the test sets.
#include <hub/branchhub.h>
#include <hub/staffstore.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

const QByteArray kPassword = "สิบตัวอักษร ok";
constexpr qint64 kMorning = 1'780'000'000'000; // a UTC ms the test's clock starts at
const StaffActor kOperator {u"root"_s, u"saduak-hub"_s};

} // namespace

class TestStaffStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<BranchHub> m_hub;
    StaffStore staff() { return StaffStore(m_hub->database()); }

    qint64 countOf(const QString &sql)
    {
        QSqlQuery q(m_hub->database().connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

    // The staff audit rows in the outbox, in order, each as its payload.
    QList<QJsonObject> auditRows()
    {
        QList<QJsonObject> rows;
        QSqlQuery q(m_hub->database().connection());
        if (!q.exec(u"SELECT payload FROM outbox WHERE kind = 'staff.audit' ORDER BY seq"_s))
            return {{{u"error"_s, q.lastError().text()}}};
        while (q.next())
            rows.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
        return rows;
    }

private Q_SLOTS:
    void init()
    {
        m_hub.reset();
        QFile::remove(m_dir.filePath(u"branch.sqlite"_s));
        BranchHub::Options options;
        options.databasePath = m_dir.filePath(u"branch.sqlite"_s);
        options.seedDemo = false;
        StorageError error;
        m_hub = BranchHub::open(options, &error);
        QVERIFY2(m_hub, qPrintable(error.detail));
        QString why;
        QCOMPARE(staff().add(u"somchai"_s, u"สมชาย ใจดี"_s, StaffRole::Counter, kPassword, kMorning,
                     kOperator, &why),
            StaffStore::Change::Done);
    }

    void addedPeopleAreListedWithTheirRoleAndNoPassword()
    {
        QString why;
        QCOMPARE(staff().add(u"anong"_s, u"  อนงค์ "_s, StaffRole::Admin, kPassword, kMorning,
                     kOperator, &why),
            StaffStore::Change::Done);
        QCOMPARE(staff().add(u"somchai"_s, u"Other"_s, StaffRole::Supervisor, kPassword, kMorning,
                     kOperator, &why),
            StaffStore::Change::Exists);
        QVERIFY(why.contains(u"somchai"_s));
        const std::optional<QList<StaffMember>> members = staff().list(&why);
        QVERIFY2(members, qPrintable(why));
        QCOMPARE(members->size(), 2);
        QCOMPARE(members->at(0).userName, u"anong"_s);
        QCOMPARE(members->at(0).displayName, u"อนงค์"_s); // trimmed
        QCOMPARE(toString(members->at(0).role), u"admin"_s);
        QCOMPARE(toString(members->at(1).role), u"counter"_s);
        QVERIFY(members->at(1).active());
        QCOMPARE(countOf(u"SELECT count(*) FROM staff WHERE password_hash LIKE '$argon2id$%'"_s), 2);
    }

    void badInputIsRefusedAndNothingIsAdded_data()
    {
        QTest::addColumn<QString>("userName");
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<QByteArray>("password");
        QTest::newRow("upper case user") << u"Anong"_s << u"Anong"_s << kPassword;
        QTest::newRow("space in user") << u"a nong"_s << u"Anong"_s << kPassword;
        QTest::newRow("no name") << u"anong"_s << u"   "_s << kPassword;
        QTest::newRow("9 characters") << u"anong"_s << u"Anong"_s << QByteArray("123456789");
        QTest::newRow("empty password") << u"anong"_s << u"Anong"_s << QByteArray();
    }
    void badInputIsRefusedAndNothingIsAdded()
    {
        QFETCH(QString, userName);
        QFETCH(QString, displayName);
        QFETCH(QByteArray, password);
        QString why;
        QCOMPARE(staff().add(userName, displayName, StaffRole::Counter, password, kMorning,
                     kOperator, &why),
            StaffStore::Change::BadInput);
        QVERIFY(!why.isEmpty());
        QCOMPARE(countOf(u"SELECT count(*) FROM staff"_s), 1);
    }

    void rightPasswordLogsInWrongOneAndUnknownUserAreRefusedAlike()
    {
        StaffStore::LogIn in = staff().logIn(u"somchai"_s, kPassword, kMorning);
        QCOMPARE(in.outcome, StaffStore::LogIn::Outcome::LoggedIn);
        QCOMPARE(in.member.userName, u"somchai"_s);
        QCOMPARE(in.member.displayName, u"สมชาย ใจดี"_s);
        QCOMPARE(toString(in.member.role), u"counter"_s);
        const StaffStore::LogIn wrong = staff().logIn(u"somchai"_s, kPassword + '!', kMorning);
        const StaffStore::LogIn unknown = staff().logIn(u"nobody"_s, kPassword, kMorning);
        QCOMPARE(wrong.outcome, StaffStore::LogIn::Outcome::Refused);
        QCOMPARE(unknown.outcome, StaffStore::LogIn::Outcome::Refused);
        QCOMPARE(wrong.member.userName, QString()); // nothing said of who it is
    }

    void repeatedFailuresLockOutWithBackOffAndGoodLogInClearsThem()
    {
        qint64 now = kMorning;
        for (int i = 1; i <= 4; ++i)
            QCOMPARE(staff().logIn(u"somchai"_s, "wrong password", now).outcome,
                StaffStore::LogIn::Outcome::Refused);
        StaffStore::LogIn fifth = staff().logIn(u"somchai"_s, "wrong password", now);
        QCOMPARE(fifth.outcome, StaffStore::LogIn::Outcome::LockedOut);
        QCOMPARE(fifth.lockedUntilMs, now + 30'000);
        // Locked: not even the right password, and trying does not count.
        StaffStore::LogIn meanwhile = staff().logIn(u"somchai"_s, kPassword, now + 29'999);
        QCOMPARE(meanwhile.outcome, StaffStore::LogIn::Outcome::LockedOut);
        QCOMPARE(meanwhile.lockedUntilMs, now + 30'000);
        // The sixth failure after the lock doubles it.
        now += 30'000;
        QCOMPARE(staff().logIn(u"somchai"_s, "wrong password", now).lockedUntilMs, now + 60'000);
        now += 60'000;
        QCOMPARE(staff().logIn(u"somchai"_s, "wrong password", now).lockedUntilMs, now + 120'000);
        now += 120'000;
        QCOMPARE(staff().logIn(u"somchai"_s, kPassword, now).outcome,
            StaffStore::LogIn::Outcome::LoggedIn);
        // Cleared: four more mistakes are free again.
        for (int i = 1; i <= 4; ++i)
            QCOMPARE(staff().logIn(u"somchai"_s, "wrong password", now).outcome,
                StaffStore::LogIn::Outcome::Refused);
    }

    void disabledAccountLogsInNoMoreAndIsKept()
    {
        QString why;
        QCOMPARE(
            staff().disable(u"somchai"_s, kMorning + 5, kOperator, &why), StaffStore::Change::Done);
        QCOMPARE(staff().disable(u"somchai"_s, kMorning + 9, kOperator, &why),
            StaffStore::Change::AlreadyDisabled);
        QCOMPARE(
            staff().disable(u"nobody"_s, kMorning, kOperator, &why), StaffStore::Change::NotFound);
        QCOMPARE(staff().logIn(u"somchai"_s, kPassword, kMorning + 10).outcome,
            StaffStore::LogIn::Outcome::Refused);
        const std::optional<QList<StaffMember>> members = staff().list(&why);
        QVERIFY(members && members->size() == 1);
        QCOMPARE(members->at(0).disabledAtMs, kMorning + 5); // the first disabling's time
        // A new password does not bring a disabled account back.
        QCOMPARE(staff().setPassword(u"somchai"_s, "another password", kMorning, kOperator, &why),
            StaffStore::Change::Done);
        QCOMPARE(staff().logIn(u"somchai"_s, "another password", kMorning + 20).outcome,
            StaffStore::LogIn::Outcome::Refused);
    }

    void newPasswordReplacesTheOldAndLiftsTheLockOut()
    {
        for (int i = 1; i <= 5; ++i)
            (void)staff().logIn(u"somchai"_s, "wrong password", kMorning);
        QString why;
        QCOMPARE(staff().setPassword(u"somchai"_s, "short", kMorning, kOperator, &why),
            StaffStore::Change::BadInput);
        QCOMPARE(staff().setPassword(u"nobody"_s, "long enough now", kMorning, kOperator, &why),
            StaffStore::Change::NotFound);
        QCOMPARE(staff().setPassword(u"somchai"_s, "long enough now", kMorning, kOperator, &why),
            StaffStore::Change::Done);
        QCOMPARE(staff().logIn(u"somchai"_s, kPassword, kMorning + 1).outcome,
            StaffStore::LogIn::Outcome::Refused);
        QCOMPARE(staff().logIn(u"somchai"_s, "long enough now", kMorning + 1).outcome,
            StaffStore::LogIn::Outcome::LoggedIn);
    }

    void eachChangeIsAuditedWithWhoMadeItAndNeverThePassword()
    {
        QString why;
        QCOMPARE(staff().add(u"anong"_s, u"อนงค์"_s, StaffRole::Supervisor, kPassword, kMorning + 1,
                     {u"admin1"_s, u"saduak-hub"_s}, &why),
            StaffStore::Change::Done);
        QCOMPARE(staff().setPassword(u"anong"_s, "a new password 2", kMorning + 2, kOperator, &why),
            StaffStore::Change::Done);
        QCOMPARE(
            staff().disable(u"anong"_s, kMorning + 3, kOperator, &why), StaffStore::Change::Done);
        const QList<QJsonObject> rows = auditRows();
        QCOMPARE(rows.size(), 4); // somchai's from init, then anong's three
        QCOMPARE(rows.at(0),
            (QJsonObject {{u"atMs"_s, kMorning}, {u"action"_s, u"staffAdded"_s},
                {u"user"_s, u"somchai"_s}, {u"role"_s, u"counter"_s}, {u"by"_s, u"root"_s},
                {u"device"_s, u"saduak-hub"_s}}));
        QCOMPARE(rows.at(1).value(u"role"_s).toString(), u"supervisor"_s);
        QCOMPARE(rows.at(1).value(u"by"_s).toString(), u"admin1"_s);
        QCOMPARE(rows.at(2),
            (QJsonObject {{u"atMs"_s, kMorning + 2}, {u"action"_s, u"passwordSet"_s},
                {u"user"_s, u"anong"_s}, {u"by"_s, u"root"_s}, {u"device"_s, u"saduak-hub"_s}}));
        QCOMPARE(rows.at(3),
            (QJsonObject {{u"atMs"_s, kMorning + 3}, {u"action"_s, u"staffDisabled"_s},
                {u"user"_s, u"anong"_s}, {u"by"_s, u"root"_s}, {u"device"_s, u"saduak-hub"_s}}));
        QCOMPARE(countOf(u"SELECT count(*) FROM outbox WHERE payload LIKE '%password 2%' "
                         "OR payload LIKE '%argon2%' OR payload LIKE '%อนงค์%'"_s),
            0);
    }

    void aChangeNotMadeIsNotAudited()
    {
        QString why;
        QCOMPARE(staff().add(u"somchai"_s, u"Other"_s, StaffRole::Admin, kPassword, kMorning,
                     kOperator, &why),
            StaffStore::Change::Exists);
        QCOMPARE(staff().add(
                     u"Bad Name"_s, u"x"_s, StaffRole::Admin, kPassword, kMorning, kOperator, &why),
            StaffStore::Change::BadInput);
        QCOMPARE(staff().setPassword(u"somchai"_s, "short", kMorning, kOperator, &why),
            StaffStore::Change::BadInput);
        QCOMPARE(staff().setPassword(u"nobody"_s, "long enough now", kMorning, kOperator, &why),
            StaffStore::Change::NotFound);
        QCOMPARE(
            staff().disable(u"nobody"_s, kMorning, kOperator, &why), StaffStore::Change::NotFound);
        QCOMPARE(
            staff().disable(u"somchai"_s, kMorning, kOperator, &why), StaffStore::Change::Done);
        QCOMPARE(staff().disable(u"somchai"_s, kMorning + 1, kOperator, &why),
            StaffStore::Change::AlreadyDisabled);
        QCOMPARE(auditRows().size(), 2); // init's staffAdded and the one disabling
    }

    void aChangeWhoseAuditCannotBeWrittenIsNotMade()
    {
        // The outbox refuses the row (a trigger stands in for a full disk): the change is undone.
        QSqlQuery q(m_hub->database().connection());
        QVERIFY(q.exec(u"CREATE TEMP TRIGGER no_audit BEFORE INSERT ON outbox "
                       "BEGIN SELECT RAISE(ABORT, 'outbox refuses'); END"_s));
        QString why;
        QCOMPARE(staff().add(u"anong"_s, u"Anong"_s, StaffRole::Admin, kPassword, kMorning,
                     kOperator, &why),
            StaffStore::Change::StorageFailed);
        QVERIFY2(why.contains(u"outbox refuses"_s), qPrintable(why));
        QCOMPARE(staff().disable(u"somchai"_s, kMorning, kOperator, &why),
            StaffStore::Change::StorageFailed);
        QCOMPARE(staff().setPassword(u"somchai"_s, "long enough now", kMorning, kOperator, &why),
            StaffStore::Change::StorageFailed);
        QVERIFY(q.exec(u"DROP TRIGGER no_audit"_s));
        QCOMPARE(countOf(u"SELECT count(*) FROM staff WHERE user_name = 'anong'"_s), 0);
        QCOMPARE(countOf(u"SELECT count(*) FROM staff WHERE disabled_at_ms IS NOT NULL"_s), 0);
        QCOMPARE(staff().logIn(u"somchai"_s, kPassword, kMorning).outcome,
            StaffStore::LogIn::Outcome::LoggedIn);
    }

    void schemaRefusesWhatTheStoreWouldNotWrite()
    {
        QSqlQuery q(m_hub->database().connection());
        QVERIFY(!q.exec(u"INSERT INTO staff (user_name, display_name, role, password_hash, "
                        "created_at_ms) VALUES ('Upper', 'x', 'counter', 'h', 1)"_s));
        QVERIFY(!q.exec(u"INSERT INTO staff (user_name, display_name, role, password_hash, "
                        "created_at_ms) VALUES ('kiosk1', 'x', 'kiosk', 'h', 1)"_s));
    }
};

QTEST_GUILESS_MAIN(TestStaffStore)
#include "tst_staffstore.moc"
