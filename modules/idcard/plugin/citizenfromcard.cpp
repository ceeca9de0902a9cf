#include "citizenfromcard.h"

#include "card/thaiidcarddata.h"

#include <domain/buddhistdate.h>

using namespace Qt::StringLiterals;

namespace saduak::idcard {

namespace {

PersonName personName(const CardName &name)
{
    return PersonName {name.prefix, name.first, name.middle, name.last};
}

} // namespace

PartialDate partialDateFromCard(const CardDate &date)
{
    PartialDate d;
    if (date.lifelong)
        return d;
    d.beYear = date.beYear;
    if (date.rawBe.size() == 8) {
        const int month = date.rawBe.mid(4, 2).toInt();
        const int day = date.rawBe.mid(6, 2).toInt();
        d.month = month >= 1 && month <= 12 ? month : 0;
        // A day without its month says nothing usable: the age rule falls back to the year.
        d.day = d.month > 0 && day >= 1 && day <= 31 ? day : 0;
    }
    if (d.isComplete() && !d.date().isValid())
        d.day = 0; // "25300231": keep what is sure, the month and the year
    return d;
}

CardDate cardDateFrom(const PartialDate &date)
{
    CardDate c;
    c.beYear = date.beYear;
    c.rawBe = u"%1%2%3"_s.arg(date.beYear, 4, 10, QLatin1Char('0'))
                  .arg(date.month, 2, 10, QLatin1Char('0'))
                  .arg(date.day, 2, 10, QLatin1Char('0'));
    c.date = date.date();
    return c;
}

CardDate cardExpiryFrom(const Citizen &citizen)
{
    CardDate c;
    if (citizen.cardLifelong) {
        c.lifelong = true;
        c.rawBe = u"99999999"_s;
        return c;
    }
    c.date = citizen.cardExpires;
    c.beYear = BuddhistDate::buddhistYear(citizen.cardExpires);
    c.rawBe = c.date.isValid() ? QString::number(c.beYear) + c.date.toString(u"MMdd"_s) : QString();
    return c;
}

Citizen citizenFromCard(const ThaiIdCardData &card)
{
    Citizen c;
    c.id = ThaiCitizenId::fromCard(card.citizenId);
    c.thaiName = personName(card.thaiName);
    c.englishName = personName(card.englishName);
    c.birthDate = partialDateFromCard(card.birthDate);
    switch (card.gender) {
    case ThaiIdCardData::Gender::Male:
        c.gender = Citizen::Gender::Male;
        break;
    case ThaiIdCardData::Gender::Female:
        c.gender = Citizen::Gender::Female;
        break;
    case ThaiIdCardData::Gender::Unknown:
        break;
    }
    c.address = card.address;
    c.cardIssued = card.issueDate.date;
    c.cardLifelong = card.expiryDate.lifelong;
    c.cardExpires = card.expiryDate.lifelong ? QDate() : card.expiryDate.date;
    c.photoJpeg = card.photoJpeg;
    return c;
}

} // namespace saduak::idcard
