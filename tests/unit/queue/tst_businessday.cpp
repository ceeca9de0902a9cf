#include <domain/bangkoktime.h>
#include <domain/businessday.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

qint64 bangkok(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), BangkokTime::zone())
        .toMSecsSinceEpoch();
}

} // namespace

class tst_BusinessDay : public QObject
{
    Q_OBJECT

private slots:
    void of_data()
    {
        QTest::addColumn<qint64>("instant");
        QTest::addColumn<int>("rolloverHour");
        QTest::addColumn<QDate>("day");
        QTest::newRow("rollover at midnight: the Bangkok date")
            << bangkok(2026, 11, 25, 0, 0) << 0 << QDate(2026, 11, 25);
        QTest::newRow("before the rollover hour: still yesterday")
            << bangkok(2026, 11, 25, 3, 59) << 4 << QDate(2026, 11, 24);
        QTest::newRow("at the rollover hour: today")
            << bangkok(2026, 11, 25, 4, 0) << 4 << QDate(2026, 11, 25);
        QTest::newRow("Bangkok date, not UTC: 06:00 Bangkok is 23:00 UTC the day before")
            << bangkok(2026, 11, 25, 6, 0) << 4 << QDate(2026, 11, 25);
        QTest::newRow("late evening belongs to its date")
            << bangkok(2026, 11, 25, 23, 59) << 4 << QDate(2026, 11, 25);
        QTest::newRow("new year's night before the rollover is still the old year")
            << bangkok(2027, 1, 1, 2, 0) << 4 << QDate(2026, 12, 31);
    }

    void of()
    {
        QFETCH(qint64, instant);
        QFETCH(int, rolloverHour);
        QFETCH(QDate, day);
        QCOMPARE(BusinessDay::of(instant, rolloverHour), day);
    }

    void startIsTheRolloverHourInBangkok()
    {
        QCOMPARE(BusinessDay::startUtcMs(QDate(2026, 11, 25), 4), bangkok(2026, 11, 25, 4, 0));
        QCOMPARE(BusinessDay::of(BusinessDay::startUtcMs(QDate(2026, 11, 25), 4), 4),
            QDate(2026, 11, 25));
        QCOMPARE(BusinessDay::of(BusinessDay::startUtcMs(QDate(2026, 11, 25), 4) - 1, 4),
            QDate(2026, 11, 24));
    }
};

QTEST_GUILESS_MAIN(tst_BusinessDay)
#include "tst_businessday.moc"
