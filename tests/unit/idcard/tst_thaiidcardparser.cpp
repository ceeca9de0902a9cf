#include "card/apdu.h"
#include "card/cardmemory.h"
#include "card/thaiidcardparser.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak::idcard;

class TestThaiIdCardParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesAnswersToThePublicReadCommands();
    void refusesMemoryReadAtAWrongOffset();
    void namesTheFieldThatWasNotRead();
    void keepsAVersionThatIsNotTextAsHex();
    void namesTheFieldWithAnUndefinedByte();
    void trimsPaddingOfTextOnly_data();
    void trimsPaddingOfTextOnly();
    void refusesControlCharactersInText();
    void splitsNames_data();
    void splitsNames();
    void parsesDates_data();
    void parsesDates();
    void refusesBrokenDates_data();
    void refusesBrokenDates();
    void dropsEmptyAddressParts();
    void readsGender_data();
    void readsGender();
    void checksTheCheckDigit_data();
    void checksTheCheckDigit();
};

namespace {

// An exchange as a card trace shows it: the READ BINARY sent, and the GET RESPONSE answer
// (data + SW). The offset comes from the command's P1 P2, the data from the answer.
void storeExchange(CardMemory &memory, const char *commandHex, const QByteArray &answer)
{
    const QByteArray command = apdu::fromHex(QString::fromLatin1(commandHex));
    QCOMPARE(command.size(), 7);
    const ApduResponse response = apdu::splitResponse(answer);
    QCOMPARE(response.statusWord, quint16(0x9000));
    QCOMPARE(response.data.size(), quint8(command[6]));
    memory.store((quint8(command[2]) << 8) | quint8(command[3]), response.data);
}

// The card's answer: the data's hex, space padding to the field's length, then 90 00.
QByteArray answer(const char *dataHex, int fieldLength)
{
    QByteArray data = apdu::fromHex(QString::fromLatin1(dataHex));
    data.append(QByteArray(fieldLength - data.size(), ' '));
    return data + "\x90\x00"_ba;
}

QByteArray ascii(const char *text, int fieldLength)
{
    return QByteArray(text).leftJustified(fieldLength, ' ') + "\x90\x00"_ba;
}

} // namespace

// The READ BINARY commands exactly as public readers send them (chakphanu/ThaiNationalIDCard
// APDU.md, tirmizee/ReadThaiIDCard, Shayennn/KOBThaiID, and 1579/A0 for the address), each with
// the answer a card gives, typed as bytes: TIS-620 for Thai (น 0xB9, า 0xD2, ย 0xC2, '#' 0x23...),
// space padding, 90 00. Not produced by the emulator.
void TestThaiIdCardParser::parsesAnswersToThePublicReadCommands()
{
    CardMemory memory;
    storeExchange(memory, "80 B0 00 00 02 00 04", ascii("0003", 4));
    storeExchange(memory, "80 B0 00 04 02 00 0D",
        "\x31\x31\x30\x31\x37\x30\x30\x32\x33\x30\x37\x30\x38\x90\x00"_ba);
    // นาย#สมชาย##ใจดี
    storeExchange(memory, "80 B0 00 11 02 00 64",
        answer("B9 D2 C2 23 CA C1 AA D2 C2 23 23 E3 A8 B4 D5", 100));
    storeExchange(memory, "80 B0 00 75 02 00 64", ascii("Mr.#Somchai##Jaidee", 100));
    storeExchange(memory, "80 B0 00 D9 02 00 08", "25300415\x90\x00"_ba);
    storeExchange(memory, "80 B0 00 E1 02 00 01", "1\x90\x00"_ba);
    // สำนักงานเขตบางรัก/กรุงเทพมหานคร
    storeExchange(memory, "80 B0 00 F6 02 00 64",
        answer("CA D3 B9 D1 A1 A7 D2 B9 E0 A2 B5 BA D2 A7 C3 D1 A1 2F A1 C3 D8 A7 E0 B7 BE C1 CB "
               "D2 B9 A4 C3",
            100));
    storeExchange(memory, "80 B0 01 5A 02 00 0D", ascii("1004000000012", 13));
    storeExchange(memory, "80 B0 01 67 02 00 08", "25650110\x90\x00"_ba);
    storeExchange(memory, "80 B0 01 6F 02 00 08", "99999999\x90\x00"_ba);
    // 12####ถนนสีลม#แขวงสีลม#เขตบางรัก#กรุงเทพมหานคร
    storeExchange(memory, "80 B0 15 79 02 00 A0",
        answer("31 32 23 23 23 23 B6 B9 B9 CA D5 C5 C1 23 E1 A2 C7 A7 CA D5 C5 C1 23 E0 A2 B5 BA "
               "D2 A7 C3 D1 A1 23 A1 C3 D8 A7 E0 B7 BE C1 CB D2 B9 A4 C3",
            160));
    storeExchange(memory, "80 B0 16 19 02 00 0E", ascii("10040312345670", 14));

    QString why;
    const auto card = ThaiIdCardParser::parseText(memory, &why);
    QVERIFY2(card.has_value(), qPrintable(why));
    QCOMPARE(card->version, u"0003"_s);
    QCOMPARE(card->citizenId, u"1101700230708"_s);
    QVERIFY(card->checkDigitValid);
    QCOMPARE(card->thaiName.prefix, u"นาย"_s);
    QCOMPARE(card->thaiName.first, u"สมชาย"_s);
    QCOMPARE(card->thaiName.middle, QString());
    QCOMPARE(card->thaiName.last, u"ใจดี"_s);
    QCOMPARE(card->thaiName.full(), u"นาย สมชาย ใจดี"_s);
    QCOMPARE(card->englishName.full(), u"Mr. Somchai Jaidee"_s);
    QCOMPARE(card->birthDate.rawBe, u"25300415"_s);
    QCOMPARE(card->birthDate.date, QDate(1987, 4, 15));
    QCOMPARE(card->birthDate.beYear, 2530);
    QCOMPARE(card->gender, ThaiIdCardData::Gender::Male);
    QCOMPARE(card->issuer, u"สำนักงานเขตบางรัก/กรุงเทพมหานคร"_s);
    QCOMPARE(card->issuerCode, u"1004000000012"_s);
    QCOMPARE(card->issueDate.date, QDate(2022, 1, 10));
    QVERIFY(card->expiryDate.lifelong);
    QVERIFY(!card->expiryDate.date.isValid());
    QVERIFY(!card->isExpired(QDate(2100, 1, 1)));
    QCOMPARE(card->address,
        QStringList({u"12"_s, u"ถนนสีลม"_s, u"แขวงสีลม"_s, u"เขตบางรัก"_s, u"กรุงเทพมหานคร"_s}));
    QCOMPARE(card->cardRequestNumber, u"10040312345670"_s);
    QVERIFY(card->photoJpeg.isEmpty());
}

// The whole text region read one byte too far: the citizen ID is no longer 13 digits, and the
// card must be refused rather than shown with shifted fields.
void TestThaiIdCardParser::refusesMemoryReadAtAWrongOffset()
{
    QByteArray region(0x178, ' ');
    region.replace(0, 4, "0003");
    region.replace(4, 13, "1101700230708");
    region.replace(0xD9, 8, "25300415");
    region.replace(0x167, 16, "2565011025740414");
    CardMemory good;
    good.store(0, region);
    good.store(0x1579, QByteArray(174, ' '));
    QString why;
    QVERIFY2(ThaiIdCardParser::parseText(good, &why).has_value(), qPrintable(why));

    CardMemory shifted;
    shifted.store(0, region.mid(1) + ' ');
    shifted.store(0x1579, QByteArray(174, ' '));
    QVERIFY(!ThaiIdCardParser::parseText(shifted, &why).has_value());
    QVERIFY2(!why.isEmpty(), "a reason for developers");
}

void TestThaiIdCardParser::namesTheFieldThatWasNotRead()
{
    CardMemory memory;
    memory.store(0, QByteArray(0x178, ' '));
    QString why;
    QVERIFY(!ThaiIdCardParser::parseText(memory, &why).has_value());
    QVERIFY2(why.contains(u"0x1579"_s) || why.contains(u"0x1619"_s), qPrintable(why));
}

void TestThaiIdCardParser::keepsAVersionThatIsNotTextAsHex()
{
    QByteArray region(0x178, ' ');
    region.replace(0, 4, "\x00\x03\x01\x00"_ba);
    region.replace(4, 13, "1101700230708");
    region.replace(0xD9, 8, "25300415");
    region.replace(0x167, 16, "2565011025740414");
    CardMemory memory;
    memory.store(0, region);
    memory.store(0x1579, QByteArray(174, ' '));
    QString why;
    const auto card = ThaiIdCardParser::parseText(memory, &why);
    QVERIFY2(card.has_value(), qPrintable(why));
    QCOMPARE(card->version, u"00 03 01 00"_s);
}

void TestThaiIdCardParser::namesTheFieldWithAnUndefinedByte()
{
    QByteArray region(0x178, ' ');
    region.replace(4, 13, "1101700230708");
    region[0x11 + 5] = char(0xFC); // inside the Thai name
    CardMemory memory;
    memory.store(0, region);
    memory.store(0x1579, QByteArray(174, ' '));
    QString why;
    QVERIFY(!ThaiIdCardParser::parseText(memory, &why).has_value());
    QVERIFY2(why.contains(u"Thai name"_s) && why.contains(u"0xfc"_s) && why.contains(u"at 5"_s),
        qPrintable(why));
}

void TestThaiIdCardParser::trimsPaddingOfTextOnly_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("space padding") << "0003    "_ba << u"0003"_s;
    QTest::newRow("NUL padding") << "0003\0\0\0\0"_ba << u"0003"_s;
    QTest::newRow("all padding") << QByteArray(100, ' ') << QString();
    QTest::newRow("inner spaces kept") << "\xCB\xC1\xD9\xE8\xB7\xD5\xE8 4  "_ba << u"หมู่ที่ 4"_s;
}

void TestThaiIdCardParser::trimsPaddingOfTextOnly()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QString why;
    QCOMPARE(ThaiIdCardParser::text(bytes, &why), std::optional<QString>(text));
}

void TestThaiIdCardParser::refusesControlCharactersInText()
{
    QString why;
    QVERIFY(!ThaiIdCardParser::text("AB\x01"
                                    "CD  "_ba,
        &why)
                 .has_value());
    QVERIFY(why.contains(u"control"_s));
}

void TestThaiIdCardParser::splitsNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("parts");
    QTest::newRow("no middle name")
        << u"นาย#สมชาย##ใจดี"_s << QStringList {u"นาย"_s, u"สมชาย"_s, QString(), u"ใจดี"_s};
    QTest::newRow("middle name") << u"Mr.#John#Michael#Smith"_s
                                 << QStringList {u"Mr."_s, u"John"_s, u"Michael"_s, u"Smith"_s};
    QTest::newRow("fewer parts") << u"Miss#Malee"_s
                                 << QStringList {u"Miss"_s, u"Malee"_s, QString(), QString()};
    QTest::newRow("empty") << QString() << QStringList {QString(), QString(), QString(), QString()};
}

void TestThaiIdCardParser::splitsNames()
{
    QFETCH(QString, text);
    QFETCH(QStringList, parts);
    const CardName name = ThaiIdCardParser::name(text);
    QCOMPARE(QStringList({name.prefix, name.first, name.middle, name.last}), parts);
}

void TestThaiIdCardParser::parsesDates_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<bool>("lifelongAllowed");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("beYear");
    QTest::addColumn<bool>("lifelong");
    QTest::newRow("ordinary") << u"25300415"_s << false << QDate(1987, 4, 15) << 2530 << false;
    QTest::newRow("leap day") << u"25150229"_s << false << QDate(1972, 2, 29) << 2515 << false;
    // Before 1941 the Thai year began on 1 April: February of BE 2482 is February 1940.
    QTest::newRow("before 1941") << u"24820215"_s << false << QDate(1940, 2, 15) << 2482 << false;
    QTest::newRow("day unknown") << u"24990300"_s << false << QDate() << 2499 << false;
    QTest::newRow("day and month unknown") << u"25000000"_s << false << QDate() << 2500 << false;
    // January–March 2483 never existed: the date stays unknown, the card is still read.
    QTest::newRow("day that never was") << u"24830215"_s << false << QDate() << 2483 << false;
    QTest::newRow("lifelong expiry") << u"99999999"_s << true << QDate() << 0 << true;
}

void TestThaiIdCardParser::parsesDates()
{
    QFETCH(QString, raw);
    QFETCH(bool, lifelongAllowed);
    QFETCH(QDate, date);
    QFETCH(int, beYear);
    QFETCH(bool, lifelong);
    QString why;
    const auto parsed = ThaiIdCardParser::date(raw, lifelongAllowed, &why);
    QVERIFY2(parsed.has_value(), qPrintable(why));
    QCOMPARE(parsed->rawBe, raw);
    QCOMPARE(parsed->date, date);
    QCOMPARE(parsed->beYear, beYear);
    QCOMPARE(parsed->lifelong, lifelong);
}

void TestThaiIdCardParser::refusesBrokenDates_data()
{
    QTest::addColumn<QString>("raw");
    QTest::newRow("seven digits") << u"2530041"_s;
    QTest::newRow("space inside") << u"2530 415"_s;
    QTest::newRow("month 13") << u"25301301"_s;
    QTest::newRow("day 32") << u"25300132"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("lifelong birth") << u"99999999"_s;
}

void TestThaiIdCardParser::refusesBrokenDates()
{
    QFETCH(QString, raw);
    QString why;
    QVERIFY(!ThaiIdCardParser::date(raw, false, &why).has_value());
    QVERIFY(!why.isEmpty());
}

void TestThaiIdCardParser::dropsEmptyAddressParts()
{
    QCOMPARE(ThaiIdCardParser::address(u"99/1#หมู่ที่ 4####ตำบลสุเทพ#อำเภอเมืองเชียงใหม่#จังหวัดเชียงใหม่"_s),
        QStringList(
            {u"99/1"_s, u"หมู่ที่ 4"_s, u"ตำบลสุเทพ"_s, u"อำเภอเมืองเชียงใหม่"_s, u"จังหวัดเชียงใหม่"_s}));
    QCOMPARE(ThaiIdCardParser::address(u"#######"_s), QStringList());
}

void TestThaiIdCardParser::readsGender_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("gender");
    QTest::newRow("1") << u"1"_s << int(ThaiIdCardData::Gender::Male);
    QTest::newRow("2") << u"2"_s << int(ThaiIdCardData::Gender::Female);
    QTest::newRow("other") << u"9"_s << int(ThaiIdCardData::Gender::Unknown);
    QTest::newRow("empty") << QString() << int(ThaiIdCardData::Gender::Unknown);
}

void TestThaiIdCardParser::readsGender()
{
    QFETCH(QString, text);
    QFETCH(int, gender);
    QCOMPARE(int(ThaiIdCardParser::gender(text)), gender);
}

void TestThaiIdCardParser::checksTheCheckDigit_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("valid") << u"1101700230708"_s << true;
    QTest::newRow("last digit off by one") << u"1101700230709"_s << false;
    QTest::newRow("often quoted, wrong") << u"1101700230705"_s << false;
    QTest::newRow("twelve digits") << u"110170023070"_s << false;
    QTest::newRow("letter") << u"110170023070X"_s << false;
}

void TestThaiIdCardParser::checksTheCheckDigit()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(ThaiIdCardParser::checkDigitValid(id), valid);
}

QTEST_GUILESS_MAIN(TestThaiIdCardParser)
#include "tst_thaiidcardparser.moc"
