#include "onscreenkeyboard.h"

#include "thaiinputsequence.h"

#include <QApplication>
#include <QEvent>
#include <QGridLayout>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

// The letter rows of a layout: one key a character, the unshifted and the shifted layer of the
// same length. Thai is Kedmanee (TIS 820-2538) key for key: its number row (ๅ / - ภ ถ ุ ึ ...)
// stays, as Thai typists expect it there; the digits have their own row above.
struct LetterRow
{
    QStringView normal;
    QStringView shifted;
    int firstColumn; // of the grid below
};

// On the physical keys ` 1 2 ... = | q w ... \ | a s ... ' | z x ... / (a mark in these strings
// is drawn on the character before it, but is a key of its own):
constexpr LetterRow kThaiRows[] = {
    {u"_ๅ/-ภถุึคตจขช", u"%+๑๒๓๔ู฿๕๖๗๘๙", 0},
    {u"ๆไำพะัีรนยบลฃ", u"๐\"ฎฑธํ๊ณฯญฐ,ฅ", 2},
    {u"ฟหกดเ้่าสวง", u"ฤฆฏโฌ็๋ษศซ.", 4},
    {u"ผปแอิืทมใฝ", u"()ฉฮฺ์?ฒฬฦ", 10},
};

constexpr LetterRow kEnglishRows[] = {
    {u"@#&*()-_+=/:!", u"~$%^[]{}<>|\\`", 0},
    {u"qwertyuiop", u"QWERTYUIOP", 6},
    {u"asdfghjkl", u"ASDFGHJKL", 8},
    {u"zxcvbnm,.?", u"ZXCVBNM;'\"", 10},
};

constexpr QStringView kDigits = u"1234567890";

// The text pages are a grid of 60 columns, a letter key 4 of them wide, so a key is as wide in
// every row and a wide key (space, shift) is a whole number of quarter keys; each row of letters
// starts half a key right of the one above, as on a keyboard:
//   digits   10 keys of 6 columns
//   row 1    letters from firstColumn to at most 52, backspace [52, 60)
//   row 2    letters, to at most 60
//   row 3    letters, to at most 48, enter [48, 60)
//   row 4    shift [0, 10), letters to at most 50, shift [50, 60)
//   row 5    language [0, 8), space [8, 48), done [48, 60)
constexpr int kColumns = 60;
constexpr int kKeySpan = 4;
constexpr int kLetterRowEnds[] = {52, 60, 48, 50};

constexpr bool fitsTheGrid(const LetterRow (&rows)[4])
{
    for (int row = 0; row < 4; ++row) {
        if (rows[row].normal.size() != rows[row].shifted.size()
            || rows[row].firstColumn + rows[row].normal.size() * kKeySpan > kLetterRowEnds[row])
            return false;
    }
    return true;
}
static_assert(fitsTheGrid(kThaiRows) && fitsTheGrid(kEnglishRows),
    "a letter row is one key a character, both layers alike, and ends before its function key");

// Touch sizes for a 1920x1080 kiosk screen (kioskpage.h): keys at least 80 px high, a letter key
// about 120 px wide on a full-width keyboard, 24 pt captions; letters larger, as a Thai letter
// is small beside a Latin one of the same size and its marks must be told apart.
constexpr int kKeyHeight = 80;
constexpr int kColumnMinimumWidth = 18;
constexpr int kKeypadKeyWidth = 160;
constexpr int kCaptionPointSize = 24;
constexpr int kLetterPointSize = 30;

// The one theme of the keys, in the program's palette roles (no colours of its own): a refused key
// flashes dark for kRefusedFlashMs.
constexpr int kRefusedFlashMs = 300;
QString keyStyleSheet()
{
    return u"QPushButton { background: palette(button); color: palette(button-text);"
           "  border: 1px solid palette(mid); border-radius: 10px; margin: 3px; padding: 0px; }"
           "QPushButton[keyRole=\"function\"] { background: palette(midlight); }"
           "QPushButton:pressed, QPushButton:checked {"
           "  background: palette(highlight); color: palette(highlighted-text); }"
           "QPushButton[refused=\"true\"] { background: palette(dark); color: palette(bright-text); }"_s;
}

// What a key shows for the text it types: a mark that sits on the character before it is drawn
// on a dotted circle (U+25CC), as Thai keyboards print it, or it would be an empty key.
QString caption(const QString &text)
{
    QString shown = text;
    shown.replace(u'&', u"&&"_s); // not a mnemonic
    if (!text.isEmpty() && ThaiInputSequence::isCombining(text.toUcs4().constFirst()))
        return u"\u25CC"_s + shown;
    return shown;
}

struct LetterKey
{
    QPushButton *button = nullptr;
    QString normal;
    QString shifted;
};

struct Page
{
    QWidget *widget = nullptr;
    QList<LetterKey> letters; // also the digits: their shifted text is the same
    QList<QPushButton *> shiftKeys;
    QPushButton *backspaceKey = nullptr;
    QPushButton *enterKey = nullptr;
    QPushButton *spaceKey = nullptr;
    QPushButton *languageKey = nullptr;
    QPushButton *doneKey = nullptr;
};

} // namespace

struct OnScreenKeyboard::Private
{
    OnScreenKeyboard *q = nullptr;
    QPointer<QWidget> target;
    Mode mode = Mode::Text;
    Language language = Language::Thai;
    bool shifted = false;
    Page thai;
    Page english;
    Page keypad;

    QPushButton *makeKey(QWidget *page, const QString &objectName, bool function);
    void addLetterKey(Page &page, QGridLayout *grid, int row, int column, int span, QString normal,
        QString shiftedText);
    void addFunctionKeys(Page &page, QGridLayout *grid);
    void makeTextPage(Language layout);
    void makeKeypad();
    Page &current();
    void showCurrentPage();
    void updateCaptions();

    QWidget *receiver() const;
    void typeKey(QPushButton *button, const QString &text);
    void backspace();
    void enter();
    void refuse(QPushButton *button, const QString &text);
};

QPushButton *OnScreenKeyboard::Private::makeKey(
    QWidget *page, const QString &objectName, bool function)
{
    auto *button = new QPushButton(page);
    button->setObjectName(objectName);
    // The field being typed into keeps the focus, and with it its cursor and selection.
    button->setFocusPolicy(Qt::NoFocus);
    button->setAutoDefault(false);
    button->setMinimumHeight(kKeyHeight);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    button->setProperty("keyRole", function ? u"function"_s : u"letter"_s);
    QFont font = button->font();
    font.setFamilies({u"Loma"_s, u"Garuda"_s, u"DejaVu Sans"_s});
    font.setPointSize(function ? kCaptionPointSize : kLetterPointSize);
    button->setFont(font);
    return button;
}

void OnScreenKeyboard::Private::addLetterKey(Page &page, QGridLayout *grid, int row, int column,
    int span, QString normal, QString shiftedText)
{
    QPushButton *button = makeKey(page.widget, u"letterKey"_s, false);
    button->setProperty("keyText", normal);
    grid->addWidget(button, row, column, 1, span);
    const qsizetype index = page.letters.size();
    page.letters.append({button, std::move(normal), std::move(shiftedText)});
    const bool isKeypad = &page == &keypad;
    QObject::connect(button, &QPushButton::clicked, q, [this, index, isKeypad, &page] {
        const LetterKey &key = page.letters.at(index);
        typeKey(key.button, shifted && !isKeypad ? key.shifted : key.normal);
    });
}

void OnScreenKeyboard::Private::addFunctionKeys(Page &page, QGridLayout *grid)
{
    page.backspaceKey = makeKey(page.widget, u"backspaceKey"_s, true);
    page.backspaceKey->setText(u"⌫"_s);
    // Held down, backspace repeats, as on a physical keyboard.
    page.backspaceKey->setAutoRepeat(true);
    page.backspaceKey->setAutoRepeatDelay(500);
    page.backspaceKey->setAutoRepeatInterval(100);
    QObject::connect(page.backspaceKey, &QPushButton::clicked, q, [this] { backspace(); });

    page.doneKey = makeKey(page.widget, u"doneKey"_s, true);
    QObject::connect(page.doneKey, &QPushButton::clicked, q, &OnScreenKeyboard::donePressed);

    if (&page == &keypad)
        return;
    grid->addWidget(page.backspaceKey, 1, 52, 1, 8);
    page.enterKey = makeKey(page.widget, u"enterKey"_s, true);
    page.enterKey->setText(u"↵"_s);
    grid->addWidget(page.enterKey, 3, 48, 1, 12);
    QObject::connect(page.enterKey, &QPushButton::clicked, q, [this] { enter(); });
    for (const int column : {0, 50}) {
        QPushButton *shift = makeKey(page.widget, u"shiftKey"_s, true);
        shift->setText(u"⇧"_s);
        shift->setCheckable(true);
        grid->addWidget(shift, 4, column, 1, 10);
        QObject::connect(shift, &QPushButton::clicked, q, [this] { q->setShifted(!shifted); });
        page.shiftKeys.append(shift);
    }
    page.languageKey = makeKey(page.widget, u"languageKey"_s, true);
    grid->addWidget(page.languageKey, 5, 0, 1, 8);
    QObject::connect(page.languageKey, &QPushButton::clicked, q, [this] {
        q->setLanguage(language == Language::Thai ? Language::English : Language::Thai);
    });
    page.spaceKey = makeKey(page.widget, u"spaceKey"_s, true);
    grid->addWidget(page.spaceKey, 5, 8, 1, 40);
    QObject::connect(
        page.spaceKey, &QPushButton::clicked, q, [this, &page] { typeKey(page.spaceKey, u" "_s); });
    grid->addWidget(page.doneKey, 5, 48, 1, 12);
}

void OnScreenKeyboard::Private::makeTextPage(Language layout)
{
    Page &page = layout == Language::Thai ? thai : english;
    page.widget = new QWidget(q);
    page.widget->setObjectName(layout == Language::Thai ? u"thaiLayout"_s : u"englishLayout"_s);
    auto *grid = new QGridLayout(page.widget);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(0); // the keys' margins make the gaps, so spans stay whole keys wide
    for (int column = 0; column < kColumns; ++column) {
        grid->setColumnStretch(column, 1);
        grid->setColumnMinimumWidth(column, kColumnMinimumWidth);
    }

    const int digitSpan = kColumns / int(kDigits.size());
    for (qsizetype i = 0; i < kDigits.size(); ++i) {
        const QString digit(kDigits[i]);
        addLetterKey(page, grid, 0, int(i) * digitSpan, digitSpan, digit, digit);
    }
    const auto &rows = layout == Language::Thai ? kThaiRows : kEnglishRows;
    for (int row = 0; row < 4; ++row) {
        const LetterRow &letters = rows[row];
        for (qsizetype i = 0; i < letters.normal.size(); ++i) {
            addLetterKey(page, grid, row + 1, letters.firstColumn + int(i) * kKeySpan, kKeySpan,
                QString(letters.normal[i]), QString(letters.shifted[i]));
        }
    }
    addFunctionKeys(page, grid);
}

void OnScreenKeyboard::Private::makeKeypad()
{
    keypad.widget = new QWidget(q);
    keypad.widget->setObjectName(u"numbersLayout"_s);
    keypad.widget->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    auto *grid = new QGridLayout(keypad.widget);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(0);
    // A telephone keypad: 1 2 3 on top, 0 between backspace and done.
    for (int digit = 1; digit <= 9; ++digit) {
        const QString text = QString::number(digit);
        addLetterKey(keypad, grid, (digit - 1) / 3, (digit - 1) % 3, 1, text, text);
    }
    addLetterKey(keypad, grid, 3, 1, 1, u"0"_s, u"0"_s);
    addFunctionKeys(keypad, grid);
    grid->addWidget(keypad.backspaceKey, 3, 0);
    grid->addWidget(keypad.doneKey, 3, 2);
    for (LetterKey &key : keypad.letters)
        key.button->setMinimumWidth(kKeypadKeyWidth);
    keypad.backspaceKey->setMinimumWidth(kKeypadKeyWidth);
    keypad.doneKey->setMinimumWidth(kKeypadKeyWidth);
}

Page &OnScreenKeyboard::Private::current()
{
    if (mode == Mode::NumbersOnly)
        return keypad;
    return language == Language::Thai ? thai : english;
}

void OnScreenKeyboard::Private::showCurrentPage()
{
    QWidget *shown = current().widget;
    // Hide the others first: for a moment with two pages shown, the keyboard would ask for both
    // pages' height and a top-level window around it would grow past its screen, and stay so.
    for (const Page *page : {&thai, &english, &keypad})
        if (page->widget != shown)
            page->widget->hide();
    shown->show();
}

void OnScreenKeyboard::Private::updateCaptions()
{
    for (Page *page : {&thai, &english, &keypad}) {
        for (const LetterKey &key : std::as_const(page->letters)) {
            const QString &text = shifted && page != &keypad ? key.shifted : key.normal;
            key.button->setText(caption(text));
            key.button->setProperty("keyText", text);
        }
        for (QPushButton *shift : std::as_const(page->shiftKeys))
            shift->setChecked(shifted);
    }
}

QWidget *OnScreenKeyboard::Private::receiver() const
{
    QWidget *widget = target ? target.data() : QApplication::focusWidget();
    // Read-only editors and widgets that take no text do not have the attribute.
    if (!widget || !widget->isEnabled() || !widget->testAttribute(Qt::WA_InputMethodEnabled))
        return nullptr;
    if (widget == q || q->isAncestorOf(widget))
        return nullptr;
    return widget;
}

namespace {

// The text of the receiver's line or paragraph before the cursor, or before the selection (what
// a typed key replaces), through the input-method queries every Qt text widget answers.
QString textBeforeCursor(QWidget *widget)
{
    const QString surrounding = widget->inputMethodQuery(Qt::ImSurroundingText).toString();
    const int cursor = widget->inputMethodQuery(Qt::ImCursorPosition).toInt();
    const QVariant anchorQuery = widget->inputMethodQuery(Qt::ImAnchorPosition);
    const int anchor = anchorQuery.isValid() ? anchorQuery.toInt() : cursor;
    return surrounding.left(qBound(0, qMin(cursor, anchor), int(surrounding.size())));
}

void sendKey(QWidget *widget, Qt::Key key, const QString &text)
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(widget, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(widget, &release);
}

} // namespace

// Text goes in as an input method's commit, the way Thai input methods deliver it: every Qt text
// widget takes it where its cursor is, replacing a selection, through its validator and
// maxLength, and emits its own textEdited / textChanged.
void OnScreenKeyboard::Private::typeKey(QPushButton *button, const QString &text)
{
    QWidget *widget = receiver();
    if (!widget)
        return;
    if (!ThaiInputSequence::accepts(textBeforeCursor(widget), text)) {
        refuse(button, text);
        return;
    }
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QCoreApplication::sendEvent(widget, &commit);
    if (shifted && mode == Mode::Text)
        q->setShifted(false);
}

// The widget's own Backspace: it removes a selection as a whole, joins a paragraph to the one
// before, and otherwise removes one code point (Qt's editors do), so ก่ becomes ก.
void OnScreenKeyboard::Private::backspace()
{
    if (QWidget *widget = receiver())
        sendKey(widget, Qt::Key_Backspace, {});
}

void OnScreenKeyboard::Private::enter()
{
    if (QWidget *widget = receiver())
        sendKey(widget, Qt::Key_Return, u"\r"_s);
    Q_EMIT q->enterPressed();
}

void OnScreenKeyboard::Private::refuse(QPushButton *button, const QString &text)
{
    const auto mark = [](QPushButton *key, bool refused) {
        key->setProperty("refused", refused);
        key->style()->unpolish(key);
        key->style()->polish(key);
    };
    mark(button, true);
    QTimer::singleShot(kRefusedFlashMs, button, [button, mark] { mark(button, false); });
    Q_EMIT q->keyRefused(text);
}

OnScreenKeyboard::OnScreenKeyboard(QWidget *parent)
    : QWidget(parent), d(std::make_unique<Private>())
{
    d->q = this;
    setObjectName(u"onScreenKeyboard"_s);
    setFocusPolicy(Qt::NoFocus);
    // Shown as a window of its own, it must not take the activation from the page's window.
    setAttribute(Qt::WA_ShowWithoutActivating);
    setWindowFlag(Qt::WindowDoesNotAcceptFocus);
    setStyleSheet(keyStyleSheet());

    d->makeTextPage(Language::Thai);
    d->makeTextPage(Language::English);
    d->makeKeypad();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(d->thai.widget);
    layout->addWidget(d->english.widget);
    layout->addWidget(d->keypad.widget, 0, Qt::AlignHCenter);

    d->updateCaptions();
    d->showCurrentPage();
    retranslateUi();
}

OnScreenKeyboard::~OnScreenKeyboard() = default;

void OnScreenKeyboard::setTarget(QWidget *target)
{
    d->target = target;
}

QWidget *OnScreenKeyboard::target() const
{
    return d->target;
}

OnScreenKeyboard::Mode OnScreenKeyboard::mode() const
{
    return d->mode;
}

void OnScreenKeyboard::setMode(Mode mode)
{
    if (d->mode == mode)
        return;
    d->mode = mode;
    setShifted(false);
    d->showCurrentPage();
}

Language OnScreenKeyboard::language() const
{
    return d->language;
}

void OnScreenKeyboard::setLanguage(Language language)
{
    if (d->language == language)
        return;
    d->language = language;
    setShifted(false);
    d->showCurrentPage();
    Q_EMIT languageChanged(language);
}

bool OnScreenKeyboard::isShifted() const
{
    return d->shifted;
}

void OnScreenKeyboard::setShifted(bool shifted)
{
    if (d->shifted == shifted) {
        d->updateCaptions(); // a shift key's own toggle is put back
        return;
    }
    d->shifted = shifted;
    d->updateCaptions();
    Q_EMIT shiftChanged(shifted);
}

void OnScreenKeyboard::retranslateUi()
{
    for (Page *page : {&d->thai, &d->english, &d->keypad}) {
        page->backspaceKey->setAccessibleName(tr("Backspace"));
        page->doneKey->setText(tr("Done"));
        if (page == &d->keypad)
            continue;
        page->enterKey->setAccessibleName(tr("Enter"));
        page->spaceKey->setText(tr("Space"));
        for (QPushButton *shift : std::as_const(page->shiftKeys))
            shift->setAccessibleName(tr("Shift"));
    }
    // The layout each language key switches to, in its own script, so a citizen who reads only
    // that script finds it whatever language the screen is in.
    d->thai.languageKey->setText(tr("ENG", "keyboard key: switches to the English layout"));
    d->thai.languageKey->setAccessibleName(tr("English keyboard"));
    d->english.languageKey->setText(tr("ไทย", "keyboard key: switches to the Thai layout"));
    d->english.languageKey->setAccessibleName(tr("Thai keyboard"));
}

void OnScreenKeyboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace saduak
