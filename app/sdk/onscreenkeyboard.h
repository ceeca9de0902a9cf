#pragma once

#include "sdkversion.h"

#include <domain/language.h>

#include <QWidget>
#include <memory>

namespace saduak {

// The kiosk's touch keyboard, for a module's kiosk page (kioskpage.h): Thai (Kedmanee, the
// standard Thai keyboard, with its shifted layer) and English (QWERTY), a row of digits, and a
// digits-only keypad for a phone or an ID number. Put it under the page's fields:
//
//     auto *keyboard = new saduak::OnScreenKeyboard(this);
//     layout->addWidget(keyboard);
//     connect(keyboard, &saduak::OnScreenKeyboard::donePressed, this, &ComplaintPage::submit);
//
// It types into the widget that has the keyboard focus (QLineEdit, QPlainTextEdit, QTextEdit, any
// widget that takes input-method text), or into the one setTarget() names. It never takes the
// focus itself, so the field keeps its cursor. Thai is checked as Thai input methods check it
// (thaiinputsequence.h): a tone mark or a vowel above or below that would float on nothing is
// refused (the key flashes, keyRefused() says which) rather than typed. Backspace removes one
// code point: a tone mark alone, not the syllable.
//
// Shift is for one character (tap it again to release it); the language key shows the layout it
// switches to, in that layout's own script ("ENG" on the Thai layout, "ไทย" on the English one).
class SADUAK_SDK_EXPORT OnScreenKeyboard : public QWidget
{
    Q_OBJECT
public:
    enum class Mode {
        Text, // Thai or English letters, digits and punctuation
        NumbersOnly, // a keypad: 0-9, backspace, done (phone numbers, the citizen ID)
    };
    Q_ENUM(Mode)

    explicit OnScreenKeyboard(QWidget *parent = nullptr);
    ~OnScreenKeyboard() override;

    // Where keys type; nullptr (the default) for whichever widget has the focus. A target that is
    // destroyed falls back to the focus.
    void setTarget(QWidget *target);
    QWidget *target() const;

    Mode mode() const;
    void setMode(Mode mode);

    // The letters' layout (Thai first).
    Language language() const;
    void setLanguage(Language language);

    bool isShifted() const;
    void setShifted(bool shifted);

public Q_SLOTS:
    // The captions of Space, Done... in the program's current translation. Called on
    // QEvent::LanguageChange too; a page that follows ModuleContext::languageChanged may call it
    // at once.
    void retranslateUi();

Q_SIGNALS:
    // Enter was pressed (after it was sent to the target as Qt::Key_Return: a QLineEdit emits
    // returnPressed, a QPlainTextEdit starts a new line).
    void enterPressed();
    // Done was pressed: the citizen has finished typing (hide the keyboard, go on).
    void donePressed();
    void languageChanged(saduak::Language language);
    void shiftChanged(bool shifted);
    // A key's text was not typed: a mark with nothing to sit on (see ThaiInputSequence).
    void keyRefused(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace saduak
