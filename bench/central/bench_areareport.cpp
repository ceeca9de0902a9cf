// What the area e-report costs central for a month (docs/performance.md, "Area e-report"): 500
// branches in 50 amphoes of 10 provinces, each with a daily e-report for 30 days of 5 services
// (75,000 service rows, waits spread over 0-59 minutes and service times over 0-29) kept as
// ingest keeps them (AreaReportStore::recordDay, a transaction a branch), then the month's report
// as GET /v1/area-report answers it in JSON, each part alone and together:
//   - AreaReportStore::readAt: a read-only connection, the month's rows read and summed per
//     branch and service,
//   - AreaReport::compute: the roll-ups per amphoe, province and in total,
//   - the JSON answer written.
//   bench_areareport            (Qt Test options apply, e.g. -iterations 5)
#include <areareport.h>
#include <areareportstore.h>
#include <branchstore.h>
#include <centraldatabase.h>
#include <ereportdayintake.h>
#include <ingeststore.h>

#include <storage/writetransaction.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

constexpr int kBranches = 500;
constexpr int kDays = 30;
constexpr int kServices = 5;
const QDate kFirst(2026, 11, 1);

QJsonArray histogram(QRandomGenerator &random, int minutes, int legs)
{
    QList<qint64> counts(minutes, 0);
    for (int i = 0; i < legs; ++i)
        ++counts[int(random.bounded(minutes))];
    QJsonArray out;
    for (qint64 c : counts)
        out.append(c);
    return out;
}

} // namespace

class BenchAreaReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_location;

private Q_SLOTS:
    void initTestCase()
    {
        m_location = m_dir.filePath(u"central.sqlite"_s);
        StorageError error;
        std::unique_ptr<CentralDatabase> central = CentralDatabase::open(m_location, &error);
        QVERIFY2(central, qPrintable(error.detail));
        QRandomGenerator random(16);
        QElapsedTimer storing;
        storing.start();
        for (int b = 0; b < kBranches; ++b) {
            QString why;
            // Province 10..19, amphoe 5 a province: areas are not checked here (no admin-areas).
            const QString province = QString::number(10 + b % 10);
            const BranchArea area {province, province + u"%1"_s.arg(b % 50 / 10 + 1, 2, 10, QChar(u'0'))};
            const auto enrolled = central->branches().enrol(
                u"B%1"_s.arg(b, 3, 10, QChar(u'0')), u"Branch %1"_s.arg(b), &why, area);
            QVERIFY2(enrolled, qPrintable(why));
            WriteTransaction tx(central->database().connection());
            QVERIFY(tx.isActive());
            for (int d = 0; d < kDays; ++d) {
                QJsonArray services;
                for (int s = 0; s < kServices; ++s) {
                    const int called = 20 + int(random.bounded(60));
                    const int served = called - int(random.bounded(5));
                    services.append(QJsonObject {{u"serviceCode"_s, QString(QChar(u'A' + s))},
                        {u"thaiName"_s, u"บริการ %1"_s.arg(s)},
                        {u"englishName"_s, u"Service %1"_s.arg(s)}, {u"targetWaitMinutes"_s, 15},
                        {u"issued"_s, called + 2}, {u"called"_s, called}, {u"served"_s, served},
                        {u"noShows"_s, called - served}, {u"transfersOut"_s, 1},
                        {u"cancelled"_s, 1}, {u"withinTarget"_s, called / 2},
                        {u"waitMinutes"_s, histogram(random, 60, called)},
                        {u"serviceMinutes"_s, histogram(random, 30, served)}});
                }
                const QJsonObject payload {{u"version"_s, 1},
                    {u"businessDay"_s, kFirst.addDays(d).toString(Qt::ISODate)},
                    {u"madeAt"_s, 1796540400000LL + d}, {u"services"_s, services}};
                IngestRow row;
                row.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
                row.kind = EReportDayIntake::kind();
                row.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
                QVERIFY2(central->areaReports().recordDay(enrolled->branch.id, row, &why),
                    qPrintable(why));
            }
            QVERIFY(tx.commit());
        }
        qInfo("stored %d branches x %d days x %d services in %lld ms", kBranches, kDays,
            kServices, storing.elapsed());
    }

    void read()
    {
        QString why;
        QBENCHMARK {
            const auto source
                = AreaReportStore::readAt(m_location, kFirst, kFirst.addDays(kDays - 1), &why);
            QVERIFY2(source, qPrintable(why));
            QCOMPARE(source->branches.size(), kBranches);
        }
    }

    void computeAndWrite()
    {
        QString why;
        const auto source
            = AreaReportStore::readAt(m_location, kFirst, kFirst.addDays(kDays - 1), &why);
        QVERIFY2(source, qPrintable(why));
        QBENCHMARK {
            const AreaReport report
                = AreaReport::compute(kFirst, kFirst.addDays(kDays - 1), *source);
            const QByteArray json = QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact);
            QVERIFY(json.size() > 100000);
        }
    }

    // The whole of what one GET /v1/area-report?month=… does on its heavy-read thread.
    void wholeMonthReport()
    {
        QString why;
        QBENCHMARK {
            const auto source
                = AreaReportStore::readAt(m_location, kFirst, kFirst.addDays(kDays - 1), &why);
            QVERIFY2(source, qPrintable(why));
            const AreaReport report
                = AreaReport::compute(kFirst, kFirst.addDays(kDays - 1), *source);
            QCOMPARE(report.total.daysReported, kBranches * kDays);
            const QByteArray json = QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact);
            QVERIFY(json.size() > 100000);
        }
    }
};

QTEST_GUILESS_MAIN(BenchAreaReport)
#include "bench_areareport.moc"
