// The supervisor's dashboard refresh on a busy day (issue 16, item 8; docs/performance.md "The
// supervisor's dashboard"): a real hub (BranchHub in its own thread, its database in a temporary
// folder, listening on 127.0.0.1) after a day of 10,000 tickets issued, called, served and
// finished at 10 counters by 12 officers (about 40,000 events), and a screen's HubClient on
// loopback asking `statistics`: from the send to the parsed answer. Aim: at most 50 ms.
// Then the hub's parts, timed on its thread: reading the day's events, the figures from them,
// the whole command (with the officers' names and the JSON), the reply's size; and `recentDays`
// for the week before the next morning, first (the busy day read) and then kept.
// The hub's clock is fixed to the simulated day, so the figures are those of a day whatever the
// hour the bench runs. Timings are printed, never asserted: not in ctest.
//   bench_dashboard [repetitions, default 30]
#include "hubthread.h"
#include "latencysamples.h"

#include <domain/bangkoktime.h>
#include <hub/branchhub.h>
#include <hub/queuecommands.h>
#include <hub/recentdays.h>
#include <queue/eventstore.h>
#include <queue/queuemanager.h>
#include <queuelink/hubclient.h>
#include <storage/database.h>
#include <storage/writetransaction.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::bench;

namespace {

constexpr int kTickets = 10000;
constexpr int kCounters = 10;
constexpr int kOfficers = 12;
constexpr int kBacklog = 300; // tickets waiting through the day: a wait of about 15 minutes
constexpr int kBatch = 250; // commands a commit while filling (the hub's group commit)
constexpr double kAimMs = 50.0;

std::atomic<qint64> g_nowMs {0};

qint64 opening()
{
    return QDateTime(QDate(2026, 12, 7), QTime(8, 30), BangkokTime::zone()).toMSecsSinceEpoch();
}

// The day: every step (2.88 s, so the day runs 08:30-16:44) a kiosk issues a ticket (services
// A-E in turn) until 10,000; from step 300 on, one counter in turn finishes the ticket it serves,
// calls the next and starts serving it, until nobody waits. Two shifts of officers.
bool fillTheDay(BranchHub &hub, QString *why)
{
    QueueManager &q = hub.queue();
    const QStringList services {u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s};
    const qint64 stepMs = 8 * 3600 * 1000 / kTickets;
    const auto officerAt = [](int counter, qint64 atMs) {
        const int shift = atMs - opening() < 4 * 3600 * 1000 ? 0 : 1;
        return u"officer%1"_s.arg((counter - 1 + shift * kCounters) % kOfficers, 2, 10, QLatin1Char('0'));
    };

    {
        // The officers' accounts: rows as saduak-hub add-staff leaves them (no password needed).
        WriteTransaction tx(hub.database().connection());
        QSqlQuery add(hub.database().connection());
        add.prepare(u"INSERT INTO staff (user_name, display_name, role, password_hash, "
                    "created_at_ms) VALUES (?, ?, 'counter', '!', 0)"_s);
        for (int i = 0; i < kOfficers; ++i) {
            add.addBindValue(u"officer%1"_s.arg(i, 2, 10, QLatin1Char('0')));
            add.addBindValue(u"เจ้าหน้าที่ คนที่ %1"_s.arg(i + 1));
            if (!add.exec()) {
                *why = add.lastError().text();
                return false;
            }
        }
        if (!tx.commit()) {
            *why = tx.errorText();
            return false;
        }
    }

    g_nowMs = opening();
    for (int c = 1; c <= kCounters; ++c) {
        const QueueManager::ActingStaff acting(q, officerAt(c, g_nowMs));
        if (!q.openCounter(c).ok()) {
            *why = u"counter %1 did not open"_s.arg(c);
            return false;
        }
    }
    QHash<int, QString> serving;
    int issued = 0;
    int served = 0;
    int inBatch = 0;
    const auto ok = [why](const QueueResult &r) {
        if (!r.ok() && why->isEmpty())
            *why = r.error.message + r.error.detail;
        return r.ok();
    };
    q.beginBatch();
    for (int step = 0; served < kTickets; ++step) {
        g_nowMs = opening() + step * stepMs;
        if (issued < kTickets && ok(q.issueTicket(services.at(issued % services.size()))))
            ++issued;
        if (step >= kBacklog) {
            const int c = 1 + step % kCounters;
            const QueueManager::ActingStaff acting(q, officerAt(c, g_nowMs));
            if (serving.contains(c) && ok(q.finishService(c, serving.take(c))))
                ++served;
            const QueueResult called = q.callNext(c);
            if (called.ok() && called.ticket && ok(q.startService(c, called.ticket->id)))
                serving.insert(c, called.ticket->id);
        }
        if (++inBatch == kBatch) {
            if (!q.commitBatch(why))
                return false;
            q.beginBatch();
            inBatch = 0;
        }
        if (!why->isEmpty())
            return false;
        if (step > 4 * kTickets) {
            *why = u"the day did not end: %1 served"_s.arg(served);
            return false;
        }
    }
    if (!q.commitBatch(why))
        return false;
    g_nowMs = g_nowMs + 60 * 1000; // a minute after the last finish
    return true;
}

// Runs the event loop until done() holds, never sleeping and never polling: handlers call
// wake() (a polling loop would take the core the hub's thread needs).
QEventLoop *g_loop = nullptr;
void wake()
{
    if (g_loop)
        g_loop->quit();
}
bool spinUntil(const std::function<bool()> &done, int timeoutMs = 30000)
{
    QTimer timeout;
    timeout.setSingleShot(true);
    timeout.start(timeoutMs);
    while (!done()) {
        if (!timeout.isActive())
            return false;
        QEventLoop loop;
        g_loop = &loop;
        QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
        loop.exec();
        g_loop = nullptr;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"saduak.*.info=false\nsaduak.hub.warning=false"_s);
    const int repetitions = argc > 1 ? std::max(1, atoi(argv[1])) : 30;

    QTemporaryDir dir;
    HubThread::Setup setup;
    // SADUAK_BENCH_DASHBOARD_DB=FILE keeps the filled day in FILE and uses it again next time
    // (filling takes a minute on a busy machine): for measuring again after a change.
    const QString kept = qEnvironmentVariable("SADUAK_BENCH_DASHBOARD_DB");
    const bool reuse = !kept.isEmpty() && QFileInfo::exists(kept);
    setup.databasePath = kept.isEmpty() ? dir.filePath(u"branch.sqlite"_s) : kept;
    setup.counters = kCounters;
    setup.counterDevices = 0;
    setup.displayDevices = 1;
    setup.clock = [] { return g_nowMs.load(); };
    g_nowMs = opening() - 3600 * 1000;
    HubThread hub(setup);
    QString why;
    if (!hub.startHub(&why))
        qFatal("hub: %s", qPrintable(why));

    const qint64 fillStart = nowNs();
    hub.runOnHub([&why, reuse](BranchHub &h) {
        if (!reuse) {
            fillTheDay(h, &why);
            return;
        }
        QSqlQuery last(h.database().connection());
        if (!last.exec(u"SELECT max(at_ms) FROM event"_s) || !last.next())
            why = u"the kept day cannot be read"_s;
        else
            g_nowMs = last.value(0).toLongLong() + 60 * 1000;
    });
    if (!why.isEmpty())
        qFatal("filling the day: %s", qPrintable(why));
    qint64 events = 0;
    hub.runOnHub([&events](BranchHub &h) { events = h.queue().lastEventSeq(); });
    std::printf("the day: %d tickets, %lld events, filled in %.1f s\n", kTickets,
        qlonglong(events), double(nowNs() - fillStart) / 1e9);

    // A screen on loopback: a board's token (statistics needs nobody logged in; a supervisor's PC
    // is answered the same figures).
    HubClient client(QUrl(hub.url()), hub.displayTokens().first());
    QObject::connect(&client, &HubClient::stateChanged, [] { wake(); });
    client.start();
    if (!spinUntil([&] { return client.state() == HubClient::State::Ready; }))
        qFatal("the screen did not connect");

    LatencySamples roundTrip;
    QJsonObject answer;
    for (int i = 0; i < repetitions + 3; ++i) {
        std::optional<QJsonObject> reply;
        const qint64 sentAt = nowNs();
        qint64 answeredAt = 0;
        client.send(u"statistics"_s, {}, [&](const QJsonObject &r) {
            answeredAt = nowNs();
            reply = r;
            wake();
        });
        if (!spinUntil([&] { return reply.has_value(); }))
            qFatal("no answer to statistics");
        if (!reply->value(u"ok"_s).toBool())
            qFatal("statistics refused: %s", QJsonDocument(*reply).toJson().constData());
        if (i == 0) // the first after the hub started: the whole day read
            std::printf("  dashboard.statistics.first round trip: %.3f ms\n",
                double(answeredAt - sentAt) / 1e6);
        if (i >= 3) // the first few warm the page cache and the statements
            roundTrip.add(answeredAt - sentAt);
        answer = *reply;
    }
    const QJsonObject statistics = answer.value(u"statistics"_s).toObject();
    int issuedSeen = 0;
    for (const QJsonValue &s : statistics.value(u"services"_s).toArray())
        issuedSeen += s.toObject().value(u"issuedCount"_s).toInt();
    int officersNamed = 0;
    for (const QJsonValue &c : statistics.value(u"counters"_s).toArray())
        officersNamed += c.toObject().value(u"officer"_s).toObject().contains(u"name"_s) ? 1 : 0;
    if (issuedSeen != kTickets || officersNamed != kCounters)
        qFatal("wrong figures: %d issued, %d officers named", issuedSeen, officersNamed);
    roundTrip.print("dashboard.statistics.roundTrip");
    std::printf("  reply %lld bytes, %lld hours; aim p50 <= %.0f ms: %s\n",
        qlonglong(QJsonDocument(answer).toJson(QJsonDocument::Compact).size()),
        qlonglong(statistics.value(u"hours"_s).toArray().size()), kAimMs,
        roundTrip.percentileMs(0.5) <= kAimMs ? "met" : "MISSED");

    // The hub's parts, on its own thread.
    // Wall time and the hub thread's CPU time (the machine may be shared: CPU time is what the
    // hub itself spends, whatever else runs).
    const auto cpuNs = [] {
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    };
    LatencySamples readEvents, figures, command, serialise, commandCpu;
    hub.runOnHub([&](BranchHub &h) {
        EventStore store(h.database());
        const QString day = h.queue().currentBusinessDay();
        const Device board {u"bench-board"_s, Device::Role::Display, u"Board"_s, 0};
        for (int i = 0; i < repetitions; ++i) {
            qint64 t = nowNs();
            bool ok = false;
            const QList<QueueEvent> dayEvents = store.ofBusinessDay(day, &ok);
            readEvents.add(nowNs() - t);
            if (!ok || dayEvents.size() < 4 * kTickets)
                qFatal("events not read");
            t = nowNs();
            if (!h.queue().statistics())
                qFatal("no figures");
            figures.add(nowNs() - t);
            t = nowNs();
            const qint64 cpu = cpuNs();
            const HubReply reply = h.commands().execute(
                board, u"statistics"_s, {{u"type"_s, u"statistics"_s}, {u"id"_s, u"b"_s}});
            command.add(nowNs() - t);
            commandCpu.add(cpuNs() - cpu);
            t = nowNs();
            const QByteArray text = QJsonDocument(reply.body).toJson(QJsonDocument::Compact);
            serialise.add(nowNs() - t);
            if (text.size() < 100)
                qFatal("no reply body");
        }
    });
    readEvents.print("dashboard.hub.readDayEvents");
    figures.print("dashboard.hub.statistics (read + figures)");
    command.print("dashboard.hub.command (+ names, JSON)");
    commandCpu.print("dashboard.hub.command, CPU time");
    serialise.print("dashboard.hub.replyToText");

    // The next morning: the busy day is one of the seven before today.
    LatencySamples coldWeek, keptWeek;
    hub.runOnHub([&](BranchHub &h) {
        g_nowMs = g_nowMs + 17 * 3600 * 1000;
        RecentDays days(h.database(), h.queue());
        QString failure;
        qint64 t = nowNs();
        const auto week = days.before(7, &failure);
        coldWeek.add(nowNs() - t);
        if (!week || week->size() != 7 || week->last().issuedCount != kTickets)
            qFatal("recent days wrong: %s", qPrintable(failure));
        for (int i = 0; i < repetitions; ++i) {
            t = nowNs();
            if (!days.before(7, &failure))
                qFatal("recent days failed");
            keptWeek.add(nowNs() - t);
        }
    });
    coldWeek.print("dashboard.recentDays.first (busy day read)");
    keptWeek.print("dashboard.recentDays.kept");
    return 0;
}
