#pragma once

#include <QtGlobal>

// Where the Thai ID applet keeps each field. After SELECT, the applet's data is one flat memory
// read with READ BINARY at an offset (80 B0 offHi offLo 02 00 Le). The Ministry of Interior does
// not publish the layout; these offsets and lengths are the ones public readers agree on,
// cross-checked between independent sources (read, not copied):
//   [A] chakphanu/ThaiNationalIDCard, APDU.md: CID 0004/0D, Thai name 0011/64, English name
//       0075/64, birth 00D9/08, gender 00E1/01, issue 0167/08, expiry 016F/08, address 1579/64,
//       photo 017B + n*FF, 20 parts of FF bytes; GET RESPONSE 00 C0 00 00 Le.
//   [B] tirmizee/ReadThaiIDCard, AbstractThaiCommandAPDU.java: the same offsets, and the card
//       issuer at 00F6/64 (where [A] reads 00E2/78, which covers the same bytes and 20 more).
//   [C] ninyawee/pythaiidcard, pythaiid/constants.py: the same offsets again, and GET RESPONSE
//       with P2 = 01 when the ATR starts 3B 67.
//   [D] Shayennn/KOBThaiID, dump.py: issuer code 015A/0D ("officer") and the number under the
//       photo 1619/0E, besides the fields above; issue+expiry read together as 0167/12.
//   [E] masanork.github.io/tobari/civ/thai.html, "Thai National ID Card Specification": the table
//       of offsets for CID, names, birth, gender, issuer, issue, expiry, address (as [A]/[B]).
//   [F] public Python and TypeScript readers that read the address as 1579/A0 (160 bytes) and the
//       version at 0000/04, the issuer code at 015A/0D and the number under the photo at 1619/0E;
//       160 bytes end exactly where that number starts, so a long address is not cut at 100
//       bytes as readers that ask 64 would cut it.
// Every field below is named by at least two of them. The fields tile the memory without gaps
// from 0000 to 00E2 and from 00F6 to 0177, which is a check of its own.
namespace saduak::idcard::layout {

struct Field
{
    quint16 offset;
    quint16 length;
    constexpr int end() const { return offset + length; }
};

inline constexpr Field version {0x0000, 4}; // [F], text "0003"-like
inline constexpr Field citizenId {0x0004, 13}; // [A][B][C][D][E]
inline constexpr Field thaiName {0x0011, 100}; // [A][B][C][E]: prefix#first#middle#last, TIS-620
inline constexpr Field englishName {0x0075, 100}; // [A][B][C][E]
inline constexpr Field birthDate {0x00D9, 8}; // [A][B][C][E]: BE YYYYMMDD
inline constexpr Field gender {0x00E1, 1}; // [A][B][C][E]: '1' male, '2' female
// 00E2–00F5 (20 bytes) is left unread: sources disagree on what it holds.
inline constexpr Field issuer {0x00F6, 100}; // [B][C][E]
inline constexpr Field issuerCode {0x015A, 13}; // [D][F]
inline constexpr Field issueDate {0x0167, 8}; // [A][B][C][D][E]
inline constexpr Field expiryDate {0x016F, 8}; // [A][B][C][D][E]
// 0177–017A: a 2-byte code ([F] calls it card type, others religion) and 2 unknown bytes.
inline constexpr Field photo {0x017B, 20 * 255}; // [A][B][C]: a JPEG, then padding
inline constexpr Field address {0x1579, 160}; // [A][B][C][E] at 1579, length per [F]
inline constexpr Field cardRequestNumber {0x1619, 14}; // [D][F]: the number under the photo

// READ BINARY carries its length in one byte; 255 is the most one command returns.
inline constexpr int maxReadLength = 255;
// Public readers read the photo in 20 parts of 255 bytes (PerField plan).
inline constexpr int photoChunkLength = 255;
inline constexpr int perFieldPhotoChunks = 20;

// The Batched plan: neighbouring text fields in one READ BINARY each.
inline constexpr Field personBlock {version.offset, gender.end() - version.offset}; // 0000, 226
inline constexpr Field cardBlock {issuer.offset, expiryDate.end() - issuer.offset}; // 00F6, 129
inline constexpr Field addressBlock {
    address.offset, cardRequestNumber.end() - address.offset}; // 1579, 174

inline constexpr Field batchedTextBlocks[] = {personBlock, cardBlock, addressBlock};
inline constexpr Field perFieldTextFields[] = {version, citizenId, thaiName, englishName, birthDate,
    gender, issuer, issuerCode, issueDate, expiryDate, address, cardRequestNumber};

constexpr bool inside(Field field, Field block)
{
    return field.offset >= block.offset && field.end() <= block.end();
}

static_assert(personBlock.length <= maxReadLength);
static_assert(cardBlock.length <= maxReadLength);
static_assert(addressBlock.length <= maxReadLength);
static_assert(inside(citizenId, personBlock) && inside(gender, personBlock));
static_assert(inside(issuerCode, cardBlock) && inside(expiryDate, cardBlock));
static_assert(inside(cardRequestNumber, addressBlock));
static_assert(photo.end() <= address.offset);
static_assert(citizenId.offset == version.end() && thaiName.offset == citizenId.end()
    && englishName.offset == thaiName.end() && birthDate.offset == englishName.end()
    && gender.offset == birthDate.end());
static_assert(issuerCode.offset == issuer.end() && issueDate.offset == issuerCode.end()
    && expiryDate.offset == issueDate.end());
static_assert(cardRequestNumber.offset == address.end());

} // namespace saduak::idcard::layout
