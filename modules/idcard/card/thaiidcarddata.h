#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

namespace saduak::idcard {

// A date as the card writes it: Buddhist-Era "YYYYMMDD", where the day or the month may be "00"
// when unknown, and "99999999" means lifelong (expiry of a card issued to someone over 70).
struct CardDate
{
    QString rawBe; // exactly as on the card, "25300415"
    QDate date; // Gregorian; null when lifelong, or when the day or month is unknown
    bool lifelong = false;
    int beYear = 0; // always there, even when day/month are unknown (age can still be estimated)
};

// A name as the card writes it: "prefix#first#middle#last" (the middle part is often empty).
struct CardName
{
    QString prefix; // "นาย", "Mr."
    QString first;
    QString middle;
    QString last;

    QString full() const; // parts joined by single spaces, empty parts left out
};

// Everything the Thai ID applet gives, parsed. Text fields are trimmed of the card's space
// padding; binary data (the photo) is kept byte for byte.
struct ThaiIdCardData
{
    QString version; // applet/card version text, e.g. "0003"
    QString citizenId; // the 13 digits as read (checkDigitValid says whether they add up)
    bool checkDigitValid = false;
    CardName thaiName;
    CardName englishName;
    CardDate birthDate;
    enum class Gender { Unknown, Male, Female } gender = Gender::Unknown; // card: '1' / '2'
    QString issuer; // issuing office, Thai
    QString issuerCode;
    CardDate issueDate;
    CardDate expiryDate;
    QString cardRequestNumber;
    QStringList address; // house no., moo, trok, soi, road, tambon, amphoe, province; empty parts dropped
    QByteArray photoJpeg; // empty when the photo was not read; ends with FF D9 when it was

    bool isExpired(const QDate &today) const; // false for lifelong
};

} // namespace saduak::idcard
