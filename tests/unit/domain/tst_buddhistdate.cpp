#include "domain/buddhistdate.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using saduak::BuddhistDate;
using saduak::Language;
using Style = saduak::BuddhistDate::Style;

Q_DECLARE_METATYPE(saduak::Language)
Q_DECLARE_METATYPE(saduak::BuddhistDate::Style)

class TestBuddhistDate : public QObject
{
    Q_OBJECT

private slots:
    void computesBuddhistYear_data();
    void computesBuddhistYear();
    void convertsFromBuddhist_data();
    void convertsFromBuddhist();
    void refusesImpossibleBuddhistDate_data();
    void refusesImpossibleBuddhistDate();
    void formats_data();
    void formats();
    void formatsEveryMonthName();
    void formatIgnoresProcessLocale();
    void parses_data();
    void parses();
    void refusesUnreadableText_data();
    void refusesUnreadableText();
    void roundTripsThroughFormatAndParse_data();
    void roundTripsThroughFormatAndParse();
    void roundTripsThroughBuddhistYear();
};

void TestBuddhistDate::computesBuddhistYear_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("beYear");

    QTest::newRow("today-ish: 25 Nov 2026 is 2569") << QDate(2026, 11, 25) << 2569;
    QTest::newRow("2000 is 2543") << QDate(2000, 1, 1) << 2543;
    QTest::newRow("31 Dec 1940 is the last day of 2483") << QDate(1940, 12, 31) << 2483;
    QTest::newRow("1 Jan 1941 begins 2484") << QDate(1941, 1, 1) << 2484;
    QTest::newRow("31 Mar 1941 is +543 after the change") << QDate(1941, 3, 31) << 2484;
    QTest::newRow("1 Apr 1940 begins the short year 2483") << QDate(1940, 4, 1) << 2483;
    QTest::newRow("31 Mar 1940 is still 2482 (+542)") << QDate(1940, 3, 31) << 2482;
    QTest::newRow("1 Jan 1940 is 2482 (+542)") << QDate(1940, 1, 1) << 2482;
    QTest::newRow("pre-1941 February is +542") << QDate(1900, 2, 15) << 2442;
    QTest::newRow("pre-1941 April is +543") << QDate(1900, 4, 1) << 2443;
    QTest::newRow("pre-1941 December is +543") << QDate(1900, 12, 31) << 2443;
    QTest::newRow("invalid date gives 0") << QDate() << 0;
}

void TestBuddhistDate::computesBuddhistYear()
{
    QFETCH(QDate, date);
    QFETCH(int, beYear);

    QCOMPARE(BuddhistDate::buddhistYear(date), beYear);
}

void TestBuddhistDate::convertsFromBuddhist_data()
{
    QTest::addColumn<int>("beYear");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<QDate>("date");

    QTest::newRow("25 Nov 2569") << 2569 << 11 << 25 << QDate(2026, 11, 25);
    QTest::newRow("2484 begins 1 Jan 1941") << 2484 << 1 << 1 << QDate(1941, 1, 1);
    QTest::newRow("2483 begins 1 Apr 1940") << 2483 << 4 << 1 << QDate(1940, 4, 1);
    QTest::newRow("2483 ends 31 Dec 1940") << 2483 << 12 << 31 << QDate(1940, 12, 31);
    QTest::newRow("January of 2482 is in 1940 (-542)") << 2482 << 1 << 1 << QDate(1940, 1, 1);
    QTest::newRow("March of 2482 is in 1940 (-542)") << 2482 << 3 << 31 << QDate(1940, 3, 31);
    QTest::newRow("April of 2482 is in 1939 (-543)") << 2482 << 4 << 1 << QDate(1939, 4, 1);
    QTest::newRow("leap day 29 Feb 2567 exists") << 2567 << 2 << 29 << QDate(2024, 2, 29);
    QTest::newRow("February of 2482 is in leap 1940") << 2482 << 2 << 29 << QDate(1940, 2, 29);
}

void TestBuddhistDate::convertsFromBuddhist()
{
    QFETCH(int, beYear);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(QDate, date);

    QString why = u"stale reason"_s;
    const auto converted = BuddhistDate::fromBuddhist(beYear, month, day, &why);
    QVERIFY2(converted.has_value(), qPrintable(why));
    QCOMPARE(*converted, date);
    QVERIFY(why.isEmpty());
}

void TestBuddhistDate::refusesImpossibleBuddhistDate_data()
{
    QTest::addColumn<int>("beYear");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<QString>("reasonMentions");

    QTest::newRow("January 2483 never existed") << 2483 << 1 << 1 << u"BE 2483 had no January"_s;
    QTest::newRow("March 2483 never existed") << 2483 << 3 << 31 << u"BE 2483 had no January"_s;
    QTest::newRow("29 Feb 2566 is not a leap day") << 2566 << 2 << 29 << u"Day 29"_s;
    QTest::newRow("February of 2442 is in 1900, not leap") << 2442 << 2 << 29 << u"Day 29"_s;
    QTest::newRow("31 Feb does not exist") << 2569 << 2 << 31 << u"that month has 28 days"_s;
    QTest::newRow("31 Apr does not exist") << 2569 << 4 << 31 << u"that month has 30 days"_s;
    QTest::newRow("day 0") << 2569 << 1 << 0 << u"Day 0"_s;
    QTest::newRow("month 13") << 2569 << 13 << 1 << u"no month 13"_s;
    QTest::newRow("month 0") << 2569 << 0 << 1 << u"no month 0"_s;
    QTest::newRow("year before 1 CE") << 100 << 5 << 1 << u"too early"_s;
}

void TestBuddhistDate::refusesImpossibleBuddhistDate()
{
    QFETCH(int, beYear);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(QString, reasonMentions);

    QString why;
    QVERIFY(!BuddhistDate::fromBuddhist(beYear, month, day, &why).has_value());
    QVERIFY2(why.contains(reasonMentions), qPrintable(why));
}

void TestBuddhistDate::formats_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<Language>("language");
    QTest::addColumn<Style>("style");
    QTest::addColumn<QString>("text");

    const QDate today(2026, 11, 25);
    QTest::newRow("Thai short") << today << Language::Thai << Style::Short << u"25 พ.ย. 2569"_s;
    QTest::newRow("Thai long") << today << Language::Thai << Style::Long << u"25 พฤศจิกายน 2569"_s;
    QTest::newRow("English short uses the Gregorian year")
        << today << Language::English << Style::Short << u"25 Nov 2026"_s;
    QTest::newRow("English long uses the Gregorian year")
        << today << Language::English << Style::Long << u"25 November 2026"_s;
    QTest::newRow("day without leading zero")
        << QDate(2026, 1, 5) << Language::Thai << Style::Short << u"5 ม.ค. 2569"_s;
    QTest::newRow("English day without leading zero")
        << QDate(2026, 1, 5) << Language::English << Style::Short << u"5 Jan 2026"_s;
    QTest::newRow("last day of 2483")
        << QDate(1940, 12, 31) << Language::Thai << Style::Short << u"31 ธ.ค. 2483"_s;
    QTest::newRow("first day of 2484")
        << QDate(1941, 1, 1) << Language::Thai << Style::Long << u"1 มกราคม 2484"_s;
    QTest::newRow("pre-1941 March is +542")
        << QDate(1940, 3, 31) << Language::Thai << Style::Short << u"31 มี.ค. 2482"_s;
    QTest::newRow("pre-1941 March in English stays Gregorian")
        << QDate(1940, 3, 31) << Language::English << Style::Short << u"31 Mar 1940"_s;
    QTest::newRow("invalid date is empty")
        << QDate() << Language::Thai << Style::Short << QString();
}

void TestBuddhistDate::formats()
{
    QFETCH(QDate, date);
    QFETCH(Language, language);
    QFETCH(Style, style);
    QFETCH(QString, text);

    QCOMPARE(BuddhistDate::format(date, language, style), text);
}

void TestBuddhistDate::formatsEveryMonthName()
{
    // clang-format off
    const QStringList thaiShort = {
        u"ม.ค."_s, u"ก.พ."_s, u"มี.ค."_s, u"เม.ย."_s, u"พ.ค."_s, u"มิ.ย."_s,
        u"ก.ค."_s, u"ส.ค."_s, u"ก.ย."_s, u"ต.ค."_s, u"พ.ย."_s, u"ธ.ค."_s,
    };
    const QStringList thaiLong = {
        u"มกราคม"_s, u"กุมภาพันธ์"_s, u"มีนาคม"_s, u"เมษายน"_s, u"พฤษภาคม"_s, u"มิถุนายน"_s,
        u"กรกฎาคม"_s, u"สิงหาคม"_s, u"กันยายน"_s, u"ตุลาคม"_s, u"พฤศจิกายน"_s, u"ธันวาคม"_s,
    };
    const QStringList englishShort = {
        u"Jan"_s, u"Feb"_s, u"Mar"_s, u"Apr"_s, u"May"_s, u"Jun"_s,
        u"Jul"_s, u"Aug"_s, u"Sep"_s, u"Oct"_s, u"Nov"_s, u"Dec"_s,
    };
    const QStringList englishLong = {
        u"January"_s, u"February"_s, u"March"_s, u"April"_s, u"May"_s, u"June"_s,
        u"July"_s, u"August"_s, u"September"_s, u"October"_s, u"November"_s, u"December"_s,
    };
    // clang-format on
    for (int month = 1; month <= 12; ++month) {
        const QDate date(2026, month, 1);
        QCOMPARE(BuddhistDate::thaiMonthName(month, Style::Short), thaiShort[month - 1]);
        QCOMPARE(BuddhistDate::thaiMonthName(month, Style::Long), thaiLong[month - 1]);
        QCOMPARE(BuddhistDate::format(date, Language::Thai, Style::Short),
            u"1 "_s + thaiShort[month - 1] + u" 2569"_s);
        QCOMPARE(BuddhistDate::format(date, Language::Thai, Style::Long),
            u"1 "_s + thaiLong[month - 1] + u" 2569"_s);
        QCOMPARE(BuddhistDate::format(date, Language::English, Style::Short),
            u"1 "_s + englishShort[month - 1] + u" 2026"_s);
        QCOMPARE(BuddhistDate::format(date, Language::English, Style::Long),
            u"1 "_s + englishLong[month - 1] + u" 2026"_s);
    }
    QVERIFY(BuddhistDate::thaiMonthName(0, Style::Short).isEmpty());
    QVERIFY(BuddhistDate::thaiMonthName(13, Style::Long).isEmpty());
}

void TestBuddhistDate::formatIgnoresProcessLocale()
{
    // English month names must not follow whatever locale the counter PC was installed with.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const QString english = BuddhistDate::format(QDate(2026, 11, 25), Language::English);
    const QString thai = BuddhistDate::format(QDate(2026, 11, 25), Language::Thai);
    QLocale::setDefault(before);
    QCOMPARE(english, u"25 Nov 2026"_s);
    QCOMPARE(thai, u"25 พ.ย. 2569"_s);
}

void TestBuddhistDate::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");

    const QDate today(2026, 11, 25);
    QTest::newRow("short Thai month") << u"25 พ.ย. 2569"_s << today;
    QTest::newRow("long Thai month") << u"25 พฤศจิกายน 2569"_s << today;
    QTest::newRow("slashes") << u"25/11/2569"_s << today;
    QTest::newRow("dashes") << u"25-11-2569"_s << today;
    QTest::newRow("leading zeros") << u"05/01/2569"_s << QDate(2026, 1, 5);
    QTest::newRow("Thai digits with month name") << u"๒๕ พ.ย. ๒๕๖๙"_s << today;
    QTest::newRow("Thai digits with slashes") << u"๒๕/๑๑/๒๕๖๙"_s << today;
    QTest::newRow("extra spaces") << u"  25   พ.ย.   2569  "_s << today;
    QTest::newRow("spaces around slashes") << u"25 / 11 / 2569"_s << today;
    QTest::newRow("no-break spaces") << u"25\u00A0พ.ย.\u00A02569"_s << today;
    QTest::newRow("no spaces at all") << u"25พ.ย.2569"_s << today;
    QTest::newRow("abbreviation without last dot") << u"25 พ.ย 2569"_s << today;
    QTest::newRow("abbreviation without dots") << u"25 พย 2569"_s << today;
    QTest::newRow("formal era marker before the year") << u"25 พฤศจิกายน พ.ศ. 2569"_s << today;
    QTest::newRow("numbers separated by spaces") << u"25 11 2569"_s << today;
    QTest::newRow("มี.ค. is not confused with ม.ค.") << u"1 มี.ค. 2569"_s << QDate(2026, 3, 1);
    QTest::newRow("first day of 2484") << u"1 ม.ค. 2484"_s << QDate(1941, 1, 1);
    QTest::newRow("last day of 2483") << u"31 ธ.ค. 2483"_s << QDate(1940, 12, 31);
    QTest::newRow("pre-1941 February is -542") << u"15 ก.พ. 2482"_s << QDate(1940, 2, 15);
    QTest::newRow("pre-1941 April is -543") << u"1/4/2482"_s << QDate(1939, 4, 1);
    QTest::newRow("leap day 29 ก.พ. 2567") << u"29 ก.พ. 2567"_s << QDate(2024, 2, 29);
}

void TestBuddhistDate::parses()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);

    QString why = u"stale reason"_s;
    const auto parsed = BuddhistDate::parse(text, &why);
    QVERIFY2(parsed.has_value(), qPrintable(why));
    QCOMPARE(*parsed, date);
    QVERIFY(why.isEmpty());
}

void TestBuddhistDate::refusesUnreadableText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reasonMentions");

    QTest::newRow("empty") << QString() << u"No date"_s;
    QTest::newRow("only spaces") << u"   "_s << u"No date"_s;
    QTest::newRow("unknown month name") << u"25 พฤศจิกา 2569"_s << u"“พฤศจิกา” is not a Thai month"_s;
    QTest::newRow("English month name") << u"25 Nov 2569"_s << u"“Nov” is not a Thai month"_s;
    QTest::newRow("no leap day in 2566") << u"29 ก.พ. 2566"_s << u"Day 29 does not exist"_s;
    QTest::newRow("31 February") << u"31/02/2569"_s << u"Day 31 does not exist"_s;
    QTest::newRow("day 0") << u"0/11/2569"_s << u"Day 0 does not exist"_s;
    QTest::newRow("month 13") << u"25/13/2569"_s << u"no month 13"_s;
    QTest::newRow("month 0") << u"25/0/2569"_s << u"no month 0"_s;
    QTest::newRow("three-digit day") << u"123/11/2569"_s << u"“123” is not a day"_s;
    QTest::newRow("three-digit month") << u"25/111/2569"_s << u"“111” is not a month number"_s;
    QTest::newRow("three-digit month between spaces")
        << u"25 111 2569"_s << u"“111” is not a month number"_s;
    QTest::newRow("January 2483 never existed") << u"1 ม.ค. 2483"_s << u"BE 2483 had no January"_s;
    QTest::newRow("two-digit year") << u"25/11/69"_s << u"year in full"_s;
    QTest::newRow("year missing") << u"25 พ.ย."_s << u"year in full"_s;
    QTest::newRow("Christian-Era year") << u"25/11/2026"_s << u"(2569)"_s;
    QTest::newRow("day missing") << u"พ.ย. 2569"_s << u"is not a date"_s;
    QTest::newRow("month missing") << u"25 2569"_s << u"is not a date"_s;
    QTest::newRow("only day and month") << u"25/11"_s << u"is not a date"_s;
    QTest::newRow("text after the year") << u"25/11/2569 noon"_s << u"is not a date"_s;
    QTest::newRow("letter in the day") << u"2x/11/2569"_s << u"is not a date"_s;
}

void TestBuddhistDate::refusesUnreadableText()
{
    QFETCH(QString, text);
    QFETCH(QString, reasonMentions);

    QString why;
    const auto parsed = BuddhistDate::parse(text, &why);
    QVERIFY2(!parsed.has_value(), qPrintable(parsed ? parsed->toString(Qt::ISODate) : QString()));
    QVERIFY2(why.contains(reasonMentions), qPrintable(why));
}

void TestBuddhistDate::roundTripsThroughFormatAndParse_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");

    QTest::newRow("1900 to 1940, the April new-year era")
        << QDate(1900, 1, 1) << QDate(1940, 12, 31);
    QTest::newRow("across the 1941 change") << QDate(1939, 1, 1) << QDate(1942, 12, 31);
    QTest::newRow("1941 to 2100") << QDate(1941, 1, 1) << QDate(2100, 12, 31);
}

void TestBuddhistDate::roundTripsThroughFormatAndParse()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);

    for (QDate date = first; date <= last; date = date.addDays(1)) {
        for (const Style style : {Style::Short, Style::Long}) {
            const QString text = BuddhistDate::format(date, Language::Thai, style);
            QString why;
            const auto parsed = BuddhistDate::parse(text, &why);
            QVERIFY2(parsed.has_value(), qPrintable(text + u": "_s + why));
            QCOMPARE(*parsed, date);
        }
        const QString numeric = QString::number(date.day()) + u'/' + QString::number(date.month())
            + u'/' + QString::number(BuddhistDate::buddhistYear(date));
        QCOMPARE(BuddhistDate::parse(numeric).value_or(QDate()), date);
    }
}

void TestBuddhistDate::roundTripsThroughBuddhistYear()
{
    for (QDate date(1800, 1, 1); date <= QDate(2200, 12, 31); date = date.addDays(1)) {
        const auto back = BuddhistDate::fromBuddhist(
            BuddhistDate::buddhistYear(date), date.month(), date.day());
        QVERIFY2(back.has_value(), qPrintable(date.toString(Qt::ISODate)));
        QCOMPARE(*back, date);
    }
}

QTEST_APPLESS_MAIN(TestBuddhistDate)
#include "tst_buddhistdate.moc"
