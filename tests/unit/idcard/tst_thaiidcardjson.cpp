#include "card/thaiidcardjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak::idcard;

class TestThaiIdCardJson : public QObject
{
    Q_OBJECT

private slots:
    void hasTheDocumentedFieldNames();
    void writesDatesAsIsoGregorianWithTheRawBeText();
    void writesLifelongExpiryAsNullWithAFlag();
    void writesUnknownDayAsNullIsoWithTheRawText();
    void writesTextAsUtf8();
    void marksAnExpiredCard();
    void writesThePhotoOnlyWhenAsked();
    void writesAProblemWithItsIdAndSentence();
};

namespace {

CardDate cardDate(const QString &raw, QDate date, int beYear, bool lifelong = false)
{
    return CardDate {raw, date, lifelong, beYear};
}

ThaiIdCardData sampleCard()
{
    ThaiIdCardData card;
    card.version = u"0003"_s;
    card.citizenId = u"1101700230708"_s;
    card.checkDigitValid = true;
    card.thaiName = {u"นางสาว"_s, u"มาลี"_s, QString(), u"ศรีสุข"_s};
    card.englishName = {u"Miss"_s, u"Malee"_s, QString(), u"Srisuk"_s};
    card.birthDate = cardDate(u"25411231"_s, QDate(1998, 12, 31), 2541);
    card.gender = ThaiIdCardData::Gender::Female;
    card.issuer = u"สำนักงานเขตบางรัก/กรุงเทพมหานคร"_s;
    card.issuerCode = u"1004000000012"_s;
    card.issueDate = cardDate(u"25660301"_s, QDate(2023, 3, 1), 2566);
    card.expiryDate = cardDate(u"25741230"_s, QDate(2031, 12, 30), 2574);
    card.cardRequestNumber = u"10040312345670"_s;
    card.address = {u"12"_s, u"ถนนสีลม"_s, u"แขวงสีลม"_s, u"เขตบางรัก"_s, u"กรุงเทพมหานคร"_s};
    card.photoJpeg = "\xFF\xD8 photo \xFF\xD9"_ba;
    return card;
}

const QDate today(2026, 6, 1);

CardJsonOptions on(QDate day, CardJsonOptions::Photo photo = CardJsonOptions::Photo::Omit,
    const QString &file = {})
{
    CardJsonOptions options;
    options.today = day;
    options.photo = photo;
    options.photoFile = file;
    return options;
}

} // namespace

void TestThaiIdCardJson::hasTheDocumentedFieldNames()
{
    const QJsonObject json = toJson(sampleCard(), on(today));
    QStringList keys = json.keys();
    keys.sort();
    QCOMPARE(keys,
        QStringList({u"address"_s, u"addressText"_s, u"birthDate"_s, u"cardRequestNumber"_s,
            u"checkDigitValid"_s, u"citizenId"_s, u"englishName"_s, u"expired"_s, u"expiryDate"_s,
            u"gender"_s, u"issueDate"_s, u"issuer"_s, u"issuerCode"_s, u"photo"_s, u"thaiName"_s,
            u"version"_s}));
    const QJsonObject name = json[u"thaiName"].toObject();
    QCOMPARE(name[u"prefix"].toString(), u"นางสาว"_s);
    QCOMPARE(name[u"first"].toString(), u"มาลี"_s);
    QCOMPARE(name[u"middle"].toString(), QString());
    QCOMPARE(name[u"last"].toString(), u"ศรีสุข"_s);
    QCOMPARE(name[u"full"].toString(), u"นางสาว มาลี ศรีสุข"_s);
    QCOMPARE(json[u"gender"].toString(), u"female"_s);
    QCOMPARE(json[u"citizenId"].toString(), u"1101700230708"_s);
    QCOMPARE(json[u"checkDigitValid"].toBool(), true);
    QCOMPARE(json[u"address"].toArray().size(), 5);
    QCOMPARE(json[u"addressText"].toString(), u"12 ถนนสีลม แขวงสีลม เขตบางรัก กรุงเทพมหานคร"_s);
}

void TestThaiIdCardJson::writesDatesAsIsoGregorianWithTheRawBeText()
{
    const QJsonObject birth = toJson(sampleCard(), on(today))[u"birthDate"].toObject();
    QCOMPARE(birth[u"iso"].toString(), u"1998-12-31"_s);
    QCOMPARE(birth[u"be"].toString(), u"25411231"_s);
    QCOMPARE(birth[u"beYear"].toInt(), 2541);
    QCOMPARE(birth[u"lifelong"].toBool(), false);
}

void TestThaiIdCardJson::writesLifelongExpiryAsNullWithAFlag()
{
    ThaiIdCardData card = sampleCard();
    card.expiryDate = cardDate(u"99999999"_s, QDate(), 0, true);
    const QJsonObject json = toJson(card, on(today));
    const QJsonObject expiry = json[u"expiryDate"].toObject();
    QVERIFY(expiry[u"iso"].isNull());
    QCOMPARE(expiry[u"lifelong"].toBool(), true);
    QCOMPARE(expiry[u"be"].toString(), u"99999999"_s);
    QVERIFY(expiry[u"beYear"].isNull());
    QCOMPARE(json[u"expired"].toBool(), false);
}

void TestThaiIdCardJson::writesUnknownDayAsNullIsoWithTheRawText()
{
    ThaiIdCardData card = sampleCard();
    card.birthDate = cardDate(u"24990300"_s, QDate(), 2499);
    const QJsonObject birth = toJson(card, on(today))[u"birthDate"].toObject();
    QVERIFY(birth[u"iso"].isNull());
    QCOMPARE(birth[u"be"].toString(), u"24990300"_s);
    QCOMPARE(birth[u"beYear"].toInt(), 2499);
}

void TestThaiIdCardJson::writesTextAsUtf8()
{
    const QByteArray text = jsonText(toJson(sampleCard(), on(today)));
    QVERIFY(text.contains(u"ศรีสุข"_s.toUtf8()));
    QVERIFY(text.endsWith('\n'));
    QCOMPARE(QJsonDocument::fromJson(text).object()[u"issuer"].toString(),
        u"สำนักงานเขตบางรัก/กรุงเทพมหานคร"_s);
}

void TestThaiIdCardJson::marksAnExpiredCard()
{
    ThaiIdCardData card = sampleCard();
    card.expiryDate = cardDate(u"25600414"_s, QDate(2017, 4, 14), 2560);
    QCOMPARE(toJson(card, on(today))[u"expired"].toBool(), true);
    // Valid through its expiry date.
    QCOMPARE(toJson(card, on(QDate(2017, 4, 14)))[u"expired"].toBool(), false);
    QCOMPARE(toJson(card, on(QDate(2017, 4, 15)))[u"expired"].toBool(), true);
}

void TestThaiIdCardJson::writesThePhotoOnlyWhenAsked()
{
    const ThaiIdCardData card = sampleCard();
    QVERIFY(toJson(card, on(today))[u"photo"].isNull());

    const QJsonObject inlined
        = toJson(card, on(today, CardJsonOptions::Photo::Base64))[u"photo"].toObject();
    QCOMPARE(inlined[u"bytes"].toInt(), card.photoJpeg.size());
    QCOMPARE(QByteArray::fromBase64(inlined[u"base64"].toString().toLatin1()), card.photoJpeg);
    QVERIFY(!inlined.contains(u"file"));

    const QJsonObject file
        = toJson(card, on(today, CardJsonOptions::Photo::File, u"/tmp/p.jpg"_s))[u"photo"]
              .toObject();
    QCOMPARE(file[u"file"].toString(), u"/tmp/p.jpg"_s);
    QCOMPARE(file[u"format"].toString(), u"jpeg"_s);
    QVERIFY(!file.contains(u"base64"));
}

void TestThaiIdCardJson::writesAProblemWithItsIdAndSentence()
{
    const QJsonObject json = problemToJson(CardProblem::NotThaiIdCard);
    QCOMPARE(json[u"problem"].toString(), u"not-thai-id-card"_s);
    QVERIFY(json[u"message"].toString().contains(u"not a Thai national ID card"_s));
    QCOMPARE(problemId(CardProblem::CardRemoved), u"card-removed"_s);
    QCOMPARE(problemId(CardProblem::PcscdNotRunning), u"pcscd-not-running"_s);
}

QTEST_GUILESS_MAIN(TestThaiIdCardJson)
#include "tst_thaiidcardjson.moc"
