#include "domain/thaicitizenid.h"

#include <QTest>

using namespace Qt::StringLiterals;
using saduak::ThaiCitizenId;

class TestThaiCitizenId : public QObject
{
    Q_OBJECT

private slots:
    void acceptsValidId_data();
    void acceptsValidId();
    void refusesInvalidId_data();
    void refusesInvalidId();
    void computesCheckDigit_data();
    void computesCheckDigit();
    void formatsInGroupsOfOneFourFiveTwoOne();
    void masksAllButFirstAndLastThreeDigits_data();
    void masksAllButFirstAndLastThreeDigits();
    void parseWorksWithoutReason();
    void equalIdsCompareEqual();
};

// Check digits below are worked by hand: sum d[i] * (13 - i) over the first twelve digits,
// then (11 - sum mod 11) mod 10.
void TestThaiCitizenId::acceptsValidId_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("digits");

    // 1*13+1*12+0+1*10+7*9+0+0+2*6+3*5+0+7*3+0 = 146; 146 mod 11 = 3; 11 - 3 = 8.
    // (The often quoted 1101700230705 fails this check; 8 is the right last digit.)
    QTest::newRow("plain digits") << u"1101700230708"_s << u"1101700230708"_s;
    // sum 352 = 32 * 11, mod 11 = 0; 11 - 0 = 11; 11 mod 10 = 1.
    QTest::newRow("remainder 0 gives check digit 1") << u"1234567890121"_s << u"1234567890121"_s;
    // sum 144, mod 11 = 1; 11 - 1 = 10; 10 mod 10 = 0.
    QTest::newRow("remainder 1 gives check digit 0") << u"3101001234590"_s << u"3101001234590"_s;
    // sum 302, mod 11 = 5; 11 - 5 = 6.
    QTest::newRow("leading zero of a non-Thai resident")
        << u"0123456789016"_s << u"0123456789016"_s;
    QTest::newRow("dash groups as on the card") << u"1-1017-00230-70-8"_s << u"1101700230708"_s;
    QTest::newRow("space groups") << u"1 1017 00230 70 8"_s << u"1101700230708"_s;
    QTest::newRow("mixed and repeated separators")
        << u"1-1017 00230 - 70-8"_s << u"1101700230708"_s;
    QTest::newRow("surrounding spaces") << u"  1101700230708 "_s << u"1101700230708"_s;
    QTest::newRow("no-break space from a pasted web page")
        << u"1\u00A01017\u00A000230\u00A070\u00A08"_s << u"1101700230708"_s;
    QTest::newRow("tab and line break from a barcode scanner")
        << u"1101700230708\t\r\n"_s << u"1101700230708"_s;
    QTest::newRow("Thai digits") << u"๑๑๐๑๗๐๐๒๓๐๗๐๘"_s << u"1101700230708"_s;
    QTest::newRow("Thai digits with dashes") << u"๑-๒๓๔๕-๖๗๘๙๐-๑๒-๑"_s << u"1234567890121"_s;
    QTest::newRow("Thai and ASCII digits mixed") << u"1-๒๓๔๕-67890-๑๒-1"_s << u"1234567890121"_s;
}

void TestThaiCitizenId::acceptsValidId()
{
    QFETCH(QString, text);
    QFETCH(QString, digits);

    QString why = u"stale reason"_s;
    const auto id = ThaiCitizenId::parse(text, &why);
    QVERIFY2(id.has_value(), qPrintable(why));
    QCOMPARE(id->digits(), digits);
    QVERIFY(why.isEmpty());
}

void TestThaiCitizenId::refusesInvalidId_data()
{
    QTest::addColumn<QString>("text");
    // A piece the reason must contain, so the officer sees what is wrong (English source text).
    QTest::addColumn<QString>("reasonMentions");

    QTest::newRow("empty") << QString() << u"No citizen ID"_s;
    QTest::newRow("only spaces") << u"   "_s << u"No citizen ID"_s;
    QTest::newRow("only separators") << u"- -"_s << u"No citizen ID"_s;
    QTest::newRow("twelve digits") << u"110170023070"_s << u"this one has 12"_s;
    QTest::newRow("fourteen digits") << u"11017002307081"_s << u"this one has 14"_s;
    QTest::newRow("one digit") << u"1"_s << u"this one has 1."_s;
    QTest::newRow("Latin letter names the letter") << u"11017OO230708"_s << u"“O”"_s;
    QTest::newRow("Thai letter names the letter") << u"1101700230ก08"_s << u"“ก”"_s;
    QTest::newRow("dot is not a separator") << u"1.1017.00230.70.8"_s << u"“.”"_s;
    QTest::newRow("soft hyphen from a PDF is named by code point")
        << u"1101700\u00AD230708"_s << u"U+00AD"_s;
    QTest::newRow("control character is named by code point")
        << u"110170023070\u00078"_s << u"U+0007"_s;
    QTest::newRow("zero-width space is named by code point")
        << u"110170\u200B0230708"_s << u"U+200B"_s;
    QTest::newRow("emoji is named whole") << u"1101700230708😀"_s << u"“😀”"_s;
    QTest::newRow("full-width digit is not accepted") << u"１101700230708"_s << u"“１”"_s;
    QTest::newRow("wrong check digit") << u"1101700230705"_s << u"check digit does not match"_s;
    QTest::newRow("two digits swapped") << u"1011700230708"_s << u"check digit does not match"_s;
    QTest::newRow("wrong check digit in Thai digits")
        << u"๑๒๓๔๕๖๗๘๙๐๑๒๒"_s << u"check digit does not match"_s;
}

void TestThaiCitizenId::refusesInvalidId()
{
    QFETCH(QString, text);
    QFETCH(QString, reasonMentions);

    QString why;
    const auto id = ThaiCitizenId::parse(text, &why);
    QVERIFY(!id.has_value());
    QVERIFY2(why.contains(reasonMentions), qPrintable(why));
}

void TestThaiCitizenId::computesCheckDigit_data()
{
    QTest::addColumn<QString>("firstTwelve");
    QTest::addColumn<int>("checkDigit");

    QTest::newRow("sum 146") << u"110170023070"_s << 8;
    QTest::newRow("sum 352, remainder 0") << u"123456789012"_s << 1;
    QTest::newRow("sum 144, remainder 1") << u"310100123459"_s << 0;
    QTest::newRow("all zeros") << u"000000000000"_s << 1;
    QTest::newRow("Thai digits") << u"๑๒๓๔๕๖๗๘๙๐๑๒"_s << 1;
    QTest::newRow("eleven digits is no answer") << u"12345678901"_s << -1;
    QTest::newRow("thirteen digits is no answer") << u"1234567890121"_s << -1;
    QTest::newRow("a separator is no answer") << u"1-2345678901"_s << -1;
}

void TestThaiCitizenId::computesCheckDigit()
{
    QFETCH(QString, firstTwelve);
    QFETCH(int, checkDigit);

    QCOMPARE(ThaiCitizenId::checkDigitFor(firstTwelve), checkDigit);
}

void TestThaiCitizenId::formatsInGroupsOfOneFourFiveTwoOne()
{
    const auto id = ThaiCitizenId::parse(u"1234567890121");
    QVERIFY(id);
    QCOMPARE(id->formatted(), u"1-2345-67890-12-1"_s);

    const auto fromThai = ThaiCitizenId::parse(u"๑๑๐๑๗๐๐๒๓๐๗๐๘");
    QVERIFY(fromThai);
    QCOMPARE(fromThai->formatted(), u"1-1017-00230-70-8"_s);
}

void TestThaiCitizenId::masksAllButFirstAndLastThreeDigits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");

    QTest::newRow("example from the header") << u"1234567890121"_s << u"1-xxxx-xxxxx-12-1"_s;
    QTest::newRow("another ID") << u"1101700230708"_s << u"1-xxxx-xxxxx-70-8"_s;
    QTest::newRow("leading zero stays visible") << u"0123456789016"_s << u"0-xxxx-xxxxx-01-6"_s;
}

void TestThaiCitizenId::masksAllButFirstAndLastThreeDigits()
{
    QFETCH(QString, text);
    QFETCH(QString, masked);

    const auto id = ThaiCitizenId::parse(text);
    QVERIFY(id);
    QCOMPARE(id->masked(), masked);
}

void TestThaiCitizenId::parseWorksWithoutReason()
{
    QVERIFY(!ThaiCitizenId::parse(u"abc"));
    QVERIFY(!ThaiCitizenId::parse(u""));
    QVERIFY(ThaiCitizenId::parse(u"1234567890121"));
}

void TestThaiCitizenId::equalIdsCompareEqual()
{
    QCOMPARE(ThaiCitizenId::parse(u"1-2345-67890-12-1"), ThaiCitizenId::parse(u"๑๒๓๔๕๖๗๘๙๐๑๒๑"));
    QVERIFY(ThaiCitizenId::parse(u"1234567890121") != ThaiCitizenId::parse(u"1101700230708"));
}

QTEST_APPLESS_MAIN(TestThaiCitizenId)
#include "tst_thaicitizenid.moc"
