#pragma once

#include "sdkversion.h"

#include <QString>
#include <QStringView>

namespace saduak {

// Which Thai character may be typed after which, as Thai input methods check it (the Thai API
// Consortium's WTT 2.0 input sequence check, at its strict level): a vowel above or below, a tone
// mark or a thanthakhat sits on a consonant, so typed anywhere else it would float on nothing or
// pile on another mark, and the key is refused. Nothing is reordered: a refused key does nothing.
//
//   กิ่   consonant, vowel above, tone mark          typed
//   ่     a tone mark with no consonant              refused
//   ก่่   a second tone mark                         the second refused
//   ก่ิ   a vowel after the tone mark                the vowel refused (type กิ่)
//   เเ    two leading vowels (write แ)               the second refused
//
// A value: the text typed so far (the text before the cursor), for a widget that types and for
// tests that replay key presses. The on-screen keyboard (onscreenkeyboard.h) asks accepts().
class SADUAK_SDK_EXPORT ThaiInputSequence
{
public:
    explicit ThaiInputSequence(QString text = {}) : m_text(std::move(text)) { }

    // Appends key (one character, or a key's text) if every character of it may follow what is
    // there; false, and the text unchanged, if not.
    bool type(QStringView key);
    // Removes the last code point (a tone mark alone, not the whole syllable), as Thai users
    // expect of backspace.
    void backspace();

    QString text() const { return m_text; }

    // Whether key may be typed after before (the text before the cursor; empty at the start of a
    // field or a line). Only the last character of before matters.
    static bool accepts(QStringView before, QStringView key);
    // Whether next may follow previous; previous 0 is the start of the text.
    static bool accepts(char32_t previous, char32_t next);

    // A mark drawn on the character before it (vowels above and below, tone marks, ็ ์ ํ ฺ, and
    // the nikhahit part of ำ): a key shows it on a dotted circle.
    static bool isCombining(char32_t c);

    // How many UTF-16 units the last code point of text takes (0 for empty text): what backspace
    // removes.
    static qsizetype lastCodePointLength(QStringView text);

private:
    QString m_text;
};

} // namespace saduak
