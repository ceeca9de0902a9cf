#include "complaintkioskpage.h"

#include "complaintintakeform.h"

#include <sdk/modulecontext.h>
#include <sdk/onscreenkeyboard.h>

#include <QApplication>
#include <QBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace saduak::complaints {

namespace {

const auto kPageStyle = uR"(
QLabel, QPushButton { font-size: 24pt; }
QPushButton { min-height: 80px; }
QLabel#kioskComplaintTitle, QLabel#filedTitle { font-size: 28pt; font-weight: bold; }
QLabel#filedNumber { font-size: 40pt; font-weight: bold; }
)"_s;

} // namespace

ComplaintKioskPage::ComplaintKioskPage(ModuleContext &context, QWidget *parent)
    : KioskPage(parent), m_context(context)
{
    setObjectName(u"complaintKioskPage"_s);
    setStyleSheet(kPageStyle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    // Page 1: the form, scrolled, with the keyboard always under it.
    auto *intake = new QWidget(m_stack);
    auto *intakeLayout = new QVBoxLayout(intake);
    intakeLayout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(intake);
    m_title->setObjectName(u"kioskComplaintTitle"_s);
    intakeLayout->addWidget(m_title);
    m_form = new ComplaintIntakeForm(context, ComplaintIntakeForm::Channel::Kiosk);
    m_scroll = new QScrollArea(intake);
    m_scroll->setObjectName(u"complaintFormScroll"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->verticalScrollBar()->setStyleSheet(u"QScrollBar:vertical { width: 40px; }"_s);
    m_scroll->setWidget(m_form);
    // The keyboard beside the form on a landscape screen (the form then has the full height),
    // under it on a portrait one: resizeEvent turns it.
    m_formAndKeyboard = new QBoxLayout(QBoxLayout::LeftToRight);
    m_formAndKeyboard->addWidget(m_scroll, 1);
    m_keyboard = new OnScreenKeyboard(intake);
    m_keyboard->setObjectName(u"complaintKeyboard"_s);
    m_keyboard->setLanguage(context.language());
    m_formAndKeyboard->addWidget(m_keyboard, 0, Qt::AlignBottom);
    intakeLayout->addLayout(m_formAndKeyboard, 1);
    connect(m_form, &ComplaintIntakeForm::problemsShown, this,
        [this](QWidget *first) { m_scroll->ensureWidgetVisible(first, 20, 120); });
    m_stack->addWidget(intake);
    connect(m_keyboard, &OnScreenKeyboard::donePressed, m_form, &ComplaintIntakeForm::file);
    connect(m_form, &ComplaintIntakeForm::filed, this, &ComplaintKioskPage::showFiled);
    connect(qApp, &QApplication::focusChanged, this,
        [this](QWidget *, QWidget *now) { focusMoved(now); });

    // Page 2: the tracking number and the receipt.
    // Scrolled, so long words at 24-40 pt never make the kiosk's window grow past its screen.
    auto *resultScroll = new QScrollArea(m_stack);
    resultScroll->setWidgetResizable(true);
    resultScroll->setFrameShape(QFrame::NoFrame);
    auto *result = new QWidget;
    result->setObjectName(u"complaintFiledPage"_s);
    auto *resultLayout = new QVBoxLayout(result);
    m_filedTitle = new QLabel(result);
    m_filedTitle->setObjectName(u"filedTitle"_s);
    m_filedTitle->setWordWrap(true);
    m_filedNumber = new QLabel(result);
    m_filedNumber->setObjectName(u"filedNumber"_s);
    m_filedNumber->setAlignment(Qt::AlignCenter);
    m_filedDetails = new QLabel(result);
    m_filedDetails->setObjectName(u"filedDetails"_s);
    m_filedDetails->setWordWrap(true);
    m_printStatus = new QLabel(result);
    m_printStatus->setObjectName(u"printStatus"_s);
    m_printStatus->setWordWrap(true);
    m_finish = new QPushButton(result);
    m_finish->setObjectName(u"filedFinishButton"_s);
    m_finish->setFocusPolicy(Qt::NoFocus);
    connect(m_finish, &QPushButton::clicked, this, &KioskPage::finished);
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_filedTitle, m_filedNumber, m_filedDetails, m_printStatus})
        resultLayout->addWidget(w);
    resultLayout->addStretch(1);
    resultLayout->addWidget(m_finish);
    resultScroll->setWidget(result);
    m_stack->addWidget(resultScroll);

    if (ModulePrinting *printing = m_context.printing()) {
        connect(printing, &ModulePrinting::printed, this, [this](int job) {
            if (job != m_printJob)
                return;
            m_printState = PrintState::Printed;
            retranslateUi();
        });
        connect(printing, &ModulePrinting::failed, this, [this](int job, const QString &message) {
            if (job != m_printJob)
                return;
            m_printState = PrintState::Failed;
            m_printFailure = message;
            retranslateUi();
        });
    }
    connect(&m_context, &ModuleContext::languageChanged, this, &ComplaintKioskPage::retranslateUi);
    retranslateUi();
}

ComplaintKioskPage::~ComplaintKioskPage() = default;

void ComplaintKioskPage::showEvent(QShowEvent *event)
{
    KioskPage::showEvent(event);
    if (m_stack->currentIndex() == 0)
        m_form->findChild<QLineEdit *>(u"subjectEdit"_s)->setFocus();
}

void ComplaintKioskPage::resizeEvent(QResizeEvent *event)
{
    KioskPage::resizeEvent(event);
    m_formAndKeyboard->setDirection(
        width() > height() ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

void ComplaintKioskPage::focusMoved(QWidget *now)
{
    if (!now || !m_form->isAncestorOf(now))
        return;
    // A phone number is digits: the keypad, with bigger keys; text fields get the letters.
    const bool phone = now->objectName() == u"phoneEdit"_s;
    m_keyboard->setMode(phone ? OnScreenKeyboard::Mode::NumbersOnly : OnScreenKeyboard::Mode::Text);
    if (now->objectName() == u"emailEdit"_s)
        m_keyboard->setLanguage(Language::English);
    m_scroll->ensureWidgetVisible(now, 20, 40);
}

void ComplaintKioskPage::showFiled(const FilingResult &complaint)
{
    m_filed = complaint;
    m_form->clearInput(); // nothing typed stays on the kiosk
    m_stack->setCurrentIndex(1);
    print();
    retranslateUi();
}

void ComplaintKioskPage::print()
{
    ModulePrinting *printing = m_context.printing();
    if (!printing) {
        m_printState = PrintState::NoPrinter;
        return;
    }
    m_printState = PrintState::Printing;
    const QString statusUrl
        = m_context.settings() ? m_context.settings()->value(u"statusUrl"_s).toString() : QString();
    m_printJob
        = printing->printReceipt(ComplaintReceipt::build(m_filed, statusUrl, m_context.language()));
}

void ComplaintKioskPage::aboutToClose()
{
    m_form->clearInput();
    m_filed = {};
}

void ComplaintKioskPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    KioskPage::changeEvent(event);
}

void ComplaintKioskPage::retranslateUi()
{
    const Language language = m_context.language();
    m_title->setText(tr("File a complaint"));
    m_filedTitle->setText(tr("Your complaint has been filed. Its tracking number:"));
    m_filedNumber->setText(m_filed.trackingNumber);
    m_filedDetails->setText(m_filed.trackingNumber.isEmpty()
            ? QString()
            : tr("Filed on %1 (%2). You will have an answer by %3.")
                  .arg(complaintDay(m_filed.filedAtMs, language), m_filed.category(language),
                      complaintDay(m_filed.dueAtMs, language)));
    switch (m_printState) {
    case PrintState::None:
        m_printStatus->clear();
        break;
    case PrintState::Printing:
        m_printStatus->setText(tr("Your receipt is being printed…"));
        break;
    case PrintState::Printed:
        m_printStatus->setText(tr("Take your receipt: it has the number and a QR code to follow "
                                  "your complaint."));
        break;
    case PrintState::Failed:
        m_printStatus->setText(u"⚠ "_s
            + tr("The receipt could not be printed (%1). Please write down the number.")
                  .arg(m_printFailure));
        break;
    case PrintState::NoPrinter:
        m_printStatus->setText(
            u"⚠ "_s + tr("This kiosk has no printer: please write down the number."));
        break;
    }
    m_finish->setText(tr("Finish"));
}

} // namespace saduak::complaints
