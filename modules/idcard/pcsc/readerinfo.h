#pragma once

#include "card/cardchannel.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace saduak::idcard {

// One reader as PC/SC last reported it.
struct ReaderInfo
{
    QString name; // as pcscd names it, e.g. "ACS ACR39U ICC Reader 00 00"
    bool cardPresent = false;
    bool cardInUse = false; // another program holds the card exclusively
    bool cardMute = false; // a card is there but does not answer (inserted upside down?)
    QByteArray atr; // empty without a card

    friend bool operator==(const ReaderInfo &, const ReaderInfo &) = default;
};

// Which reader to read from. With a pinned name: that reader, or NoReader when it is not
// plugged in, NoCard when it is empty. Without one: the first reader (in pcscd's order) that has
// a card; NoReader when there is no reader at all, NoCard when none has a card.
// Returns the reader's name, or an empty string with *problem set.
QString chooseReader(
    const QList<ReaderInfo> &readers, const QString &pinnedReader, CardProblem *problem);

} // namespace saduak::idcard
