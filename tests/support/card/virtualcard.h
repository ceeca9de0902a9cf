#pragma once

#include <QByteArray>
#include <optional>

namespace saduak::testing {

// A card as the test emulators see it: an ATR and an answer (data + SW1 SW2) for each command.
// respond() returns nullopt when the card is pulled out at that moment: the emulator then drops
// the connection, as a real reader sees a card leave.
class VirtualCard
{
public:
    virtual ~VirtualCard() = default;
    virtual QByteArray atr() const = 0;
    virtual std::optional<QByteArray> respond(const QByteArray &commandApdu) = 0;
    virtual void powerOn() {}
    virtual void powerOff() {}
    virtual void reset() {}
};

} // namespace saduak::testing
