#include "thaiidcardjson.h"

#include "cardproblemtext.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace saduak::idcard {

namespace {
QString genderId(ThaiIdCardData::Gender gender)
{
    switch (gender) {
    case ThaiIdCardData::Gender::Male:
        return u"male"_s;
    case ThaiIdCardData::Gender::Female:
        return u"female"_s;
    case ThaiIdCardData::Gender::Unknown:
        break;
    }
    return u"unknown"_s;
}
} // namespace

QJsonObject toJson(const CardDate &date)
{
    return QJsonObject {
        {u"iso"_s,
            date.date.isValid() ? QJsonValue(date.date.toString(Qt::ISODate)) : QJsonValue()},
        {u"be"_s, date.rawBe},
        {u"beYear"_s, date.lifelong ? QJsonValue() : QJsonValue(date.beYear)},
        {u"lifelong"_s, date.lifelong},
    };
}

QJsonObject toJson(const CardName &name)
{
    return QJsonObject {
        {u"prefix"_s, name.prefix},
        {u"first"_s, name.first},
        {u"middle"_s, name.middle},
        {u"last"_s, name.last},
        {u"full"_s, name.full()},
    };
}

QJsonObject toJson(const ThaiIdCardData &card, const CardJsonOptions &options)
{
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    QJsonValue photo;
    if (options.photo != CardJsonOptions::Photo::Omit && !card.photoJpeg.isEmpty()) {
        QJsonObject object {{u"bytes"_s, card.photoJpeg.size()}, {u"format"_s, u"jpeg"_s}};
        if (options.photo == CardJsonOptions::Photo::Base64)
            object.insert(u"base64"_s, QString::fromLatin1(card.photoJpeg.toBase64()));
        else
            object.insert(u"file"_s, options.photoFile);
        photo = object;
    }
    return QJsonObject {
        {u"version"_s, card.version},
        {u"citizenId"_s, card.citizenId},
        {u"checkDigitValid"_s, card.checkDigitValid},
        {u"thaiName"_s, toJson(card.thaiName)},
        {u"englishName"_s, toJson(card.englishName)},
        {u"birthDate"_s, toJson(card.birthDate)},
        {u"gender"_s, genderId(card.gender)},
        {u"issuer"_s, card.issuer},
        {u"issuerCode"_s, card.issuerCode},
        {u"issueDate"_s, toJson(card.issueDate)},
        {u"expiryDate"_s, toJson(card.expiryDate)},
        {u"expired"_s, card.isExpired(today)},
        {u"cardRequestNumber"_s, card.cardRequestNumber},
        {u"address"_s, QJsonArray::fromStringList(card.address)},
        {u"addressText"_s, card.address.join(u' ')},
        {u"photo"_s, photo},
    };
}

QString problemId(CardProblem problem)
{
    switch (problem) {
    case CardProblem::None:
        return u"none"_s;
    case CardProblem::PcscdNotRunning:
        return u"pcscd-not-running"_s;
    case CardProblem::NoReader:
        return u"no-reader"_s;
    case CardProblem::NoCard:
        return u"no-card"_s;
    case CardProblem::CardRemoved:
        return u"card-removed"_s;
    case CardProblem::CardReset:
        return u"card-reset"_s;
    case CardProblem::CardInUse:
        return u"card-in-use"_s;
    case CardProblem::NotThaiIdCard:
        return u"not-thai-id-card"_s;
    case CardProblem::UnreadableData:
        return u"unreadable-data"_s;
    case CardProblem::ReaderFailure:
        break;
    }
    return u"reader-failure"_s;
}

QJsonObject problemToJson(CardProblem problem)
{
    return QJsonObject {
        {u"problem"_s, problemId(problem)},
        {u"message"_s, CardMessages::problemText(problem)},
    };
}

QByteArray jsonText(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace saduak::idcard
