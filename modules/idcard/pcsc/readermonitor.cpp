#include "readermonitor.h"

#include "pcsccontext.h"

#include <QHash>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <vector>

using namespace Qt::StringLiterals;

namespace saduak::idcard {

namespace {

// pcsc-lite's name for the pseudo-reader whose state changes when a reader comes or goes.
constexpr char pnpReaderName[] = "\\\\?PnP?\\Notification";

// A blocking wait is bounded anyway: SCardCancel can miss a thread that is just about to wait,
// and stop() re-sends it until the thread has left, so this only bounds a missed wake-up.
constexpr DWORD waitTimeoutMs = 5000;

// pcsc-lite counts card insertions/removals of a reader in the upper 16 bits of dwEventState:
// a different count with a card present before and after means the card was swapped between
// two polls.
DWORD eventCount(DWORD state)
{
    return state >> 16;
}

} // namespace

// The thread and everything it owns. Only stop() touches it from outside, under m_mutex.
class ReaderMonitor::Loop
{
public:
    Loop(ReaderMonitor *monitor, std::chrono::milliseconds retryInterval)
        : m_monitor(monitor), m_retryInterval(retryInterval)
    {
        m_thread.reset(QThread::create([this] { run(); }));
        m_thread->setObjectName(u"pcsc-monitor"_s);
        m_thread->start();
    }

    ~Loop() { stop(); }

    void stop()
    {
        {
            QMutexLocker lock(&m_mutex);
            m_stopping = true;
            m_wake.wakeAll();
        }
        while (!m_thread->wait(50)) {
            QMutexLocker lock(&m_mutex);
            if (m_waitingContext != 0)
                SCardCancel(m_waitingContext);
        }
    }

    bool isRunning() const { return m_thread->isRunning(); }

private:
    bool stopping()
    {
        QMutexLocker lock(&m_mutex);
        return m_stopping;
    }

    void run()
    {
        PcscContext context;
        while (!stopping()) {
            if (!context.isEstablished() && !establish(context))
                continue;
            if (!waitForChange(context)) {
                context.release();
                setWaitingContext(0);
            }
        }
        setWaitingContext(0);
    }

    void setWaitingContext(SCARDCONTEXT context)
    {
        QMutexLocker lock(&m_mutex);
        m_waitingContext = context;
    }

    bool establish(PcscContext &context)
    {
        const PcscResult result = context.establish();
        if (result.ok()) {
            setWaitingContext(context.handle());
            reportAvailability(true, {});
            m_pnpState = SCARD_STATE_UNAWARE;
            return true;
        }
        reportAvailability(false, result.detail);
        publish({}, {});
        QMutexLocker lock(&m_mutex);
        if (!m_stopping)
            m_wake.wait(&m_mutex, QDeadlineTimer(m_retryInterval));
        return false;
    }

    // One SCardGetStatusChange over every reader plus the PnP pseudo-reader. False when the
    // context is no longer usable (pcscd stopped or restarted): it is then established again.
    bool waitForChange(const PcscContext &context)
    {
        QStringList names;
        if (const PcscResult listed = context.readerNames(&names); !listed.ok())
            return false;

        std::vector<QByteArray> utf8Names;
        for (const QString &name : names)
            utf8Names.push_back(name.toUtf8());
        std::vector<SCARD_READERSTATE> states(utf8Names.size() + 1);
        for (size_t i = 0; i < utf8Names.size(); ++i) {
            states[i] = {};
            states[i].szReader = utf8Names[i].constData();
            states[i].dwCurrentState = m_lastState.value(names[qsizetype(i)], SCARD_STATE_UNAWARE);
        }
        SCARD_READERSTATE &pnp = states.back();
        pnp = {};
        pnp.szReader = pnpReaderName;
        pnp.dwCurrentState = m_pnpState;

        const LONG code = SCardGetStatusChange(
            context.handle(), waitTimeoutMs, states.data(), DWORD(states.size()));
        if (code == SCARD_E_TIMEOUT || code == SCARD_E_CANCELLED)
            return true;
        if (code != SCARD_S_SUCCESS) {
            // pcscd went away (NO_SERVICE) or was restarted (the old context is unknown to it).
            reportAvailability(false, PcscResult::of("SCardGetStatusChange", code).detail);
            return false;
        }

        m_pnpState = pnp.dwEventState & ~SCARD_STATE_CHANGED;
        QHash<QString, DWORD> lastState;
        QList<ReaderInfo> readers;
        QStringList swapped;
        for (size_t i = 0; i + 1 < states.size(); ++i) {
            const SCARD_READERSTATE &state = states[i];
            const QString &name = names[qsizetype(i)];
            if (state.dwEventState & (SCARD_STATE_UNKNOWN | SCARD_STATE_IGNORE))
                continue; // unplugged since it was listed; the PnP reader says so too
            const DWORD before = m_lastState.value(name, SCARD_STATE_UNAWARE);
            if ((before & SCARD_STATE_PRESENT) && (state.dwEventState & SCARD_STATE_PRESENT)
                && eventCount(before) != eventCount(state.dwEventState))
                swapped.append(name);
            lastState.insert(name, state.dwEventState & ~SCARD_STATE_CHANGED);
            readers.append(readerInfoFrom(name, state.dwEventState, state.rgbAtr, state.cbAtr));
        }
        m_lastState = lastState;
        publish(readers, swapped);
        return true;
    }

    // Compares with what was last published and posts the signals to the monitor's thread.
    void publish(const QList<ReaderInfo> &readers, const QStringList &swapped)
    {
        if (readers == m_published && swapped.isEmpty())
            return;
        QStringList removed;
        QStringList inserted;
        const auto hadCard = [this](const QString &name) {
            for (const ReaderInfo &reader : m_published)
                if (reader.name == name)
                    return reader.cardPresent;
            return false;
        };
        for (const ReaderInfo &reader : m_published) {
            const bool stillThere = std::any_of(readers.begin(), readers.end(),
                [&](const ReaderInfo &now) { return now.name == reader.name && now.cardPresent; });
            if (reader.cardPresent && (!stillThere || swapped.contains(reader.name)))
                removed.append(reader.name);
        }
        for (const ReaderInfo &reader : readers) {
            if (reader.cardPresent && (!hadCard(reader.name) || swapped.contains(reader.name)))
                inserted.append(reader.name);
        }
        m_published = readers;
        ReaderMonitor *monitor = m_monitor;
        QMetaObject::invokeMethod(
            monitor,
            [monitor, readers, removed, inserted] {
                monitor->m_readers = readers;
                Q_EMIT monitor->readersChanged(readers);
                for (const QString &name : removed)
                    Q_EMIT monitor->cardRemoved(name);
                for (const QString &name : inserted)
                    Q_EMIT monitor->cardInserted(name);
            },
            Qt::QueuedConnection);
    }

    void reportAvailability(bool running, const QString &detail)
    {
        if (m_available.has_value() && *m_available == running)
            return;
        m_available = running;
        ReaderMonitor *monitor = m_monitor;
        QMetaObject::invokeMethod(
            monitor,
            [monitor, running, detail] {
                Q_EMIT monitor->pcscdAvailabilityChanged(running, detail);
            },
            Qt::QueuedConnection);
    }

    ReaderMonitor *m_monitor;
    const std::chrono::milliseconds m_retryInterval;
    std::unique_ptr<QThread> m_thread;

    QMutex m_mutex; // guards the three below
    bool m_stopping = false;
    SCARDCONTEXT m_waitingContext = 0;
    QWaitCondition m_wake;

    // Only the loop thread touches these.
    QHash<QString, DWORD> m_lastState;
    DWORD m_pnpState = SCARD_STATE_UNAWARE;
    QList<ReaderInfo> m_published;
    std::optional<bool> m_available;
};

ReaderMonitor::ReaderMonitor(QObject *parent) : QObject(parent) { }

ReaderMonitor::~ReaderMonitor()
{
    stop();
}

void ReaderMonitor::setRetryInterval(std::chrono::milliseconds interval)
{
    m_retryInterval = interval;
}

void ReaderMonitor::start()
{
    if (!m_loop)
        m_loop = std::make_unique<Loop>(this, m_retryInterval);
}

void ReaderMonitor::stop()
{
    m_loop.reset();
}

bool ReaderMonitor::isRunning() const
{
    return m_loop && m_loop->isRunning();
}

} // namespace saduak::idcard
