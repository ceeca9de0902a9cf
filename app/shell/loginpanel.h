#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace saduak {

// The log-in form a counter or supervisor screen shows in place of its controls: user name,
// password (masked), "Log in", the sentence of the moment (the hub's refusal, why the session
// ended) and, while switching officer, "Cancel". Shows and forwards; StaffLogIn decides.
class LogInPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LogInPanel(QWidget *parent = nullptr);

    void retranslateUi();
    void setMessage(const QString &text, bool problem);
    void setBusy(bool busy); // a log-in on its way: the form waits
    void setSwitching(bool switching); // the officer logged in may cancel and go back
    // After each attempt the password is gone from the screen; after a log-in the name too, so
    // the next officer at a shared PC starts from an empty form.
    void clearPassword();
    void clear();
    void focusForm(); // the first empty field

Q_SIGNALS:
    void logInRequested(const QString &user, const QString &password);
    void cancelRequested();

private:
    void updateButton();
    void submit();

    QLabel *m_title = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_logIn = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_busy = false;
    bool m_switching = false;
};

} // namespace saduak
