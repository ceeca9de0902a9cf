// What a supervisor's monthly e-report costs at the hub, database read included: bench_ereport's
// busy month (150,000 tickets, 5,000 a day for 30 days, 4 services, 10 counters, 12 officers)
// written as events into a real branch database, then EReportSource::compute for the month, as
// eReport and saduak-hub report run it: the events read from SQLite (EventStore::ofBusinessDays)
// and the figures worked out. The eReport command runs on the hub's thread, so this is also how
// long the devices' commands waited behind it before LongReads (app/hub/longreads.h).
// Aim: at most 2 s (docs/performance.md).
// Then what a counter feels meanwhile: a counter PC on its own thread calls and marks no-show
// over the LAN as fast as it is answered while the month's report is computed — on the hub's
// thread as the eReport handler did before LongReads (callNextWhileReportOnHubThread), and as
// eReport from a supervisor's PC now (callNextWhileEReport); the round trips of the counter's
// commands in flight at some time during the report, p50, p99, max.
//   bench_hubereport            (Qt Test options apply, e.g. -iterations 3)
#include <hub/branchhub.h>
#include <hub/devicestore.h>
#include <hub/ereportsource.h>
#include <hub/hubserver.h>
#include <queue/queuemanager.h>
#include <queue/eventstore.h>
#include <storage/writetransaction.h>

#include <domain/bangkoktime.h>

#include <seatedstaff.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QWebSocket>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

constexpr int kDays = 30;
constexpr int kTicketsPerDay = 5000;
constexpr qint64 kMinuteMs = 60 * 1000;

qint64 nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// A counter PC on a thread of its own (a PC of its own, as far as the hub can tell): hello, then
// callNext and markNoShow of the ticket called, again and again until stopped. Each command's
// send time and round trip are kept (both: either may be the one waiting behind a report).
class CounterPc
{
public:
    struct Call
    {
        qint64 sentUs = 0;
        qint64 roundTripUs = 0;
    };

    CounterPc(const QString &url, const QString &token, int counter) : m_counter(counter)
    {
        m_thread.reset(QThread::create([this, url, token] { run(url, token); }));
        m_thread->start();
    }
    ~CounterPc()
    {
        m_stop = true;
        m_thread->wait();
    }
    QList<Call> calls()
    {
        std::lock_guard lock(m_mutex);
        return m_calls;
    }

private:
    void run(const QString &url, const QString &token)
    {
        QWebSocket socket;
        int n = 0;
        qint64 sent = 0;
        QString pendingCall;
        const auto send = [&](QJsonObject m) {
            m.insert(u"id"_s, QString(u"c"_s + QString::number(++n)));
            socket.sendTextMessage(compact(m));
            return m.value(u"id"_s).toString();
        };
        const auto callNext = [&] {
            sent = nowUs();
            pendingCall = send({{u"type"_s, u"callNext"_s}, {u"counter"_s, m_counter}});
        };
        QObject::connect(&socket, &QWebSocket::connected, [&] {
            socket.sendTextMessage(compact({{u"type"_s, u"hello"_s}, {u"id"_s, u"h"_s},
                {u"protocols"_s, QJsonArray {1}}, {u"token"_s, token}}));
        });
        QObject::connect(&socket, &QWebSocket::textMessageReceived, [&](const QString &text) {
            const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
            const QString re = m.value(u"re"_s).toString();
            if (m.value(u"type"_s).toString() == u"welcome"_s) {
                callNext();
            } else if (re == pendingCall && !re.isEmpty()) {
                const qint64 back = nowUs();
                {
                    std::lock_guard lock(m_mutex);
                    m_calls.append({sent, back - sent});
                }
                pendingCall.clear();
                const QString ticket = m.value(u"ticket"_s).toObject().value(u"id"_s).toString();
                if (ticket.isEmpty())
                    qFatal("callNext refused: %s", qPrintable(text));
                m_noShowSent = nowUs();
                send({{u"type"_s, u"markNoShow"_s}, {u"counter"_s, m_counter}, {u"ticket"_s, ticket}});
            } else if (!re.isEmpty() && re != u"h"_s) {
                if (m.value(u"type"_s).toString() != u"reply"_s)
                    qFatal("markNoShow refused: %s", qPrintable(text));
                {
                    std::lock_guard lock(m_mutex);
                    m_calls.append({m_noShowSent, nowUs() - m_noShowSent});
                }
                callNext();
            }
        });
        socket.open(QUrl(url));
        QEventLoop loop;
        while (!m_stop)
            loop.processEvents(QEventLoop::WaitForMoreEvents, 20);
        socket.abort();
    }

    int m_counter;
    qint64 m_noShowSent = 0; // the PC's thread's
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_stop {false};
    std::mutex m_mutex;
    QList<Call> m_calls;
};

} // namespace

class BenchHubEReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<BranchHub> m_hub;
    std::unique_ptr<EventStore> m_store;
    qint64 m_written = 0;

    // The counter open for A with tickets enough waiting, a counter PC calling; report() runs on
    // this (the hub's) thread; the calls sent while it ran are summed up.
    void measureCalls(int counter, const std::function<void()> &report)
    {
        QueueManager &q = m_hub->queue();
        {
            const QueueManager::ActingStaff acting(q, u"officer1"_s);
            if (!q.openCounter(counter, {u"A"_s}).ok())
                qFatal("counter not opened");
            q.beginBatch();
            for (int i = 0; i < 3000; ++i)
                if (!q.issueTicket(u"A"_s).ok())
                    qFatal("ticket not issued");
            q.commitBatch();
        }
        if (!m_hub->server() && !m_hub->listen(QHostAddress::LocalHost, 0))
            qFatal("hub not listening");
        const auto pairing = m_hub->devices().pair(DeviceRole::Counter, u"counter"_s, counter);
        QString why;
        if (!pairing || !test::seatStaff(m_hub->database(), pairing->device.id, StaffRole::Counter, &why))
            qFatal("officer not seated: %s", qPrintable(why));
        CounterPc pc(m_hub->server()->url(), pairing->token, counter);
        // The first command of the day rolls the day over, and the hub then writes the e-reports
        // of the month's days for central (EReportPush) on its own thread: long, before any call.
        if (!QTest::qWaitFor([&] { return pc.calls().size() >= 20; }, 300000))
            qFatal("the counter PC does not call");
        const qint64 from = nowUs();
        report();
        const qint64 to = nowUs();
        // The commands in flight when it ended are answered now.
        if (!QTest::qWaitFor([&] {
                const QList<CounterPc::Call> calls = pc.calls();
                return !calls.isEmpty() && calls.last().sentUs > to;
            }, 60000))
            qFatal("the counter PC stopped");
        QList<qint64> trips;
        for (const CounterPc::Call &c : pc.calls())
            if (c.sentUs <= to && c.sentUs + c.roundTripUs >= from) // in flight during it
                trips.append(c.roundTripUs);
        std::sort(trips.begin(), trips.end());
        if (trips.isEmpty())
            qFatal("no call in the report's time");
        const auto at = [&](double p) {
            return trips.at(std::min<qsizetype>(trips.size() - 1, qsizetype(p * trips.size())));
        };
        qInfo("report %.2f s; %lld callNext/markNoShow in flight meanwhile: p50 %.1f ms, p99 %.1f ms, max %.1f ms",
            (to - from) / 1e6, qint64(trips.size()), at(0.5) / 1e3, at(0.99) / 1e3,
            trips.last() / 1e3);
    }

    bool add(QStringView type, const QString &day, qint64 atMs, const QString &ticket,
        const QString &service, int counter = 0)
    {
        QueueEvent e;
        e.type = type.toString();
        e.atMs = atMs;
        e.businessDay = day;
        e.ticketId = ticket;
        e.ticketNumber = service + u"001"_s;
        e.serviceCode = service;
        e.counterNumber = counter;
        if (counter > 0)
            e.data.insert(u"staff"_s, u"officer%1"_s.arg((counter + atMs / (4 * 60 * kMinuteMs)) % 12));
        ++m_written;
        return m_store->append(e);
    }

private Q_SLOTS:
    void initTestCase()
    {
        BranchHub::Options options;
        options.databasePath = m_dir.filePath(u"branch.sqlite"_s);
        // Events of November, read on the 1st of December: nothing to push at start.
        options.clock = [] { return QDateTime(QDate(2026, 12, 1), QTime(10, 0), BangkokTime::zone()).toMSecsSinceEpoch(); };
        StorageError error;
        m_hub = BranchHub::open(options, &error);
        if (!m_hub)
            qFatal("%s", qPrintable(error.detail));
        m_store = std::make_unique<EventStore>(m_hub->database());
        // The catalog's services A-D (the demo's first four), as the month's tickets use them.
        const QStringList codes {u"A"_s, u"B"_s, u"C"_s, u"D"_s};
        QElapsedTimer writing;
        writing.start();
        // The month as bench_ereport makes it; one transaction a day, as fast as SQLite takes it.
        for (int d = 0; d < kDays; ++d) {
            WriteTransaction tx(m_hub->database().connection());
            const QDate date = QDate(2026, 11, 1).addDays(d);
            const QString day = date.toString(Qt::ISODate);
            const qint64 opening
                = QDateTime(date, QTime(8, 30), BangkokTime::zone()).toMSecsSinceEpoch();
            bool ok = tx.isActive();
            for (int t = 0; ok && t < kTicketsPerDay; ++t) {
                const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                const QString service = codes.at(t % codes.size());
                const int counter = 1 + t % 10;
                qint64 at = opening + qint64(t) * 8 * 60 * kMinuteMs / kTicketsPerDay;
                ok = add(QueueEvent::TicketIssued, day, at, id, service);
                at += (t % 37) * kMinuteMs;
                ok = ok && add(QueueEvent::TicketCalled, day, at, id, service, counter);
                if (t % 20 == 0) { // 5 %: no-show after a recall
                    ok = ok && add(QueueEvent::TicketRecalled, day, at + kMinuteMs, id, service, counter)
                        && add(QueueEvent::TicketNoShow, day, at + 2 * kMinuteMs, id, service, counter);
                    continue;
                }
                ok = ok && add(QueueEvent::TicketStarted, day, at + kMinuteMs, id, service, counter);
                at += (2 + t % 23) * kMinuteMs;
                if (t % 20 == 1) { // 5 %: transferred, then served at the next service
                    const QString next = codes.at((t + 1) % codes.size());
                    ok = ok && add(QueueEvent::TicketTransferred, day, at, id, next, counter)
                        && add(QueueEvent::TicketCalled, day, at + 5 * kMinuteMs, id, next, 11 - counter)
                        && add(QueueEvent::TicketStarted, day, at + 6 * kMinuteMs, id, next, 11 - counter)
                        && add(QueueEvent::TicketFinished, day, at + 15 * kMinuteMs, id, next, 11 - counter);
                    continue;
                }
                ok = ok && add(QueueEvent::TicketFinished, day, at, id, service, counter);
            }
            if (!ok || !tx.commit())
                qFatal("events not written: %s", qPrintable(m_store->lastError()));
        }
        qInfo("%lld events of %d tickets written in %lld ms", m_written, kDays * kTicketsPerDay,
            writing.elapsed());
    }

    void monthlyReportFromTheDatabase()
    {
        EReport report;
        QBENCHMARK
        {
            QString why;
            const std::optional<EReport> r = EReportSource(m_hub->database())
                                                 .compute(QDate(2026, 11, 1), QDate(2026, 11, 30), &why);
            if (!r)
                qFatal("%s", qPrintable(why));
            report = *r;
        }
        const EReport::Row *a = report.row(EReport::Dimension::Service, u"A"_s);
        if (!a || a->issued != kDays * kTicketsPerDay / 4)
            qFatal("wrong figures");
    }

    void monthsEventsReadAlone()
    {
        QBENCHMARK
        {
            bool ok = false;
            const QList<QueueEvent> events = m_store->ofBusinessDays(u"2026-11-01"_s, u"2026-11-30"_s, &ok);
            if (!ok || events.size() != m_written)
                qFatal("events not read");
        }
    }

    // The same events a day at a time (ofBusinessDay), as recentDays reads them: whether one read
    // of the month costs more than thirty of a day.
    void monthsEventsReadWithWholeData()
    {
        QBENCHMARK
        {
            qsizetype n = 0;
            for (int d = 0; d < kDays; ++d) {
                bool ok = false;
                n += m_store->ofBusinessDay(QDate(2026, 11, 1).addDays(d).toString(Qt::ISODate), &ok).size();
                if (!ok)
                    qFatal("events not read");
            }
            if (n != m_written)
                qFatal("events missing");
        }
    }

    // Before LongReads: the month's report computed on the hub's thread, as eReport did.
    void callNextWhileReportOnHubThread()
    {
        measureCalls(1, [this] {
            QString why;
            if (!EReportSource(m_hub->database())
                     .compute(QDate(2026, 11, 1), QDate(2026, 11, 30), &why))
                qFatal("%s", qPrintable(why));
        });
    }

    // Now: eReport from a supervisor's PC, read off the hub's thread.
    void callNextWhileEReport()
    {
        const auto pairing = m_hub->devices().pair(DeviceRole::Supervisor, u"office"_s, 0);
        QString why;
        if (!pairing || !test::seatStaff(m_hub->database(), pairing->device.id, StaffRole::Supervisor, &why))
            qFatal("supervisor not seated: %s", qPrintable(why));
        QWebSocket supervisor;
        QJsonObject answer;
        QObject::connect(&supervisor, &QWebSocket::textMessageReceived, [&](const QString &text) {
            const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
            if (m.value(u"re"_s).toString() == u"e1"_s)
                answer = m;
        });
        bool welcomed = false;
        QObject::connect(&supervisor, &QWebSocket::textMessageReceived,
            [&](const QString &text) { welcomed = welcomed || text.contains(u"welcome"_s); });
        QObject::connect(&supervisor, &QWebSocket::connected, [&] {
            supervisor.sendTextMessage(compact({{u"type"_s, u"hello"_s}, {u"id"_s, u"h"_s},
                {u"protocols"_s, QJsonArray {1}}, {u"token"_s, pairing->token}}));
        });
        measureCalls(2, [&] {
            // Connected now, not before the counter PC's warm-up: a PC quiet that long is cut.
            supervisor.open(QUrl(m_hub->server()->url()));
            if (!QTest::qWaitFor([&] { return welcomed; }, 60000))
                qFatal("supervisor not welcomed");
            supervisor.sendTextMessage(compact({{u"type"_s, u"eReport"_s}, {u"id"_s, u"e1"_s},
                {u"from"_s, u"2026-11-01"_s}, {u"to"_s, u"2026-11-30"_s}}));
            if (!QTest::qWaitFor([&] { return !answer.isEmpty(); }, 300000)
                || answer.value(u"type"_s).toString() != u"reply"_s)
                qFatal("eReport not answered: %s", qPrintable(compact(answer)));
        });
    }

    void cleanupTestCase()
    {
        m_store.reset();
        m_hub.reset();
    }
};

QTEST_GUILESS_MAIN(BenchHubEReport)
#include "bench_hubereport.moc"
