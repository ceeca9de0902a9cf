#pragma once

#include "card/cardchannel.h"
#include "pcsccontext.h"

#include <QString>
#include <memory>

namespace saduak::idcard {

// A card in a PC/SC reader as a CardChannel. Connected shared (T=0 or T=1, whatever the card
// speaks), with an exclusive transaction held from open() to destruction, so no other program's
// commands (or a middleware's polling) land between ours in the middle of a read.
//
//   SCARD_W_RESET_CARD  another program reset the card: reconnect once and go on when nothing had
//                       been sent yet; mid-read it is CardReset (the card forgot the selected
//                       applet, so the whole read must start again; PcscIdCardRead does that).
//   SCARD_W_REMOVED_CARD, an empty or 1-byte answer (no status word): CardRemoved.
//   SCARD_E_SHARING_VIOLATION  another program holds the card exclusively: CardInUse.
class PcscCardChannel : public CardChannel
{
public:
    // Connects to the card in `reader` and begins the transaction. nullptr with *result saying
    // why (NoCard, CardInUse, NoReader, PcscdNotRunning...).
    static std::unique_ptr<PcscCardChannel> open(
        const PcscContext &context, const QString &reader, PcscResult *result);
    ~PcscCardChannel() override; // ends the transaction and disconnects, leaving the card powered

    QByteArray atr() const override { return m_atr; }
    ApduResponse transmit(const QByteArray &commandApdu) override;

    QString readerName() const { return m_reader; }
    // The developer line of the last failure ("SCardTransmit: SCARD_W_REMOVED_CARD ...").
    QString lastDetail() const { return m_lastDetail; }

private:
    PcscCardChannel(SCARDCONTEXT context, const QString &reader);
    PcscResult connect();
    PcscResult reconnectAfterReset();
    PcscResult beginTransaction();
    void readAtr();
    ApduResponse failed(const PcscResult &result);

    SCARDCONTEXT m_context;
    QString m_reader;
    SCARDHANDLE m_card = 0;
    DWORD m_protocol = 0;
    bool m_inTransaction = false;
    bool m_sentSinceConnect = false;
    QByteArray m_atr;
    QString m_lastDetail;
};

} // namespace saduak::idcard
