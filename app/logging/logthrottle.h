#pragma once

#include <QString>
#include <QTimer>
#include <QtGlobal>

class QLoggingCategory;

namespace saduak {

// One kind of log line that a peer can cause at will (a failed TLS handshake, a refused request,
// a failed hello): the first few in a window are logged as they come, the rest only counted, and
// when the window ends one line says how many were left out. A flood then costs the log a few
// lines a window, not one a connection, and the operator still reads how big it was.
//
//     if (m_handshakeLog.admit())
//         qCInfo(lcHub) << "TLS handshake with" << peer << "failed:" << error;
//
// The window opens at the first line of a kind after a quiet time and ends windowMs later (a
// timer: the summary comes even if the flood has stopped); the next line opens a new one. Lives
// on a thread with an event loop.
class LogThrottle
{
public:
    static constexpr int kDefaultLinesPerWindow = 5;
    static constexpr int kDefaultWindowMs = 60'000;

    // category and summaryType: where the summary goes, as the lines it stands for. what: the
    // kind, as the summary names it ("failed TLS handshakes").
    LogThrottle(const QLoggingCategory &category, QtMsgType summaryType, QString what);
    // The last window's summary, if it left anything out.
    ~LogThrottle();
    LogThrottle(const LogThrottle &) = delete;
    LogThrottle &operator=(const LogThrottle &) = delete;

    // From the next window on; windowMs <= 0 or linesPerWindow <= 0 keep the default.
    void setWindow(int linesPerWindow, int windowMs);

    // True: log this line now. False: it is counted for the window's summary.
    bool admit();

private:
    void endWindow();

    const QLoggingCategory &m_category;
    QtMsgType m_summaryType;
    QString m_what;
    int m_linesPerWindow = kDefaultLinesPerWindow;
    int m_windowMs = kDefaultWindowMs;
    int m_logged = 0; // in the current window
    qint64 m_left = 0; // counted, not logged, in the current window
    QTimer m_window;
};

} // namespace saduak
