#include "thaiinputsequence.h"

#include <QList>

#include <array>
#include <cstdint>

namespace saduak {

namespace {

// The character classes of WTT 2.0. Anything outside the Thai block, and the start of the text,
// is NonComposing (the standard's CTRL class only matters for control characters, which no key
// types).
enum class ThaiClass : std::uint8_t {
    NonComposing, // digits, Latin, space, ฯ ๆ ฿ ...
    Consonant, // ก-ฮ except ฤ ฦ
    LeadingVowel, // เ แ โ ใ ไ
    FollowingVowel1, // ะ า ำ
    FollowingVowel2, // ๅ
    FollowingVowel3, // ฤ ฦ
    BelowVowel1, // ุ
    BelowVowel2, // ู
    BelowDiacritic, // ฺ
    Tone, // ่ ้ ๊ ๋
    AboveDiacritic1, // ์ ํ
    AboveDiacritic2, // ็
    AboveDiacritic3, // ๎
    AboveVowel1, // ิ
    AboveVowel2, // ั ึ
    AboveVowel3, // ี ื
};
constexpr int kClassCount = 16;

ThaiClass classOf(char32_t c)
{
    if (c < 0x0E01 || c > 0x0E5B)
        return ThaiClass::NonComposing;
    if (c == 0x0E24 || c == 0x0E26)
        return ThaiClass::FollowingVowel3;
    if (c <= 0x0E2E)
        return ThaiClass::Consonant;
    switch (c) {
    case 0x0E30:
    case 0x0E32:
    case 0x0E33:
        return ThaiClass::FollowingVowel1;
    case 0x0E31:
    case 0x0E36:
        return ThaiClass::AboveVowel2;
    case 0x0E34:
        return ThaiClass::AboveVowel1;
    case 0x0E35:
    case 0x0E37:
        return ThaiClass::AboveVowel3;
    case 0x0E38:
        return ThaiClass::BelowVowel1;
    case 0x0E39:
        return ThaiClass::BelowVowel2;
    case 0x0E3A:
        return ThaiClass::BelowDiacritic;
    case 0x0E40:
    case 0x0E41:
    case 0x0E42:
    case 0x0E43:
    case 0x0E44:
        return ThaiClass::LeadingVowel;
    case 0x0E45:
        return ThaiClass::FollowingVowel2;
    case 0x0E47:
        return ThaiClass::AboveDiacritic2;
    case 0x0E48:
    case 0x0E49:
    case 0x0E4A:
    case 0x0E4B:
        return ThaiClass::Tone;
    case 0x0E4C:
    case 0x0E4D:
        return ThaiClass::AboveDiacritic1;
    case 0x0E4E:
        return ThaiClass::AboveDiacritic3;
    default:
        return ThaiClass::NonComposing;
    }
}

// WTT 2.0's sequence table, row the character before, column the one typed, in ThaiClass order:
//   A accept, C compose (a mark on the character before), S refused at the strict level (a
//   sequence a typist hardly means: a vowel after a space, เเ for แ, ฤ then า for ฤๅ), R refused.
// One change from the standard: ็ after ี or ื (AboveVowel3 then AboveDiacritic2) is refused; no
// Thai word writes it, and a kiosk should not let it through.
//                                   N  C  L  F1 F2 F3 B1 B2 BD T  D1 D2 D3 V1 V2 V3
constexpr std::array<const char *, kClassCount> kSequenceTable = {
    "AAASSARRRRRRRRRR", // NonComposing (and the start of the text)
    "AAAASACCCCCCCCCC", // Consonant
    "SASSSSRRRRRRRRRR", // LeadingVowel
    "AAAASARRRRRRRRRR", // FollowingVowel1
    "AAAASARRRRRRRRRR", // FollowingVowel2
    "AAASASRRRRRRRRRR", // FollowingVowel3
    "AAAASARRRCCRRRRR", // BelowVowel1: ุ then a tone mark or ์ (พันธุ์)
    "AAASSARRRCRRRRRR", // BelowVowel2: ู then a tone mark
    "AAASSARRRRRRRRRR", // BelowDiacritic
    "AAAAAARRRRRRRRRR", // Tone: ำ may follow (น้ำ); no second mark
    "AAASSARRRRRRRRRR", // AboveDiacritic1
    "AAASSARRRRRRRRRR", // AboveDiacritic2
    "AAASSARRRRRRRRRR", // AboveDiacritic3
    "AAASSARRRCCRRRRR", // AboveVowel1: ิ then a tone mark or ์ (สิทธิ์)
    "AAASSARRRCRRRRRR", // AboveVowel2: ั ึ then a tone mark
    "AAASSARRRCRRRRRR", // AboveVowel3: ี ื then a tone mark
};

} // namespace

bool ThaiInputSequence::accepts(char32_t previous, char32_t next)
{
    const char rule
        = kSequenceTable[static_cast<int>(classOf(previous))][static_cast<int>(classOf(next))];
    return rule == 'A' || rule == 'C';
}

bool ThaiInputSequence::accepts(QStringView before, QStringView key)
{
    char32_t previous = 0;
    if (const qsizetype length = lastCodePointLength(before))
        previous = before.last(length).toUcs4().constFirst();
    const QList<uint> typed = key.toUcs4();
    for (const uint next : typed) {
        if (!accepts(previous, next))
            return false;
        previous = next;
    }
    return true;
}

bool ThaiInputSequence::isCombining(char32_t c)
{
    switch (classOf(c)) {
    case ThaiClass::BelowVowel1:
    case ThaiClass::BelowVowel2:
    case ThaiClass::BelowDiacritic:
    case ThaiClass::Tone:
    case ThaiClass::AboveDiacritic1:
    case ThaiClass::AboveDiacritic2:
    case ThaiClass::AboveDiacritic3:
    case ThaiClass::AboveVowel1:
    case ThaiClass::AboveVowel2:
    case ThaiClass::AboveVowel3:
        return true;
    default:
        return c == 0x0E33; // ำ: its nikhahit sits on the character before
    }
}

qsizetype ThaiInputSequence::lastCodePointLength(QStringView text)
{
    if (text.isEmpty())
        return 0;
    if (text.size() >= 2 && text.back().isLowSurrogate() && text[text.size() - 2].isHighSurrogate())
        return 2;
    return 1;
}

bool ThaiInputSequence::type(QStringView key)
{
    if (!accepts(m_text, key))
        return false;
    m_text += key;
    return true;
}

void ThaiInputSequence::backspace()
{
    m_text.chop(lastCodePointLength(m_text));
}

} // namespace saduak
