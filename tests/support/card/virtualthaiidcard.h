#pragma once

#include "virtualcard.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

namespace saduak::testing {

// An emulated Thai national ID card that serves a fixture file (fixtures/*.json) the way a real
// card does: T=0, SELECT answers 61 0A, the card's READ BINARY (80 B0 offHi offLo 02 00 Le)
// answers 61 Le, GET RESPONSE (00 C0 00 P2 Le) gives the data + 90 00. A card whose ATR starts
// 3B 67 takes only P2 = 01, the others (3B 68, 3B 78 18, 3B 79 18) only P2 = 00; the wrong one
// gets 6A 86. Unknown commands get 6D 00.
//
// Its memory image is built from its OWN table of offsets, written from the public read commands
// independently of the reader's layout header, so that a wrong offset in the reader shows up as
// a test failure instead of being agreed with.
class VirtualThaiIdCard : public VirtualCard
{
public:
    // How the card leaves when pulled mid-photo.
    enum class PullStyle {
        Disconnect, // respond() returns nullopt from then on: the reader sees the card go
        ShortAnswer, // the last GET RESPONSE returns fewer bytes than asked (with 90 00), then gone
        EmptyAnswer, // the last GET RESPONSE returns no bytes at all, then gone
    };

    // nullopt with *why on a fixture that cannot be a card (missing field, text too long for its
    // field, a character TIS-620 cannot write, photo file missing...).
    static std::unique_ptr<VirtualThaiIdCard> fromFixture(
        const QString &path, QString *why = nullptr);

    // Makes the card leave once `bytes` photo bytes have been served.
    void pullAfterPhotoBytes(int bytes, PullStyle style = PullStyle::Disconnect);

    QByteArray atr() const override { return m_atr; }
    std::optional<QByteArray> respond(const QByteArray &commandApdu) override;
    void powerOff() override { resetState(); }
    void reset() override { resetState(); }

    // For assertions: how many APDUs the card saw, and the photo as the fixture has it.
    int commandCount() const { return m_commandCount; }
    QByteArray photo() const { return m_photo; }
    QByteArray memory() const { return m_memory; }
    bool pulled() const { return m_pulled; }

private:
    VirtualThaiIdCard() = default;
    void resetState();
    QByteArray getResponse(const QByteArray &command);

    QByteArray m_atr;
    bool m_hasThaiApplet = true;
    QByteArray m_memory;
    QByteArray m_photo;
    int m_photoOffset = 0;
    int m_photoAreaLength = 0;

    bool m_selected = false;
    QByteArray m_pending; // data waiting for GET RESPONSE
    int m_pendingOffset = -1; // where it came from in memory; -1 for the SELECT answer
    int m_commandCount = 0;

    std::optional<int> m_pullAfterPhotoBytes;
    PullStyle m_pullStyle = PullStyle::Disconnect;
    int m_photoBytesServed = 0;
    bool m_pulled = false;
};

} // namespace saduak::testing
