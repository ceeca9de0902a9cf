#pragma once

#include <QHash>
#include <QMutex>
#include <QSemaphore>
#include <QStringList>
#include <QThread>
#include <atomic>
#include <functional>
#include <optional>

namespace saduak {
class BranchHub;
}

namespace saduak::bench {

// A branch hub as saduak-hub runs it, in its own thread with its own event loop: the BranchHub
// (and with it the SQLite connection, which belongs to the thread that opened it) is created,
// used and destroyed inside the thread. Before listening it adds counters to the demo catalog,
// lets every counter serve every service, and pairs the devices the benchmark connects with.
class HubThread : public QThread
{
    Q_OBJECT
public:
    struct Setup
    {
        QString databasePath;
        int counters = 50; // the demo catalog has 1-6; 7..counters are added
        int counterDevices = 50;
        int displayDevices = 50;
        std::function<qint64()> clock; // the hub's clock, UTC ms; empty: the system clock
    };

    explicit HubThread(Setup setup, QObject *parent = nullptr);
    ~HubThread() override; // quits the event loop and waits

    // Starts the thread and waits until the hub listens; false with why on failure.
    bool startHub(QString *why);

    QString url() const { return m_url; }
    QStringList counterTokens() const { return m_counterTokens; }
    QStringList displayTokens() const { return m_displayTokens; }

    // When the hub thread saw the event with this seq committed (nowNs()), if it did: taken as
    // QueueCommands hands the event to the server, before the first frame of it is sent.
    std::optional<qint64> committedAtNs(qint64 seq) const;

    // Runs fn on the hub thread and waits for it (setup between measurements only).
    void runOnHub(const std::function<void(BranchHub &)> &fn);

    // CPU time the hub thread has used so far (ns): the hub's own cost, apart from the clients'
    // (which share this process and the machine's two cores).
    qint64 cpuNs() const;

protected:
    void run() override;

private:
    bool prepare(BranchHub &hub, QString *why);

    Setup m_setup;
    QSemaphore m_ready;
    QString m_error;
    QString m_url;
    QStringList m_counterTokens;
    QStringList m_displayTokens;
    BranchHub *m_hub = nullptr; // lives in the hub thread
    QObject *m_context = nullptr; // lives in the hub thread; target of runOnHub
    std::atomic<quint64> m_pthread {0}; // pthread_t of the hub thread, once it runs
    mutable QMutex m_commitsMutex;
    QHash<qint64, qint64> m_commitsNs;
};

} // namespace saduak::bench
