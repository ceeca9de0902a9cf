#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace saduak::idcard {

// Why a card could not be read. Each one gets its own sentence for the counter officer
// (cardproblemtext) and its own exit code in saduak-card.
enum class CardProblem {
    None,
    PcscdNotRunning, // SCARD_E_NO_SERVICE: the smart-card service is not running
    NoReader, // no reader plugged in (or the pinned one is missing)
    NoCard, // a reader, but no card in it
    CardRemoved, // the card was pulled during the read (SCARD_W_REMOVED_CARD, a short/empty answer)
    CardReset, // another program reset the card (SCARD_W_RESET_CARD); a retry usually works
    CardInUse, // another program holds the card exclusively (SCARD_E_SHARING_VIOLATION)
    NotThaiIdCard, // the Thai ID applet is not there
    UnreadableData, // the applet answered, but the data breaks the card's layout
    ReaderFailure, // any other PC/SC error
};

// One APDU exchange. statusWord is SW1 SW2 (0x9000 = done; 0x61xx = xx bytes wait for GET RESPONSE).
struct ApduResponse
{
    CardProblem problem = CardProblem::None;
    QByteArray data; // the response data without the status word
    quint16 statusWord = 0;

    bool transmitted() const { return problem == CardProblem::None; }
    quint8 sw1() const { return quint8(statusWord >> 8); }
    quint8 sw2() const { return quint8(statusWord & 0xFF); }
};

// A connected card. The reader code behind it (PC/SC) is swappable so the card logic can be tested
// on raw bytes; the app and saduak-card use the PC/SC one.
class CardChannel
{
public:
    virtual ~CardChannel() = default;
    virtual QByteArray atr() const = 0;
    virtual ApduResponse transmit(const QByteArray &commandApdu) = 0;
};

} // namespace saduak::idcard
