#include "kioskresultpage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

QLabel *centred(const QString &objectName, const QString &style, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setStyleSheet(style);
    return label;
}

} // namespace

KioskResultPage::KioskResultPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"kioskResultPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addStretch(1);

    m_title = centred(u"resultTitle"_s, u"font-size: 28pt; color: #333;"_s, this);
    layout->addWidget(m_title);
    // The number is what the citizen must keep: as big as the screen allows.
    m_number = centred(
        u"resultNumber"_s, u"font-size: 120pt; font-weight: bold; color: #0d47a1;"_s, this);
    layout->addWidget(m_number);
    m_service = centred(u"resultService"_s, u"font-size: 28pt; color: #0d47a1;"_s, this);
    layout->addWidget(m_service);
    m_ahead = centred(u"resultAhead"_s, u"font-size: 26pt; color: #333;"_s, this);
    layout->addWidget(m_ahead);
    m_wait = centred(u"resultWait"_s, u"font-size: 26pt; color: #333;"_s, this);
    layout->addWidget(m_wait);
    m_hint = centred(u"resultHint"_s,
        u"font-size: 24pt; font-weight: bold; color: #1b5e20; margin-top: 12px;"_s, this);
    layout->addWidget(m_hint);
    m_printStatus = centred(u"resultPrintStatus"_s, QString(), this);
    layout->addWidget(m_printStatus);
    m_printDetailLabel = centred(u"resultPrintDetail"_s, u"font-size: 14pt; color: #666;"_s, this);
    layout->addWidget(m_printDetailLabel);
    layout->addStretch(2);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(24);
    const QString buttonStyle = u"QPushButton { font-size: 24pt; padding: 20px 36px;"
                                " border-radius: 14px; background: #e3eaf5; color: #0d47a1; }"
                                "QPushButton:pressed { background: #c5d4ea; }"_s;
    m_reprint = new QPushButton(this);
    m_reprint->setObjectName(u"reprintButton"_s);
    m_reprint->setStyleSheet(buttonStyle);
    m_reprint->setMinimumHeight(100);
    connect(m_reprint, &QPushButton::clicked, this, &KioskResultPage::reprintRequested);
    buttons->addWidget(m_reprint);
    m_done = new QPushButton(this);
    m_done->setObjectName(u"resultDoneButton"_s);
    m_done->setStyleSheet(buttonStyle);
    m_done->setMinimumHeight(100);
    connect(m_done, &QPushButton::clicked, this, &KioskResultPage::doneRequested);
    // A keypad's Enter or Esc closes the page too. A QShortcut, not the button's: setText()
    // would replace a button's shortcut with the (empty) mnemonic of its text.
    for (const QKeySequence &key :
        {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter), QKeySequence(Qt::Key_Escape)}) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WindowShortcut); // only while this page shows
        connect(shortcut, &QShortcut::activated, this, &KioskResultPage::doneRequested);
    }
    buttons->addWidget(m_done);
    layout->addLayout(buttons);
    retranslateUi();
}

QString KioskResultPage::waitText(std::optional<qint64> estimatedWaitMs)
{
    if (!estimatedWaitMs)
        return {};
    if (*estimatedWaitMs <= 0)
        return tr("No queue right now");
    const int minutes = int(std::ceil(double(*estimatedWaitMs) / 60000.0));
    return tr("About %n min wait", nullptr, minutes);
}

void KioskResultPage::showTicket(const Ticket &ticket, PrintState print)
{
    m_ticket = ticket;
    m_print = print;
    m_printDetail.clear();
    showTexts();
}

void KioskResultPage::setWaitingAhead(int count)
{
    if (count == m_ticket.waitingAhead)
        return;
    m_ticket.waitingAhead = count;
    showTexts();
}

void KioskResultPage::setServiceNames(const QString &name, const QString &otherName)
{
    m_ticket.serviceName = name;
    m_ticket.serviceOtherName = otherName;
    showTexts();
}

void KioskResultPage::setPrintState(PrintState state, const QString &detail)
{
    m_print = state;
    m_printDetail = detail;
    showTexts();
}

void KioskResultPage::setReprintAvailable(bool available)
{
    m_reprint->setVisible(available);
}

void KioskResultPage::retranslateUi()
{
    m_reprint->setText(tr("Print my ticket again"));
    m_done->setText(tr("Done"));
    showTexts();
}

void KioskResultPage::showTexts()
{
    m_title->setText(tr("Your queue number"));
    m_number->setText(m_ticket.number);
    m_service->setText(m_ticket.serviceOtherName.isEmpty()
            ? m_ticket.serviceName
            : m_ticket.serviceName + u"\n"_s + m_ticket.serviceOtherName);
    m_ahead->setText(m_ticket.waitingAhead > 0
            ? tr("%n people waiting ahead of you", nullptr, m_ticket.waitingAhead)
            : tr("You are next in line"));
    // No estimate, or nobody ahead: "you are next" says it all.
    const bool showWait = m_ticket.estimatedWaitMs && *m_ticket.estimatedWaitMs > 0;
    m_wait->setText(
        showWait ? tr("Estimated wait: %1").arg(waitText(m_ticket.estimatedWaitMs)) : QString());
    m_wait->setVisible(showWait);
    m_hint->setText(tr("Please wait for your number to be shown on the screen."));

    QString status;
    bool problem = false;
    switch (m_print) {
    case PrintState::NoPrinter:
        status = tr("This kiosk does not print tickets. Please remember your number: %1")
                     .arg(m_ticket.number);
        problem = true;
        break;
    case PrintState::Printing:
        status = tr("Printing your ticket…");
        break;
    case PrintState::Printed:
        status = tr("Please take your ticket from the printer below.");
        break;
    case PrintState::PaperOut:
        status = tr("The ticket printer is out of paper. Please remember your number: %1. "
                    "Staff have been told.")
                     .arg(m_ticket.number);
        problem = true;
        break;
    case PrintState::PrinterFailed:
        status = tr("The ticket printer is not working right now. Please remember your "
                    "number: %1. Staff have been told.")
                     .arg(m_ticket.number);
        problem = true;
        break;
    }
    m_printStatus->setText(status);
    m_printStatus->setStyleSheet(problem
            ? u"font-size: 22pt; color: #b71c1c; background: #fdecea; border-radius: 12px;"
              " padding: 16px;"_s
            : u"font-size: 22pt; color: #333;"_s);
    // The printer's own words are for staff; "out of paper" needs none.
    const bool detail = m_print == PrintState::PrinterFailed && !m_printDetail.isEmpty();
    m_printDetailLabel->setText(detail ? m_printDetail : QString());
    m_printDetailLabel->setVisible(detail);
}

} // namespace saduak
