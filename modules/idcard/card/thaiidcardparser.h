#pragma once

#include "cardmemory.h"
#include "thaiidcarddata.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <optional>

namespace saduak::idcard {

// Raw card memory to ThaiIdCardData: TIS-620 text, space padding, '#'-separated names and
// address, BE dates, the check digit. Pure functions on bytes, so they are tested without a card.
// Errors are for developers (which field, which byte) and never carry personal data.
class ThaiIdCardParser
{
public:
    // The text fields of the layout, all of which must be in memory. Sets checkDigitValid;
    // leaves photoJpeg empty. nullopt with *why set when the bytes break the layout.
    static std::optional<ThaiIdCardData> parseText(const CardMemory &memory, QString *why);

    // One text field: TIS-620, then the card's padding (trailing spaces, and NULs some cards
    // use) removed; control characters inside are refused.
    static std::optional<QString> text(QByteArrayView bytes, QString *why);

    // "นาย#สมชาย##ใจดี" into its four parts; missing parts are empty.
    static CardName name(QStringView text);

    // "25300415"; "99999999" is lifelong when allowed. Day or month "00" = unknown: date null,
    // beYear kept. Anything but eight digits, or a month above 12 or a day above 31, is refused.
    static std::optional<CardDate> date(QStringView text, bool lifelongAllowed, QString *why);

    // The eight '#'-separated parts, each trimmed, empty ones dropped.
    static QStringList address(QStringView text);

    static ThaiIdCardData::Gender gender(QStringView text);

    // Thirteen ASCII digits whose last one is the check digit of the first twelve.
    static bool checkDigitValid(QStringView citizenId);
};

} // namespace saduak::idcard
