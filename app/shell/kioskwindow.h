#pragma once

#include "modewindow.h"

class QGridLayout;
class QLabel;
class QPushButton;

namespace saduak {

// The self-service kiosk: a touch screen, full screen, one big button per service in Thai with
// English beneath, and a language button. Citizens take their ticket here.
class KioskWindow : public ModeWindow
{
    Q_OBJECT
public:
    explicit KioskWindow(const ShellContext &context, QWidget *parent = nullptr);

    QList<QPushButton *> serviceButtons() const { return m_serviceButtons; }

Q_SIGNALS:
    void serviceChosen(const QString &serviceCode);

protected:
    void retranslateUi() override;

private:
    QLabel *m_welcome = nullptr;
    QLabel *m_instruction = nullptr;
    QPushButton *m_languageButton = nullptr;
    QList<QPushButton *> m_serviceButtons;
};

} // namespace saduak
