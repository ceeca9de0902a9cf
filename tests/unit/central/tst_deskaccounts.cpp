// DeskAccounts (central/deskaccounts.h) with the clock given: the lock-out's back-off doubles
// with each failure after the fifth and ends on its own, a good log-in clears the count, a
// session ends after 30 minutes unused or 10 hours after the log-in, and only hashes are kept.
#include <centraldatabase.h>
#include <deskaccounts.h>
#include <postgrescluster.h>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

const QByteArray kPassword = "ขอให้ปลอดภัย-2569"_ba;
constexpr qint64 kStart = 1796615400000; // 7 December 2026, 10:30 in Bangkok
constexpr qint64 kMinute = 60 * 1000;

} // namespace

class TestDeskAccounts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CentralDatabase> m_central;
    std::unique_ptr<DeskAccounts> m_accounts;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        StorageError error;
        m_central = CentralDatabase::open(
            test::centralLocation(m_dir, QString::number(QDateTime::currentMSecsSinceEpoch())),
            &error);
        QVERIFY2(m_central, qPrintable(error.detail));
        m_accounts = std::make_unique<DeskAccounts>(m_central->database());
        QString why;
        QCOMPARE(m_accounts->addOfficer(u"somchai"_s, u"สมชาย ใจดี"_s, {}, kPassword, kStart, &why),
            DeskAccounts::Added::Added);
    }
    void cleanup()
    {
        m_accounts.reset();
        m_central.reset();
    }

    void theLockOutDoublesAndEndsOnItsOwn()
    {
        using Outcome = DeskAccounts::LogIn::Outcome;
        qint64 now = kStart;
        for (int i = 1; i < DeskAccounts::kFreeFailures; ++i)
            QCOMPARE(m_accounts->logIn(u"somchai"_s, "wrong"_ba, now).outcome, Outcome::Refused);
        DeskAccounts::LogIn fifth = m_accounts->logIn(u"somchai"_s, "wrong"_ba, now);
        QCOMPARE(fifth.outcome, Outcome::LockedOut);
        QCOMPARE(fifth.lockedUntilMs, now + DeskAccounts::kFirstLockMs);
        // Until then even the right password is refused, and trying does not lengthen it.
        QCOMPARE(
            m_accounts->logIn(u"somchai"_s, kPassword, now + 29000).outcome, Outcome::LockedOut);
        QCOMPARE(m_accounts->logIn(u"somchai"_s, kPassword, now + 29000).lockedUntilMs,
            now + DeskAccounts::kFirstLockMs);
        // After it, one more failure locks for twice as long, then four times.
        now += DeskAccounts::kFirstLockMs;
        QCOMPARE(m_accounts->logIn(u"somchai"_s, "wrong"_ba, now).lockedUntilMs,
            now + 2 * DeskAccounts::kFirstLockMs);
        now += 2 * DeskAccounts::kFirstLockMs;
        QCOMPARE(m_accounts->logIn(u"somchai"_s, "wrong"_ba, now).lockedUntilMs,
            now + 4 * DeskAccounts::kFirstLockMs);
        // Once it has passed the right password opens, and the count starts again.
        now += 4 * DeskAccounts::kFirstLockMs;
        QCOMPARE(m_accounts->logIn(u"somchai"_s, kPassword, now).outcome, Outcome::LoggedIn);
        QCOMPARE(m_accounts->logIn(u"somchai"_s, "wrong"_ba, now).outcome, Outcome::Refused);
    }

    void theLongestLockIsAnHour()
    {
        // 30 s doubled seven times is past the hour: the 13th failure and later lock for an hour.
        qint64 now = kStart;
        qint64 lockedFor = 0;
        for (int i = 1; i <= 14; ++i) {
            const DeskAccounts::LogIn failed = m_accounts->logIn(u"somchai"_s, "wrong"_ba, now);
            lockedFor = failed.lockedUntilMs > 0 ? failed.lockedUntilMs - now : 0;
            now += lockedFor;
        }
        QCOMPARE(lockedFor, DeskAccounts::kLongestLockMs);
    }

    void aSessionEndsWhenUnusedOrOld()
    {
        const DeskAccounts::LogIn in = m_accounts->logIn(u"somchai"_s, kPassword, kStart);
        QCOMPARE(in.outcome, DeskAccounts::LogIn::Outcome::LoggedIn);
        // Used every 29 minutes it lives on, until 10 hours after the log-in.
        qint64 now = kStart;
        while (now + 29 * kMinute <= kStart + DeskAccounts::kLifetimeMs) {
            now += 29 * kMinute;
            const auto session = m_accounts->session(in.cookie, now);
            QVERIFY2(session, qPrintable(QString::number((now - kStart) / kMinute)));
            QCOMPARE(session->officer.userName, u"somchai"_s);
            QCOMPARE(session->csrfToken.size(), 43);
        }
        QVERIFY(!m_accounts->session(in.cookie, kStart + DeskAccounts::kLifetimeMs + 1));
        // Another, left alone for 31 minutes, has ended.
        const DeskAccounts::LogIn other = m_accounts->logIn(u"somchai"_s, kPassword, kStart);
        QVERIFY(m_accounts->session(other.cookie, kStart + 30 * kMinute));
        QVERIFY(!m_accounts->session(other.cookie, kStart + 61 * kMinute));
        QVERIFY(!m_accounts->session(u"made-up"_s, kStart));
    }

    void onlyHashesAreKept()
    {
        const DeskAccounts::LogIn in = m_accounts->logIn(u"somchai"_s, kPassword, kStart);
        QSqlQuery q(m_central->database().connection());
        QVERIFY(q.exec(u"SELECT password_hash FROM desk_officer"_s) && q.next());
        QVERIFY2(
            q.value(0).toString().startsWith(u"$argon2id$"_s), qPrintable(q.value(0).toString()));
        QVERIFY(!q.value(0).toString().contains(QString::fromUtf8(kPassword)));
        QVERIFY(q.exec(u"SELECT token_hash FROM desk_session"_s) && q.next());
        QVERIFY(q.value(0).toString() != in.cookie);
        QCOMPARE(q.value(0).toString().size(), 64); // hex SHA-256
    }
};

QTEST_GUILESS_MAIN(TestDeskAccounts)
#include "tst_deskaccounts.moc"
