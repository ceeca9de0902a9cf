#pragma once

#include "cardchannel.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace saduak::idcard::apdu {

// The Thai ID applet's AID (MOI): A0 00 00 00 54 48 00 01 ("TH" in the middle).
QByteArray thaiIdAppletAid();

// 00 A4 04 00 08 <AID>: select by DF name.
QByteArray selectThaiIdApplet();

// The card's own READ BINARY: 80 B0 offHi offLo 02 00 Le. Not the ISO form: CLA 80, and the
// length travels as a two-byte data field (Lc = 02, data = 00 Le). 1 <= length <= 255.
QByteArray readBinary(quint16 offset, quint8 length);

// 00 C0 00 P2 Le. Cards are T=0: a READ BINARY answers 61 Le and the data comes with this.
QByteArray getResponse(quint8 p2, quint8 length);

// P2 for GET RESPONSE, chosen by the ATR. Public readers send P2 = 01 when the ATR starts
// 3B 67 and 00 otherwise, and cards of the two families refuse the other value. Real cards seen
// in the field answer with ATRs 3B 68 ..., 3B 78 18 ... and 3B 79 18 ... (P2 = 00); the rule for
// 3B 67 is kept as public code has it.
quint8 getResponseP2ForAtr(const QByteArray &atr);

// A raw response (data + SW1 SW2) split; fewer than two bytes is no response at all: the card
// left (problem CardRemoved).
ApduResponse splitResponse(const QByteArray &raw);

// "80 B0 00 04 02 00 0D": for details in logs and test messages.
QString hex(const QByteArray &bytes);

// "3B 67 00" or "3b6700" to bytes; nullopt-like empty result for odd or non-hex input.
QByteArray fromHex(QStringView text);

} // namespace saduak::idcard::apdu
