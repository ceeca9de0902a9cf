// The area e-report's parts without a process: the minute histograms (their stored text and
// nearest-rank percentiles, worked out by hand), the checks of an "ereport.day" payload — and that
// what the branch makes (EReportDay::payload, app/reports) is what central reads, so the two ends
// of format F5 cannot drift apart — and the roll-ups of AreaReport on a source built here.
#include <areareport.h>
#include <ereportdayintake.h>

#include <reports/ereportday.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;

class TestAreaReport : public QObject
{
    Q_OBJECT

    static MinuteHistogram histogram(const QList<qint64> &counts)
    {
        return *MinuteHistogram::fromCounts(counts, nullptr);
    }

private Q_SLOTS:
    void percentileIsTheNearestRank_data()
    {
        QTest::addColumn<QList<qint64>>("counts");
        QTest::addColumn<int>("p");
        QTest::addColumn<int>("minute");
        // 10 legs at 0..9 minutes: p90 is rank 9 (9 minutes is the 10th leg): 8 minutes.
        QTest::newRow("one leg a minute, p90") << QList<qint64> {1, 1, 1, 1, 1, 1, 1, 1, 1, 1} << 90 << 8;
        QTest::newRow("one leg a minute, p50") << QList<qint64> {1, 1, 1, 1, 1, 1, 1, 1, 1, 1} << 50 << 4;
        // 3 legs: p50 rank ceil(1.5) = 2 → the second leg, at 5.
        QTest::newRow("three legs") << QList<qint64> {1, 0, 0, 0, 0, 1, 0, 1} << 50 << 5;
        QTest::newRow("a single leg is every percentile") << QList<qint64> {0, 0, 1} << 90 << 2;
        QTest::newRow("p100 is the longest") << QList<qint64> {4, 0, 0, 1} << 100 << 3;
        // 240 counts 240 minutes or more.
        QList<qint64> long_(241, 0);
        long_[0] = 9;
        long_[240] = 1;
        QTest::newRow("the last minute") << long_ << 91 << 240;
        QTest::newRow("just under it") << long_ << 90 << 0;
    }

    void percentileIsTheNearestRank()
    {
        QFETCH(QList<qint64>, counts);
        QFETCH(int, p);
        QFETCH(int, minute);
        QCOMPARE(histogram(counts).percentile(p), std::optional<int>(minute));
    }

    void anEmptyHistogramHasNoPercentile()
    {
        QCOMPARE(MinuteHistogram().percentile(50), std::nullopt);
        QCOMPARE(histogram({0, 0}).percentile(90), std::nullopt);
    }

    void histogramsAddUpAndKeepTheirText()
    {
        MinuteHistogram sum = histogram({1, 2});
        sum.add(histogram({0, 0, 0, 4}));
        QCOMPARE(sum.counts(), (QList<qint64> {1, 2, 0, 4}));
        QCOMPARE(sum.total(), 7);
        QCOMPARE(sum.text(), u"1,2,0,4"_s);
        QCOMPARE(MinuteHistogram::fromText(u"1,2,0,4"_s)->counts(), sum.counts());
        QCOMPARE(MinuteHistogram::fromText(u"3,0,0"_s)->counts(), (QList<qint64> {3})); // trimmed
        QCOMPARE(MinuteHistogram::fromText(u""_s)->total(), 0);
        for (const QString &bad : {u"3,,5"_s, u"3,"_s, u",3"_s, u"3,x"_s, u"-1"_s, u"3 ,5"_s})
            QVERIFY2(!MinuteHistogram::fromText(bad), qPrintable(bad));
        QString tooMany = u"1"_s;
        for (int i = 0; i < MinuteHistogram::kLastMinute + 1; ++i)
            tooMany += u",1"_s;
        QVERIFY(!MinuteHistogram::fromText(tooMany)); // 242 counts
    }

    void whatTheBranchMakesCentralReads()
    {
        EReport report;
        report.from = report.to = QDate(2026, 12, 6);
        EReport::Row row;
        row.key = u"A"_s;
        row.issued = 12;
        row.called = 10;
        row.served = 9;
        row.noShows = 1;
        row.withinTarget = 8;
        row.waitMinutes = {3, 5, 0, 2};
        row.serviceMinutes = {0, 9};
        report.rows.append(row);
        Service idCard;
        idCard.code = u"A"_s;
        idCard.thaiName = u"บัตรประชาชน"_s;
        idCard.englishName = u"ID card"_s;
        idCard.targetWaitMinutes = 15;
        const QJsonObject payload = EReportDay::payload(report, {idCard}, 1796540400000);
        QString why;
        const std::optional<DailyEReport> read = EReportDayIntake::read(
            QJsonDocument(payload).toJson(QJsonDocument::Compact), &why);
        QVERIFY2(read, qPrintable(why));
        QCOMPARE(read->businessDay, u"2026-12-06"_s);
        QCOMPARE(read->madeAtMs, 1796540400000);
        QCOMPARE(read->services.size(), 1);
        const DailyEReportService &s = read->services.first();
        QCOMPARE(s.serviceCode, u"A"_s);
        QCOMPARE(s.thaiName, u"บัตรประชาชน"_s);
        QCOMPARE(s.targetWaitMinutes, std::optional<int>(15));
        QCOMPARE(s.issued, 12);
        QCOMPARE(s.withinTarget, 8);
        QCOMPARE(s.waitMinutes.counts(), (QList<qint64> {3, 5, 0, 2}));
        QCOMPARE(s.serviceMinutes.total(), 9);
    }

    void aBadPayloadIsNamed_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("version") << u"version"_s << QJsonValue(2) << u"version must be 1"_s;
        QTest::newRow("day") << u"businessDay"_s << QJsonValue(u"6/12/2026"_s) << u"businessDay"_s;
        QTest::newRow("madeAt") << u"madeAt"_s << QJsonValue(1.5) << u"madeAt"_s;
        QTest::newRow("a fraction of a leg") << u"called"_s << QJsonValue(2.5)
                                             << u"services[0].called"_s;
        QTest::newRow("more within target than called")
            << u"withinTarget"_s << QJsonValue(11) << u"withinTarget is more than called"_s;
        QTest::newRow("a histogram of text") << u"waitMinutes"_s << QJsonValue(u"3,5"_s)
                                             << u"services[0].waitMinutes"_s;
        QTest::newRow("no code") << u"serviceCode"_s << QJsonValue(u""_s)
                                 << u"services[0].serviceCode"_s;
        QTest::newRow("a name that is not text") << u"thaiName"_s << QJsonValue(7)
                                                 << u"services[0].thaiName"_s;
    }

    void aBadPayloadIsNamed()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reason);
        QJsonObject service {{u"serviceCode"_s, u"A"_s}, {u"issued"_s, 10}, {u"called"_s, 10},
            {u"served"_s, 9}, {u"noShows"_s, 1}, {u"transfersOut"_s, 0}, {u"cancelled"_s, 0},
            {u"withinTarget"_s, 8}, {u"waitMinutes"_s, QJsonArray {10}},
            {u"serviceMinutes"_s, QJsonArray {0, 9}}};
        QJsonObject payload {{u"version"_s, 1}, {u"businessDay"_s, u"2026-12-06"_s},
            {u"madeAt"_s, 1}};
        if (service.contains(path) || path.endsWith(u"Name"_s))
            service.insert(path, value);
        else
            payload.insert(path, value);
        payload.insert(u"services"_s, QJsonArray {service});
        QString why;
        QVERIFY(!EReportDayIntake::read(QJsonDocument(payload).toJson(), &why));
        QVERIFY2(why.contains(reason), qPrintable(why));
    }

    void rollUpsSumTheirBranches()
    {
        // Two branches in one amphoe, one in another of the same province, one without an area,
        // and a revoked one that reported nothing (left out).
        AreaReport::Source source;
        const auto branch = [&](const QString &code, const QString &province,
                                const QString &amphoe, qint64 called, qint64 within,
                                const QList<qint64> &waits, qint64 revokedAt = 0) {
            AreaReport::Source::Branch b;
            b.branch.code = code;
            b.branch.area = {province, amphoe};
            b.branch.revokedAtMs = revokedAt;
            if (called > 0) {
                b.daysReported = 1;
                AreaFigures f;
                f.called = called;
                f.withinTarget = within;
                f.waitMinutes = histogram(waits);
                b.services.insert(u"A"_s, f);
            }
            source.branches.append(b);
        };
        branch(u"B1"_s, u"10"_s, u"1007"_s, 4, 3, {4});
        branch(u"B2"_s, u"10"_s, u"1007"_s, 6, 0, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 6});
        branch(u"B3"_s, u"10"_s, u"1001"_s, 10, 10, {10});
        branch(u"B4"_s, {}, {}, 1, 1, {1});
        branch(u"B5"_s, u"11"_s, u"1101"_s, 0, 0, {}, 1000);
        source.areaNames.insert(u"d1007"_s, {u"ปทุมวัน"_s, u"Pathum Wan"_s});
        const AreaReport report
            = AreaReport::compute(QDate(2026, 12, 1), QDate(2026, 12, 31), source);
        QCOMPARE(report.branches.size(), 4);
        QCOMPARE(report.branches.last().code, u"B4"_s); // no area: last
        QCOMPARE(report.provinces.size(), 1);
        QCOMPARE(report.amphoes.size(), 2);
        const AreaEntry &pathumWan = report.amphoes.at(1);
        QCOMPARE(pathumWan.code, u"1007"_s);
        QCOMPARE(pathumWan.areaName.english, u"Pathum Wan"_s);
        QCOMPARE(report.amphoes.at(0).areaName.english, u"1001"_s); // not in admin-areas: the code
        QCOMPARE(pathumWan.all.called, 10);
        // 3 of 10 within target: of the sums, not the average of 75 % and 0 %.
        QCOMPARE(*pathumWan.all.withinTargetShare(), 0.3);
        // Legs: 4 at 0, 6 at 10: p50 rank 5 → 10 minutes; p90 rank 9 → 10.
        QCOMPARE(pathumWan.all.waitMinutes.percentile(50), std::optional<int>(10));
        QCOMPARE(report.provinces.first().all.called, 20);
        QCOMPARE(report.total.all.called, 21);
        QCOMPARE(report.total.branches, 4);
        // Filtered to an amphoe.
        const AreaReport one = AreaReport::compute(
            QDate(2026, 12, 1), QDate(2026, 12, 1), source, u"10"_s, u"1001"_s);
        QCOMPARE(one.branches.size(), 1);
        QCOMPARE(one.total.all.called, 10);
    }
};

QTEST_GUILESS_MAIN(TestAreaReport)
#include "tst_areareport.moc"
