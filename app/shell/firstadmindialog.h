#pragma once

#include <QDialog>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace saduak {

// "Create the branch's first administrator": what the counter screen of a new embedded branch asks
// before anyone can log in (no active staff account yet). User name, full name and the password
// twice; the account is made by create (the program's: StaffStore::add with the admin role), whose
// reason is shown when it says no. Cancel ends the program: without an account nobody can work.
class FirstAdminDialog : public QDialog
{
    Q_OBJECT
public:
    // Makes the account; false with why (translated) when it was not made.
    using Create = std::function<bool(const QString &userName, const QString &fullName,
        const QByteArray &password, QString *why)>;

    explicit FirstAdminDialog(Create create, QWidget *parent = nullptr);

    QString userName() const; // the account made, once accepted

    void accept() override;

private:
    void retranslateUi();
    void showProblem(const QString &text);

    Create m_create;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_repeatLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace saduak
