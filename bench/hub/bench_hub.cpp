// The queue and the branch hub under load, with the floor they stand on, in one run
// (docs/performance.md has the figures and how to read them):
//   - floor: one bare durable SQLite transaction (BEGIN IMMEDIATE / INSERT / COMMIT, WAL,
//     synchronous=FULL) in the same temporary folder as the hub's database;
//   - the QueueManager in process: issue -> call -> start -> finish cycles, callNext latency;
//   - the hub (BranchHub in its own thread, listening on 127.0.0.1) with 50 counter clients
//     (RemoteQueueLink in this thread, each subscribed and keeping its screen's snapshot, as a
//     counter PC does): a burst of issueTicket and a
//     burst of callNext/startService/finishService cycles with all 50 in flight (capacity), the
//     same commands paced at 100 per second (latency below saturation), and ping;
//   - fan-out: a call seen by 50 subscribed display clients, from the moment the command is sent
//     and from the moment the hub committed it.
// Round trips are taken around HubClient::send (send -> reply handler); it serialises and hands the
// frame to its socket at once when the client is Ready, so that is the "send" moment. Waiting never
// sleeps: it runs a QEventLoop that a handler quits, so no client adds a nap to a round trip.
// Timings are printed, never asserted: this is not a test (and not in ctest).
#include "hubthread.h"
#include "latencysamples.h"

#include <hub/branchhub.h>
#include <queue/queuemanager.h>
#include <queuelink/hubclient.h>
#include <queuelink/remotequeuelink.h>
#include <storage/database.h>
#include <storage/migration.h>
#include <storage/writetransaction.h>

#include <QDir>
#include <QEventLoop>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <cstdio>

#include <ctime>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::bench;

namespace {

constexpr int kClients = 50; // counter clients, and separately display clients
constexpr int kBurstPerClient = 20; // issueTicket burst and call cycles, per client
constexpr int kPacedCyclesPerClient = 8; // paced: issue, call, start, finish, 8 times each
constexpr int kPacedMeanGapMs = 500; // per client; 50 clients: ~80 commands/s in all
constexpr int kFanOutCalls = 200;
constexpr int kInProcessCycles = 300;
constexpr int kFloorTransactions = 1000;
constexpr int kPings = 300;

// Aims from the issue.
constexpr double kAimCommandP99Ms = 5.0;
constexpr double kAimFanOutP99Ms = 20.0;
constexpr double kAimCostOverFloor = 3.0;

bool isOk(const QJsonObject &reply)
{
    return reply.value(u"ok"_s).toBool();
}

qint64 eventSeqOf(const QJsonObject &reply)
{
    return reply.value(u"eventSeq"_s).toInteger();
}

QString ticketIdOf(const QJsonObject &reply)
{
    return reply.value(u"ticket"_s).toObject().value(u"id"_s).toString();
}

// CPU time of the calling thread (ns): with the wall time it splits a command into CPU and waiting
// (for the disk's fsync, mostly).
qint64 threadCpuNs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double secondsSince(qint64 startNs)
{
    return double(nowNs() - startNs) / 1e9;
}

void heading(const char *text)
{
    std::printf("\n== %s ==\n", text);
    std::fflush(stdout);
}

// Diagnostic (SADUAK_BENCH_HUB_NODELAY=1): TCP_NODELAY on the hub's side of every connection to
// port, set behind Qt's back on the file descriptors of this process. HubServer does not set it
// (QWebSocket has no option for it), so a small frame the hub writes while an earlier one to the
// same device is still unacknowledged waits for the device's delayed ACK (Nagle's algorithm).
int setNoDelayOnHubSockets(quint16 port)
{
    int changed = 0;
    for (int fd = 3; fd < 4096; ++fd) {
        sockaddr_storage local {};
        socklen_t length = sizeof local;
        if (getsockname(fd, reinterpret_cast<sockaddr *>(&local), &length) != 0)
            continue;
        int type = 0;
        socklen_t typeLength = sizeof type;
        if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &typeLength) != 0 || type != SOCK_STREAM)
            continue;
        quint16 localPort = 0;
        if (local.ss_family == AF_INET)
            localPort = ntohs(reinterpret_cast<sockaddr_in *>(&local)->sin_port);
        else if (local.ss_family == AF_INET6)
            localPort = ntohs(reinterpret_cast<sockaddr_in6 *>(&local)->sin6_port);
        sockaddr_storage peer {};
        socklen_t peerLength = sizeof peer;
        if (localPort != port
            || getpeername(fd, reinterpret_cast<sockaddr *>(&peer), &peerLength) != 0)
            continue; // the listening socket has no peer
        const int on = 1;
        if (setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on) == 0)
            ++changed;
    }
    return changed;
}

// The floor: one bare durable transaction (BEGIN IMMEDIATE / INSERT / COMMIT) on a database
// opened as every Saduak database is (WAL, synchronous=FULL), in the hub's temporary folder.
class FloorProbe
{
public:
    explicit FloorProbe(const QString &path)
    {
        const MigrationSet core = MigrationSet::core();
        Database::Options options;
        options.migrations = {&core};
        StorageError error;
        m_db = Database::open(path, options, &error);
        if (!m_db)
            qFatal("floor database: %s", qPrintable(error.detail));
        if (!QSqlQuery(m_db->connection()).exec(u"CREATE TABLE floor (v INTEGER)"_s))
            qFatal("floor table not created");
        m_insert = QSqlQuery(m_db->connection());
        m_insert.prepare(u"INSERT INTO floor (v) VALUES (?)"_s);
    }

    qint64 once() // ns
    {
        const qint64 t = nowNs();
        WriteTransaction tx(m_db->connection());
        m_insert.addBindValue(++m_value);
        if (!m_insert.exec() || !tx.commit())
            qFatal("floor transaction failed");
        return nowNs() - t;
    }

    // The disk right now: p50 of a few transactions, taken just before and after a phase, because
    // on a shared machine another process writing to the same file system makes every fsync wait.
    double p50Ms(int transactions = 30)
    {
        LatencySamples s;
        for (int i = 0; i < transactions; ++i)
            s.add(once());
        return s.percentileMs(0.5);
    }

private:
    std::unique_ptr<Database> m_db;
    QSqlQuery m_insert;
    int m_value = 0;
};

// What the disk did around one phase.
struct DiskAround
{
    double beforeMs = 0;
    double afterMs = 0;
    double meanMs() const { return (beforeMs + afterMs) / 2; }
    void print() const
    {
        std::printf("  %-34s floor p50 %.3f ms before, %.3f ms after\n", "(disk around this phase)",
            beforeMs, afterMs);
    }
};

} // namespace

class BenchHub : public QObject
{
    Q_OBJECT

    // Qt runs each benchmark function twice: first an unmeasured warm-up run (every measurer of
    // Qt 6 asks for one), then the measured run. The warm-up here does a tenth of the work (warm
    // page cache, statements, sockets) and prints nothing, so the whole run stays short.
    void beginRun()
    {
        const QByteArray name = QTest::currentTestFunction();
        m_warmUp = !m_ran.contains(name);
        m_ran.insert(name);
    }
    int sized(int n) const { return m_warmUp ? std::max(1, n / 10) : n; }

    // Runs the event loop (never sleeping) until condition() holds; handlers call poke().
    bool spinUntil(const std::function<bool()> &condition, int timeoutMs = 60000)
    {
        if (condition())
            return true;
        QEventLoop loop;
        m_loop = &loop;
        m_condition = condition;
        QTimer timeout;
        timeout.setSingleShot(true);
        connect(&timeout, &QTimer::timeout, &loop, [&loop] { loop.exit(1); });
        timeout.start(timeoutMs);
        const int rc = loop.exec();
        m_loop = nullptr;
        m_condition = {};
        return rc == 0;
    }

    void poke()
    {
        if (m_loop && m_condition && m_condition())
            m_loop->exit(0);
    }

    // One command, waited for; rttNs gets its round trip.
    QJsonObject command(
        HubClient &client, const QString &type, const QJsonObject &params, qint64 *rttNs = nullptr)
    {
        auto answer = std::make_shared<std::optional<QJsonObject>>();
        const qint64 sentAt = nowNs();
        client.send(type, params, [this, answer, sentAt, rttNs](const QJsonObject &reply) {
            if (rttNs)
                *rttNs = nowNs() - sentAt;
            *answer = reply;
            poke();
        });
        if (!spinUntil([answer] { return answer->has_value(); }, 30000))
            qFatal("no answer to %s within 30 s", qPrintable(type));
        return **answer;
    }

    // A screen's client belongs to its RemoteQueueLink: the link goes with it.
    void dispose(HubClient *client)
    {
        client->stop();
        if (client->parent() != this)
            delete client->parent();
        else
            delete client;
    }

    bool allReady(const QList<HubClient *> &clients) const
    {
        return std::all_of(clients.cbegin(), clients.cend(),
            [](const HubClient *c) { return c->state() == HubClient::State::Ready; });
    }

    QList<HubClient *> connectClients(const QStringList &tokens)
    {
        // A counter PC or a board follows the queue through a RemoteQueueLink, which keeps its
        // screen's snapshot up to date from the events: that work shares the two cores with the
        // hub, so the bench does it too. SADUAK_BENCH_HUB_CLIENTS=bare: bare HubClients that only
        // count events (how this bench ran before 2026-12-07).
        const bool bare = qgetenv("SADUAK_BENCH_HUB_CLIENTS") == "bare";
        QList<HubClient *> clients;
        for (const QString &token : tokens) {
            HubClient *client = nullptr;
            if (bare) {
                client = new HubClient(QUrl(m_hub->url()), token, this);
            } else {
                auto *screen = new RemoteQueueLink(QUrl(m_hub->url()), token, this);
                client = &screen->client();
            }
            connect(client, &HubClient::stateChanged, this, [this] { poke(); });
            client->start();
            clients.append(client);
        }
        if (!spinUntil([&] { return allReady(clients); }, 60000))
            qFatal("not all %lld clients became Ready", static_cast<long long>(clients.size()));
        if (qEnvironmentVariableIntValue("SADUAK_BENCH_HUB_NODELAY") == 1)
            std::printf("  (diagnostic: TCP_NODELAY set on %d hub-side sockets)\n",
                setNoDelayOnHubSockets(quint16(QUrl(m_hub->url()).port())));
        return clients;
    }

    // Unmeasured setup: enough waiting tickets for the next burst, issued on the hub thread.
    void ensureWaiting(int wanted)
    {
        m_hub->runOnHub([wanted](BranchHub &hub) {
            int waiting = 0;
            const std::optional<QueueSnapshot> snapshot = hub.queue().snapshot();
            for (const auto &q : snapshot->queues)
                waiting += int(q.waiting.size());
            const QString codes = u"ABCDE"_s;
            for (int i = waiting; i < wanted; ++i)
                hub.queue().issueTicket(codes.at(i % 5));
        });
    }

    struct CycleFigures
    {
        LatencySamples issue, call, start, finish, all;
        int cycles = 0;
        int refused = 0;
        double seconds = 0;
    };

    // The 50 counters' work, one small state machine per client: [issueTicket ->] callNext ->
    // startService -> finishService, `cycles` times. Closed loop: the next command goes as soon
    // as the reply is in. Paced: a random 0..2x kPacedMeanGapMs gap before every command.
    // A counter that finds nothing waiting stops.
    CycleFigures runCounterCycles(int cycles, bool withIssue, bool paced)
    {
        struct Script
        {
            int left = 0;
            int step = 0; // 0 issue, 1 call, 2 start, 3 finish
            QString ticket;
        };
        CycleFigures f;
        QList<Script> scripts(kClients, Script {cycles, withIssue ? 0 : 1, {}});
        int clientsDone = 0;
        QRandomGenerator random(20261126); // the same gaps every run
        const QString codes = u"ABCDE"_s;
        std::function<void(int)> next;
        auto send = [&](int client) {
            const Script &s = scripts.at(client);
            const int counter = client + 1;
            const QJsonObject held {{u"counter"_s, counter}, {u"ticket"_s, s.ticket}};
            QString type;
            QJsonObject params;
            LatencySamples *kind = nullptr;
            switch (s.step) {
            case 0:
                type = u"issueTicket"_s;
                params = {{u"service"_s, QString(codes.at(client % 5))}};
                kind = &f.issue;
                break;
            case 1:
                type = u"callNext"_s;
                params = {{u"counter"_s, counter}};
                kind = &f.call;
                break;
            case 2:
                type = u"startService"_s;
                params = held;
                kind = &f.start;
                break;
            default:
                type = u"finishService"_s;
                params = held;
                kind = &f.finish;
                break;
            }
            const qint64 sentAt = nowNs();
            m_counters.at(client)->send(
                type, params, [&, client, kind, sentAt](const QJsonObject &reply) {
                    const qint64 rtt = nowNs() - sentAt;
                    kind->add(rtt);
                    f.all.add(rtt);
                    Script &s = scripts[client];
                    if (!isOk(reply))
                        ++f.refused;
                    if (s.step == 1 && !isOk(reply)) {
                        s.left = 0; // nothing waiting
                    } else if (s.step == 1) {
                        s.ticket = ticketIdOf(reply);
                        s.step = 2;
                    } else if (s.step == 3) {
                        ++f.cycles;
                        --s.left;
                        s.step = withIssue ? 0 : 1;
                    } else {
                        ++s.step;
                    }
                    next(client);
                });
        };
        next = [&](int client) {
            if (scripts.at(client).left == 0) {
                ++clientsDone;
                poke();
                return;
            }
            if (paced)
                QTimer::singleShot(int(random.bounded(2 * kPacedMeanGapMs + 1)), Qt::PreciseTimer,
                    this, [&send, client] { send(client); });
            else
                send(client);
        };
        qint64 began = 0;
        QBENCHMARK_ONCE
        {
            began = nowNs();
            for (int c = 0; c < kClients; ++c)
                next(c);
            if (!spinUntil([&] { return clientsDone == kClients; }, 180000))
                qFatal("the counters did not finish their cycles");
        }
        f.seconds = secondsSince(began);
        return f;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"saduak.*.info=false"_s);
        QVERIFY(m_dir.isValid());
        const QStorageInfo disk(m_dir.path());
        heading("machine");
        std::printf("  cpus=%d  temp dir=%s  filesystem=%s on %s\n", QThread::idealThreadCount(),
            qPrintable(QDir::toNativeSeparators(m_dir.path())), disk.fileSystemType().constData(),
            disk.device().constData());

        HubThread::Setup setup;
        setup.databasePath = m_dir.filePath(u"hub.sqlite"_s);
        setup.counters = kClients;
        setup.counterDevices = kClients;
        setup.displayDevices = kClients;
        m_floorProbe = std::make_unique<FloorProbe>(m_dir.filePath(u"floor.sqlite"_s));
        m_hub = std::make_unique<HubThread>(setup);
        QString why;
        QVERIFY2(m_hub->startHub(&why), qPrintable(why));

        m_counters = connectClients(m_hub->counterTokens());
        for (int i = 0; i < kClients; ++i)
            QVERIFY(isOk(command(*m_counters.at(i), u"openCounter"_s, {{u"counter"_s, i + 1}})));
        std::printf("  hub: %s, %d counter clients connected, subscribed and open\n",
            qPrintable(m_hub->url()), kClients);
    }

    // The floor: what one durable commit costs on this disk, in this run.
    void bareDurableTransaction()
    {
        beginRun();
        for (int i = 0; i < 20; ++i) // warm up
            m_floorProbe->once();
        m_floor.clear();
        qint64 start = 0;
        qint64 cpuStart = 0;
        QBENCHMARK_ONCE
        {
            start = nowNs();
            cpuStart = threadCpuNs();
            for (int i = 0; i < sized(kFloorTransactions); ++i)
                m_floor.add(m_floorProbe->once());
        }
        const double cpuMs = double(threadCpuNs() - cpuStart) / 1e6 / sized(kFloorTransactions);
        if (m_warmUp)
            return;
        heading("floor: bare BEGIN IMMEDIATE / INSERT / COMMIT, WAL, synchronous=FULL");
        m_floor.print("floor.bareTransaction", sized(kFloorTransactions) / secondsSince(start));
        std::printf("  %-34s %.3f ms CPU per transaction\n", "floor.cpu", cpuMs);
        m_floorCpuMs = cpuMs;
    }

    // The QueueManager alone, in this thread, on its own database; every command with a request
    // id, as the hub runs it.
    void inProcessCycle()
    {
        beginRun();
        BranchHub::Options options;
        options.databasePath
            = m_dir.filePath(m_warmUp ? u"inprocess-warmup.sqlite"_s : u"inprocess.sqlite"_s);
        options.queue.openAllDay = true; // as the hub thread: not only in office hours
        StorageError error;
        auto hub = BranchHub::open(options, &error);
        QVERIFY2(hub, qPrintable(error.detail));
        QueueManager &queue = hub->queue();
        QVERIFY(queue.openCounter(1).ok());
        auto newId = [] { return QUuid::createUuid().toString(QUuid::WithoutBraces); };

        LatencySamples issue, call, start, finish;
        auto cycle = [&](bool measured) {
            QString ids[4] = {newId(), newId(), newId(), newId()};
            qint64 t = nowNs();
            const QueueResult issued = queue.issueTicket(u"A"_s, {}, ids[0]);
            qint64 t2 = nowNs();
            const QueueResult called = queue.callNext(1, ids[1]);
            qint64 t3 = nowNs();
            const QString ticket = called.ticket ? called.ticket->id : QString();
            const QueueResult started = queue.startService(1, ticket, ids[2]);
            qint64 t4 = nowNs();
            const QueueResult finished = queue.finishService(1, ticket, ids[3]);
            qint64 t5 = nowNs();
            if (!issued.ok() || !called.ok() || !started.ok() || !finished.ok())
                qFatal("in-process cycle refused");
            if (measured) {
                issue.add(t2 - t);
                call.add(t3 - t2);
                start.add(t4 - t3);
                finish.add(t5 - t4);
            }
        };
        for (int i = 0; i < 10; ++i)
            cycle(false);

        qint64 began = 0;
        qint64 cpuBegan = 0;
        QBENCHMARK_ONCE
        {
            began = nowNs();
            cpuBegan = threadCpuNs();
            for (int i = 0; i < sized(kInProcessCycles); ++i)
                cycle(true);
        }
        const double seconds = secondsSince(began);
        const double cpuMsPerCommand
            = double(threadCpuNs() - cpuBegan) / 1e6 / (4 * sized(kInProcessCycles));
        if (m_warmUp)
            return;
        heading("in process: QueueManager, issue -> call -> start -> finish");
        printRate("inprocess.cycle", sized(kInProcessCycles), seconds);
        printRate("inprocess.commands", 4 * sized(kInProcessCycles), seconds);
        std::printf("  %-34s %.3f ms CPU per command (wall %.3f ms)\n", "inprocess.cpu",
            cpuMsPerCommand, seconds * 1000 / (4 * sized(kInProcessCycles)));
        issue.print("inprocess.issueTicket");
        call.print("inprocess.callNext");
        start.print("inprocess.startService");
        finish.print("inprocess.finishService");
        m_inProcessCallNext = call;
        m_inProcessCpuMs = cpuMsPerCommand;
    }

    // Transport and JSON alone: one client, sequential pings (the 49 others connected, idle).
    void hubPing()
    {
        beginRun();
        LatencySamples ping;
        for (int i = 0; i < 20; ++i)
            command(*m_counters.first(), u"ping"_s, {});
        qint64 began = 0;
        QBENCHMARK_ONCE
        {
            began = nowNs();
            for (int i = 0; i < sized(kPings); ++i) {
                qint64 rtt = 0;
                command(*m_counters.first(), u"ping"_s, {}, &rtt);
                ping.add(rtt);
            }
        }
        if (m_warmUp)
            return;
        heading("hub: ping, one client at a time");
        ping.print("hub.ping", sized(kPings) / secondsSince(began));
        m_ping = ping;
    }

    // Capacity: every one of the 50 clients keeps one issueTicket in flight (closed loop).
    void hubIssueTicketBurst()
    {
        beginRun();
        LatencySamples rtt;
        int answered = 0, refused = 0;
        const int total = kClients * sized(kBurstPerClient);
        const QString codes = u"ABCDE"_s;
        std::function<void(int, int)> issue = [&](int client, int left) {
            if (left == 0)
                return;
            const qint64 sentAt = nowNs();
            m_counters.at(client)->send(u"issueTicket"_s,
                {{u"service"_s, QString(codes.at(client % 5))}},
                [&, client, left, sentAt](const QJsonObject &reply) {
                    rtt.add(nowNs() - sentAt);
                    ++answered;
                    refused += isOk(reply) ? 0 : 1;
                    issue(client, left - 1);
                    poke();
                });
        };
        DiskAround disk;
        disk.beforeMs = m_floorProbe->p50Ms();
        qint64 began = 0;
        QBENCHMARK_ONCE
        {
            began = nowNs();
            for (int c = 0; c < kClients; ++c)
                issue(c, sized(kBurstPerClient));
            QVERIFY(spinUntil([&] { return answered == total; }));
        }
        const double seconds = secondsSince(began);
        disk.afterMs = m_floorProbe->p50Ms();
        if (m_warmUp)
            return;
        heading("hub: issueTicket burst, 50 clients, one command each in flight");
        rtt.print("hub.saturated.issueTicket", total / seconds);
        disk.print();
        if (refused)
            std::printf("  (%d refused)\n", refused);
        m_saturatedIssue = rtt;
        m_saturatedIssueRate = total / seconds;
    }

    // Capacity: 50 counters calling, starting and finishing at once, 20 tickets each.
    void hubCallCycleBurst()
    {
        beginRun();
        ensureWaiting(kClients * sized(kBurstPerClient));
        m_capacityDisk.beforeMs = m_floorProbe->p50Ms();
        const qint64 hubCpuBefore = m_hub->cpuNs();
        const CycleFigures f = runCounterCycles(sized(kBurstPerClient), false, false);
        const qint64 hubCpu = m_hub->cpuNs() - hubCpuBefore;
        m_capacityDisk.afterMs = m_floorProbe->p50Ms();
        if (m_warmUp)
            return;
        heading("hub: callNext / startService / finishService burst, 50 counters at once");
        printRate("hub.saturated.cycle", f.cycles, f.seconds);
        f.all.print("hub.saturated.allCommands", double(f.all.count()) / f.seconds);
        f.call.print("hub.saturated.callNext");
        f.start.print("hub.saturated.startService");
        f.finish.print("hub.saturated.finishService");
        m_capacityDisk.print();
        m_hubCpuPerCommandMs = double(hubCpu) / 1e6 / double(std::max<qsizetype>(1, f.all.count()));
        std::printf("  %-34s %.3f ms CPU of the hub thread per command\n", "hub.saturated.cpu",
            m_hubCpuPerCommandMs);
        if (f.refused)
            std::printf("  (%d refused)\n", f.refused);
        m_saturatedCall = f.call;
        m_saturatedCommandRate = double(f.all.count()) / f.seconds;
    }

    // Latency below saturation: each of the 50 counters runs issue -> call -> start -> finish,
    // waiting a random 0..2x500 ms before every command (about 80 commands/s for the whole hub,
    // as every gap starts when the previous reply is in).
    void hubPacedCommands()
    {
        beginRun();
        ensureWaiting(kClients);
        m_pacedDisk.beforeMs = m_floorProbe->p50Ms();
        const CycleFigures f = runCounterCycles(sized(kPacedCyclesPerClient), true, true);
        m_pacedDisk.afterMs = m_floorProbe->p50Ms();
        if (m_warmUp)
            return;
        heading(
            "hub: 50 counters paced, a random 0-1000 ms gap before each command (~80/s in all)");
        f.all.print("hub.paced.allCommands", double(f.all.count()) / f.seconds);
        f.issue.print("hub.paced.issueTicket");
        f.call.print("hub.paced.callNext");
        f.start.print("hub.paced.startService");
        f.finish.print("hub.paced.finishService");
        m_pacedDisk.print();
        if (f.refused)
            std::printf("  (%d refused)\n", f.refused);
        m_pacedAll = f.all;
        m_pacedIssue = f.issue;
        m_pacedCall = f.call;
    }

    // Fan-out: counter 1 calls; 50 subscribed displays (and the 50 counters, subscribed as in
    // production) receive ticket.called. Delivery is timed from the send of callNext and from the
    // hub's commit; calls are one at a time, each after the previous one reached every display.
    void hubFanOutToDisplays()
    {
        beginRun();
        const QList<HubClient *> displays = connectClients(m_hub->displayTokens());
        struct Seen
        {
            qint64 seq = 0;
            qint64 atNs = 0;
        };
        QList<Seen> called(displays.size());
        for (qsizetype d = 0; d < displays.size(); ++d) {
            connect(displays.at(d), &HubClient::eventReceived, this,
                [this, &called, d](const QJsonObject &event, qint64 seq, bool) {
                    if (event.value(u"type"_s).toString() == u"ticket.called"_s)
                        called[d] = {seq, nowNs()};
                    poke();
                });
        }
        auto displaysAt = [&](qint64 seq) {
            if (!spinUntil([&] {
                    return std::all_of(displays.cbegin(), displays.cend(),
                        [seq](const HubClient *c) { return c->lastSeq() >= seq; });
                }))
                qFatal("displays did not reach event %lld", static_cast<long long>(seq));
        };
        HubClient &caller = *m_counters.first();
        const QJsonObject counter1 {{u"counter"_s, 1}};
        LatencySamples fromSend, fromCommit, lastDisplay, callRtt;
        int missing = 0;
        auto oneCall = [&](bool measured) {
            const QJsonObject issued = command(caller, u"issueTicket"_s, {{u"service"_s, u"A"_s}});
            displaysAt(eventSeqOf(issued));
            const qint64 sentAt = nowNs();
            qint64 rtt = 0;
            const QJsonObject call = command(caller, u"callNext"_s, counter1, &rtt);
            if (!isOk(call))
                qFatal(
                    "fan-out: callNext refused: %s", qPrintable(call.value(u"code"_s).toString()));
            const qint64 seq = eventSeqOf(call);
            displaysAt(seq);
            if (measured) {
                callRtt.add(rtt);
                const std::optional<qint64> committedAt = m_hub->committedAtNs(seq);
                qint64 last = 0;
                for (const Seen &s : std::as_const(called)) {
                    if (s.seq != seq) {
                        ++missing;
                        continue;
                    }
                    fromSend.add(s.atNs - sentAt);
                    if (committedAt)
                        fromCommit.add(s.atNs - *committedAt);
                    last = std::max(last, s.atNs - sentAt);
                }
                lastDisplay.add(last);
            }
            const QJsonObject t {{u"counter"_s, 1}, {u"ticket"_s, ticketIdOf(call)}};
            command(caller, u"startService"_s, t);
            displaysAt(eventSeqOf(command(caller, u"finishService"_s, t)));
        };
        for (int i = 0; i < 10; ++i)
            oneCall(false);
        m_fanOutDisk.beforeMs = m_floorProbe->p50Ms();
        qint64 began = 0;
        QBENCHMARK_ONCE
        {
            began = nowNs();
            for (int i = 0; i < sized(kFanOutCalls); ++i)
                oneCall(true);
        }
        const double seconds = secondsSince(began);
        m_fanOutDisk.afterMs = m_floorProbe->p50Ms();
        if (m_warmUp)
            return;
        heading("fan-out: ticket.called to 50 displays (100 subscribers with the counters)");
        fromSend.print("fanout.sendToDisplay");
        fromCommit.print("fanout.commitToDisplay");
        lastDisplay.print("fanout.sendToLastDisplay");
        callRtt.print("fanout.callNextRoundTrip");
        printRate("fanout.callsWithCycle", sized(kFanOutCalls), seconds);
        m_fanOutDisk.print();
        if (missing)
            std::printf("  (%d deliveries missing)\n", missing);
        m_fanOutFromSend = fromSend;
        m_fanOutFromCommit = fromCommit;
        m_fanOutLast = lastDisplay;
        for (HubClient *d : displays)
            dispose(d);
    }

    void cleanupTestCase()
    {
        for (HubClient *c : std::as_const(m_counters))
            dispose(c);
        m_counters.clear();
        m_hub.reset();
        summary();
    }

private:
    void summary() const
    {
        const double floorP50 = m_floor.percentileMs(0.5);
        auto verdict = [](bool met) { return met ? "met" : "MISSED"; };
        auto line = [](const char *what, double value, const char *unit, const char *aim = "",
                        const char *result = "") {
            std::printf("  %-56s %9.3f %-4s %-9s %s\n", what, value, unit, aim, result);
        };
        auto ratio = [](double value, double floor) { return floor > 0 ? value / floor : 0; };
        const double perCommandMs
            = m_saturatedCommandRate > 0 ? 1000.0 / m_saturatedCommandRate : 0;
        const double pacedCallP50 = m_pacedCall.percentileMs(0.5);

        heading("summary against the aims (this run)");
        line("floor: bare durable transaction p50", floorP50, "ms");
        line("  floor p50 around the capacity burst (mean before/after)", m_capacityDisk.meanMs(),
            "ms");
        line("  floor p50 around the paced phase", m_pacedDisk.meanMs(), "ms");
        line("  floor p50 around the fan-out phase", m_fanOutDisk.meanMs(), "ms");
        line("in process: callNext p50", m_inProcessCallNext.percentileMs(0.5), "ms");
        line("in process: CPU per command (mean of the cycle)", m_inProcessCpuMs, "ms");
        line("  floor: CPU per bare transaction", m_floorCpuMs, "ms");
        line("hub: ping round trip p50", m_ping.percentileMs(0.5), "ms");
        for (const auto &[name, samples] :
            {std::pair {"hub paced (~80/s, 50 clients): any command p99", &m_pacedAll},
                std::pair {"hub paced: callNext p99", &m_pacedCall},
                std::pair {"hub paced: issueTicket p99", &m_pacedIssue}}) {
            const double p99 = samples->percentileMs(0.99);
            line(name, p99, "ms", "<= 5 ms", verdict(p99 <= kAimCommandP99Ms));
        }
        line("hub at capacity (50 in flight): callNext p99", m_saturatedCall.percentileMs(0.99),
            "ms", "(none)");
        line("hub at capacity: issueTicket p99", m_saturatedIssue.percentileMs(0.99), "ms",
            "(none)");
        line("hub capacity: issueTicket burst", m_saturatedIssueRate, "/s");
        line("hub capacity: call/start/finish burst", m_saturatedCommandRate, "/s");
        line("  = hub time per command at capacity", perCommandMs, "ms");
        line("  hub thread's CPU per command at capacity", m_hubCpuPerCommandMs, "ms");
        const double fanOutP99 = m_fanOutFromSend.percentileMs(0.99);
        line("fan-out to 50 displays: send -> display p99", fanOutP99, "ms", "<= 20 ms",
            verdict(fanOutP99 <= kAimFanOutP99Ms));
        line("fan-out: commit -> display p99", m_fanOutFromCommit.percentileMs(0.99), "ms");
        const double costs[]
            = {ratio(pacedCallP50, floorP50), ratio(pacedCallP50, m_pacedDisk.meanMs()),
                ratio(perCommandMs, floorP50), ratio(perCommandMs, m_capacityDisk.meanMs())};
        line("cost: paced callNext round trip p50 / floor p50", costs[0], "x", "<= 3x",
            verdict(costs[0] <= kAimCostOverFloor));
        line("  the same / floor around the paced phase", costs[1], "x", "<= 3x",
            verdict(costs[1] <= kAimCostOverFloor));
        line("cost: hub time per command at capacity / floor p50", costs[2], "x", "<= 3x",
            verdict(costs[2] <= kAimCostOverFloor));
        line("  the same / floor around the capacity burst", costs[3], "x", "<= 3x",
            verdict(costs[3] <= kAimCostOverFloor));
        // The hub's own CPU per command against the whole bare transaction (its CPU and its
        // fsync): what the hub costs with the clients' work taken out.
        const double hubOwn = ratio(m_hubCpuPerCommandMs, floorP50);
        line("cost: hub thread CPU per command at capacity / floor p50", hubOwn, "x", "<= 3x",
            verdict(hubOwn <= kAimCostOverFloor));
        std::fflush(stdout);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<HubThread> m_hub;
    std::unique_ptr<FloorProbe> m_floorProbe; // in this thread
    DiskAround m_capacityDisk, m_pacedDisk, m_fanOutDisk;
    QList<HubClient *> m_counters; // counter i + 1
    QEventLoop *m_loop = nullptr;
    bool m_warmUp = false;
    QSet<QByteArray> m_ran; // benchmark functions that had their warm-up run
    std::function<bool()> m_condition;

    LatencySamples m_floor, m_inProcessCallNext, m_ping, m_saturatedIssue, m_saturatedCall;
    LatencySamples m_pacedAll, m_pacedIssue, m_pacedCall;
    LatencySamples m_fanOutFromSend, m_fanOutFromCommit, m_fanOutLast;
    double m_inProcessCpuMs = 0;
    double m_floorCpuMs = 0;
    double m_hubCpuPerCommandMs = 0;
    double m_saturatedIssueRate = 0;
    double m_saturatedCommandRate = 0;
};

QTEST_GUILESS_MAIN(BenchHub)
#include "bench_hub.moc"
