#include "voice/callphrase.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using saduak::CallPhrase;
using saduak::SpokenWord;

class TestCallPhrase : public QObject
{
    Q_OBJECT

private slots:
    void readsCounterAsThaiNumber_data();
    void readsCounterAsThaiNumber();
    void givesOneClipKeyPerNumberWord_data();
    void givesOneClipKeyPerNumberWord();
    void neverSaysHnuengSipAndEndsElevensWithEt();
    void refusesNumbersOutOfRange();
    void readsLatinLettersTheThaiWay_data();
    void readsLatinLettersTheThaiWay();
    void readsTicketNumberDigitByDigit_data();
    void readsTicketNumberDigitByDigit();
    void composesTheCallOfA001ToCounter3();
    void composesTheCallOfC1005ToCounter21();
    void normalisesTheTicketNumber_data();
    void normalisesTheTicketNumber();
    void refusesWhatCannotBeCalled_data();
    void refusesWhatCannotBeCalled();
    void vocabularyHasEveryWordOfEveryCallOnce();
    void clipListMatchesVocabulary();
};

void TestCallPhrase::readsCounterAsThaiNumber_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("thai");

    QTest::newRow("0") << 0 << u"ศูนย์"_s;
    QTest::newRow("1") << 1 << u"หนึ่ง"_s;
    QTest::newRow("2") << 2 << u"สอง"_s;
    QTest::newRow("3") << 3 << u"สาม"_s;
    QTest::newRow("9") << 9 << u"เก้า"_s;
    QTest::newRow("10 is สิบ, not หนึ่งสิบ") << 10 << u"สิบ"_s;
    QTest::newRow("11 ends in เอ็ด") << 11 << u"สิบเอ็ด"_s;
    QTest::newRow("12") << 12 << u"สิบสอง"_s;
    QTest::newRow("19") << 19 << u"สิบเก้า"_s;
    QTest::newRow("20 is ยี่สิบ") << 20 << u"ยี่สิบ"_s;
    QTest::newRow("21") << 21 << u"ยี่สิบเอ็ด"_s;
    QTest::newRow("22") << 22 << u"ยี่สิบสอง"_s;
    QTest::newRow("30") << 30 << u"สามสิบ"_s;
    QTest::newRow("31") << 31 << u"สามสิบเอ็ด"_s;
    QTest::newRow("45") << 45 << u"สี่สิบห้า"_s;
    QTest::newRow("99") << 99 << u"เก้าสิบเก้า"_s;
    QTest::newRow("100 says the one") << 100 << u"หนึ่งร้อย"_s;
    QTest::newRow("101 ends in เอ็ด") << 101 << u"หนึ่งร้อยเอ็ด"_s;
    QTest::newRow("102") << 102 << u"หนึ่งร้อยสอง"_s;
    QTest::newRow("110") << 110 << u"หนึ่งร้อยสิบ"_s;
    QTest::newRow("111") << 111 << u"หนึ่งร้อยสิบเอ็ด"_s;
    QTest::newRow("120") << 120 << u"หนึ่งร้อยยี่สิบ"_s;
    QTest::newRow("121") << 121 << u"หนึ่งร้อยยี่สิบเอ็ด"_s;
    QTest::newRow("200") << 200 << u"สองร้อย"_s;
    QTest::newRow("201") << 201 << u"สองร้อยเอ็ด"_s;
    QTest::newRow("211") << 211 << u"สองร้อยสิบเอ็ด"_s;
    QTest::newRow("220") << 220 << u"สองร้อยยี่สิบ"_s;
    QTest::newRow("305") << 305 << u"สามร้อยห้า"_s;
    QTest::newRow("999") << 999 << u"เก้าร้อยเก้าสิบเก้า"_s;
    QTest::newRow("1000") << 1000 << u"หนึ่งพัน"_s;
    QTest::newRow("1001") << 1001 << u"หนึ่งพันเอ็ด"_s;
    QTest::newRow("1011") << 1011 << u"หนึ่งพันสิบเอ็ด"_s;
    QTest::newRow("2021") << 2021 << u"สองพันยี่สิบเอ็ด"_s;
    QTest::newRow("10000") << 10000 << u"หนึ่งหมื่น"_s;
    QTest::newRow("21001") << 21001 << u"สองหมื่นหนึ่งพันเอ็ด"_s;
    QTest::newRow("100000") << 100000 << u"หนึ่งแสน"_s;
    QTest::newRow("999999") << 999999 << u"เก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้า"_s;
}

void TestCallPhrase::readsCounterAsThaiNumber()
{
    QFETCH(int, number);
    QFETCH(QString, thai);
    QCOMPARE(CallPhrase::thaiNumberText(number), thai);
}

void TestCallPhrase::givesOneClipKeyPerNumberWord_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QStringList>("keys");

    QTest::newRow("3") << 3 << QStringList {u"num_3"_s};
    QTest::newRow("10") << 10 << QStringList {u"num_ten"_s};
    QTest::newRow("11") << 11 << QStringList {u"num_ten"_s, u"num_ed"_s};
    QTest::newRow("21") << 21 << QStringList {u"num_twenty"_s, u"num_ed"_s};
    QTest::newRow("35") << 35 << QStringList {u"num_3"_s, u"num_ten"_s, u"num_5"_s};
    QTest::newRow("111") << 111
                         << QStringList {u"num_1"_s, u"num_hundred"_s, u"num_ten"_s, u"num_ed"_s};
    QTest::newRow("1200") << 1200
                          << QStringList {
                                 u"num_1"_s, u"num_thousand"_s, u"num_2"_s, u"num_hundred"_s};
}

void TestCallPhrase::givesOneClipKeyPerNumberWord()
{
    QFETCH(int, number);
    QFETCH(QStringList, keys);
    QStringList actual;
    QString joined;
    for (const SpokenWord &word : CallPhrase::thaiNumberWords(number)) {
        actual.append(word.clipKey);
        joined += word.thai;
    }
    QCOMPARE(actual, keys);
    QCOMPARE(joined, CallPhrase::thaiNumberText(number));
}

void TestCallPhrase::neverSaysHnuengSipAndEndsElevensWithEt()
{
    for (int n = 1; n <= 9999; ++n) {
        const QString text = CallPhrase::thaiNumberText(n);
        QVERIFY2(!text.contains(u"หนึ่งสิบ"_s), qPrintable(QString::number(n)));
        QVERIFY2(!text.contains(u"สองสิบ"_s), qPrintable(QString::number(n)));
        if (n > 10 && n % 10 == 1)
            QVERIFY2(text.endsWith(u"เอ็ด"_s), qPrintable(QString::number(n)));
        else
            QVERIFY2(!text.contains(u"เอ็ด"_s), qPrintable(QString::number(n)));
    }
}

void TestCallPhrase::refusesNumbersOutOfRange()
{
    QVERIFY(CallPhrase::thaiNumberWords(-1).isEmpty());
    QVERIFY(CallPhrase::thaiNumberWords(CallPhrase::kMaxCounter + 1).isEmpty());
    QVERIFY(!CallPhrase::thaiNumberWords(CallPhrase::kMaxCounter).isEmpty());
}

void TestCallPhrase::readsLatinLettersTheThaiWay_data()
{
    QTest::addColumn<QChar>("letter");
    QTest::addColumn<QString>("thai");

    const QStringList thai = {u"เอ"_s, u"บี"_s, u"ซี"_s, u"ดี"_s, u"อี"_s, u"เอฟ"_s, u"จี"_s, u"เอช"_s,
        u"ไอ"_s, u"เจ"_s, u"เค"_s, u"แอล"_s, u"เอ็ม"_s, u"เอ็น"_s, u"โอ"_s, u"พี"_s, u"คิว"_s, u"อาร์"_s,
        u"เอส"_s, u"ที"_s, u"ยู"_s, u"วี"_s, u"ดับเบิลยู"_s, u"เอ็กซ์"_s, u"วาย"_s, u"แซด"_s};
    for (int i = 0; i < 26; ++i)
        QTest::addRow("%c", 'A' + i) << QChar(u'A' + i) << thai[i];
    QTest::newRow("lower case b") << QChar(u'b') << u"บี"_s;
    QTest::newRow("digit is no letter") << QChar(u'1') << QString();
    QTest::newRow("Thai letter is no Latin letter") << QChar(u'ก') << QString();
}

void TestCallPhrase::readsLatinLettersTheThaiWay()
{
    QFETCH(QChar, letter);
    QFETCH(QString, thai);
    QCOMPARE(CallPhrase::letterReading(letter), thai);
}

void TestCallPhrase::readsTicketNumberDigitByDigit_data()
{
    QTest::addColumn<QString>("ticket");
    QTest::addColumn<QStringList>("ticketKeys"); // between "number" and "please_counter"
    QTest::addColumn<QString>("ticketWords");

    QTest::newRow("A001") << u"A001"_s
                          << QStringList {u"letter_a"_s, u"digit_0"_s, u"digit_0"_s, u"digit_1"_s}
                          << u"เอ ศูนย์ ศูนย์ หนึ่ง"_s;
    QTest::newRow("B120 is not one hundred and twenty")
        << u"B120"_s << QStringList {u"letter_b"_s, u"digit_1"_s, u"digit_2"_s, u"digit_0"_s}
        << u"บี หนึ่ง สอง ศูนย์"_s;
    QTest::newRow("C1005") << u"C1005"_s
                           << QStringList {u"letter_c"_s, u"digit_1"_s, u"digit_0"_s, u"digit_0"_s,
                                  u"digit_5"_s}
                           << u"ซี หนึ่ง ศูนย์ ศูนย์ ห้า"_s;
    QTest::newRow("two letters") << u"WX07"_s
                                 << QStringList {u"letter_w"_s, u"letter_x"_s, u"digit_0"_s,
                                        u"digit_7"_s}
                                 << u"ดับเบิลยู เอ็กซ์ ศูนย์ เจ็ด"_s;
    QTest::newRow("digits only") << u"015"_s
                                 << QStringList {u"digit_0"_s, u"digit_1"_s, u"digit_5"_s}
                                 << u"ศูนย์ หนึ่ง ห้า"_s;
}

void TestCallPhrase::readsTicketNumberDigitByDigit()
{
    QFETCH(QString, ticket);
    QFETCH(QStringList, ticketKeys);
    QFETCH(QString, ticketWords);

    const auto phrase = CallPhrase::compose(ticket, 2);
    QVERIFY(phrase);
    const QStringList expected
        = QStringList {u"number"_s} + ticketKeys + QStringList {u"please_counter"_s, u"num_2"_s};
    QCOMPARE(phrase->clipKeys(), expected);
    QCOMPARE(phrase->spokenText(), u"หมายเลข "_s + ticketWords + u" เชิญที่ช่องบริการ สอง"_s);
    QCOMPARE(phrase->words().size(), expected.size());
}

void TestCallPhrase::composesTheCallOfA001ToCounter3()
{
    QString why;
    const auto phrase = CallPhrase::compose(u"A001", 3, &why);
    QVERIFY2(phrase, qPrintable(why));

    QCOMPARE(phrase->ticketNumber(), u"A001"_s);
    QCOMPARE(phrase->counterNumber(), 3);
    // What the board shows: digits stay digits.
    QCOMPARE(phrase->displayText(), u"หมายเลข A001 เชิญที่ช่องบริการ 3"_s);
    // What a Thai voice is given: every letter and number as Thai words.
    QCOMPARE(phrase->spokenText(), u"หมายเลข เอ ศูนย์ ศูนย์ หนึ่ง เชิญที่ช่องบริการ สาม"_s);
    QCOMPARE(phrase->englishText(), u"Number A zero zero one, please go to counter 3"_s);
    QCOMPARE(phrase->clipKeys(),
        (QStringList {u"number"_s, u"letter_a"_s, u"digit_0"_s, u"digit_0"_s, u"digit_1"_s,
            u"please_counter"_s, u"num_3"_s}));
}

void TestCallPhrase::composesTheCallOfC1005ToCounter21()
{
    const auto phrase = CallPhrase::compose(u"C1005", 21);
    QVERIFY(phrase);
    QCOMPARE(phrase->displayText(), u"หมายเลข C1005 เชิญที่ช่องบริการ 21"_s);
    QCOMPARE(phrase->spokenText(), u"หมายเลข ซี หนึ่ง ศูนย์ ศูนย์ ห้า เชิญที่ช่องบริการ ยี่สิบเอ็ด"_s);
    QCOMPARE(phrase->englishText(), u"Number C one zero zero five, please go to counter 21"_s);
    QCOMPARE(phrase->clipKeys().mid(6),
        (QStringList {u"please_counter"_s, u"num_twenty"_s, u"num_ed"_s}));
}

void TestCallPhrase::normalisesTheTicketNumber_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("normalised");

    QTest::newRow("as printed") << u"A001"_s << u"A001"_s;
    QTest::newRow("lower case") << u"b120"_s << u"B120"_s;
    QTest::newRow("surrounding spaces") << u"  C1005 "_s << u"C1005"_s;
    QTest::newRow("Thai digits") << u"A๐๐๑"_s << u"A001"_s;
}

void TestCallPhrase::normalisesTheTicketNumber()
{
    QFETCH(QString, typed);
    QFETCH(QString, normalised);
    const auto phrase = CallPhrase::compose(typed, 1);
    QVERIFY(phrase);
    QCOMPARE(phrase->ticketNumber(), normalised);
}

void TestCallPhrase::refusesWhatCannotBeCalled_data()
{
    QTest::addColumn<QString>("ticket");
    QTest::addColumn<int>("counter");
    QTest::addColumn<QString>("reasonMentions");

    QTest::newRow("empty") << QString() << 1 << u"no digits"_s;
    QTest::newRow("letter only") << u"A"_s << 1 << u"no digits"_s;
    QTest::newRow("letter after digits") << u"001A"_s << 1 << u"001A"_s;
    QTest::newRow("Thai letter") << u"ก001"_s << 1 << u"ก001"_s;
    QTest::newRow("dash inside") << u"A-001"_s << 1 << u"A-001"_s;
    QTest::newRow("too many letters") << u"ABCD1"_s << 1 << u"too long"_s;
    QTest::newRow("too many digits") << u"A123456789"_s << 1 << u"too long"_s;
    QTest::newRow("counter 0") << u"A001"_s << 0 << u"counter 0"_s;
    QTest::newRow("negative counter") << u"A001"_s << -3 << u"counter -3"_s;
    QTest::newRow("counter too big") << u"A001"_s << 1'000'000 << u"counter 1000000"_s;
}

void TestCallPhrase::refusesWhatCannotBeCalled()
{
    QFETCH(QString, ticket);
    QFETCH(int, counter);
    QFETCH(QString, reasonMentions);

    QString why;
    QVERIFY(!CallPhrase::compose(ticket, counter, &why));
    QVERIFY2(why.contains(reasonMentions), qPrintable(why));
    QVERIFY(!CallPhrase::compose(ticket, counter)); // no reason asked: still refused
}

void TestCallPhrase::vocabularyHasEveryWordOfEveryCallOnce()
{
    QSet<QString> vocabulary;
    for (const SpokenWord &word : CallPhrase::vocabulary()) {
        QVERIFY2(!vocabulary.contains(word.clipKey), qPrintable(word.clipKey));
        QVERIFY(!word.thai.isEmpty());
        vocabulary.insert(word.clipKey);
    }
    QString ticket = u"A0123456789"_s; // every digit
    for (QChar letter = u'A'; letter <= u'Z'; letter = QChar(letter.unicode() + 1)) {
        ticket[0] = letter;
        for (int counter = 1; counter <= 1200; ++counter) {
            const auto phrase = CallPhrase::compose(QStringView(ticket).first(9), counter);
            QVERIFY(phrase);
            for (const QString &key : phrase->clipKeys())
                QVERIFY2(vocabulary.contains(key), qPrintable(key));
        }
    }
    for (const int counter : {10'000, 100'000, 999'999})
        for (const SpokenWord &word : CallPhrase::thaiNumberWords(counter))
            QVERIFY2(vocabulary.contains(word.clipKey), qPrintable(word.clipKey));
}

// resources/voice/th/clips.tsv is what a site records and what make-clips.sh voices: it must
// name exactly the words CallPhrase uses, with the same Thai.
void TestCallPhrase::clipListMatchesVocabulary()
{
    QFile file(QStringLiteral(SADUAK_VOICE_CLIP_LIST));
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.fileName()));
    QList<SpokenWord> listed;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        QCOMPARE(fields.size(), 2);
        listed.append({fields[0], fields[1]});
    }
    const QList<SpokenWord> vocabulary = CallPhrase::vocabulary();
    QCOMPARE(listed.size(), vocabulary.size());
    for (qsizetype i = 0; i < listed.size(); ++i) {
        QCOMPARE(listed[i].clipKey, vocabulary[i].clipKey);
        QCOMPARE(listed[i].thai, vocabulary[i].thai);
    }
}

QTEST_GUILESS_MAIN(TestCallPhrase)
#include "tst_callphrase.moc"
