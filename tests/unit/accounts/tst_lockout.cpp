// The lock-out after repeated failed log-ins (app/accounts/lockout.h), failure by failure.
#include <accounts/lockout.h>

#include <QTest>

using namespace saduak;

class TestLockout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scheduleDoublesFromTheFifthFailureUpToAnHour_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("lockedSeconds");
        QTest::newRow("none") << 0 << qint64(0);
        QTest::newRow("first mistype") << 1 << qint64(0);
        QTest::newRow("fourth in a row") << 4 << qint64(0);
        QTest::newRow("fifth locks 30 s") << 5 << qint64(30);
        QTest::newRow("sixth 1 min") << 6 << qint64(60);
        QTest::newRow("seventh 2 min") << 7 << qint64(120);
        QTest::newRow("tenth 16 min") << 10 << qint64(960);
        QTest::newRow("eleventh 32 min") << 11 << qint64(1920);
        QTest::newRow("twelfth capped at an hour") << 12 << qint64(3600);
        QTest::newRow("thousandth still an hour") << 1000 << qint64(3600);
        QTest::newRow("count at int's end still an hour") << std::numeric_limits<int>::max()
                                                            << qint64(3600);
    }
    void scheduleDoublesFromTheFifthFailureUpToAnHour()
    {
        QFETCH(int, failures);
        QFETCH(qint64, lockedSeconds);
        QCOMPARE(Lockout::lockFor(failures), lockedSeconds * 1000);
        const qint64 now = 1'780'000'000'000;
        QCOMPARE(Lockout::lockedUntil(failures, now), lockedSeconds > 0 ? now + lockedSeconds * 1000 : 0);
    }
};

QTEST_GUILESS_MAIN(TestLockout)
#include "tst_lockout.moc"
