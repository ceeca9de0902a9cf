#include "complaintstatuspage.h"

#include "complaintstatusview.h"

#include <sdk/modulecontext.h>
#include <sdk/onscreenkeyboard.h>

#include <QBoxLayout>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace saduak::complaints {

ComplaintStatusPage::ComplaintStatusPage(ModuleContext &context, QWidget *parent)
    : KioskPage(parent), m_context(context)
{
    setObjectName(u"complaintStatusPage"_s);
    setStyleSheet(uR"(
QLabel, QLineEdit, QPushButton { font-size: 24pt; }
QLineEdit, QPushButton { min-height: 80px; }
QLabel#kioskStatusTitle { font-size: 28pt; font-weight: bold; }
)"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(u"kioskStatusTitle"_s);
    layout->addWidget(m_title);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    // The number and the answer beside the keyboard on a landscape screen (the answer then has
    // the full height), above it on a portrait one: resizeEvent turns it.
    m_answerAndKeyboard = new QBoxLayout(QBoxLayout::LeftToRight);
    auto *answer = new QVBoxLayout;
    auto *row = new QHBoxLayout;
    m_number = new QLineEdit(this);
    m_number->setObjectName(u"trackingNumberEdit"_s);
    row->addWidget(m_number, 1);
    m_lookUp = new QPushButton(this);
    m_lookUp->setObjectName(u"lookUpButton"_s);
    m_lookUp->setFocusPolicy(Qt::NoFocus); // the field keeps the focus: the scanner types there
    row->addWidget(m_lookUp);
    answer->addLayout(row);
    m_view = new ComplaintStatusView(context);
    m_view->setShowsSubject(false);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_view);
    answer->addWidget(scroll, 1);
    m_answerAndKeyboard->addLayout(answer, 1);
    m_keyboard = new OnScreenKeyboard(this);
    m_keyboard->setObjectName(u"statusKeyboard"_s);
    m_keyboard->setTarget(m_number);
    // The number is Latin letters and digits: the English layout first.
    m_keyboard->setLanguage(Language::English);
    m_answerAndKeyboard->addWidget(m_keyboard, 0, Qt::AlignBottom);
    layout->addLayout(m_answerAndKeyboard, 1);

    connect(m_number, &QLineEdit::returnPressed, this, &ComplaintStatusPage::lookUp);
    connect(m_keyboard, &OnScreenKeyboard::donePressed, this, &ComplaintStatusPage::lookUp);
    connect(m_lookUp, &QPushButton::clicked, this, &ComplaintStatusPage::lookUp);
    connect(&m_context, &ModuleContext::languageChanged, this, &ComplaintStatusPage::retranslateUi);
    retranslateUi();
}

void ComplaintStatusPage::lookUp()
{
    const QString text = m_number->text();
    if (text.trimmed().isEmpty())
        return;
    m_view->lookUp(text);
    // A scanner types a whole URL: leave the number alone in the field, ready for the next one.
    m_number->clear();
}

void ComplaintStatusPage::resizeEvent(QResizeEvent *event)
{
    KioskPage::resizeEvent(event);
    m_answerAndKeyboard->setDirection(
        width() > height() ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

void ComplaintStatusPage::showEvent(QShowEvent *event)
{
    KioskPage::showEvent(event);
    m_number->setFocus();
}

void ComplaintStatusPage::aboutToClose()
{
    m_number->clear();
    m_view->clear();
}

void ComplaintStatusPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    KioskPage::changeEvent(event);
}

void ComplaintStatusPage::retranslateUi()
{
    m_title->setText(tr("Where does my complaint stand?"));
    m_hint->setText(tr("Type the tracking number from your receipt, or hold the receipt's QR code "
                       "under the scanner."));
    m_number->setPlaceholderText(tr("e.g. B001-691207-0042-71"));
    m_lookUp->setText(tr("Look up"));
}

} // namespace saduak::complaints
