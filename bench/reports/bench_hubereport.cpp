// What a supervisor's monthly e-report costs at the hub, database read included: bench_ereport's
// busy month (150,000 tickets, 5,000 a day for 30 days, 4 services, 10 counters, 12 officers)
// written as events into a real branch database, then EReportSource::compute for the month, as
// eReport and saduak-hub report run it: the events read from SQLite (EventStore::ofBusinessDays)
// and the figures worked out. The eReport command runs on the hub's thread, so this is also how
// long the devices' commands wait behind it. Aim: at most 2 s (docs/performance.md).
//   bench_hubereport            (Qt Test options apply, e.g. -iterations 3)
#include <hub/branchhub.h>
#include <hub/ereportsource.h>
#include <queue/eventstore.h>
#include <storage/writetransaction.h>

#include <domain/bangkoktime.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

constexpr int kDays = 30;
constexpr int kTicketsPerDay = 5000;
constexpr qint64 kMinuteMs = 60 * 1000;

} // namespace

class BenchHubEReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<BranchHub> m_hub;
    std::unique_ptr<EventStore> m_store;
    qint64 m_written = 0;

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

    void cleanupTestCase()
    {
        m_store.reset();
        m_hub.reset();
    }
};

QTEST_GUILESS_MAIN(BenchHubEReport)
#include "bench_hubereport.moc"
