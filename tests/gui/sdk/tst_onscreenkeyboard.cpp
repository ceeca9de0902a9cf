#include <sdk/onscreenkeyboard.h>

#include <QApplication>
#include <QDir>
#include <QFontInfo>
#include <QFontMetrics>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

// The key of the shown layout that types text now (with or without shift).
QPushButton *letterKey(const OnScreenKeyboard &keyboard, const QString &text)
{
    const auto keys = keyboard.findChildren<QPushButton *>(u"letterKey"_s);
    for (QPushButton *key : keys) {
        if (key->isVisibleTo(&keyboard) && key->property("keyText").toString() == text)
            return key;
    }
    return nullptr;
}

QPushButton *functionKey(const OnScreenKeyboard &keyboard, const QString &name)
{
    const auto keys = keyboard.findChildren<QPushButton *>(name);
    for (QPushButton *key : keys) {
        if (key->isVisibleTo(&keyboard))
            return key;
    }
    return nullptr;
}

// Thai for two captions, as the program's translation gives them.
class ThaiCaptions : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "saduak::OnScreenKeyboard") != 0)
            return {};
        if (qstrcmp(source, "Space") == 0)
            return u"เว้นวรรค"_s;
        if (qstrcmp(source, "Done") == 0)
            return u"เสร็จสิ้น"_s;
        return {};
    }
    bool isEmpty() const override { return false; }
};

QStringList shownLetters(const OnScreenKeyboard &keyboard)
{
    QStringList texts;
    const auto keys = keyboard.findChildren<QPushButton *>(u"letterKey"_s);
    for (QPushButton *key : keys) {
        if (key->isVisibleTo(&keyboard))
            texts.append(key->property("keyText").toString());
    }
    return texts;
}

} // namespace

// The kiosk keyboard as a module's page uses it: keys touched with the mouse type into the field
// that has the focus, which keeps it.
class TestOnScreenKeyboard : public QObject
{
    Q_OBJECT

    QWidget *m_window = nullptr;
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_plain = nullptr;
    OnScreenKeyboard *m_keyboard = nullptr;

    // Presses the keys that type each of texts in turn, failing if the layout has none.
    void press(const QStringList &texts)
    {
        for (const QString &text : texts) {
            QPushButton *key = letterKey(*m_keyboard, text);
            QVERIFY2(key, qPrintable(u"no key types "_s + text));
            QTest::mouseClick(key, Qt::LeftButton);
        }
    }
    void pressFunction(const QString &name)
    {
        QPushButton *key = functionKey(*m_keyboard, name);
        QVERIFY2(key, qPrintable(u"no "_s + name));
        QTest::mouseClick(key, Qt::LeftButton);
    }
    void focus(QWidget *editor)
    {
        editor->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), editor);
    }

private Q_SLOTS:
    void init()
    {
        m_window = new QWidget;
        auto *layout = new QVBoxLayout(m_window);
        m_line = new QLineEdit(m_window);
        m_plain = new QPlainTextEdit(m_window);
        m_keyboard = new OnScreenKeyboard(m_window);
        layout->addWidget(m_line);
        layout->addWidget(m_plain);
        layout->addWidget(m_keyboard);
        m_window->resize(1920, 1080);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

    void cleanup()
    {
        delete m_window;
        m_window = nullptr;
    }

    void typesIntoTheFocusedLineEdit()
    {
        focus(m_line);
        QSignalSpy edited(m_line, &QLineEdit::textEdited);
        press({u"ก"_s, u"ิ"_s, u"่"_s, u"1"_s});
        QCOMPARE(m_line->text(), u"กิ่1"_s);
        QCOMPARE(edited.count(), 4);
        QCOMPARE(QApplication::focusWidget(), m_line);
    }

    void typesIntoTheFocusedPlainTextEdit()
    {
        focus(m_plain);
        press({u"น"_s, u"้"_s, u"ำ"_s});
        pressFunction(u"spaceKey"_s);
        press({u"ไ"_s, u"ห"_s, u"ล"_s});
        pressFunction(u"enterKey"_s);
        press({u"ด"_s});
        QCOMPARE(m_plain->toPlainText(), u"น้ำ ไหล\nด"_s);
        QCOMPARE(QApplication::focusWidget(), m_plain);
    }

    void typesIntoItsTargetWhateverHasTheFocus()
    {
        focus(m_line);
        m_keyboard->setTarget(m_plain);
        press({u"ก"_s, u"่"_s});
        QCOMPARE(m_plain->toPlainText(), u"ก่"_s);
        QVERIFY(m_line->text().isEmpty());

        delete m_plain; // a target that goes: back to the focus
        m_plain = nullptr;
        press({u"ข"_s});
        QCOMPARE(m_line->text(), u"ข"_s);
    }

    void keepsTheCursorAndReplacesTheSelection()
    {
        focus(m_line);
        m_line->setText(u"กา"_s);
        m_line->setCursorPosition(1);
        press({u"่"_s}); // on ก, before า
        QCOMPARE(m_line->text(), u"ก่า"_s);
        QCOMPARE(m_line->cursorPosition(), 2);

        // The wrong tone mark selected and replaced: checked against what is before the
        // selection, the consonant.
        m_line->setSelection(1, 1);
        press({u"้"_s});
        QCOMPARE(m_line->text(), u"ก้า"_s);

        m_line->setSelection(0, 3);
        press({u"ข"_s});
        QCOMPARE(m_line->text(), u"ข"_s);
    }

    void keepsToTheFieldsLimits()
    {
        focus(m_line);
        m_line->setMaxLength(3);
        press({u"ก"_s, u"ิ"_s, u"่"_s, u"ข"_s});
        QCOMPARE(m_line->text(), u"กิ่"_s);

        m_line->clear();
        m_line->setMaxLength(32767);
        m_line->setValidator(
            new QRegularExpressionValidator(QRegularExpression(u"[0-9]*"_s), m_line));
        press({u"0"_s, u"ก"_s, u"8"_s});
        QCOMPARE(m_line->text(), u"08"_s);
    }

    void refusesAMarkWithNothingToSitOn_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("key");
        QTest::newRow("tone mark in an empty field") << QString() << u"่"_s;
        QTest::newRow("vowel below after a space") << u"ก "_s << u"ุ"_s;
        QTest::newRow("second tone mark") << u"ก่"_s << u"่"_s;
        QTest::newRow("vowel above after a tone mark") << u"ก่"_s << u"ิ"_s;
    }

    void refusesAMarkWithNothingToSitOn()
    {
        QFETCH(QString, before);
        QFETCH(QString, key);
        for (QWidget *editor : {static_cast<QWidget *>(m_line), static_cast<QWidget *>(m_plain)}) {
            m_line->setText(before);
            m_plain->setPlainText(before);
            m_plain->moveCursor(QTextCursor::End);
            focus(editor);
            QSignalSpy refused(m_keyboard, &OnScreenKeyboard::keyRefused);
            press({key});
            QCOMPARE(refused.count(), 1);
            QCOMPARE(refused.first().first().toString(), key);
            QCOMPARE(m_line->text(), before);
            QCOMPARE(m_plain->toPlainText(), before);
        }
    }

    void checksTheLineTheCursorIsOn()
    {
        // A new paragraph starts afresh: a tone mark at its start has nothing to sit on.
        focus(m_plain);
        press({u"ก"_s});
        pressFunction(u"enterKey"_s);
        QSignalSpy refused(m_keyboard, &OnScreenKeyboard::keyRefused);
        press({u"่"_s});
        QCOMPARE(refused.count(), 1);
        QCOMPARE(m_plain->toPlainText(), u"ก\n"_s);
    }

    void backspaceRemovesOneCodePoint()
    {
        for (QWidget *editor : {static_cast<QWidget *>(m_line), static_cast<QWidget *>(m_plain)}) {
            focus(editor);
            press({u"ก"_s, u"ิ"_s, u"่"_s});
            const auto text = [editor, this] {
                return editor == m_line ? m_line->text() : m_plain->toPlainText();
            };
            pressFunction(u"backspaceKey"_s);
            QCOMPARE(text(), u"กิ"_s); // the tone mark alone
            press({u"้"_s});
            QCOMPARE(text(), u"กิ้"_s);
            pressFunction(u"backspaceKey"_s);
            pressFunction(u"backspaceKey"_s);
            QCOMPARE(text(), u"ก"_s);
            QCOMPARE(QApplication::focusWidget(), editor);
        }
    }

    void backspaceRemovesTheSelectionOrJoinsLines()
    {
        focus(m_line);
        m_line->setText(u"สวัสดี"_s);
        m_line->setSelection(1, 5);
        pressFunction(u"backspaceKey"_s);
        QCOMPARE(m_line->text(), u"ส"_s);

        focus(m_plain);
        m_plain->setPlainText(u"ก\nข"_s);
        QTextCursor cursor = m_plain->textCursor();
        cursor.setPosition(2); // the start of the second line
        m_plain->setTextCursor(cursor);
        pressFunction(u"backspaceKey"_s);
        QCOMPARE(m_plain->toPlainText(), u"กข"_s);
    }

    void enterGoesToTheFieldAndIsSignalled()
    {
        focus(m_line);
        QSignalSpy returned(m_line, &QLineEdit::returnPressed);
        QSignalSpy entered(m_keyboard, &OnScreenKeyboard::enterPressed);
        QSignalSpy done(m_keyboard, &OnScreenKeyboard::donePressed);
        pressFunction(u"enterKey"_s);
        QCOMPARE(returned.count(), 1);
        QCOMPARE(entered.count(), 1);
        QCOMPARE(done.count(), 0);
        pressFunction(u"doneKey"_s);
        QCOMPARE(done.count(), 1);
        QCOMPARE(QApplication::focusWidget(), m_line);
    }

    void shiftShowsTheOtherLayerForOneKey()
    {
        focus(m_line);
        QPushButton *ko = letterKey(*m_keyboard, u"ก"_s);
        QPushButton *maiEk = letterKey(*m_keyboard, u"่"_s);
        QVERIFY(ko && maiEk);
        QCOMPARE(ko->text(), u"ก"_s);
        QCOMPARE(maiEk->text(), u"◌่"_s); // a mark is shown on a dotted circle

        QSignalSpy shiftChanged(m_keyboard, &OnScreenKeyboard::shiftChanged);
        pressFunction(u"shiftKey"_s);
        QVERIFY(m_keyboard->isShifted());
        QCOMPARE(shiftChanged.count(), 1);
        QVERIFY(functionKey(*m_keyboard, u"shiftKey"_s)->isChecked());
        QCOMPARE(ko->text(), u"ฏ"_s); // Kedmanee: shift+ก is ฏ, shift+่ is ๋
        QCOMPARE(maiEk->text(), u"◌๋"_s);

        press({u"ฏ"_s}); // one shifted key, then the plain layer again
        QCOMPARE(m_line->text(), u"ฏ"_s);
        QVERIFY(!m_keyboard->isShifted());
        QCOMPARE(ko->text(), u"ก"_s);

        pressFunction(u"shiftKey"_s);
        pressFunction(u"shiftKey"_s); // tapped again: released
        QVERIFY(!m_keyboard->isShifted());
        QCOMPARE(ko->text(), u"ก"_s);
    }

    void languageKeySwitchesBetweenThaiAndEnglish()
    {
        focus(m_line);
        QCOMPARE(m_keyboard->language(), Language::Thai);
        QCOMPARE(functionKey(*m_keyboard, u"languageKey"_s)->text(), u"ENG"_s);
        QVERIFY(letterKey(*m_keyboard, u"ก"_s));
        QVERIFY(!letterKey(*m_keyboard, u"q"_s));

        QSignalSpy changed(m_keyboard, &OnScreenKeyboard::languageChanged);
        pressFunction(u"languageKey"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().value<Language>(), Language::English);
        QCOMPARE(m_keyboard->language(), Language::English);
        QCOMPARE(functionKey(*m_keyboard, u"languageKey"_s)->text(), u"ไทย"_s);
        QVERIFY(!letterKey(*m_keyboard, u"ก"_s));
        QCOMPARE(letterKey(*m_keyboard, u"q"_s)->text(), u"q"_s);

        pressFunction(u"shiftKey"_s);
        QCOMPARE(letterKey(*m_keyboard, u"Q"_s)->text(), u"Q"_s);
        press({u"S"_s, u"o"_s, u"m"_s, u"&"_s});
        QCOMPARE(letterKey(*m_keyboard, u"&"_s)->text(), u"&&"_s); // shown as &, not a mnemonic
        pressFunction(u"languageKey"_s);
        press({u"ส"_s});
        QCOMPARE(m_line->text(), u"Som&ส"_s);
        QCOMPARE(m_keyboard->language(), Language::Thai);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(QApplication::focusWidget(), m_line);
    }

    void numbersOnlyShowsAKeypad()
    {
        focus(m_line);
        m_keyboard->setMode(OnScreenKeyboard::Mode::NumbersOnly);
        QStringList digits = shownLetters(*m_keyboard);
        digits.sort();
        QCOMPARE(digits, QString(u"0123456789"_s).split(QString(), Qt::SkipEmptyParts));
        QVERIFY(!functionKey(*m_keyboard, u"languageKey"_s));
        QVERIFY(!functionKey(*m_keyboard, u"shiftKey"_s));
        QVERIFY(!functionKey(*m_keyboard, u"spaceKey"_s));

        press({u"0"_s, u"8"_s, u"1"_s, u"2"_s, u"3"_s});
        pressFunction(u"backspaceKey"_s);
        press({u"4"_s});
        QCOMPARE(m_line->text(), u"0812"_s + u"4"_s);
        QSignalSpy done(m_keyboard, &OnScreenKeyboard::donePressed);
        pressFunction(u"doneKey"_s);
        QCOMPARE(done.count(), 1);

        m_keyboard->setMode(OnScreenKeyboard::Mode::Text);
        QVERIFY(letterKey(*m_keyboard, u"ก"_s));
    }

    void switchingToTheKeypadAndBackKeepsTheWindowsSize()
    {
        // A kiosk page fills its screen exactly: a window as small as the letters allow.
        m_window->resize(1920, m_window->minimumSizeHint().height());
        QCoreApplication::sendPostedEvents();
        const QSize before = m_window->size();
        m_keyboard->setMode(OnScreenKeyboard::Mode::NumbersOnly);
        m_keyboard->setMode(OnScreenKeyboard::Mode::Text);
        QCoreApplication::sendPostedEvents();
        QCOMPARE(m_window->size(), before);
    }

    void captionsFollowTheProgramsLanguage()
    {
        QCOMPARE(functionKey(*m_keyboard, u"spaceKey"_s)->text(), u"Space"_s);
        ThaiCaptions thai;
        QCoreApplication::installTranslator(&thai);
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(m_keyboard, &change);
        QCOMPARE(functionKey(*m_keyboard, u"spaceKey"_s)->text(), u"เว้นวรรค"_s);
        QCOMPARE(functionKey(*m_keyboard, u"doneKey"_s)->text(), u"เสร็จสิ้น"_s);
        // The language key names the other layout in its own script, whatever the language.
        QCOMPARE(functionKey(*m_keyboard, u"languageKey"_s)->text(), u"ENG"_s);
        QCoreApplication::removeTranslator(&thai);
        m_keyboard->retranslateUi();
        QCOMPARE(functionKey(*m_keyboard, u"doneKey"_s)->text(), u"Done"_s);
    }

    void keysNeverTakeTheFocus()
    {
        QCOMPARE(m_keyboard->focusPolicy(), Qt::NoFocus);
        const auto keys = m_keyboard->findChildren<QPushButton *>();
        QVERIFY(keys.size() > 60);
        for (const QPushButton *key : keys)
            QCOMPARE(key->focusPolicy(), Qt::NoFocus);

        focus(m_plain);
        press({u"ก"_s});
        pressFunction(u"shiftKey"_s);
        pressFunction(u"languageKey"_s);
        pressFunction(u"backspaceKey"_s);
        QCOMPARE(QApplication::focusWidget(), m_plain);
    }

    void everyThaiCharacterHasAKey()
    {
        // Kedmanee reaches every Thai letter, vowel, mark and digit (not the rare ๎ ๏ ๚ ๛).
        QStringList typed = shownLetters(*m_keyboard);
        m_keyboard->setShifted(true);
        typed += shownLetters(*m_keyboard);
        for (char16_t c = 0x0E01; c <= 0x0E59; ++c) {
            if ((c >= 0x0E3B && c <= 0x0E3E) || c == 0x0E4E || c == 0x0E4F)
                continue; // unassigned, yamakkan and fongman
            QVERIFY2(typed.contains(QString(QChar(c))),
                qPrintable(u"no key for U+"_s + QString::number(c, 16)));
        }
    }

    void keysAreBigEnoughForFingers()
    {
        // However small a page squeezes it, keys stay at least 80 px high; at the kiosk screen's
        // full width of 1920 px, a letter key is over 100 px wide.
        m_keyboard->setParent(nullptr);
        const QSize smallest = m_keyboard->minimumSizeHint();
        for (const int width : {smallest.width(), 1920}) {
            m_keyboard->resize(width, smallest.height());
            m_keyboard->show();
            QVERIFY(QTest::qWaitForWindowExposed(m_keyboard));
            for (const QPushButton *key : m_keyboard->findChildren<QPushButton *>()) {
                if (!key->isVisible())
                    continue;
                const QString size = key->text() + u" is "_s + QString::number(key->width()) + u'x'
                    + QString::number(key->height());
                QVERIFY2(key->height() >= 80, qPrintable(size));
                if (width == 1920)
                    QVERIFY2(key->width() >= 100, qPrintable(size));
            }
        }
        delete m_keyboard;
    }

    void captionsUseAThaiFont()
    {
        QPushButton *key = letterKey(*m_keyboard, u"่"_s);
        QVERIFY(key);
        const QString family = QFontInfo(key->font()).family();
        QVERIFY2(family == u"Loma"_s || family == u"Garuda"_s, qPrintable(family));
        const QFontMetrics metrics(key->font());
        QVERIFY(metrics.inFontUcs4(0x0E01));
        QVERIFY(metrics.inFontUcs4(0x0E48));
        QVERIFY(metrics.inFontUcs4(0x25CC)); // the dotted circle under a mark
    }

    // Not a check: with SADUAK_SCREENSHOT_DIR set, saves the keyboard as a person sees it.
    void savesScreenshotsWhenAsked()
    {
        const QString folder = qEnvironmentVariable("SADUAK_SCREENSHOT_DIR");
        if (folder.isEmpty())
            QSKIP("SADUAK_SCREENSHOT_DIR not set");
        QDir().mkpath(folder);
        m_keyboard->setParent(nullptr);
        m_keyboard->resize(1920, 560);
        m_keyboard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_keyboard));
        const auto save = [this, &folder](const QString &name) {
            QVERIFY(m_keyboard->grab().save(folder + u'/' + name));
        };
        ThaiCaptions thai; // as in the program's Thai screens
        QCoreApplication::installTranslator(&thai);
        m_keyboard->retranslateUi();
        save(u"keyboard-thai.png"_s);
        m_keyboard->setShifted(true);
        save(u"keyboard-thai-shift.png"_s);
        QCoreApplication::removeTranslator(&thai);
        m_keyboard->retranslateUi();
        m_keyboard->setLanguage(Language::English);
        save(u"keyboard-english.png"_s);
        m_keyboard->setShifted(true);
        save(u"keyboard-english-shift.png"_s);
        m_keyboard->setMode(OnScreenKeyboard::Mode::NumbersOnly);
        m_keyboard->resize(m_keyboard->sizeHint());
        save(u"keyboard-numbers.png"_s);
        delete m_keyboard;
    }
};

QTEST_MAIN(TestOnScreenKeyboard)
#include "tst_onscreenkeyboard.moc"
