// A service's week (Monday 1 … Sunday 7, each day its hours or closed) and the branch's holidays:
// whether a kiosk ticket may be taken at an instant in Bangkok, and why not (the holiday, the
// weekday, before or after the day's hours). The week's JSON as the LAN protocol spells it.
#include <domain/bangkoktime.h>
#include <domain/weekhours.h>

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;

Q_DECLARE_METATYPE(saduak::OpeningState::Kind)

namespace {

qint64 bangkok(QDate date, int hour, int minute)
{
    return QDateTime(date, QTime(hour, minute), BangkokTime::zone()).toMSecsSinceEpoch();
}

// Weekdays 08:30–16:30, Saturday 09:00–12:00, closed on Sunday.
WeekHours officeWeek()
{
    WeekHours week = WeekHours::closed();
    for (int day = 1; day <= 5; ++day)
        week.set(day, OpeningHours::parse(u"08:30", u"16:30"));
    week.set(6, OpeningHours::parse(u"09:00", u"12:00"));
    return week;
}

// December 2026: the 7th is a Monday, the 10th (Thursday) Constitution Day.
const QDate monday(2026, 12, 7);
const QDate constitutionDay(2026, 12, 10);
const QList<Holiday> holidays {{constitutionDay, u"วันรัฐธรรมนูญ"_s}};

} // namespace

class TestWeekHours : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openingStateByDayAndTime_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("hour");
        QTest::addColumn<int>("minute");
        QTest::addColumn<OpeningState::Kind>("kind");
        using Kind = OpeningState::Kind;
        QTest::newRow("Monday morning") << monday << 10 << 0 << Kind::Open;
        QTest::newRow("Monday before opening") << monday << 8 << 29 << Kind::NotOpenYet;
        QTest::newRow("Monday at closing") << monday << 16 << 30 << Kind::ClosedForToday;
        QTest::newRow("Saturday morning: short day") << monday.addDays(5) << 11 << 59 << Kind::Open;
        QTest::newRow("Saturday afternoon") << monday.addDays(5) << 13 << 0
                                            << Kind::ClosedForToday;
        QTest::newRow("Sunday: not a day it opens") << monday.addDays(6) << 10 << 0
                                                    << Kind::ClosedThisWeekday;
        QTest::newRow("holiday on a Thursday") << constitutionDay << 10 << 0 << Kind::Holiday;
        QTest::newRow("the day after the holiday") << constitutionDay.addDays(1) << 10 << 0
                                                   << Kind::Open;
        // Midnight in Bangkok is 17:00 UTC the day before: the date is Bangkok's.
        QTest::newRow("holiday's first minute") << constitutionDay << 0 << 0 << Kind::Holiday;
    }

    void openingStateByDayAndTime()
    {
        QFETCH(QDate, date);
        QFETCH(int, hour);
        QFETCH(int, minute);
        QFETCH(OpeningState::Kind, kind);
        const OpeningState state = OpeningState::of(officeWeek(), holidays, bangkok(date, hour, minute));
        QCOMPARE(state.kind, kind);
        QCOMPARE(state.weekday, date.dayOfWeek());
        QCOMPARE(state.isOpen(), kind == OpeningState::Kind::Open);
        if (kind == OpeningState::Kind::Holiday)
            QCOMPARE(state.holidayName, u"วันรัฐธรรมนูญ"_s);
        if (kind == OpeningState::Kind::NotOpenYet)
            QCOMPARE(state.today->opensText(), u"08:30"_s);
    }

    void weekAloneIgnoresHolidays()
    {
        QVERIFY(officeWeek().isOpenAt(bangkok(constitutionDay, 10, 0)));
        QVERIFY(!officeWeek().isOpenAt(bangkok(monday.addDays(6), 10, 0)));
    }

    void defaultIsOpenAllDayEveryDay()
    {
        const WeekHours week;
        QVERIFY(week.isAllDayEveryDay());
        for (int day = 1; day <= 7; ++day)
            QVERIFY(week.isOpenAt(bangkok(monday.addDays(day - 1), 3, 0)));
        QVERIFY(!WeekHours::everyDay(*OpeningHours::parse(u"08:30", u"16:30")).isAllDayEveryDay());
    }

    void jsonListsTheOpenDaysOnly()
    {
        const QByteArray json = QJsonDocument(officeWeek().toJson()).toJson(QJsonDocument::Compact);
        QCOMPARE(json,
            QByteArray(R"([{"closes":"16:30","day":1,"opens":"08:30"},)"
                       R"({"closes":"16:30","day":2,"opens":"08:30"},)"
                       R"({"closes":"16:30","day":3,"opens":"08:30"},)"
                       R"({"closes":"16:30","day":4,"opens":"08:30"},)"
                       R"({"closes":"16:30","day":5,"opens":"08:30"},)"
                       R"({"closes":"12:00","day":6,"opens":"09:00"}])"));
        QCOMPARE(WeekHours::fromJson(officeWeek().toJson()), officeWeek());
        // No days at all: closed every day (not "open all day").
        QCOMPARE(WeekHours::fromJson({}), WeekHours::closed());
    }

    void refusesABadWeek_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("why");
        QTest::newRow("day 0") << QByteArray(R"([{"day":0,"opens":"08:30","closes":"16:30"}])")
                               << u"1 (Monday) to 7 (Sunday)"_s;
        QTest::newRow("day 8") << QByteArray(R"([{"day":8,"opens":"08:30","closes":"16:30"}])")
                               << u"1 (Monday) to 7 (Sunday)"_s;
        QTest::newRow("day as text")
            << QByteArray(R"([{"day":"1","opens":"08:30","closes":"16:30"}])")
            << u"1 (Monday) to 7 (Sunday)"_s;
        QTest::newRow("a day twice") << QByteArray(R"([{"day":2,"opens":"08:30","closes":"16:30"},)"
                                                   R"({"day":2,"opens":"09:00","closes":"12:00"}])")
                                     << u"day 2 is given twice"_s;
        QTest::newRow("closing first")
            << QByteArray(R"([{"day":3,"opens":"16:30","closes":"08:30"}])") << u"day 3:"_s;
        QTest::newRow("not HH:MM") << QByteArray(R"([{"day":3,"opens":"8:30","closes":"16:30"}])")
                                   << u"day 3:"_s;
    }

    void refusesABadWeek()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, why);
        QString said;
        QVERIFY(!WeekHours::fromJson(QJsonDocument::fromJson(json).array(), &said));
        QVERIFY2(said.contains(why), qPrintable(said));
    }
};

QTEST_GUILESS_MAIN(TestWeekHours)
#include "tst_weekhours.moc"
