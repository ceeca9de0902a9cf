#pragma once

#include "modewindow.h"

class QLabel;
class QTableWidget;
class QTimer;

namespace saduak {

// The display board (a TV at 1920x1080): the branch, the time, and which ticket is called to which
// counter. The calls come from the queue (issue 4); until then the board shows that it waits.
class DisplayWindow : public ModeWindow
{
    Q_OBJECT
public:
    explicit DisplayWindow(const ShellContext &context, QWidget *parent = nullptr);

    static constexpr int kLastCallRows = 4;

protected:
    void retranslateUi() override;

private:
    void showClock();

    QLabel *m_branch = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_nowCalling = nullptr;
    QTableWidget *m_calls = nullptr;
    QLabel *m_footer = nullptr;
    QTimer *m_clockTimer = nullptr;
};

} // namespace saduak
