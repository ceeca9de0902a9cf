#pragma once

#include "language.h"
#include "thaicitizenid.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace saduak {

// A date as the national ID card records it: the Buddhist-Era year is always there, while the
// month and the day are 0 ("unknown") for people whose birth was registered without them.
struct PartialDate
{
    int beYear = 0; // 0: no date at all
    int month = 0; // 1–12; 0 unknown
    int day = 0; // 1–31; 0 unknown

    bool isNull() const { return beYear == 0; }
    bool isComplete() const { return beYear > 0 && month > 0 && day > 0; }
    QDate date() const; // the Gregorian date; null unless complete and a real day

    // The day a person's age is counted from. Civil and Commercial Code, section 16: from the
    // birth day; when only the month is known, from the first day of that month; when neither is
    // known, from the first day of the calendar year of birth (which before BE 2484 began on
    // 1 April). Null when the date cannot be a real one.
    QDate ageCountedFrom() const;
    std::optional<int> ageOn(QDate today) const; // whole years; nullopt without a usable date

    // "15 เม.ย. 2530", "เม.ย. 2530", "2530" in Thai; "15 Apr 1987", "Apr 1987", "1987" in English.
    QString format(Language language) const;
};

// A name as the card writes it, in parts, so a module can fill a form field by field.
struct PersonName
{
    QString prefix; // "นาย", "Mr."
    QString first;
    QString middle; // usually empty
    QString last;

    QString full() const; // the parts that exist, joined by single spaces
    bool isEmpty() const { return full().isEmpty(); }
};

// The person being served, as read from the national ID card: what the counter screen shows and
// what other modules pre-fill their forms from (ModuleContext::currentCitizen()).
// PDPA (DESIGN.md, "Data"): a Citizen lives in memory only. Nothing here is logged, and the photo
// is never written to the database, the outbox, a log or a file.
struct Citizen
{
    enum class Gender { Unknown, Male, Female };

    // As on the card, even when its check digit does not add up (id->hasValidCheckDigit() says;
    // the screen warns). nullopt only when the card gave no 13 digits at all.
    std::optional<ThaiCitizenId> id;
    PersonName thaiName;
    PersonName englishName;
    PartialDate birthDate;
    Gender gender = Gender::Unknown;
    QStringList address; // house no., moo, soi, road, tambon, amphoe, province; empty parts dropped
    QDate cardIssued;
    QDate cardExpires; // null when the card is lifelong (issued to someone aged 70 or more)
    bool cardLifelong = false;
    QByteArray photoJpeg; // in memory only; empty when the photo was not read

    std::optional<int> ageOn(QDate today) const { return birthDate.ageOn(today); }
    // 60 or older on that day: the kiosk's elderly priority (PriorityClass::Elderly).
    bool isElderlyOn(QDate today) const;
    // After the expiry date. An expired card still identifies its holder where the law allows;
    // the screen warns, it does not refuse.
    bool cardExpiredOn(QDate today) const;
};

inline constexpr int kElderlyAge = 60;

} // namespace saduak
