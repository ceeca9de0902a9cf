#include "domain/citizen.h"

#include <QTest>

using namespace Qt::StringLiterals;
using saduak::Citizen;
using saduak::Language;
using saduak::PartialDate;
using saduak::ThaiCitizenId;

class TestCitizen : public QObject
{
    Q_OBJECT

private slots:
    void countsAgeInWholeYears_data();
    void countsAgeInWholeYears();
    void elderlyFromSixtyOnTheDay_data();
    void elderlyFromSixtyOnTheDay();
    void noAgeWithoutABirthYear();
    void formatsPartialDatesInThaiAndEnglish_data();
    void formatsPartialDatesInThaiAndEnglish();
    void expiredOnlyAfterTheExpiryDateAndNeverWhenLifelong();
    void keepsACardIdWithABadCheckDigit();
    void refusesACardIdThatIsNotThirteenDigits();
    void joinsNamePartsThatExist();
};

void TestCitizen::countsAgeInWholeYears_data()
{
    QTest::addColumn<int>("beYear");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("age");

    // 15 April 2530 BE = 15 April 1987.
    QTest::newRow("day before the birthday") << 2530 << 4 << 15 << QDate(2026, 4, 14) << 38;
    QTest::newRow("on the birthday") << 2530 << 4 << 15 << QDate(2026, 4, 15) << 39;
    // Civil and Commercial Code s. 16: only the month known -> from the 1st of that month.
    QTest::newRow("unknown day: from the 1st of the month")
        << 2530 << 4 << 0 << QDate(2026, 4, 1) << 39;
    QTest::newRow("unknown day: not before the month")
        << 2530 << 4 << 0 << QDate(2026, 3, 31) << 38;
    // Neither known -> from the first day of the calendar year of birth.
    QTest::newRow("unknown day and month: from 1 January")
        << 2506 << 0 << 0 << QDate(2023, 1, 1) << 60;
    QTest::newRow("unknown day and month: not in the year before")
        << 2506 << 0 << 0 << QDate(2022, 12, 31) << 59;
    // Before BE 2484 the Thai year began on 1 April: BE 2480 began on 1 April 1937.
    QTest::newRow("pre-2484 year without month starts in April")
        << 2480 << 0 << 0 << QDate(2026, 3, 31) << 88;
    QTest::newRow("pre-2484 year without month, from April")
        << 2480 << 0 << 0 << QDate(2026, 4, 1) << 89;
    // 29 February 2531 BE = 1988: in a common year the birthday counts on 28 February.
    QTest::newRow("29 February in a common year") << 2531 << 2 << 29 << QDate(2026, 2, 28) << 38;
    QTest::newRow("29 February, the day before") << 2531 << 2 << 29 << QDate(2026, 2, 27) << 37;
}

void TestCitizen::countsAgeInWholeYears()
{
    QFETCH(int, beYear);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(QDate, today);
    QFETCH(int, age);
    const PartialDate birth {beYear, month, day};
    QCOMPARE(birth.ageOn(today), std::optional<int>(age));
}

void TestCitizen::elderlyFromSixtyOnTheDay_data()
{
    QTest::addColumn<int>("beYear");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("elderly");

    // Born 26 November 2509 BE = 1966: 60 on 26 November 2026.
    QTest::newRow("the day before sixty") << 2509 << 11 << 26 << QDate(2026, 11, 25) << false;
    QTest::newRow("sixtieth birthday") << 2509 << 11 << 26 << QDate(2026, 11, 26) << true;
    QTest::newRow("only the year: sixty from 1 January")
        << 2509 << 0 << 0 << QDate(2026, 1, 1) << true;
    QTest::newRow("only the year: not yet in December before")
        << 2509 << 0 << 0 << QDate(2025, 12, 31) << false;
    QTest::newRow("only the month: sixty from the 1st")
        << 2509 << 11 << 0 << QDate(2026, 11, 1) << true;
    QTest::newRow("young") << 2540 << 1 << 1 << QDate(2026, 11, 26) << false;
}

void TestCitizen::elderlyFromSixtyOnTheDay()
{
    QFETCH(int, beYear);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(QDate, today);
    QFETCH(bool, elderly);
    Citizen c;
    c.birthDate = PartialDate {beYear, month, day};
    QCOMPARE(c.isElderlyOn(today), elderly);
}

void TestCitizen::noAgeWithoutABirthYear()
{
    Citizen c;
    QVERIFY(!c.ageOn(QDate(2026, 11, 26)));
    QVERIFY(!c.isElderlyOn(QDate(2026, 11, 26)));
    // A birth date after today is a broken card, not a negative age.
    c.birthDate = PartialDate {2580, 1, 1};
    QVERIFY(!c.ageOn(QDate(2026, 11, 26)));
}

void TestCitizen::formatsPartialDatesInThaiAndEnglish_data()
{
    QTest::addColumn<int>("beYear");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<QString>("thai");
    QTest::addColumn<QString>("english");

    QTest::newRow("full") << 2530 << 4 << 15 << u"15 เม.ย. 2530"_s << u"15 Apr 1987"_s;
    QTest::newRow("no day") << 2530 << 4 << 0 << u"เม.ย. 2530"_s << u"Apr 1987"_s;
    QTest::newRow("year only") << 2530 << 0 << 0 << u"2530"_s << u"1987"_s;
    QTest::newRow("pre-2484 year stays BE in English")
        << 2480 << 0 << 0 << u"2480"_s << u"BE 2480"_s;
}

void TestCitizen::formatsPartialDatesInThaiAndEnglish()
{
    QFETCH(int, beYear);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(QString, thai);
    QFETCH(QString, english);
    const PartialDate d {beYear, month, day};
    QCOMPARE(d.format(Language::Thai), thai);
    QCOMPARE(d.format(Language::English), english);
}

void TestCitizen::expiredOnlyAfterTheExpiryDateAndNeverWhenLifelong()
{
    Citizen c;
    c.cardExpires = QDate(2026, 11, 26);
    QVERIFY(!c.cardExpiredOn(QDate(2026, 11, 26))); // valid through its last day
    QVERIFY(c.cardExpiredOn(QDate(2026, 11, 27)));
    c.cardExpires = QDate();
    c.cardLifelong = true;
    QVERIFY(!c.cardExpiredOn(QDate(2100, 1, 1)));
}

void TestCitizen::keepsACardIdWithABadCheckDigit()
{
    const std::optional<ThaiCitizenId> bad = ThaiCitizenId::fromCard(u"1509900123454");
    QVERIFY(bad);
    QVERIFY(!bad->hasValidCheckDigit());
    QCOMPARE(bad->masked(), u"1-xxxx-xxxxx-45-4"_s);
    QVERIFY(!ThaiCitizenId::parse(u"1509900123454"));

    const std::optional<ThaiCitizenId> good = ThaiCitizenId::fromCard(u"1101700230708");
    QVERIFY(good && good->hasValidCheckDigit());
    QCOMPARE(*good, *ThaiCitizenId::parse(u"1101700230708"));
}

void TestCitizen::refusesACardIdThatIsNotThirteenDigits()
{
    QVERIFY(!ThaiCitizenId::fromCard(u""));
    QVERIFY(!ThaiCitizenId::fromCard(u"110170023070"));
    QVERIFY(!ThaiCitizenId::fromCard(u"11017002307081"));
    QVERIFY(!ThaiCitizenId::fromCard(u"1-1017-00230-70-8"));
    QVERIFY(!ThaiCitizenId::fromCard(u"110170023070x"));
}

void TestCitizen::joinsNamePartsThatExist()
{
    const saduak::PersonName name {u"นาย"_s, u"สมชาย"_s, QString(), u"ใจดี"_s};
    QCOMPARE(name.full(), u"นาย สมชาย ใจดี"_s);
    QVERIFY(saduak::PersonName {}.isEmpty());
}

QTEST_GUILESS_MAIN(TestCitizen)
#include "tst_citizen.moc"
