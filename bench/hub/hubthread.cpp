#include "hubthread.h"

#include "latencysamples.h"

#include <hub/branchhub.h>
#include <hub/devicestore.h>
#include <hub/hubserver.h>
#include <hub/queuecommands.h>
#include <hub/staffsessions.h>
#include <hub/staffstore.h>
#include <storage/database.h>
#include <storage/writetransaction.h>

#include <QJsonObject>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>

#include <ctime>
#include <pthread.h>

using namespace Qt::StringLiterals;

namespace saduak::bench {

HubThread::HubThread(Setup setup, QObject *parent) : QThread(parent), m_setup(std::move(setup)) { }

HubThread::~HubThread()
{
    quit();
    wait();
}

bool HubThread::startHub(QString *why)
{
    start();
    m_ready.acquire();
    if (!m_error.isEmpty()) {
        if (why)
            *why = m_error;
        wait();
        return false;
    }
    return true;
}

std::optional<qint64> HubThread::committedAtNs(qint64 seq) const
{
    QMutexLocker lock(&m_commitsMutex);
    const auto it = m_commitsNs.constFind(seq);
    if (it == m_commitsNs.cend())
        return std::nullopt;
    return *it;
}

void HubThread::runOnHub(const std::function<void(BranchHub &)> &fn)
{
    QMetaObject::invokeMethod(
        m_context, [this, &fn] { fn(*m_hub); }, Qt::BlockingQueuedConnection);
}

bool HubThread::prepare(BranchHub &hub, QString *why)
{
    // Bench-only catalog: 50 counters, each may serve every service, so 50 counter devices can
    // all call at once (a real branch has 10-30 counters, each serving a few services).
    QSqlDatabase db = hub.database().connection();
    WriteTransaction tx(db);
    QSqlQuery q(db);
    q.prepare(u"INSERT OR IGNORE INTO counter (number, name_th, name_en) VALUES (?, ?, ?)"_s);
    for (int n = 1; n <= m_setup.counters; ++n) {
        q.addBindValue(n);
        q.addBindValue(QString(u"ช่องบริการ "_s + QString::number(n)));
        q.addBindValue(QString(u"Counter "_s + QString::number(n)));
        if (!q.exec()) {
            *why = u"adding counter: "_s + q.lastError().text();
            return false;
        }
    }
    QSqlQuery all(db);
    if (!all.exec(u"INSERT OR IGNORE INTO counter_service (counter_number, service_code) "
                  "SELECT c.number, s.code FROM counter c, service s"_s)
        || !tx.commit()) {
        *why = u"letting counters serve every service: "_s + all.lastError().text();
        return false;
    }

    QStringList counterDevices;
    for (int i = 1; i <= m_setup.counterDevices; ++i) {
        const auto p
            = hub.devices().pair(Device::Role::Counter, u"Counter "_s + QString::number(i), i, why);
        if (!p)
            return false;
        m_counterTokens.append(p->token);
        counterDevices.append(p->device.id);
    }
    // One officer logged in at every counter PC, as at a branch in the morning: each command then
    // pays the hub's check of who is logged in, as in real use.
    StaffStore staff(hub.database());
    // Exists: a database kept from an earlier run (bench_dashboard's SADUAK_BENCH_DASHBOARD_DB).
    const StaffStore::Change added = staff.add(u"bench"_s, u"Bench Officer"_s, StaffRole::Counter,
        "bench-password-1", 0, StaffActor {u"bench"_s, u"bench"_s}, why);
    if (added != StaffStore::Change::Done && added != StaffStore::Change::Exists)
        return false;
    const std::optional<QList<StaffMember>> members = staff.list(why);
    if (!members || members->isEmpty())
        return false;
    StaffSessions sessions(hub.database());
    WriteTransaction seats(hub.database().connection());
    for (const QString &device : std::as_const(counterDevices))
        if (!sessions.begin(device, members->first(), 0, qint64(1) << 50, why))
            return false;
    if (!seats.commit()) {
        *why = u"logging the officers in: "_s + seats.errorText();
        return false;
    }
    for (int i = 1; i <= m_setup.displayDevices; ++i) {
        const auto p
            = hub.devices().pair(Device::Role::Display, u"Board "_s + QString::number(i), 0, why);
        if (!p)
            return false;
        m_displayTokens.append(p->token);
    }
    return true;
}

qint64 HubThread::cpuNs() const
{
    clockid_t clock {};
    timespec ts {};
    if (pthread_getcpuclockid(pthread_t(m_pthread.load()), &clock) != 0
        || clock_gettime(clock, &ts) != 0)
        return 0;
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

void HubThread::run()
{
    m_pthread = quint64(pthread_self());
    BranchHub::Options options;
    options.databasePath = m_setup.databasePath;
    // Kiosk tickets at any hour: the benchmark runs whenever it is run, not in office hours.
    options.queue.openAllDay = true;
    options.clock = m_setup.clock;
    StorageError error;
    std::unique_ptr<BranchHub> hub = BranchHub::open(options, &error);
    if (!hub) {
        m_error = u"cannot open the hub database: "_s + error.detail;
        m_ready.release();
        return;
    }
    QObject context;
    // Connected before listen(), so this runs before HubServer::publishEvent sends the event:
    // the stamp is the moment the committed event leaves the queue for the server.
    connect(
        &hub->commands(), &QueueCommands::eventReady, &context, [this](const QJsonObject &event) {
            const qint64 at = nowNs();
            QMutexLocker lock(&m_commitsMutex);
            m_commitsNs.insert(event.value(u"seq"_s).toInteger(), at);
        });
    QString why;
    if (!prepare(*hub, &why) || !hub->listen(QHostAddress::LocalHost, 0, &why)) {
        m_error = why;
        m_ready.release();
        return;
    }
    m_url = hub->server()->url();
    m_hub = hub.get();
    m_context = &context;
    m_ready.release();

    exec();

    m_context = nullptr;
    m_hub = nullptr;
    hub.reset(); // in this thread: its sockets and SQLite connection belong here
}

} // namespace saduak::bench
