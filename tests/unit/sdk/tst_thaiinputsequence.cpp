#include <sdk/thaiinputsequence.h>

#include <QObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;

// The Thai input sequence check behind the kiosk keyboard: which key presses type and which are
// refused, as a citizen presses them one after another.
class TestThaiInputSequence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typesOrRefusesKeys_data()
    {
        QTest::addColumn<QString>("before"); // what the field held before the first key
        QTest::addColumn<QStringList>("keys"); // one key press each
        QTest::addColumn<QString>("expected"); // the text after them
        QTest::addColumn<QString>("refused"); // the refused keys, in order

        const auto row = [](const char *name, const QString &before, const QStringList &keys,
                             const QString &expected, const QString &refused) {
            QTest::newRow(name) << before << keys << expected << refused;
        };
        // Marks on a consonant.
        row("vowel above then tone on a consonant", {}, {u"ก"_s, u"ิ"_s, u"่"_s}, u"กิ่"_s, {});
        row("tone mark on a consonant", {}, {u"ก"_s, u"่"_s}, u"ก่"_s, {});
        row("mai han akat then tone", {}, {u"ก"_s, u"ั"_s, u"้"_s}, u"กั้"_s, {});
        row("vowel below then tone", {}, {u"ป"_s, u"ู"_s, u"่"_s}, u"ปู่"_s, {});
        row("sara i then thanthakhat", {}, {u"ส"_s, u"ิ"_s, u"์"_s}, u"สิ์"_s, {});
        row("sara u then thanthakhat", {}, {u"ธ"_s, u"ุ"_s, u"์"_s}, u"ธุ์"_s, {});
        row("mai taikhu on a consonant", {}, {u"ก"_s, u"็"_s}, u"ก็"_s, {});
        row("sara ii then tone", {}, {u"ป"_s, u"ี"_s, u"๊"_s}, u"ปี๊"_s, {});
        row("sara uee then tone", {}, {u"ร"_s, u"ื"_s, u"่"_s}, u"รื่"_s, {});
        row("every tone mark", {}, {u"ก"_s, u"๋"_s, u"ข"_s, u"๊"_s, u"ค"_s, u"้"_s}, u"ก๋ข๊ค้"_s, {});
        row("thanthakhat on a consonant", {}, {u"ต"_s, u"์"_s}, u"ต์"_s, {});

        // Marks with nothing to sit on.
        row("tone mark alone", {}, {u"่"_s}, {}, u"่"_s);
        row("vowel above alone", {}, {u"ิ"_s}, {}, u"ิ"_s);
        row("vowel below alone", {}, {u"ุ"_s}, {}, u"ุ"_s);
        row("thanthakhat alone", {}, {u"์"_s}, {}, u"์"_s);
        row("tone mark after a space", {}, {u"ก"_s, u" "_s, u"่"_s}, u"ก "_s, u"่"_s);
        row("tone mark after a digit", {}, {u"1"_s, u"่"_s}, u"1"_s, u"่"_s);
        row("tone mark after a Latin letter", {}, {u"a"_s, u"่"_s}, u"a"_s, u"่"_s);
        row("vowel above after a leading vowel", {}, {u"เ"_s, u"ิ"_s}, u"เ"_s, u"ิ"_s);
        row("tone mark after a leading vowel", {}, {u"เ"_s, u"่"_s}, u"เ"_s, u"่"_s);
        row("tone mark after sara aa", {}, {u"ก"_s, u"า"_s, u"่"_s}, u"กา"_s, u"่"_s);

        // Marks on marks.
        row("second tone mark", {}, {u"ก"_s, u"่"_s, u"่"_s}, u"ก่"_s, u"่"_s);
        row("another tone mark on a tone mark", {}, {u"ก"_s, u"่"_s, u"้"_s}, u"ก่"_s, u"้"_s);
        row("vowel above after a tone mark", {}, {u"ก"_s, u"่"_s, u"ิ"_s}, u"ก่"_s, u"ิ"_s);
        row("vowel below after a tone mark", {}, {u"ก"_s, u"่"_s, u"ุ"_s}, u"ก่"_s, u"ุ"_s);
        row("two vowels above", {}, {u"ก"_s, u"ิ"_s, u"ี"_s}, u"กิ"_s, u"ี"_s);
        row("vowel above and vowel below", {}, {u"ก"_s, u"ิ"_s, u"ุ"_s}, u"กิ"_s, u"ุ"_s);
        row("tone mark after mai taikhu", {}, {u"ก"_s, u"็"_s, u"่"_s}, u"ก็"_s, u"่"_s);
        row("thanthakhat after sara uu", {}, {u"ก"_s, u"ู"_s, u"์"_s}, u"กู"_s, u"์"_s);
        row("mai taikhu after sara ii", {}, {u"ก"_s, u"ี"_s, u"็"_s}, u"กี"_s, u"็"_s);
        row("tone mark after thanthakhat", {}, {u"ต"_s, u"์"_s, u"่"_s}, u"ต์"_s, u"่"_s);

        // Leading and following vowels.
        row("leading vowel then consonant", {}, {u"เ"_s, u"ก"_s}, u"เก"_s, {});
        row("every leading vowel", {},
            {u"แ"_s, u"ก"_s, u"โ"_s, u"ก"_s, u"ใ"_s, u"ก"_s, u"ไ"_s, u"ก"_s}, u"แกโกใกไก"_s, {});
        row("leading vowel syllable with tone", {}, {u"เ"_s, u"ก"_s, u"้"_s, u"า"_s}, u"เก้า"_s, {});
        row("two leading vowels for sara ae", {}, {u"เ"_s, u"เ"_s}, u"เ"_s, u"เ"_s);
        row("sara am after a consonant", {}, {u"ก"_s, u"ำ"_s}, u"กำ"_s, {});
        row("sara am after consonant and tone", {}, {u"น"_s, u"้"_s, u"ำ"_s}, u"น้ำ"_s, {});
        row("sara am alone", {}, {u"ำ"_s}, {}, u"ำ"_s);
        row("sara am after a vowel above", {}, {u"ก"_s, u"ิ"_s, u"ำ"_s}, u"กิ"_s, u"ำ"_s);
        row("sara aa after a tone mark", {}, {u"ก"_s, u"่"_s, u"า"_s}, u"ก่า"_s, {});
        row("sara a after a consonant", {}, {u"จ"_s, u"ะ"_s}, u"จะ"_s, {});
        row("following vowel at the start", {}, {u"า"_s}, {}, u"า"_s);
        row("lakkhangyao after ru", {}, {u"ฤ"_s, u"ๅ"_s}, u"ฤๅ"_s, {});
        row("lakkhangyao after a consonant", {}, {u"ก"_s, u"ๅ"_s}, u"ก"_s, u"ๅ"_s);

        // Whole words and what is already in the field.
        row("a word", {}, {u"ร"_s, u"้"_s, u"อ"_s, u"ง"_s, u"เ"_s, u"ร"_s, u"ี"_s, u"ย"_s, u"น"_s},
            u"ร้องเรียน"_s, {});
        row("a mixed name", {}, {u"S"_s, u"o"_s, u"m"_s, u" "_s, u"ส"_s, u"ม"_s}, u"Som สม"_s, {});
        row("tone mark on the field's last consonant", u"สวัสดี ค"_s, {u"่"_s}, u"สวัสดี ค่"_s, {});
        row("tone mark on the field's last tone mark", u"ค่"_s, {u"๋"_s}, u"ค่"_s, u"๋"_s);
        row("after a character outside the BMP", u"😀"_s, {u"่"_s, u"ก"_s}, u"😀ก"_s, u"่"_s);
        row("digits and punctuation", {}, {u"0"_s, u"8"_s, u"-"_s, u"๑"_s, u"ฯ"_s}, u"08-๑ฯ"_s, {});
    }

    void typesOrRefusesKeys()
    {
        QFETCH(QString, before);
        QFETCH(QStringList, keys);
        QFETCH(QString, expected);
        QFETCH(QString, refused);

        ThaiInputSequence sequence(before);
        QString refusedKeys;
        for (const QString &key : std::as_const(keys)) {
            const QString was = sequence.text();
            if (!sequence.type(key)) {
                refusedKeys += key;
                QCOMPARE(sequence.text(), was); // a refused key leaves the text as it was
            }
        }
        QCOMPARE(sequence.text(), expected);
        QCOMPARE(refusedKeys, refused);
    }

    void backspaceRemovesOneCodePoint_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("the tone mark alone") << u"กิ่"_s << u"กิ"_s;
        QTest::newRow("then the vowel alone") << u"กิ"_s << u"ก"_s;
        QTest::newRow("sara am alone") << u"น้ำ"_s << u"น้"_s;
        QTest::newRow("a Latin letter") << u"Som"_s << u"So"_s;
        QTest::newRow("a surrogate pair as one") << u"ก😀"_s << u"ก"_s;
        QTest::newRow("nothing left") << QString() << QString();
    }

    void backspaceRemovesOneCodePoint()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        ThaiInputSequence sequence(text);
        sequence.backspace();
        QCOMPARE(sequence.text(), expected);
    }

    void afterBackspaceTheMarkCanBeTypedAgain()
    {
        // The citizen typed the wrong tone mark: remove it alone, type the right one.
        ThaiInputSequence sequence(u"ไก่"_s);
        QVERIFY(!sequence.type(u"้"));
        sequence.backspace();
        QVERIFY(sequence.type(u"้"));
        QCOMPARE(sequence.text(), u"ไก้"_s);
    }

    void marksAreCombiningForTheirCaptions_data()
    {
        QTest::addColumn<QString>("character");
        QTest::addColumn<bool>("combining");
        for (const QString &mark : {u"ั"_s, u"ิ"_s, u"ี"_s, u"ึ"_s, u"ื"_s, u"ุ"_s, u"ู"_s, u"ฺ"_s, u"็"_s,
                 u"่"_s, u"้"_s, u"๊"_s, u"๋"_s, u"์"_s, u"ํ"_s, u"ำ"_s})
            QTest::newRow(qPrintable(u"mark U+"_s + QString::number(mark.at(0).unicode(), 16)))
                << mark << true;
        for (const QString &base : {u"ก"_s, u"เ"_s, u"า"_s, u"ะ"_s, u"ฤ"_s, u"ๅ"_s, u"a"_s, u"1"_s})
            QTest::newRow(qPrintable(u"base "_s + base)) << base << false;
    }

    void marksAreCombiningForTheirCaptions()
    {
        QFETCH(QString, character);
        QFETCH(bool, combining);
        QCOMPARE(ThaiInputSequence::isCombining(character.at(0).unicode()), combining);
    }
};

QTEST_GUILESS_MAIN(TestThaiInputSequence)
#include "tst_thaiinputsequence.moc"
