#pragma once

#include "modewindow.h"

class QLabel;
class QTableView;
class QTimer;

namespace saduak {

class CallAnnouncer;
class LastCallsModel;
struct QueueEvent;

// The display board (a TV at 1920x1080): the branch, the time, and which ticket is called to which
// counter, the newest call standing out for display/highlightSeconds. Each call that happens while
// the board watches is said once by its CallAnnouncer, from the same event that puts it on the
// screen; calls from the first snapshot and calls replayed after a reconnect (they happened while
// the board was away) are shown but never said. While the link to the hub is down a banner says
// the board is reconnecting, and the calls shown stay.
class DisplayWindow : public ModeWindow
{
    Q_OBJECT
public:
    explicit DisplayWindow(const ShellContext &context, QWidget *parent = nullptr);
    ~DisplayWindow() override;

    static constexpr int kLastCallRows = 4; // without display/lastCallRows

    // The voice. Not owned. Without one set, the board makes its own on the first call: the
    // speaker through aplay/paplay and Qt TextToSpeech, clips from display/voiceFolder.
    void setAnnouncer(CallAnnouncer *announcer);
    LastCallsModel *lastCalls() const { return m_model; }

protected:
    void retranslateUi() override;
    void showCatalog() override; // the counters' names

private:
    void showClock();
    void showSnapshot();
    void onQueueEvent(const QueueEvent &event, bool replay);
    void showLinkState();
    CallAnnouncer *announcer();

    QLabel *m_branch = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_nowCalling = nullptr;
    QTableView *m_calls = nullptr;
    LastCallsModel *m_model = nullptr;
    QLabel *m_footer = nullptr;
    QTimer *m_clockTimer = nullptr;
    QTimer *m_highlightTimer = nullptr;
    CallAnnouncer *m_announcer = nullptr;
    qint64 m_lastAnnouncedSeq = 0; // so that no call is said twice
};

} // namespace saduak
