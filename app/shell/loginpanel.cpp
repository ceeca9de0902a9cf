#include "loginpanel.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace saduak {

LogInPanel::LogInPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"logInPanel"_s);
    // The form is a card in the middle of the screen, at a size one reads from a chair.
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    auto *card = new QFrame(this);
    card->setObjectName(u"logInCard"_s);
    card->setFrameShape(QFrame::StyledPanel);
    card->setMinimumWidth(460);
    card->setMaximumWidth(620);
    card->setStyleSheet(u"QFrame#logInCard { border: 1px solid #b0bec5; border-radius: 8px;"
                        " background: palette(base); }"
                        "QLabel, QLineEdit, QPushButton { font-size: 13pt; }"
                        "QLineEdit { padding: 6px; }"
                        "QPushButton { padding: 8px 18px; min-height: 36px; }"_s);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);

    m_title = new QLabel(card);
    m_title->setObjectName(u"logInTitle"_s);
    m_title->setStyleSheet(u"font-size: 18pt; font-weight: bold;"_s);
    layout->addWidget(m_title);
    m_hint = new QLabel(card);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(u"color: #455a64;"_s);
    layout->addWidget(m_hint);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_userLabel = new QLabel(card);
    m_user = new QLineEdit(card);
    m_user->setObjectName(u"logInUserEdit"_s);
    m_user->setMaxLength(64); // the hub's limit for a user name
    m_userLabel->setBuddy(m_user);
    form->addRow(m_userLabel, m_user);
    m_passwordLabel = new QLabel(card);
    m_password = new QLineEdit(card);
    m_password->setObjectName(u"logInPasswordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(1024);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_passwordLabel, m_password);
    layout->addLayout(form);

    m_message = new QLabel(card);
    m_message->setObjectName(u"logInMessage"_s);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_cancel = new QPushButton(card);
    m_cancel->setObjectName(u"logInCancelButton"_s);
    m_cancel->setVisible(false);
    buttons->addWidget(m_cancel);
    m_logIn = new QPushButton(card);
    m_logIn->setObjectName(u"logInButton"_s);
    m_logIn->setDefault(true);
    buttons->addWidget(m_logIn);
    layout->addLayout(buttons);

    row->addWidget(card, 2);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    connect(m_user, &QLineEdit::textChanged, this, &LogInPanel::updateButton);
    connect(m_password, &QLineEdit::textChanged, this, &LogInPanel::updateButton);
    connect(m_user, &QLineEdit::returnPressed, this, [this] {
        if (m_password->text().isEmpty())
            m_password->setFocus();
        else
            submit();
    });
    connect(m_password, &QLineEdit::returnPressed, this, &LogInPanel::submit);
    connect(m_logIn, &QPushButton::clicked, this, &LogInPanel::submit);
    connect(m_cancel, &QPushButton::clicked, this, &LogInPanel::cancelRequested);

    retranslateUi();
    updateButton();
}

void LogInPanel::retranslateUi()
{
    m_title->setText(m_switching ? tr("Switch officer") : tr("Log in"));
    m_hint->setText(m_switching
            ? tr("The next officer logs in with their own user name and password.")
            : tr("Log in with your user name and password to work at this screen."));
    m_userLabel->setText(tr("User name"));
    m_passwordLabel->setText(tr("Password"));
    m_logIn->setText(tr("Log in"));
    m_cancel->setText(tr("Cancel"));
}

void LogInPanel::setMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setStyleSheet(problem
            ? u"background: #fdecea; color: #b71c1c; border: 1px solid #e57373;"
              " border-radius: 4px; padding: 8px;"_s
            : u"background: #e8f5e9; color: #1b5e20; border-radius: 4px; padding: 8px;"_s);
}

void LogInPanel::setBusy(bool busy)
{
    m_busy = busy;
    m_user->setReadOnly(busy);
    m_password->setReadOnly(busy);
    updateButton();
}

void LogInPanel::setSwitching(bool switching)
{
    m_switching = switching;
    m_cancel->setVisible(switching);
    retranslateUi();
}

void LogInPanel::clearPassword()
{
    m_password->clear();
}

void LogInPanel::clear()
{
    m_user->clear();
    m_password->clear();
}

void LogInPanel::focusForm()
{
    if (m_user->text().isEmpty())
        m_user->setFocus();
    else
        m_password->setFocus();
}

void LogInPanel::updateButton()
{
    m_logIn->setEnabled(!m_busy && !m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

void LogInPanel::submit()
{
    if (!m_logIn->isEnabled())
        return;
    const QString password = m_password->text();
    // Gone from the screen at once: the answer may take a moment on a slow LAN.
    m_password->clear();
    Q_EMIT logInRequested(m_user->text().trimmed(), password);
}

} // namespace saduak
