#include "domain/bangkoktime.h"

#include <QTest>

using namespace Qt::StringLiterals;
using saduak::BangkokTime;
using saduak::Language;

namespace {

// Instants are written in UTC explicitly, so the test means the same on any machine's time zone.
qint64 utcMs(int year, int month, int day, int hour, int minute, int second = 0, int ms = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, ms), QTimeZone::utc())
        .toMSecsSinceEpoch();
}

} // namespace

class TestBangkokTime : public QObject
{
    Q_OBJECT

private slots:
    void zoneIsSevenHoursAheadWithoutDaylightSaving_data();
    void zoneIsSevenHoursAheadWithoutDaylightSaving();
    void convertsUtcMsToBangkok();
    void formatsInBangkokTime_data();
    void formatsInBangkokTime();
    void nowIsTheCurrentInstant();
};

void TestBangkokTime::zoneIsSevenHoursAheadWithoutDaylightSaving_data()
{
    QTest::addColumn<qint64>("instant");

    QTest::newRow("1 Jan 1941, the Thai new-year change") << utcMs(1941, 1, 1, 0, 0);
    QTest::newRow("epoch") << qint64(0);
    QTest::newRow("northern winter") << utcMs(2026, 1, 15, 12, 0);
    QTest::newRow("northern summer") << utcMs(2026, 7, 15, 12, 0);
    QTest::newRow("far future") << utcMs(2099, 12, 31, 23, 59);
}

void TestBangkokTime::zoneIsSevenHoursAheadWithoutDaylightSaving()
{
    QFETCH(qint64, instant);

    const QTimeZone zone = BangkokTime::zone();
    QVERIFY(zone.isValid());
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(instant, QTimeZone::utc());
    QCOMPARE(zone.offsetFromUtc(at), 7 * 3600);
    QVERIFY(!zone.isDaylightTime(at));
}

void TestBangkokTime::convertsUtcMsToBangkok()
{
    const qint64 instant = utcMs(2026, 11, 25, 17, 30);
    const QDateTime local = BangkokTime::fromUtcMs(instant);
    QCOMPARE(local.timeZone(), BangkokTime::zone());
    QCOMPARE(local.date(), QDate(2026, 11, 26));
    QCOMPARE(local.time(), QTime(0, 30));
    QCOMPARE(local.toMSecsSinceEpoch(), instant);
}

void TestBangkokTime::formatsInBangkokTime_data()
{
    QTest::addColumn<qint64>("instant");
    QTest::addColumn<QString>("thai");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("time");

    QTest::newRow("evening UTC is after midnight in Bangkok: the date moves on") << utcMs(2026, 11,
        25, 17, 30) << u"26 พ.ย. 2569 00:30"_s << u"26 Nov 2026 00:30"_s << u"00:30"_s;
    QTest::newRow("afternoon") << utcMs(2026, 11, 25, 7, 5) << u"25 พ.ย. 2569 14:05"_s
                               << u"25 Nov 2026 14:05"_s << u"14:05"_s;
    QTest::newRow("seconds are cut, not rounded")
        << utcMs(2026, 11, 25, 7, 5, 59, 999) << u"25 พ.ย. 2569 14:05"_s << u"25 Nov 2026 14:05"_s
        << u"14:05"_s;
    QTest::newRow("last minute before Bangkok midnight")
        << utcMs(2026, 11, 25, 16, 59) << u"25 พ.ย. 2569 23:59"_s << u"25 Nov 2026 23:59"_s
        << u"23:59"_s;
    QTest::newRow("new year arrives in Bangkok before UTC")
        << utcMs(2025, 12, 31, 17, 0) << u"1 ม.ค. 2569 00:00"_s << u"1 Jan 2026 00:00"_s
        << u"00:00"_s;
    QTest::newRow("BE 2484 begins at Bangkok midnight")
        << utcMs(1940, 12, 31, 17, 0) << u"1 ม.ค. 2484 00:00"_s << u"1 Jan 1941 00:00"_s
        << u"00:00"_s;
    QTest::newRow("epoch is 07:00 in Bangkok")
        << qint64(0) << u"1 ม.ค. 2513 07:00"_s << u"1 Jan 1970 07:00"_s << u"07:00"_s;
}

void TestBangkokTime::formatsInBangkokTime()
{
    QFETCH(qint64, instant);
    QFETCH(QString, thai);
    QFETCH(QString, english);
    QFETCH(QString, time);

    QCOMPARE(BangkokTime::formatDateTime(instant), thai);
    QCOMPARE(BangkokTime::formatDateTime(instant, Language::Thai), thai);
    QCOMPARE(BangkokTime::formatDateTime(instant, Language::English), english);
    QCOMPARE(BangkokTime::formatTime(instant), time);
}

void TestBangkokTime::nowIsTheCurrentInstant()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const qint64 now = BangkokTime::nowUtcMs();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(before <= now);
    QVERIFY(now <= after);
}

QTEST_APPLESS_MAIN(TestBangkokTime)
#include "tst_bangkoktime.moc"
