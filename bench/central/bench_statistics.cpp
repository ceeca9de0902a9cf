// What one GET /v1/statistics costs saduak-central on a day of 30,000 queue events, each of its
// own service code (docs/performance.md, "Statistics at central"): the case an outside tester
// found quadratic (issue 13, item 5). Its three parts, each alone:
//   - StatisticsStore::eventsOfDay: the day's rows read from a temporary SQLite file and parsed,
//   - QueueStatistics::compute: a branch's figures from those events (also the hub's live ones),
//   - CrossBranchStatistics::compute: the whole answer (QueueStatistics per branch, totals).
//   bench_statistics            (Qt Test options apply, e.g. -iterations 5)
#include <branchstore.h>
#include <centraldatabase.h>
#include <crossbranchstatistics.h>
#include <ingeststore.h>
#include <statisticsstore.h>

#include <domain/bangkoktime.h>
#include <queue/queuestatistics.h>

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

constexpr int kEvents = 30000;
constexpr int kBatch = 1000;
const QString kDay = u"2026-11-26"_s;

QString serviceCode(int i)
{
    return u"S%1"_s.arg(i, 5, 10, QLatin1Char('0'));
}

} // namespace

class BenchStatistics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CentralDatabase> m_central;
    QList<StatisticsStore::BranchEvents> m_branches;
    QList<Service> m_services;
    qint64 m_nowMs = 0;

private Q_SLOTS:
    void initTestCase()
    {
        StorageError error;
        m_central = CentralDatabase::open(m_dir.filePath(u"central.sqlite"_s), &error);
        QVERIFY2(m_central, qPrintable(error.detail));
        QString why;
        QVERIFY(m_central->branches().enrol(u"B001"_s, u"Bench"_s, &why));
        const qint64 branch = m_central->branches().byCode(u"B001"_s)->id;

        // One ticket issued a second for each service code, from 08:30 Bangkok.
        const QDate day = QDate::fromString(kDay, Qt::ISODate);
        const qint64 openingMs
            = QDateTime(day, QTime(8, 30), BangkokTime::zone()).toMSecsSinceEpoch();
        m_nowMs = CrossBranchStatistics::measuredAt(day, openingMs + 24 * 3600 * 1000);
        for (int first = 0; first < kEvents; first += kBatch) {
            QList<IngestRow> rows;
            for (int i = first; i < first + kBatch; ++i) {
                QueueEvent e;
                e.seq = i + 1;
                e.type = QueueEvent::TicketIssued.toString();
                e.atMs = openingMs + i * 1000;
                e.businessDay = kDay;
                e.ticketId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                e.ticketNumber = u"A%1"_s.arg(i);
                e.serviceCode = serviceCode(i);
                rows.append({QUuid::createUuid().toString(QUuid::WithoutBraces), e.seq,
                    u"event"_s, QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact),
                    e.atMs});
            }
            QVERIFY2(m_central->ingest().ingest(branch, rows, &why), qPrintable(why));
        }
        const auto branches = m_central->statistics().eventsOfDay(kDay, &why);
        QVERIFY2(branches, qPrintable(why));
        m_branches = *branches;
        QCOMPARE(m_branches.size(), 1);
        QCOMPARE(m_branches.first().events.size(), kEvents);
        for (int i = 0; i < kEvents; ++i) {
            Service s;
            s.code = serviceCode(i);
            m_services.append(s);
        }
    }

    void readEventsOfDay()
    {
        QBENCHMARK
        {
            QString why;
            const auto branches = m_central->statistics().eventsOfDay(kDay, &why);
            if (!branches || branches->first().events.size() != kEvents)
                qFatal("read failed: %s", qPrintable(why));
        }
    }

    void queueStatisticsOfDistinctServices()
    {
        QBENCHMARK
        {
            const auto report = QueueStatistics::compute(
                kDay, m_branches.first().events, m_services, {}, m_nowMs, {});
            if (report.services.size() != kEvents || report.services.last().waitingNow != 1)
                qFatal("wrong figures");
        }
    }

    void crossBranchStatisticsOfDistinctServices()
    {
        QBENCHMARK
        {
            const QJsonObject answer = CrossBranchStatistics::compute(kDay, m_branches, m_nowMs);
            if (answer.value(u"services"_s).toArray().size() != kEvents)
                qFatal("wrong answer");
        }
    }
};

QTEST_GUILESS_MAIN(BenchStatistics)
#include "bench_statistics.moc"
