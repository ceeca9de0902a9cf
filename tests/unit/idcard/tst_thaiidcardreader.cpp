#include "card/thaiidcardreader.h"

#include "channelforvirtualcard.h"
#include "virtualthaiidcard.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak::idcard;
using saduak::testing::ChannelForVirtualCard;
using saduak::testing::VirtualCard;
using saduak::testing::VirtualThaiIdCard;

Q_DECLARE_METATYPE(saduak::idcard::ReadPlan)

class TestThaiIdCardReader : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryFixtureAsWritten_data();
    void readsEveryFixtureAsWritten();
    void usesTheGetResponseFamilyOfTheAtr_data();
    void usesTheGetResponseFamilyOfTheAtr();
    void emulatedCardRefusesTheOtherGetResponseFamily();
    void batchedSendsFarFewerCommandsThanPerField();
    void skipsThePhotoWhenNotAsked();
    void cardPulledMidPhotoGivesNoData_data();
    void cardPulledMidPhotoGivesNoData();
    void refusesAShortAnswerFromACardStillThere_data();
    void refusesAShortAnswerFromACardStillThere();
    void refusesACardThatIsNotAThaiIdCard();
    void acceptsAReaderThatFetchesTheResponseItself();
};

namespace {

// Fixed "today" for expiry checks, so the tests do not change meaning as years pass.
const QDate today(2026, 6, 1);

QString fixturePath(const QString &name)
{
    return QStringLiteral(SADUAK_CARD_FIXTURE_DIR) + u'/' + name + u".json"_s;
}

QJsonObject fixtureJson(const QString &name)
{
    QFile file(fixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

std::unique_ptr<VirtualThaiIdCard> loadCard(const QString &name)
{
    QString why;
    auto card = VirtualThaiIdCard::fromFixture(fixturePath(name), &why);
    if (!card)
        qWarning("%s", qPrintable(why));
    return card;
}

QStringList nameParts(const CardName &name)
{
    return {name.prefix, name.first, name.middle, name.last};
}

QStringList nameParts(const QJsonObject &name)
{
    return {name[u"prefix"].toString(), name[u"first"].toString(), name[u"middle"].toString(),
        name[u"last"].toString()};
}

const QStringList goodFixtures = {u"standard-3b68"_s, u"get-response-p2-01-3b67"_s,
    u"middle-name-3b7818"_s, u"long-address-3b7918"_s, u"every-thai-character"_s,
    u"lifelong-expiry"_s, u"expired"_s, u"bad-check-digit"_s, u"unknown-birth-day"_s};

// 00 C0 00 P2 Le, written out here rather than taken from the code under test.
QByteArray getResponse(quint8 p2, quint8 length)
{
    QByteArray command(5, '\0');
    command[1] = char(0xC0);
    command[3] = char(p2);
    command[4] = char(length);
    return command;
}

// A reader driver that does the T=0 GET RESPONSE itself (as some do) and hands the data over
// with 90 00 straight away.
class FetchingReader : public VirtualCard
{
public:
    explicit FetchingReader(VirtualCard &card) : m_card(card) { }
    QByteArray atr() const override { return m_card.atr(); }
    std::optional<QByteArray> respond(const QByteArray &command) override
    {
        auto answer = m_card.respond(command);
        if (!answer || answer->size() != 2 || quint8(answer->at(0)) != 0x61
            || quint8(command[1]) == 0xA4)
            return answer;
        const char p2 = m_card.atr().startsWith("\x3B\x67"_ba) ? 1 : 0;
        return m_card.respond(getResponse(quint8(p2), quint8(answer->at(1))));
    }

private:
    VirtualCard &m_card;
};

// Takes a few bytes off the data of one GET RESPONSE answer (the n-th, from 1) and keeps the
// status word: a short answer from a card that is still in the reader.
class ShortensOneAnswer : public VirtualCard
{
public:
    ShortensOneAnswer(VirtualCard &card, int getResponseNumber, int missingBytes)
        : m_card(card), m_target(getResponseNumber), m_missing(missingBytes)
    { }
    QByteArray atr() const override { return m_card.atr(); }
    std::optional<QByteArray> respond(const QByteArray &command) override
    {
        auto answer = m_card.respond(command);
        if (answer && quint8(command[1]) == 0xC0 && ++m_seen == m_target)
            answer->remove(answer->size() - 2 - m_missing, m_missing);
        return answer;
    }

private:
    VirtualCard &m_card;
    int m_target;
    int m_missing;
    int m_seen = 0;
};

} // namespace

void TestThaiIdCardReader::readsEveryFixtureAsWritten_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<ReadPlan>("plan");
    for (const QString &name : goodFixtures) {
        QTest::addRow("%s batched", qPrintable(name)) << name << ReadPlan::Batched;
        QTest::addRow("%s per field", qPrintable(name)) << name << ReadPlan::PerField;
    }
}

void TestThaiIdCardReader::readsEveryFixtureAsWritten()
{
    QFETCH(QString, fixture);
    QFETCH(ReadPlan, plan);
    const QJsonObject expected = fixtureJson(fixture);
    QVERIFY(!expected.isEmpty());
    auto card = loadCard(fixture);
    QVERIFY(card);
    ChannelForVirtualCard channel(*card);

    const CardReadResult result = ThaiIdCardReader::read(channel, {true, plan});
    QVERIFY2(result.problem == CardProblem::None, qPrintable(result.detail));
    QVERIFY(result.card);
    const ThaiIdCardData &data = *result.card;

    QCOMPARE(data.version, expected[u"version"].toString());
    QCOMPARE(data.citizenId, expected[u"citizenId"].toString());
    QCOMPARE(nameParts(data.thaiName), nameParts(expected[u"thaiName"].toObject()));
    QCOMPARE(nameParts(data.englishName), nameParts(expected[u"englishName"].toObject()));
    QCOMPARE(data.birthDate.rawBe, expected[u"birthDate"].toString());
    QCOMPARE(data.birthDate.beYear, expected[u"birthDate"].toString().left(4).toInt());
    QCOMPARE(int(data.gender), expected[u"gender"].toString().toInt()); // Male = 1, Female = 2
    QCOMPARE(data.issuer, expected[u"issuer"].toString());
    QCOMPARE(data.issuerCode, expected[u"issuerCode"].toString());
    QCOMPARE(data.issueDate.rawBe, expected[u"issueDate"].toString());
    QCOMPARE(data.expiryDate.rawBe, expected[u"expiryDate"].toString());
    QCOMPARE(data.cardRequestNumber, expected[u"cardRequestNumber"].toString());
    QStringList address;
    for (const QJsonValue &part : expected[u"address"].toArray()) {
        if (!part.toString().isEmpty())
            address.append(part.toString());
    }
    QCOMPARE(data.address, address);
    // The photo byte for byte: nothing trimmed, nothing of the padding after it.
    QCOMPARE(data.photoJpeg.size(), card->photo().size());
    QVERIFY(data.photoJpeg == card->photo());

    // What each case is there for.
    QCOMPARE(data.checkDigitValid, fixture != u"bad-check-digit");
    QCOMPARE(data.isExpired(today), fixture == u"expired");
    QCOMPARE(data.expiryDate.lifelong, fixture == u"lifelong-expiry");
    QCOMPARE(data.birthDate.date.isValid(), fixture != u"unknown-birth-day");
    if (fixture == u"standard-3b68")
        QCOMPARE(data.birthDate.date, QDate(1987, 4, 15));
    if (fixture == u"long-address-3b7918")
        QVERIFY(address.join(u'#').size() > 100); // past what a 100-byte read would give

    QCOMPARE(result.commandCount, channel.commandCount());
    QCOMPARE(card->commandCount(), channel.commandCount());
}

void TestThaiIdCardReader::usesTheGetResponseFamilyOfTheAtr_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("p2");
    QTest::newRow("3B 67: P2 = 01") << u"get-response-p2-01-3b67"_s << 0x01;
    QTest::newRow("3B 68: P2 = 00") << u"standard-3b68"_s << 0x00;
    QTest::newRow("3B 78 18: P2 = 00") << u"middle-name-3b7818"_s << 0x00;
    QTest::newRow("3B 79 18: P2 = 00") << u"long-address-3b7918"_s << 0x00;
}

void TestThaiIdCardReader::usesTheGetResponseFamilyOfTheAtr()
{
    QFETCH(QString, fixture);
    QFETCH(int, p2);
    auto card = loadCard(fixture);
    QVERIFY(card);
    ChannelForVirtualCard channel(*card);
    const CardReadResult result = ThaiIdCardReader::read(channel);
    QVERIFY2(result.problem == CardProblem::None, qPrintable(result.detail));
    int getResponses = 0;
    for (const QByteArray &command : channel.commands()) {
        if (command.startsWith("\x00\xC0"_ba)) {
            QCOMPARE(int(quint8(command[3])), p2);
            ++getResponses;
        }
    }
    QCOMPARE(getResponses, (channel.commandCount() - 1) / 2);
}

// The emulator is strict like the cards: the other family's P2 is refused with 6A 86, so a reader
// that ignored the ATR rule could not pass the test above.
void TestThaiIdCardReader::emulatedCardRefusesTheOtherGetResponseFamily()
{
    for (const auto &[fixture, wrongP2] :
        {std::pair {u"get-response-p2-01-3b67"_s, 0x00}, std::pair {u"standard-3b68"_s, 0x01}}) {
        auto card = loadCard(fixture);
        QVERIFY(card);
        QCOMPARE(card->respond("\x00\xA4\x04\x00\x08\xA0\x00\x00\x00\x54\x48\x00\x01"_ba),
            std::optional("\x61\x0A"_ba));
        QCOMPARE(card->respond("\x80\xB0\x00\x04\x02\x00\x0D"_ba), std::optional("\x61\x0D"_ba));
        QCOMPARE(card->respond(getResponse(quint8(wrongP2), 0x0D)), std::optional("\x6A\x86"_ba));
        QCOMPARE(card->respond("\x00\xB2\x01\x0C\x00"_ba), std::optional("\x6D\x00"_ba));
    }
}

// The count is the design: SELECT, then 3 READ BINARY + GET RESPONSE pairs for the text
// (0000/226, 00F6/129, 1579/174), then pairs of 255 bytes until the JPEG's end. The fixture photo
// is 4318 bytes: 17 chunks. PerField, as public readers do: SELECT, 12 fields, 20 photo chunks.
void TestThaiIdCardReader::batchedSendsFarFewerCommandsThanPerField()
{
    auto batchedCard = loadCard(u"standard-3b68"_s);
    auto perFieldCard = loadCard(u"standard-3b68"_s);
    QVERIFY(batchedCard && perFieldCard);
    QCOMPARE(batchedCard->photo().size(), 4318);

    ChannelForVirtualCard batchedChannel(*batchedCard);
    const CardReadResult batched
        = ThaiIdCardReader::read(batchedChannel, {true, ReadPlan::Batched});
    ChannelForVirtualCard perFieldChannel(*perFieldCard);
    const CardReadResult perField
        = ThaiIdCardReader::read(perFieldChannel, {true, ReadPlan::PerField});
    QVERIFY2(batched.problem == CardProblem::None, qPrintable(batched.detail));
    QVERIFY2(perField.problem == CardProblem::None, qPrintable(perField.detail));

    QCOMPARE(batched.commandCount, 1 + 3 * 2 + 17 * 2); // 41
    QCOMPARE(perField.commandCount, 1 + 12 * 2 + 20 * 2); // 65
    QCOMPARE(batchedChannel.commandCount(), batched.commandCount);
    QCOMPARE(perFieldChannel.commandCount(), perField.commandCount);
    // Same card data either way.
    QCOMPARE(batched.card->photoJpeg, perField.card->photoJpeg);
    QCOMPARE(batched.card->address, perField.card->address);
    QCOMPARE(batched.card->thaiName.full(), perField.card->thaiName.full());
}

void TestThaiIdCardReader::skipsThePhotoWhenNotAsked()
{
    auto card = loadCard(u"standard-3b68"_s);
    QVERIFY(card);
    ChannelForVirtualCard channel(*card);
    const CardReadResult batched = ThaiIdCardReader::read(channel, {false, ReadPlan::Batched});
    QVERIFY(batched.card);
    QVERIFY(batched.card->photoJpeg.isEmpty());
    QCOMPARE(batched.commandCount, 7);

    ChannelForVirtualCard again(*card);
    const CardReadResult perField = ThaiIdCardReader::read(again, {false, ReadPlan::PerField});
    QVERIFY(perField.card);
    QCOMPARE(perField.commandCount, 25);
}

void TestThaiIdCardReader::cardPulledMidPhotoGivesNoData_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<ReadPlan>("plan");
    for (const QString &name : {u"pulled-mid-photo"_s, u"pulled-mid-photo-short-answer"_s,
             u"pulled-mid-photo-empty-answer"_s}) {
        QTest::addRow("%s batched", qPrintable(name)) << name << ReadPlan::Batched;
        QTest::addRow("%s per field", qPrintable(name)) << name << ReadPlan::PerField;
    }
}

void TestThaiIdCardReader::cardPulledMidPhotoGivesNoData()
{
    QFETCH(QString, fixture);
    QFETCH(ReadPlan, plan);
    auto card = loadCard(fixture);
    QVERIFY(card);
    ChannelForVirtualCard channel(*card);
    const CardReadResult result = ThaiIdCardReader::read(channel, {true, plan});
    QCOMPARE(result.problem, CardProblem::CardRemoved);
    QVERIFY(!result.card.has_value());
    QVERIFY(card->pulled());
    QVERIFY(!result.detail.isEmpty());
    // The detail is for developers: where it stopped, never whose card it was.
    QVERIFY(!result.detail.contains(fixtureJson(fixture)[u"citizenId"].toString()));
}

void TestThaiIdCardReader::refusesAShortAnswerFromACardStillThere_data()
{
    QTest::addColumn<int>("getResponseNumber");
    QTest::addColumn<int>("missingBytes");
    QTest::newRow("second text block") << 2 << 1;
    QTest::newRow("address block") << 3 << 30;
    // The last photo chunk (the 17th) holds the JPEG's end and 17 bytes of padding: without 10
    // of them the photo still looks whole, and must still not be taken.
    QTest::newRow("last photo chunk") << 3 + 17 << 10;
}

void TestThaiIdCardReader::refusesAShortAnswerFromACardStillThere()
{
    QFETCH(int, getResponseNumber);
    QFETCH(int, missingBytes);
    auto card = loadCard(u"standard-3b68"_s);
    QVERIFY(card);
    ShortensOneAnswer shortening(*card, getResponseNumber, missingBytes);
    ChannelForVirtualCard channel(shortening);
    const CardReadResult result = ThaiIdCardReader::read(channel);
    QCOMPARE(result.problem, CardProblem::CardRemoved);
    QVERIFY(!result.card.has_value());
    QVERIFY2(result.detail.contains(u"short answer"_s), qPrintable(result.detail));
}

void TestThaiIdCardReader::refusesACardThatIsNotAThaiIdCard()
{
    auto card = loadCard(u"not-thai-id-card"_s);
    QVERIFY(card);
    ChannelForVirtualCard channel(*card);
    const CardReadResult result = ThaiIdCardReader::read(channel);
    QCOMPARE(result.problem, CardProblem::NotThaiIdCard);
    QVERIFY(!result.card.has_value());
    QCOMPARE(result.commandCount, 1);
    QVERIFY2(result.detail.contains(u"6A82"_s), qPrintable(result.detail));
}

void TestThaiIdCardReader::acceptsAReaderThatFetchesTheResponseItself()
{
    auto card = loadCard(u"get-response-p2-01-3b67"_s);
    QVERIFY(card);
    FetchingReader reader(*card);
    ChannelForVirtualCard channel(reader);
    const CardReadResult result = ThaiIdCardReader::read(channel);
    QVERIFY2(result.problem == CardProblem::None, qPrintable(result.detail));
    QCOMPARE(result.card->photoJpeg, card->photo());
    QCOMPARE(result.commandCount, 1 + 3 + 17); // no GET RESPONSE of our own
}

QTEST_GUILESS_MAIN(TestThaiIdCardReader)
#include "tst_thaiidcardreader.moc"
