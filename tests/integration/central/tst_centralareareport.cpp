// The area e-report (issue 16, items 6 and 8): branches in their provinces and amphoes push their
// daily e-reports ("ereport.day" rows) over POST /v1/ingest to a real saduak-central, which keeps
// the latest report of each branch and day and answers GET /v1/area-report with the figures per
// branch, amphoe, province and in total, per service too, in JSON and CSV. Every expected figure is
// summed here from the reports the test sent (p50/p90 from the merged histograms, worked out by
// expanding them into the legs' minutes); one is worked out by hand as well. SQLite and
// PostgreSQL (_postgres).
#include "areareportfixture.h"

#include <postgrescluster.h>

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace saduak::test;

namespace {

// What the test expects of one entry, summed from the kept reports.
struct Expected
{
    qint64 issued = 0, called = 0, served = 0, noShows = 0, transfersOut = 0, cancelled = 0,
           withinTarget = 0;
    QList<int> waits, services; // one minute a leg
    int daysReported = 0;

    void add(const SentService &s)
    {
        issued += s.issued;
        called += s.called;
        served += s.served;
        noShows += s.noShows;
        transfersOut += s.transfersOut;
        cancelled += s.cancelled;
        withinTarget += s.withinTarget;
        for (int m = 0; m < s.waitMinutes.size(); ++m)
            for (qint64 i = 0; i < s.waitMinutes.at(m); ++i)
                waits.append(m);
        for (int m = 0; m < s.serviceMinutes.size(); ++m)
            for (qint64 i = 0; i < s.serviceMinutes.at(m); ++i)
                services.append(m);
    }
};

// Nearest rank over the legs themselves: the leg at rank ceil(p/100 x n), ascending.
QJsonValue percentileOf(QList<int> legs, int p)
{
    if (legs.isEmpty())
        return QJsonValue::Null;
    std::sort(legs.begin(), legs.end());
    const qsizetype rank = qsizetype(std::ceil(p * legs.size() / 100.0));
    return legs.at(rank - 1);
}

// The figures of the kept reports of branches from..to (days as text), all services or one.
Expected expected(const QSet<QString> &branches, const QString &from, const QString &to,
    const QString &service = {})
{
    Expected e;
    for (const SentDay &d : keptDays(areaReportDays())) {
        if (!branches.contains(d.branch) || d.businessDay < from || d.businessDay > to)
            continue;
        ++e.daysReported;
        for (const SentService &s : d.services)
            if (service.isEmpty() || s.code == service)
                e.add(s);
    }
    return e;
}

QString compareFigures(const QJsonObject &got, const Expected &e, const QString &what)
{
    const auto differs = [&](const QString &field, const QJsonValue &want) -> QString {
        if (got.value(field) == want)
            return {};
        return what + u": "_s + field + u" is "_s
            + QString::fromUtf8(QJsonDocument(QJsonArray {got.value(field)}).toJson(
                QJsonDocument::Compact))
            + u", expected "_s
            + QString::fromUtf8(
                QJsonDocument(QJsonArray {want}).toJson(QJsonDocument::Compact));
    };
    const QList<std::pair<QString, QJsonValue>> fields {{u"issued"_s, e.issued},
        {u"called"_s, e.called}, {u"served"_s, e.served}, {u"noShows"_s, e.noShows},
        {u"transfersOut"_s, e.transfersOut}, {u"cancelled"_s, e.cancelled},
        {u"withinTarget"_s, e.withinTarget}, {u"waitP50Minutes"_s, percentileOf(e.waits, 50)},
        {u"waitP90Minutes"_s, percentileOf(e.waits, 90)},
        {u"serviceP50Minutes"_s, percentileOf(e.services, 50)},
        {u"serviceP90Minutes"_s, percentileOf(e.services, 90)}};
    for (const auto &[field, want] : fields)
        if (const QString problem = differs(field, want); !problem.isEmpty())
            return problem;
    const QJsonValue share = got.value(u"withinTargetShare"_s);
    if (e.called == 0 ? !share.isNull()
                      : std::abs(share.toDouble(-1) - double(e.withinTarget) / e.called) > 1e-9)
        return what + u": withinTargetShare "_s + QString::number(share.toDouble(-1));
    return {};
}

QJsonObject entry(const QJsonArray &list, const QString &code)
{
    for (const QJsonValue &v : list)
        if (v.toObject().value(u"code"_s).toString() == code)
            return v.toObject();
    return {};
}

QJsonObject serviceOf(const QJsonObject &entry, const QString &code)
{
    for (const QJsonValue &v : entry.value(u"services"_s).toArray())
        if (v.toObject().value(u"serviceCode"_s).toString() == code)
            return v.toObject();
    return {};
}

QSet<QString> branchesWhere(const std::function<bool(const AreaBranch &)> &in)
{
    QSet<QString> codes;
    for (const AreaBranch &b : areaReportBranches())
        if (in(b))
            codes.insert(b.code);
    return codes;
}

} // namespace

class TestCentralAreaReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CentralProcess> m_central;
    QMap<QString, QByteArray> m_auth;

    RawResponse get(const QByteArray &target, const QByteArray &auth)
    {
        return rawHttp(m_central->port(),
            httpRequest("GET"_ba, target, auth.isEmpty() ? QList<QByteArray> {} : QList {auth}));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_central = std::make_unique<CentralProcess>(centralLocation(m_dir));
        QVERIFY(prepareAreaCentral(*m_central, m_dir, &m_auth));
        QVERIFY(m_central->start() != 0);
        QVERIFY(pushAreaReportDays(m_central->port(), m_auth));
    }

    void aMonthIsSummedPerBranchAmphoeProvinceAndInTotal()
    {
        const RawResponse r = get("/v1/area-report?month=2026-12"_ba, m_auth.value(u"B004"_s));
        QCOMPARE(r.status, 200);
        const QJsonObject report = r.json();
        QCOMPARE(report.value(u"from"_s).toString(), u"2026-12-01"_s);
        QCOMPARE(report.value(u"to"_s).toString(), u"2026-12-31"_s);
        const QString from = u"2026-12-01"_s, to = u"2026-12-31"_s;

        const QSet<QString> all = branchesWhere([](const AreaBranch &) { return true; });
        const QJsonObject total = report.value(u"total"_s).toObject();
        QCOMPARE(total.value(u"branches"_s).toInt(), 5);
        QCOMPARE(total.value(u"daysReported"_s).toInt(), expected(all, from, to).daysReported);
        QString problem = compareFigures(total, expected(all, from, to), u"total"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        for (const QString &service : {u"A"_s, u"B"_s}) {
            problem = compareFigures(
                serviceOf(total, service), expected(all, from, to, service), u"total "_s + service);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }

        // Provinces, with their names from admin-areas in both languages.
        const QJsonArray provinces = report.value(u"provinces"_s).toArray();
        QCOMPARE(provinces.size(), 2);
        const QJsonObject bangkok = entry(provinces, u"10"_s);
        QCOMPARE(bangkok.value(u"thaiName"_s).toString(), u"กรุงเทพมหานคร"_s);
        QCOMPARE(bangkok.value(u"englishName"_s).toString(), u"Bangkok"_s);
        QCOMPARE(bangkok.value(u"branches"_s).toInt(), 3);
        for (const QString &code : {u"10"_s, u"11"_s}) {
            const QSet<QString> in
                = branchesWhere([&](const AreaBranch &b) { return b.province == code; });
            problem = compareFigures(
                entry(provinces, code), expected(in, from, to), u"province "_s + code);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            for (const QString &service : {u"A"_s, u"B"_s}) {
                const Expected e = expected(in, from, to, service);
                const QJsonObject s = serviceOf(entry(provinces, code), service);
                if (e.issued == 0 && e.called == 0) // a service no branch there reported
                    continue;
                problem = compareFigures(s, e, u"province "_s + code + u' ' + service);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
            }
        }

        const QJsonArray amphoes = report.value(u"amphoes"_s).toArray();
        QCOMPARE(amphoes.size(), 3);
        for (const QString &code : {u"1001"_s, u"1007"_s, u"1101"_s}) {
            const QSet<QString> in
                = branchesWhere([&](const AreaBranch &b) { return b.amphoe == code; });
            problem = compareFigures(
                entry(amphoes, code), expected(in, from, to), u"amphoe "_s + code);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        QCOMPARE(entry(amphoes, u"1007"_s).value(u"province"_s).toString(), u"10"_s);
        QCOMPARE(entry(amphoes, u"1007"_s).value(u"englishName"_s).toString(), u"Pathum Wan"_s);

        // Worked out by hand: Pathum Wan's ID-card waits in December are B001's 1 December (the
        // report of madeAt 2000: 1 leg at 0 minutes, 2 at 1, 3 at 2, 1 at 4, 2 at 10), its
        // 2 December (3 at 5, 3 at 20) and B002's 1 December (15 at 0, 5 at 30): 35 legs. p90 is
        // the leg at rank ceil(31.5) = 32; counting up: 16 at 0, 18 at 1, 21 at 2, 22 at 4, 25 at
        // 5, 27 at 10, 30 at 20, 35 at 30 — the 32nd waited 30 minutes. p50, rank 18: 1 minute.
        const QJsonObject pathumWanIdCard = serviceOf(entry(amphoes, u"1007"_s), u"A"_s);
        QCOMPARE(pathumWanIdCard.value(u"waitP90Minutes"_s).toInt(), 30);
        QCOMPARE(pathumWanIdCard.value(u"waitP50Minutes"_s).toInt(), 1);
        QCOMPARE(pathumWanIdCard.value(u"thaiName"_s).toString(), u"บัตรประชาชน"_s);
        // A wait of 240 minutes or more counts in the last minute, 240 (B003's).
        QCOMPARE(serviceOf(entry(amphoes, u"1001"_s), u"A"_s).value(u"waitP90Minutes"_s).toInt(),
            240);

        const QJsonArray branches = report.value(u"branches"_s).toArray();
        QCOMPARE(branches.size(), 5);
        for (const AreaBranch &b : areaReportBranches()) {
            const QJsonObject got = entry(branches, b.code);
            QCOMPARE(got.value(u"name"_s).toString(), b.name);
            QCOMPARE(got.value(u"province"_s).toString(), b.province);
            QCOMPARE(got.value(u"amphoe"_s).toString(), b.amphoe);
            const Expected e = expected({b.code}, from, to);
            QCOMPARE(got.value(u"daysReported"_s).toInt(), e.daysReported);
            problem = compareFigures(got, e, u"branch "_s + b.code);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        // The latest report of B001's 1 December counts, not the ones of madeAt 1500 and 1000.
        QCOMPARE(serviceOf(entry(branches, u"B001"_s), u"A"_s).value(u"issued"_s).toInt(), 10 + 6);
        // A branch without an area is in the total and in no province.
        QVERIFY(entry(branches, u"B005"_s).value(u"province"_s).isNull());
    }

    void aDayAndAnAreaAreChosen()
    {
        const QString day = u"2026-12-02"_s;
        RawResponse r = get("/v1/area-report?day=2026-12-02&province=10"_ba, m_auth.value(u"B001"_s));
        QCOMPARE(r.status, 200);
        QJsonObject report = r.json();
        QCOMPARE(report.value(u"from"_s).toString(), day);
        QCOMPARE(report.value(u"to"_s).toString(), day);
        QCOMPARE(report.value(u"province"_s).toString(), u"10"_s);
        const QSet<QString> bangkok
            = branchesWhere([](const AreaBranch &b) { return b.province == u"10"_s; });
        QString problem = compareFigures(
            report.value(u"total"_s).toObject(), expected(bangkok, day, day), u"total"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(report.value(u"provinces"_s).toArray().size(), 1);
        QCOMPARE(report.value(u"branches"_s).toArray().size(), 3); // B002 reported nothing: zeros
        QCOMPARE(entry(report.value(u"branches"_s).toArray(), u"B002"_s)
                     .value(u"daysReported"_s)
                     .toInt(),
            0);

        // An amphoe's key stands for its code, and its province follows from it.
        r = get("/v1/area-report?month=2026-12&amphoe=d1007"_ba, m_auth.value(u"B001"_s));
        QCOMPARE(r.status, 200);
        report = r.json();
        QCOMPARE(report.value(u"province"_s).toString(), u"10"_s);
        QCOMPARE(report.value(u"amphoe"_s).toString(), u"1007"_s);
        const QSet<QString> pathumWan {u"B001"_s, u"B002"_s};
        problem = compareFigures(report.value(u"total"_s).toObject(),
            expected(pathumWan, u"2026-12-01"_s, u"2026-12-31"_s), u"total"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // November holds only B001's 30th.
        r = get("/v1/area-report?month=2026-11"_ba, m_auth.value(u"B001"_s));
        QCOMPARE(r.json().value(u"total"_s).toObject().value(u"issued"_s).toInt(), 7);
    }

    void theCsvHasTheSameFigures()
    {
        const RawResponse r
            = get("/v1/area-report?month=2026-12&format=csv&lang=en"_ba, m_auth.value(u"B003"_s));
        QCOMPARE(r.status, 200);
        QVERIFY2(r.head.toLower().contains("content-type: text/csv; charset=utf-8"), r.head);
        QVERIFY(r.head.contains("area-report-2026-12.csv"));
        QVERIFY(r.body.startsWith("\xEF\xBB\xBF")); // a spreadsheet reads it as UTF-8
        const QStringList lines
            = QString::fromUtf8(r.body.mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
        const QStringList header = lines.first().split(u',');
        const auto column = [&](const QStringList &line, const QString &name) {
            return line.value(header.indexOf(name));
        };
        const QStringList total = lines.at(1).split(u',');
        QCOMPARE(column(total, u"level"_s), u"total"_s);
        const Expected all = expected(branchesWhere([](const AreaBranch &) { return true; }),
            u"2026-12-01"_s, u"2026-12-31"_s);
        QCOMPARE(column(total, u"issued"_s).toLongLong(), all.issued);
        QCOMPARE(column(total, u"waitP90Minutes"_s), percentileOf(all.waits, 90).toVariant().toString());
        // Pathum Wan's line, after Bangkok's and before its branches.
        const qsizetype bangkok = lines.indexOf(
            *std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) {
                return l.startsWith(u"province,10,Bangkok,,,,,,,"_s);
            }));
        QVERIFY(bangkok > 1);
        const auto pathumWan = std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) {
            return l.startsWith(u"amphoe,10,Bangkok,1007,Pathum Wan,,,A,ID card,"_s);
        });
        QVERIFY(pathumWan != lines.cend());
        QVERIFY(pathumWan - lines.cbegin() > bangkok);
        QCOMPARE(column(pathumWan->split(u','), u"waitP90Minutes"_s), u"30"_s);
    }

    // saduak-central area-report: the same JSON on central's machine, the same CSV; a bad month
    // is the operator's to fix (exit 2).
    void theOperatorGetsTheSameReport()
    {
        QString out, err;
        QCOMPARE(m_central->command({u"area-report"_s, u"--month"_s, u"2026-12"_s, u"--amphoe"_s,
                     u"1007"_s},
                     &out, &err),
            0);
        QJsonObject api = get("/v1/area-report?month=2026-12&amphoe=1007"_ba, m_auth.value(u"B001"_s))
                              .json();
        api.remove(u"ok"_s);
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object(), api);
        QCOMPARE(m_central->command({u"area-report"_s, u"--day"_s, u"2026-12-02"_s, u"--format"_s,
                     u"csv"_s},
                     &out, &err),
            0);
        const RawResponse csv
            = get("/v1/area-report?day=2026-12-02&format=csv&lang=en"_ba, m_auth.value(u"B001"_s));
        // The test runs it with --language en; its output is read as text, which drops the BOM.
        QVERIFY(csv.body.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(out.toUtf8(), csv.body.mid(3).trimmed());
        QCOMPARE(m_central->command({u"area-report"_s, u"--month"_s, u"12-2026"_s}, &out, &err), 2);
        QVERIFY2(err.contains(u"YYYY-MM"_s), qPrintable(err));
    }

    void badQueriesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not a month") << "/v1/area-report?month=2026-13"_ba << u"YYYY-MM"_s;
        QTest::newRow("not a day") << "/v1/area-report?day=2026-02-30"_ba << u"YYYY-MM-DD"_s;
        QTest::newRow("both") << "/v1/area-report?day=2026-12-01&month=2026-12"_ba
                              << u"not both"_s;
        QTest::newRow("amphoe of another province")
            << "/v1/area-report?province=11&amphoe=1007"_ba << u"not in the province"_s;
        QTest::newRow("province not a code") << "/v1/area-report?province=bkk"_ba << u"2 digits"_s;
        QTest::newRow("format") << "/v1/area-report?format=xml"_ba << u"json or csv"_s;
    }

    void badQueriesAreRefused()
    {
        QFETCH(QByteArray, target);
        QFETCH(QString, reason);
        const RawResponse r = get(target, m_auth.value(u"B001"_s));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"badRequest"_s);
        QVERIFY2(r.json().value(u"reason"_s).toString().contains(reason), r.body);
    }

    void onlyABranchTokenReadsIt()
    {
        QCOMPARE(get("/v1/area-report"_ba, {}).status, 401);
        QCOMPARE(get("/v1/area-report"_ba, "Authorization: Bearer nonsense"_ba).status, 401);
        // The page is the desk's: its address leads there, with the query.
        const RawResponse page = get("/area-report?month=2026-12&lang=en"_ba, {});
        QCOMPARE(page.status, 303);
        QVERIFY2(page.head.contains("Location: /desk/area-report?month=2026-12&lang=en"), page.head);
    }

    void aMalformedReportIsRefusedAndTheRestStored()
    {
        SentDay good {u"B004"_s, u"2026-12-03"_s, 5000,
            {{u"B"_s, 1, 1, 1, 0, 0, 0, 1, minutes({{2, 1}}), minutes({{3, 1}})}}};
        QJsonObject bad = ereportPayload(good);
        bad.insert(u"businessDay"_s, u"2026-12-04"_s);
        QJsonArray services = bad.value(u"services"_s).toArray();
        QJsonObject first = services.at(0).toObject();
        first.insert(u"waitMinutes"_s, QJsonArray {1, -2});
        services.replace(0, first);
        bad.insert(u"services"_s, services);
        QJsonObject unversioned = ereportPayload(good);
        unversioned.insert(u"version"_s, 2);
        const RawResponse r = pushRows(m_central->port(), m_auth.value(u"B004"_s),
            {ereportRow(901, bad), ereportRow(902, ereportPayload(good)),
                ereportRow(903, unversioned)});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"inserted"_s).toInt(), 1);
        const QJsonArray refused = r.json().value(u"refused"_s).toArray();
        QCOMPARE(refused.size(), 2);
        QCOMPARE(refused.at(0).toObject().value(u"seq"_s).toInt(), 901);
        QVERIFY2(refused.at(0).toObject().value(u"reason"_s).toString().contains(
                     u"services[0].waitMinutes"_s),
            qPrintable(refused.at(0).toObject().value(u"reason"_s).toString()));
        QVERIFY(refused.at(1).toObject().value(u"reason"_s).toString().contains(u"version"_s));
        // Sent again, the same answer: refused for good.
        const RawResponse again = pushRows(
            m_central->port(), m_auth.value(u"B004"_s), {ereportRow(901, bad)});
        QCOMPARE(again.json().value(u"refused"_s).toArray().size(), 1);

        const QJsonObject report
            = get("/v1/area-report?day=2026-12-03"_ba, m_auth.value(u"B004"_s)).json();
        QCOMPARE(report.value(u"total"_s).toObject().value(u"issued"_s).toInt(), 1);
        QCOMPARE(get("/v1/area-report?day=2026-12-04"_ba, m_auth.value(u"B004"_s))
                     .json()
                     .value(u"total"_s)
                     .toObject()
                     .value(u"daysReported"_s)
                     .toInt(),
            0);
    }
};

QTEST_GUILESS_MAIN(TestCentralAreaReport)
#include "tst_centralareareport.moc"
