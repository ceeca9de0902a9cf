#pragma once

#include "cardchannel.h"
#include "thaiidcarddata.h"

#include "domain/language.h"

#include <QCoreApplication>
#include <QString>

namespace saduak::idcard {

// What the counter officer (or the citizen at a kiosk) reads when a card read goes wrong or the
// card needs a second look: one plain sentence each, in the UI language, saying what to do.
class CardMessages
{
    Q_DECLARE_TR_FUNCTIONS(saduak::idcard::CardMessages)

public:
    static QString problemText(CardProblem problem);

    // The card's expiry date has passed. Still shown with the data: an expired card still
    // identifies its holder where the law allows, but cannot stand in for a valid card.
    static QString expiredWarning(const CardDate &expiry, Language language = Language::Thai);

    // The 13th digit does not match the first twelve: a misprinted or forged card.
    static QString badCheckDigitWarning();

    // "Lifelong" for an expiry of 99999999.
    static QString lifelongText();

    // A card date for the screen: BE date in Thai / Gregorian in English, "Lifelong", or the
    // year alone (month and year) when the day or month is unknown.
    static QString dateText(const CardDate &date, Language language = Language::Thai);
};

} // namespace saduak::idcard
