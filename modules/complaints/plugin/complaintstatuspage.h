#pragma once

#include <sdk/kioskpage.h>

class QBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace saduak {
class ModuleContext;
class OnScreenKeyboard;
} // namespace saduak

namespace saduak::complaints {

class ComplaintStatusView;

// The kiosk's "where does my complaint stand": the tracking number typed on the on-screen
// keyboard or scanned from the receipt's QR (the scanner types its text and Enter into the
// field), then the complaint's state, dates and history (ComplaintStatusView).
class ComplaintStatusPage : public KioskPage
{
    Q_OBJECT
public:
    ComplaintStatusPage(ModuleContext &context, QWidget *parent);
    void aboutToClose() override;

    ComplaintStatusView *view() const { return m_view; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void lookUp();
    void retranslateUi();

    ModuleContext &m_context;
    QLabel *m_title = nullptr;
    QLabel *m_hint = nullptr;
    QBoxLayout *m_answerAndKeyboard = nullptr;
    QLineEdit *m_number = nullptr;
    QPushButton *m_lookUp = nullptr;
    ComplaintStatusView *m_view = nullptr;
    OnScreenKeyboard *m_keyboard = nullptr;
};

} // namespace saduak::complaints
