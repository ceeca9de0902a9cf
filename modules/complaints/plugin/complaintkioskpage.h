#pragma once

#include "complaintreceipt.h"

#include <sdk/kioskpage.h>

class QBoxLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace saduak {
class ModuleContext;
class OnScreenKeyboard;
} // namespace saduak

namespace saduak::complaints {

class ComplaintIntakeForm;

// The kiosk's "file a complaint": the intake form with the on-screen keyboard under it, then the
// tracking number with the receipt printed (ComplaintReceipt).
class ComplaintKioskPage : public KioskPage
{
    Q_OBJECT
public:
    ComplaintKioskPage(ModuleContext &context, QWidget *parent);
    ~ComplaintKioskPage() override;
    void aboutToClose() override;

    ComplaintIntakeForm *form() const { return m_form; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void focusMoved(QWidget *now);
    void showFiled(const FilingResult &complaint);
    void print();
    void retranslateUi();

    ModuleContext &m_context;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_title = nullptr;
    QBoxLayout *m_formAndKeyboard = nullptr;
    QScrollArea *m_scroll = nullptr;
    ComplaintIntakeForm *m_form = nullptr;
    OnScreenKeyboard *m_keyboard = nullptr;
    QLabel *m_filedTitle = nullptr;
    QLabel *m_filedNumber = nullptr;
    QLabel *m_filedDetails = nullptr;
    QLabel *m_printStatus = nullptr;
    QPushButton *m_finish = nullptr;
    FilingResult m_filed;
    int m_printJob = 0;
    enum class PrintState {
        None,
        Printing,
        Printed,
        Failed,
        NoPrinter
    } m_printState
        = PrintState::None;
    QString m_printFailure;
};

} // namespace saduak::complaints
