#include "trackingnumber.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using saduak::complaints::TrackingNumber;

namespace {

const QString alphabet = u"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"_s;

// The test's own reading of the README's rule, written apart from checkDigitsFor(): a number
// (without dashes) is valid when it is 1–8 letters or digits, a real date YYMMDD of BE 25YY, a
// sequence 0001–9999 and two digits, and the whole, each character of the body written as two
// digits and the check digits as they are, is ≡ 1 (mod 97) — by long division a digit at a time.
bool validByOwnRule(const QString &compact)
{
    if (compact.size() < 13 || compact.size() > 20)
        return false;
    const qsizetype branchLength = compact.size() - 12;
    for (qsizetype i = 0; i < compact.size(); ++i) {
        const bool digit = compact[i].isDigit() && compact[i].unicode() < 0x80;
        const bool letter = compact[i] >= u'A' && compact[i] <= u'Z';
        if (i < branchLength ? !(digit || letter) : !digit)
            return false;
    }
    const QString tail = compact.sliced(branchLength);
    const QDate date(
        1957 + tail.sliced(0, 2).toInt(), tail.sliced(2, 2).toInt(), tail.sliced(4, 2).toInt());
    if (!date.isValid() || tail.sliced(6, 4).toInt() < 1)
        return false;

    QString digits;
    for (qsizetype i = 0; i < compact.size() - 2; ++i)
        digits += u"%1"_s.arg(alphabet.indexOf(compact[i]), 2, 10, QLatin1Char('0'));
    digits += compact.last(2);
    int remainder = 0;
    for (QChar d : digits)
        remainder = (remainder * 10 + d.digitValue()) % 97;
    return remainder == 1;
}

QString compactOf(const TrackingNumber &number)
{
    return number.text().remove(u'-');
}

} // namespace

class TestTrackingNumber : public QObject
{
    Q_OBJECT

private slots:
    void knownExampleComputedByHand();
    void makesAndParsesBack_data();
    void makesAndParsesBack();
    void parseAcceptsWhatPeopleType_data();
    void parseAcceptsWhatPeopleType();
    void parseRefusesWithAReason_data();
    void parseRefusesWithAReason();
    void reasonsNeverRepeatWhatWasTyped_data();
    void reasonsNeverRepeatWhatWasTyped();
    void makeRefusesWhatCannotBeANumber_data();
    void makeRefusesWhatCannotBeANumber();
    void branchCodes_data();
    void branchCodes();
    void checkDigitsForRefusesWhatIsNotABody_data();
    void checkDigitsForRefusesWhatIsNotABody();
    void findsTheNumberInScannedText_data();
    void findsTheNumberInScannedText();
    void everyDayOfTheRangeMakesAndParsesBack();
    void whatParseTakesItGivesBackUnchanged();
    void checkDigitsCatchEverySingleWrongCharacter_data();
    void checkDigitsCatchEverySingleWrongCharacter();
    void checkDigitsCatchEverySwapOfNeighbours_data();
    void checkDigitsCatchEverySwapOfNeighbours();
};

void TestTrackingNumber::knownExampleComputedByHand()
{
    // B001-691207-0042: each character as two digits, B=11, 0=00, 0=00, 1=01, 6=06, 9=09, …
    //   1100000106090102000700000402
    // mod 97 on paper, nine digits at a time, the remainder carried in front:
    //   110000010 mod 97 = 70;  70 6090102 mod 97 = 39;  39 0007000 mod 97 = 70;
    //   70 00402 mod 97 = 9;  × 100: 900 mod 97 = 27;  check = 98 − 27 = 71.
    // And back: 1100000106090102000700000402 71 mod 97 = 1.
    QCOMPARE(TrackingNumber::checkDigitsFor(u"B0016912070042"), u"71"_s);
    const auto number = TrackingNumber::make(u"B001"_s, QDate(2026, 12, 7), 42);
    QVERIFY(number);
    QCOMPARE(number->text(), u"B001-691207-0042-71"_s);
    QVERIFY(validByOwnRule(u"B001691207004271"_s));
}

void TestTrackingNumber::makesAndParsesBack_data()
{
    QTest::addColumn<QString>("branch");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("sequence");
    QTest::addColumn<QString>("text");

    // BE = Gregorian + 543; YY its last two digits.
    QTest::newRow("the README's example")
        << u"B001"_s << QDate(2026, 12, 7) << 42 << u"B001-691207-0042-71"_s;
    QTest::newRow("one-character branch, first of the day")
        << u"7"_s << QDate(2026, 1, 1) << 1 << u"7-690101-0001-%1"_s;
    QTest::newRow("eight-character branch, last of the day")
        << u"BKK00123"_s << QDate(2027, 6, 30) << 9999 << u"BKK00123-700630-9999-%1"_s;
    QTest::newRow("first day of BE 2500 is YY 00")
        << u"A1"_s << QDate(1957, 1, 1) << 5 << u"A1-000101-0005-%1"_s;
    QTest::newRow("last day of BE 2599 is YY 99")
        << u"A1"_s << QDate(2056, 12, 31) << 5 << u"A1-991231-0005-%1"_s;
    QTest::newRow("leap day") << u"CNX9"_s << QDate(2028, 2, 29) << 310 << u"CNX9-710229-0310-%1"_s;
    QTest::newRow("branch of digits only")
        << u"1001"_s << QDate(2026, 12, 31) << 77 << u"1001-691231-0077-%1"_s;
}

void TestTrackingNumber::makesAndParsesBack()
{
    QFETCH(QString, branch);
    QFETCH(QDate, date);
    QFETCH(int, sequence);
    QFETCH(QString, text);

    QString why;
    const auto made = TrackingNumber::make(branch, date, sequence, &why);
    QVERIFY2(made, qPrintable(why));
    // The check digits are the test's to verify (validByOwnRule), the rest is the layout.
    const QString expected = text.contains(u"%1"_s) ? text.arg(made->text().right(2)) : text;
    QCOMPARE(made->text(), expected);
    QVERIFY(validByOwnRule(compactOf(*made)));
    QCOMPARE(made->branchCode(), branch);
    QCOMPARE(made->filingDate(), date);
    QCOMPARE(made->sequence(), sequence);

    const auto parsed = TrackingNumber::parse(made->text(), &why);
    QVERIFY2(parsed, qPrintable(why));
    QCOMPARE(*parsed, *made);
    QCOMPARE(parsed->filingDate(), date);
    QCOMPARE(parsed->branchCode(), branch);
    QCOMPARE(parsed->sequence(), sequence);
}

void TestTrackingNumber::parseAcceptsWhatPeopleType_data()
{
    QTest::addColumn<QString>("typed");

    QTest::newRow("as printed") << u"B001-691207-0042-71"_s;
    QTest::newRow("lower case") << u"b001-691207-0042-71"_s;
    QTest::newRow("no dashes") << u"B001691207004271"_s;
    QTest::newRow("spaces for dashes") << u"B001 691207 0042 71"_s;
    QTest::newRow("spaces anywhere") << u"B 001 6912 07 004 271"_s;
    QTest::newRow("Thai digits") << u"B๐๐๑-๖๙๑๒๐๗-๐๐๔๒-๗๑"_s;
    QTest::newRow("white space around, Enter after") << u"  B001-691207-0042-71\r\n"_s;
    QTest::newRow("no-break space pasted") << u"B001\u00A0691207\u00A00042\u00A071"_s;
}

void TestTrackingNumber::parseAcceptsWhatPeopleType()
{
    QFETCH(QString, typed);
    QString why;
    const auto number = TrackingNumber::parse(typed, &why);
    QVERIFY2(number, qPrintable(why));
    QCOMPARE(number->text(), u"B001-691207-0042-71"_s);
    QCOMPARE(number->filingDate(), QDate(2026, 12, 7));
}

void TestTrackingNumber::parseRefusesWithAReason_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("reasonSays");

    QTest::newRow("nothing") << QString() << u"No tracking number"_s;
    QTest::newRow("only dashes and spaces") << u" - - "_s << u"No tracking number"_s;
    QTest::newRow("a slash") << u"B001/691207-0042-71"_s << u"“/” is not allowed"_s;
    QTest::newRow("a Thai letter") << u"ก001-691207-0042-71"_s << u"“ก” is not allowed"_s;
    QTest::newRow("a control character")
        << u"B001-691207\u0007-0042-71"_s << u"U+0007 is not allowed"_s;
    QTest::newRow("too short: no branch") << u"691207-0042-71"_s << u"has 12 letters and digits"_s;
    QTest::newRow("a digit missing from the date's group")
        << u"B001-69127-0042-71"_s << u"does not have the groups"_s;
    QTest::newRow("a digit too many in the sequence's group")
        << u"B001-691207-00042-71"_s << u"does not have the groups"_s;
    QTest::newRow("a digit missing, no dashes") << u"B00169127004271"_s << u"not a day"_s;
    QTest::newRow("branch of nine")
        << u"ABCDEFGH1-691207-0042-71"_s << u"has 21 letters and digits"_s;
    QTest::newRow("a letter in the date") << u"B001-69120O-0042-71"_s << u"has a letter"_s;
    QTest::newRow("month 13") << u"B001-691307-0042-71"_s << u"not a day"_s;
    QTest::newRow("29 February of a common year (BE 2569 = 2026)")
        << u"B001-690229-0042-71"_s << u"not a day"_s;
    QTest::newRow("day 00") << u"B001-691200-0042-71"_s << u"not a day"_s;
    QTest::newRow("sequence 0000") << u"B001-691207-0000-71"_s << u"0000"_s;
    QTest::newRow("check digits one off") << u"B001-691207-0042-72"_s << u"check digits"_s;
    QTest::newRow("a wrong sequence digit") << u"B001-691207-0043-71"_s << u"check digits"_s;
}

void TestTrackingNumber::parseRefusesWithAReason()
{
    QFETCH(QString, typed);
    QFETCH(QString, reasonSays);
    QString why;
    QVERIFY(!TrackingNumber::parse(typed, &why));
    QVERIFY2(why.contains(reasonSays), qPrintable(why));

    saduak::TranslatableText text;
    QVERIFY(!TrackingNumber::parse(typed, &text));
    QCOMPARE(text.context(), u"saduak::complaints::TrackingNumber"_s);
    QCOMPARE(text.toString(), why);
}

void TestTrackingNumber::reasonsNeverRepeatWhatWasTyped_data()
{
    QTest::addColumn<QString>("typed");
    // A citizen ID typed into the tracking number's box: the reason goes to the hub and may be
    // logged, so it must not carry the ID (no run of five of its digits).
    QTest::newRow("a citizen ID") << u"1101700203450"_s;
    QTest::newRow("a citizen ID as printed") << u"1-1017-00203-45-0"_s;
    QTest::newRow("a citizen ID with a letter in front") << u"A1101700203450"_s;
    QTest::newRow("a citizen ID with the tracking number's dashes") << u"1-101700-2034-50"_s;
    QTest::newRow("a citizen ID in four groups") << u"1-1017-00203-450"_s;
    QTest::newRow("a phone number") << u"0812345678"_s;
    QTest::newRow("an ID and a name") << u"1101700203450 SOMCHAI"_s;
    QTest::newRow("an ID with an impossible date") << u"X110170020345"_s;
}

void TestTrackingNumber::reasonsNeverRepeatWhatWasTyped()
{
    QFETCH(QString, typed);
    QString why;
    QVERIFY(!TrackingNumber::parse(typed, &why));
    QVERIFY(!why.isEmpty());
    QString digits;
    for (QChar c : typed) {
        if (c.isDigit())
            digits.append(c);
    }
    for (qsizetype i = 0; i + 5 <= digits.size(); ++i)
        QVERIFY2(!why.contains(digits.sliced(i, 5)), qPrintable(why));
}

void TestTrackingNumber::makeRefusesWhatCannotBeANumber_data()
{
    QTest::addColumn<QString>("branch");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("sequence");
    QTest::addColumn<QString>("reasonSays");

    const QDate day(2026, 12, 7);
    QTest::newRow("empty branch") << QString() << day << 1 << u"branch code"_s;
    QTest::newRow("lower-case branch") << u"b001"_s << day << 1 << u"branch code"_s;
    QTest::newRow("branch of nine") << u"B00100001"_s << day << 1 << u"branch code"_s;
    QTest::newRow("dash in branch") << u"B-1"_s << day << 1 << u"branch code"_s;
    QTest::newRow("Thai letters in branch") << u"กทม1"_s << day << 1 << u"branch code"_s;
    QTest::newRow("sequence 0") << u"B001"_s << day << 0 << u"sequence 0"_s;
    QTest::newRow("sequence 10000") << u"B001"_s << day << 10000 << u"sequence 10000"_s;
    QTest::newRow("BE 2499 (1956)") << u"B001"_s << QDate(1956, 12, 31) << 1 << u"2500"_s;
    QTest::newRow("BE 2600 (2057): the format must grow first")
        << u"B001"_s << QDate(2057, 1, 1) << 1 << u"2599"_s;
    QTest::newRow("no date") << u"B001"_s << QDate() << 1 << u"2500"_s;
}

void TestTrackingNumber::makeRefusesWhatCannotBeANumber()
{
    QFETCH(QString, branch);
    QFETCH(QDate, date);
    QFETCH(int, sequence);
    QFETCH(QString, reasonSays);
    QString why;
    QVERIFY(!TrackingNumber::make(branch, date, sequence, &why));
    QVERIFY2(why.contains(reasonSays), qPrintable(why));
}

void TestTrackingNumber::branchCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("letters and digits") << u"B001"_s << true;
    QTest::newRow("one character") << u"Z"_s << true;
    QTest::newRow("eight") << u"ABCD1234"_s << true;
    QTest::newRow("nine") << u"ABCD12345"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("lower case") << u"b001"_s << false;
    QTest::newRow("space") << u"B 01"_s << false;
    QTest::newRow("Thai digit") << u"B๐01"_s << false;
    QTest::newRow("full-width letter") << u"Ｂ001"_s << false;
}

void TestTrackingNumber::branchCodes()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(TrackingNumber::isValidBranchCode(code), valid);
}

void TestTrackingNumber::checkDigitsForRefusesWhatIsNotABody_data()
{
    QTest::addColumn<QString>("body");
    QTest::newRow("empty") << QString();
    QTest::newRow("lower case") << u"b0016912070042"_s;
    QTest::newRow("dashes") << u"B001-691207-0042"_s;
    QTest::newRow("Thai digits") << u"B๐๐๑6912070042"_s;
}

void TestTrackingNumber::checkDigitsForRefusesWhatIsNotABody()
{
    QFETCH(QString, body);
    QCOMPARE(TrackingNumber::checkDigitsFor(body), QString());
}

void TestTrackingNumber::findsTheNumberInScannedText_data()
{
    QTest::addColumn<QString>("scanned");
    QTest::addColumn<QString>("found"); // empty: none
    QTest::addColumn<QString>("reasonSays"); // when none is found

    const QString number = u"B001-691207-0042-71"_s;
    QTest::newRow("the status URL and the number")
        << u"https://central.example/complaints/status/B001-691207-0042-71"_s << number
        << QString();
    QTest::newRow("the URL, the number and a slash")
        << u"https://central.example/complaints/status/B001-691207-0042-71/"_s << number
        << QString();
    QTest::newRow("the number as a query value")
        << u"https://central.example/status?number=B001-691207-0042-71"_s << number << QString();
    QTest::newRow("the number alone, then Enter")
        << u"B001-691207-0042-71\r\n"_s << number << QString();
    QTest::newRow("the number alone, lower case") << u"b001691207004271"_s << number << QString();
    QTest::newRow("a URL with no number") << u"https://central.example/complaints/status/"_s
                                          << QString() << u"has 6 letters and digits"_s;
    QTest::newRow("a URL with something else")
        << u"https://central.example/booking/A123"_s << QString() << u"has 4 letters"_s;
    QTest::newRow("a number with a wrong check digit")
        << u"https://central.example/complaints/status/B001-691207-0042-17"_s << QString()
        << u"check digits"_s;
    QTest::newRow("nothing") << QString() << QString() << u"No tracking number"_s;
    QTest::newRow("only white space and Enter")
        << u" \r\n"_s << QString() << u"No tracking number"_s;
}

void TestTrackingNumber::findsTheNumberInScannedText()
{
    QFETCH(QString, scanned);
    QFETCH(QString, found);
    QFETCH(QString, reasonSays);
    QCOMPARE(TrackingNumber::findIn(scanned) ? TrackingNumber::findIn(scanned)->text() : QString(),
        found);
    QString why;
    const auto number = TrackingNumber::findIn(scanned, &why);
    QCOMPARE(number ? number->text() : QString(), found);
    if (found.isEmpty())
        QVERIFY2(why.contains(reasonSays), qPrintable(why));
}

void TestTrackingNumber::everyDayOfTheRangeMakesAndParsesBack()
{
    // Every day from BE 2500 to BE 2599, with a branch code and a sequence that vary: the YY
    // rule and the date's layout hold for every day a number can carry, not only for samples.
    const QStringList branches {u"B001"_s, u"Z"_s, u"KKC12345"_s, u"9"_s, u"X3M2"_s};
    int days = 0;
    for (QDate day(1957, 1, 1); day <= QDate(2056, 12, 31); day = day.addDays(1), ++days) {
        const QString branch = branches[days % branches.size()];
        const int sequence = 1 + (days * 7919) % TrackingNumber::maxSequence;
        const auto made = TrackingNumber::make(branch, day, sequence);
        QVERIFY2(made, qPrintable(day.toString(Qt::ISODate)));
        const QString compact = compactOf(*made);
        QCOMPARE(compact.sliced(branch.size(), 2).toInt(), (day.year() + 543) % 100);
        QVERIFY2(validByOwnRule(compact), qPrintable(made->text()));
        const auto parsed = TrackingNumber::parse(made->text(), static_cast<QString *>(nullptr));
        QVERIFY2(parsed && *parsed == *made, qPrintable(made->text()));
    }
    QCOMPARE(days, 36525); // 100 years, 25 of them leap years
}

void TestTrackingNumber::whatParseTakesItGivesBackUnchanged()
{
    // Texts of the characters parse() deals with (and some it refuses), from a fixed seed: it
    // never crashes, and whatever it takes it writes back as a number it takes again.
    const QString pool = alphabet + u"abcxyz-  \u0E50\u0E51\u0E59/ก\u00A0"_s;
    QRandomGenerator random(20261207);
    int taken = 0;
    for (int i = 0; i < 20000; ++i) {
        QString text;
        const int length = random.bounded(0, 24);
        for (int c = 0; c < length; ++c)
            text.append(pool[random.bounded(int(pool.size()))]);
        if (i % 2 == 0) // half of them shaped like a number, so some get as far as the check
            text = u"B%1-69%2-%3-%4"_s.arg(random.bounded(100))
                       .arg(random.bounded(101, 1232))
                       .arg(random.bounded(10000), 4, 10, QLatin1Char('0'))
                       .arg(random.bounded(100), 2, 10, QLatin1Char('0'));
        const auto number = TrackingNumber::parse(text, static_cast<QString *>(nullptr));
        if (!number)
            continue;
        ++taken;
        QVERIFY(validByOwnRule(compactOf(*number)));
        const auto again = TrackingNumber::parse(number->text(), static_cast<QString *>(nullptr));
        QVERIFY2(again && *again == *number, qPrintable(text));
    }
    QVERIFY2(taken > 0, "no text was taken: the test would prove nothing");
}

namespace {

// A few numbers, one with the neighbours IBAN's mapping would confuse (B1, X3, M2).
void addNumbers()
{
    QTest::addColumn<QString>("compact");
    const auto add = [](const char *name, const QString &branch, QDate date, int sequence) {
        const auto number = TrackingNumber::make(branch, date, sequence);
        QVERIFY(number);
        QTest::newRow(name) << compactOf(*number);
    };
    add("the README's example", u"B001"_s, QDate(2026, 12, 7), 42);
    add("B1, X3 and M2 in the branch", u"B1X3M2"_s, QDate(2027, 3, 31), 1234);
    add("eight letters", u"ZYXWVUTS"_s, QDate(2030, 10, 10), 9999);
    add("one digit", u"5"_s, QDate(2026, 2, 28), 1);
}

} // namespace

void TestTrackingNumber::checkDigitsCatchEverySingleWrongCharacter_data()
{
    addNumbers();
}

void TestTrackingNumber::checkDigitsCatchEverySingleWrongCharacter()
{
    QFETCH(QString, compact);
    QVERIFY(validByOwnRule(compact));
    QVERIFY(TrackingNumber::parse(compact, static_cast<QString *>(nullptr)));

    int tried = 0;
    for (qsizetype i = 0; i < compact.size(); ++i) {
        for (QChar substitute : alphabet) {
            if (substitute == compact[i])
                continue;
            QString wrong = compact;
            wrong[i] = substitute;
            ++tried;
            // The README promises that no single wrong character gives a valid number; the
            // test's own rule checks the promise and parse() must agree with the rule.
            const bool valid = validByOwnRule(wrong);
            const bool parsed
                = TrackingNumber::parse(wrong, static_cast<QString *>(nullptr)).has_value();
            QVERIFY2(!valid, qPrintable(u"%1 (was %2) is a valid number"_s.arg(wrong, compact)));
            QVERIFY2(parsed == valid,
                qPrintable(u"parse(%1) disagrees with the rule (was %2)"_s.arg(wrong, compact)));
        }
    }
    QCOMPARE(tried, int(compact.size()) * (int(alphabet.size()) - 1));
}

void TestTrackingNumber::checkDigitsCatchEverySwapOfNeighbours_data()
{
    addNumbers();
}

void TestTrackingNumber::checkDigitsCatchEverySwapOfNeighbours()
{
    QFETCH(QString, compact);
    for (qsizetype i = 0; i + 1 < compact.size(); ++i) {
        if (compact[i] == compact[i + 1])
            continue;
        QString swapped = compact;
        std::swap(swapped[i], swapped[i + 1]);
        const bool valid = validByOwnRule(swapped);
        const bool parsed
            = TrackingNumber::parse(swapped, static_cast<QString *>(nullptr)).has_value();
        QVERIFY2(!valid, qPrintable(u"%1 (was %2) is a valid number"_s.arg(swapped, compact)));
        QVERIFY2(parsed == valid,
            qPrintable(u"parse(%1) disagrees with the rule (was %2)"_s.arg(swapped, compact)));
    }
}

QTEST_GUILESS_MAIN(TestTrackingNumber)
#include "tst_trackingnumber.moc"
