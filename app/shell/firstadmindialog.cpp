#include "firstadmindialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace saduak {

FirstAdminDialog::FirstAdminDialog(Create create, QWidget *parent)
    : QDialog(parent), m_create(std::move(create))
{
    setObjectName(u"firstAdminDialog"_s);
    setModal(true);
    setMinimumWidth(560);
    setStyleSheet(u"QLabel, QLineEdit, QPushButton { font-size: 12pt; }"
                  "QLineEdit { padding: 4px; }"_s);
    auto *layout = new QVBoxLayout(this);
    // The title in the dialog as well: a kiosk-style window manager may show no title bar.
    m_title = new QLabel(this);
    m_title->setStyleSheet(u"font-size: 15pt; font-weight: bold;"_s);
    layout->addWidget(m_title);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    const auto field = [this, form](QLabel *&label, QLineEdit *&edit, const QString &name) {
        label = new QLabel(this);
        edit = new QLineEdit(this);
        edit->setObjectName(name);
        label->setBuddy(edit);
        form->addRow(label, edit);
    };
    field(m_userLabel, m_user, u"firstAdminUserEdit"_s);
    m_user->setMaxLength(64);
    field(m_nameLabel, m_name, u"firstAdminNameEdit"_s);
    field(m_passwordLabel, m_password, u"firstAdminPasswordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    field(m_repeatLabel, m_repeat, u"firstAdminRepeatEdit"_s);
    m_repeat->setEchoMode(QLineEdit::Password);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(u"firstAdminMessage"_s);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"background: #fdecea; color: #b71c1c; border: 1px solid #e57373;"
                             " border-radius: 4px; padding: 6px;"_s);
    m_message->setVisible(false);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"firstAdminCreateButton"_s);
    m_ok->setDefault(true);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(u"firstAdminQuitButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdminDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstAdminDialog::reject);
    layout->addWidget(buttons);
    retranslateUi();
}

void FirstAdminDialog::retranslateUi()
{
    setWindowTitle(tr("Create the branch's first administrator"));
    m_title->setText(windowTitle());
    m_intro->setText(
        tr("Nobody can log in at this branch yet. Create the account of its first "
           "administrator, who then logs in here. More staff accounts are added with "
           "saduak-hub add-staff."));
    m_userLabel->setText(tr("User name"));
    m_nameLabel->setText(tr("Full name"));
    m_passwordLabel->setText(tr("Password (at least 10 characters)"));
    m_repeatLabel->setText(tr("Password again"));
    m_ok->setText(tr("Create administrator"));
    m_cancel->setText(tr("Quit"));
}

QString FirstAdminDialog::userName() const
{
    return m_user->text().trimmed();
}

void FirstAdminDialog::showProblem(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(true);
}

void FirstAdminDialog::accept()
{
    if (m_password->text() != m_repeat->text()) {
        showProblem(tr("The two passwords differ. Type the same password twice."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    // The length, the user name's letters and a name at all are the staff store's rules: it
    // says which one is broken.
    QString why;
    if (!m_create || !m_create(userName(), m_name->text().trimmed(), m_password->text().toUtf8(), &why)) {
        showProblem(why);
        return;
    }
    m_password->clear();
    m_repeat->clear();
    QDialog::accept();
}

} // namespace saduak
