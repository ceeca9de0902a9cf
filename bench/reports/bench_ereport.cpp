// What the monthly e-report costs: a busy branch's month of 150,000 tickets (5,000 a day for 30
// days, 4 services, 10 counters, 12 officers, 08:30-16:30 Bangkok), about 640,000 events with
// the officer in each counter action's data.staff. Aim: at most 2 s for the figures
// (docs/performance.md, "The e-report"). The events are made in memory: reading them from the
// hub's database is the event store's cost, not the report's.
//   bench_ereport            (Qt Test options apply, e.g. -iterations 3)
#include <reports/ereport.h>
#include <reports/ereportcsv.h>

#include <domain/bangkoktime.h>

#include <QDateTime>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

constexpr int kDays = 30;
constexpr int kTicketsPerDay = 5000;
constexpr qint64 kMinuteMs = 60 * 1000;

} // namespace

class BenchEReport : public QObject
{
    Q_OBJECT

    QList<QueueEvent> m_events;
    QList<Service> m_services;
    EReport m_report;

    void add(QStringView type, const QString &day, qint64 atMs, const QString &ticket,
        const QString &service, int counter = 0)
    {
        QueueEvent e;
        e.seq = m_events.size() + 1;
        e.type = type.toString();
        e.atMs = atMs;
        e.businessDay = day;
        e.ticketId = ticket;
        e.serviceCode = service;
        e.counterNumber = counter;
        if (counter > 0)
            e.data.insert(u"staff"_s, u"officer%1"_s.arg((counter + atMs / (4 * 60 * kMinuteMs)) % 12));
        m_events.append(e);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QStringList codes {u"A"_s, u"B"_s, u"C"_s, u"D"_s};
        for (const QString &code : codes) {
            Service s;
            s.code = code;
            s.thaiName = u"บริการ "_s + code;
            s.englishName = u"Service "_s + code;
            s.targetWaitMinutes = 15;
            m_services.append(s);
        }
        m_events.reserve(kDays * kTicketsPerDay * 9 / 2);
        // Events of overlapping tickets are interleaved in the log; the report only needs each
        // ticket's own in order, so each ticket's are written together: the same work per event.
        for (int d = 0; d < kDays; ++d) {
            const QDate date = QDate(2026, 11, 1).addDays(d);
            const QString day = date.toString(Qt::ISODate);
            const qint64 opening = QDateTime(date, QTime(8, 30), BangkokTime::zone())
                                       .toMSecsSinceEpoch();
            for (int t = 0; t < kTicketsPerDay; ++t) {
                const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                const QString service = codes.at(t % codes.size());
                const int counter = 1 + t % 10;
                qint64 at = opening + qint64(t) * 8 * 60 * kMinuteMs / kTicketsPerDay;
                add(QueueEvent::TicketIssued, day, at, id, service);
                at += (t % 37) * kMinuteMs;
                add(QueueEvent::TicketCalled, day, at, id, service, counter);
                if (t % 20 == 0) { // 5 %: no-show after a recall
                    add(QueueEvent::TicketRecalled, day, at + kMinuteMs, id, service, counter);
                    add(QueueEvent::TicketNoShow, day, at + 2 * kMinuteMs, id, service, counter);
                    continue;
                }
                add(QueueEvent::TicketStarted, day, at + kMinuteMs, id, service, counter);
                at += (2 + t % 23) * kMinuteMs;
                if (t % 20 == 1) { // 5 %: transferred, then served at the next service
                    const QString next = codes.at((t + 1) % codes.size());
                    add(QueueEvent::TicketTransferred, day, at, id, next, counter);
                    add(QueueEvent::TicketCalled, day, at + 5 * kMinuteMs, id, next, 11 - counter);
                    add(QueueEvent::TicketStarted, day, at + 6 * kMinuteMs, id, next, 11 - counter);
                    at += 15 * kMinuteMs;
                    add(QueueEvent::TicketFinished, day, at, id, next, 11 - counter);
                    continue;
                }
                add(QueueEvent::TicketFinished, day, at, id, service, counter);
            }
        }
        qInfo("%lld events of %d tickets", qlonglong(m_events.size()), kDays * kTicketsPerDay);
    }

    void monthlyFigures()
    {
        QBENCHMARK
        {
            m_report = EReport::compute(
                QDate(2026, 11, 1), QDate(2026, 11, 30), m_events, m_services);
        }
        const EReport::Row *a = m_report.row(EReport::Dimension::Service, u"A"_s);
        if (!a || a->issued != kDays * kTicketsPerDay / 4)
            qFatal("wrong figures");
        qInfo("%lld rows", qlonglong(m_report.rows.size()));
    }

    void monthlyCsv()
    {
        QBENCHMARK
        {
            const QByteArray csv
                = EReportCsv::toCsv(m_report, m_services, u"ศูนย์ราชการสะดวก"_s, Language::Thai);
            if (csv.size() < 100)
                qFatal("no CSV");
        }
    }
};

QTEST_GUILESS_MAIN(BenchEReport)
#include "bench_ereport.moc"
