#pragma once

#include <QtGlobal>
#include <memory>

namespace saduak::testing {

class VirtualCard;

// Puts a VirtualCard into a vsmartcard-vpcd reader slot, speaking vpcd's socket protocol: every
// message is a 2-byte big-endian length and a payload; a 1-byte payload is a control (0 power off,
// 1 power on, 2 reset, 4 "send the ATR"), anything longer an APDU, answered with one message.
//
// vpcd listens (the fixture's reader.conf says on which port) and this emulator connects: a
// connection is a card in the reader, closing it pulls the card. (vpcd 3.3 can also connect out
// to a card, but then pcscd aborts the first time that connection drops, so it cannot model a
// card leaving.) While a card is inserted the emulator reconnects by itself when the connection
// drops, e.g. across a pcscd restart.
//
// The socket lives on a thread of its own: the test's thread may sit in a synchronous PC/SC call
// that only returns once the card has answered.
//
// Both TCP_NODELAY and TCP_QUICKACK are set: vpcd writes the length and the APDU as two segments,
// and without an immediate ACK of the first the kernel's delayed ACK holds the second ~40 ms.
class VpcdCardEmulator
{
public:
    explicit VpcdCardEmulator(quint16 vpcdPort);
    ~VpcdCardEmulator();
    VpcdCardEmulator(const VpcdCardEmulator &) = delete;
    VpcdCardEmulator &operator=(const VpcdCardEmulator &) = delete;

    // The card is not owned; it must outlive its time in the reader (removeCard() or destruction).
    // It is called on the emulator's thread only.
    void insertCard(VirtualCard *card);
    void removeCard();

    bool isConnected() const; // vpcd has the card (the TCP connection is up)
    int apduCount() const; // APDUs answered since the last insertCard
    bool cardPulled() const; // the card's respond() returned nullopt: it left mid-read

private:
    class Session;
    std::unique_ptr<Session> m_session;
};

} // namespace saduak::testing
