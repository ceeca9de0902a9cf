#pragma once

#include "readerinfo.h"

#include <QList>
#include <QObject>
#include <QString>
#include <chrono>
#include <memory>

namespace saduak::idcard {

// Follows the readers and their cards through PC/SC: readers plugged in or out (the
// "\\?PnP?\Notification" reader), cards inserted or removed. The waiting is a blocking
// SCardGetStatusChange on a thread of the monitor's own; every signal is emitted on the thread the
// monitor lives on (the UI thread in the app), so receivers never see a foreign thread.
//
// When pcscd is not running (or stops), pcscdAvailabilityChanged(false) is emitted once and the
// monitor tries again every retryInterval until it is back, then reports the readers as new.
// stop() (and the destructor) wake the waiting thread with SCardCancel and join it.
class ReaderMonitor : public QObject
{
    Q_OBJECT

public:
    explicit ReaderMonitor(QObject *parent = nullptr);
    ~ReaderMonitor() override;

    void setRetryInterval(std::chrono::milliseconds interval); // before start(); default 500 ms
    void start();
    void stop();
    bool isRunning() const;

    QList<ReaderInfo> readers() const { return m_readers; } // as of the last readersChanged

Q_SIGNALS:
    // Any change: a reader added or removed, a card in or out, a card taken exclusively.
    void readersChanged(const QList<ReaderInfo> &readers);
    // Also for the cards already in their readers when the monitor starts (or pcscd comes back).
    void cardInserted(const QString &reader);
    void cardRemoved(const QString &reader);
    // false with a developer detail when pcscd cannot be reached (CardProblem::PcscdNotRunning);
    // true when it can again. The first report after start() is always emitted.
    void pcscdAvailabilityChanged(bool running, const QString &detail);

private:
    class Loop;
    std::unique_ptr<Loop> m_loop;
    QList<ReaderInfo> m_readers;
    std::chrono::milliseconds m_retryInterval {500};
};

} // namespace saduak::idcard
