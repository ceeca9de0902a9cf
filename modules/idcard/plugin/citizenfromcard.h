#pragma once

#include <domain/citizen.h>

namespace saduak::idcard {

struct CardDate;
struct ThaiIdCardData;

// The card's data as the rest of the program knows a person (saduak::Citizen): what the screen
// shows and other modules pre-fill from. The photo is copied in memory only.
Citizen citizenFromCard(const ThaiIdCardData &card);

// "YYYYMMDD" in Buddhist Era with "00" for an unknown day or month, as the card writes it.
PartialDate partialDateFromCard(const CardDate &date);

// Back the other way, for CardMessages (the card library's sentences take its own date type).
CardDate cardDateFrom(const PartialDate &date);
CardDate cardExpiryFrom(const Citizen &citizen);

} // namespace saduak::idcard
