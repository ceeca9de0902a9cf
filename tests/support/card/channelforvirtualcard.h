#pragma once

#include "card/cardchannel.h"
#include "virtualcard.h"

#include <QByteArrayList>

namespace saduak::testing {

// A CardChannel straight onto a VirtualCard, in process: the card logic's unit tests run on it
// without pcscd. A card that answers nothing (pulled) or less than a status word is CardRemoved.
class ChannelForVirtualCard : public idcard::CardChannel
{
public:
    explicit ChannelForVirtualCard(VirtualCard &card) : m_card(card) { }

    QByteArray atr() const override { return m_card.atr(); }
    idcard::ApduResponse transmit(const QByteArray &commandApdu) override;

    int commandCount() const { return int(m_commands.size()); }
    const QByteArrayList &commands() const { return m_commands; } // every APDU sent, in order

private:
    VirtualCard &m_card;
    QByteArrayList m_commands;
};

} // namespace saduak::testing
