#include "card/tis620.h"

#include <QTest>

using namespace Qt::StringLiterals;
using saduak::idcard::Tis620;

class TestTis620 : public QObject
{
    Q_OBJECT

private slots:
    void decodesEveryDefinedByte();
    void refusesEveryUndefinedByte();
    void reportsTheOffsetOfTheFirstUndefinedByte();
    void decodesAThaiWord();
    void decodesTheThaiBlockInOrder();
};

// Written from TIS 620-2533 itself rather than from the decoder's rule: ASCII below 0x80, Thai
// from 0xA1 (ก) to 0xDA (ฺ) and from 0xDF (฿) to 0xFB (๛), nothing else.
static char16_t expectedCharacter(int byte)
{
    if (byte < 0x80)
        return char16_t(byte);
    if (byte >= 0xA1 && byte <= 0xDA)
        return char16_t(u'ก' + (byte - 0xA1));
    if (byte >= 0xDF && byte <= 0xFB)
        return char16_t(u'฿' + (byte - 0xDF));
    return 0;
}

void TestTis620::decodesEveryDefinedByte()
{
    int defined = 0;
    for (int byte = 0; byte <= 0xFF; ++byte) {
        const char16_t expected = expectedCharacter(byte);
        if (byte != 0 && expected == 0)
            continue;
        const char raw = char(byte);
        const auto text = Tis620::decode(QByteArrayView(&raw, 1));
        QVERIFY2(text.has_value(), qPrintable(u"byte 0x%1"_s.arg(byte, 2, 16, QChar(u'0'))));
        QCOMPARE(text->size(), 1);
        QCOMPARE(text->at(0).unicode(), expected);
        QVERIFY(Tis620::isDefined(quint8(byte)));
        ++defined;
    }
    QCOMPARE(defined, 128 + 87); // ASCII and the 87 Thai characters
}

void TestTis620::refusesEveryUndefinedByte()
{
    int undefined = 0;
    for (int byte = 0x80; byte <= 0xFF; ++byte) {
        if (expectedCharacter(byte) != 0)
            continue;
        const char raw = char(byte);
        qsizetype badOffset = -1;
        QVERIFY2(!Tis620::decode(QByteArrayView(&raw, 1), &badOffset).has_value(),
            qPrintable(u"byte 0x%1 was decoded"_s.arg(byte, 2, 16, QChar(u'0'))));
        QCOMPARE(badOffset, 0);
        QVERIFY(!Tis620::isDefined(quint8(byte)));
        ++undefined;
    }
    // 0x80–0xA0 (33), 0xDB–0xDE (4), 0xFC–0xFF (4)
    QCOMPARE(undefined, 41);
}

void TestTis620::reportsTheOffsetOfTheFirstUndefinedByte()
{
    qsizetype badOffset = -1;
    QVERIFY(!Tis620::decode("AB\xA1\xFC\xA1\x80"_ba, &badOffset).has_value());
    QCOMPARE(badOffset, 3);
}

void TestTis620::decodesAThaiWord()
{
    // ภาษาไทย: ภ 0xC0, า 0xD2, ษ 0xC9, า 0xD2, ไ 0xE4, ท 0xB7, ย 0xC2.
    QCOMPARE(Tis620::decode("\xC0\xD2\xC9\xD2\xE4\xB7\xC2"_ba), u"ภาษาไทย"_s);
    // ก is 0xA1 (the example public readers give: 0xA1 + 0x0D60 = U+0E01).
    QCOMPARE(Tis620::decode("\xA1"_ba), u"ก"_s);
}

void TestTis620::decodesTheThaiBlockInOrder()
{
    QByteArray bytes;
    for (int byte = 0xA1; byte <= 0xFB; ++byte) {
        if (byte < 0xDB || byte > 0xDE)
            bytes.append(char(byte));
    }
    QString expected;
    for (char16_t c = 0x0E01; c <= 0x0E5B; ++c) {
        if (c < 0x0E3B || c > 0x0E3E)
            expected.append(QChar(c));
    }
    QCOMPARE(Tis620::decode(bytes), expected);
}

QTEST_GUILESS_MAIN(TestTis620)
#include "tst_tis620.moc"
