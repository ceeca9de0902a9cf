#pragma once

#include <QHash>
#include <QMutex>
#include <QSemaphore>
#include <QStringList>
#include <QThread>
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
    mutable QMutex m_commitsMutex;
    QHash<qint64, qint64> m_commitsNs;
};

} // namespace saduak::bench
