// Cross-branch statistics (GET /v1/statistics, docs/central-api.md): branches serve citizens
// with their real queue, push their outbox to a real saduak-central with the SyncClient, and
// central's figures for each branch are the ones that branch's supervisor sees over the LAN.

#include "centralprocess.h"
#include "postgrescluster.h"
#include "queuetestsupport.h"
#include "rawhttp.h"

#include <sync/syncclient.h>

#include <QJsonArray>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

namespace {

// The figures a branch knows and central cannot (counters and targets stay at the branch).
QJsonArray withoutBranchOnlyFigures(const QJsonArray &services)
{
    QJsonArray out;
    for (const QJsonValue &v : services) {
        QJsonObject s = v.toObject();
        for (const QString &key : {u"openCounters"_s, u"estimatedWaitMs"_s,
                 u"estimateFromHistory"_s, u"withinTargetShare"_s})
            s.remove(key);
        out.append(s);
    }
    return out;
}

QJsonObject branchNamed(const QJsonObject &figures, const QString &code)
{
    for (const QJsonValue &b : figures.value(u"branches"_s).toArray()) {
        if (b.toObject().value(u"code"_s).toString() == code)
            return b.toObject();
    }
    return {};
}

// 03:59:59.999 in Bangkok on 26 November 2026: the moment central measures the past business
// day of the 25th at, as its branches roll over at 04:00 (the hubs' default).
qint64 endOfServedDay()
{
    return bangkok(2026, 11, 26, 4, 0) - 1;
}

} // namespace

class tst_CentralStatistics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CentralProcess> m_central;
    QHash<QString, QString> m_tokens; // by branch code

    // Pushes the branch's whole outbox to central through the hub's SyncClient.
    void push(Branch &branch, const QString &code)
    {
        const MigrationSet core = MigrationSet::core();
        const MigrationSet sync = SyncClient::migrations();
        Database::Options options;
        options.migrations = {&core, &sync};
        std::unique_ptr<Database> hub = Database::open(branch.path(), options);
        QVERIFY(hub);
        SyncClient::Options o;
        o.centralUrl = m_central->url();
        o.token = m_tokens.value(code);
        o.minBackoffMs = 10;
        o.maxBackoffMs = 100;
        o.idlePollMs = 50;
        SyncClient client(*hub, o);
        QSignalSpy caughtUp(&client, &SyncClient::caughtUp);
        client.start();
        QTRY_VERIFY_WITH_TIMEOUT(!caughtUp.isEmpty() && client.state().pending == 0, 20000);
        client.stop();
    }

    RawResponse get(const QByteArray &path, const QString &token)
    {
        QList<QByteArray> headers;
        if (!token.isEmpty())
            headers << "Authorization: Bearer " + token.toLatin1();
        return rawHttp(m_central->port(), httpRequest("GET", path, headers));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_central = std::make_unique<CentralProcess>(centralLocation(m_dir));
        for (const auto &[code, name] :
            {std::pair {u"B001"_s, u"Central World"_s}, {u"B002"_s, u"Bang Kapi District Office"_s},
                {u"B003"_s, u"Mall not open yet"_s}}) {
            const QString token = m_central->enrol(code, name);
            QVERIFY(!token.isEmpty());
            m_tokens.insert(code, token);
        }
        QVERIFY(m_central->start() != 0);
    }

    void figuresOfEachBranchAreWhatItsSupervisorSees()
    {
        // Central World: ID cards at counter 1, civil registration at counter 3; one citizen
        // transferred, one no-show, one still waiting at closing.
        Branch world;
        {
            QueueManager &q = world.queue();
            auto at = [&](int minute) { world.setNow(morning() + minute * minuteMs); };
            QVERIFY(q.openCounter(1, {u"A"_s}).ok());
            QVERIFY(q.openCounter(3, {u"B"_s}).ok());
            const Ticket a1 = world.issue(u"A"_s);
            const Ticket a2 = world.issue(u"A"_s);
            const Ticket b1 = world.issue(u"B"_s);
            at(5);
            QVERIFY(q.callNext(1).ok());
            at(6);
            QVERIFY(q.startService(1, a1.id).ok());
            at(10);
            QVERIFY(q.callNext(3).ok());
            at(12);
            QVERIFY(q.startService(3, b1.id).ok());
            at(16);
            QVERIFY(q.finishService(1, a1.id).ok());
            QVERIFY(q.callNext(1).ok());
            at(20);
            QVERIFY(q.transfer(3, b1.id, u"A"_s).ok());
            at(24);
            QVERIFY(q.markNoShow(1, a2.id).ok());
            QVERIFY(q.callNext(1).ok());
            at(25);
            QVERIFY(q.startService(1, b1.id).ok());
            at(31);
            QVERIFY(q.finishService(1, b1.id).ok());
            at(40);
            world.issue(u"B"_s);
        }
        // Bang Kapi: a slower morning on ID cards only.
        Branch bangKapi;
        {
            QueueManager &q = bangKapi.queue();
            auto at = [&](int minute) { bangKapi.setNow(morning() + minute * minuteMs); };
            QVERIFY(q.openCounter(2, {u"A"_s}).ok());
            QList<Ticket> tickets;
            for (int i = 0; i < 4; ++i)
                tickets << bangKapi.issue(u"A"_s);
            int minute = 0;
            for (const Ticket &t : tickets) {
                minute += 7;
                at(minute);
                QVERIFY(q.callNext(2).ok());
                at(minute + 1);
                QVERIFY(q.startService(2, t.id).ok());
                minute += 12;
                at(minute);
                QVERIFY(q.finishService(2, t.id).ok());
            }
        }
        push(world, u"B001"_s);
        push(bangKapi, u"B002"_s);

        const RawResponse r = get("/v1/statistics?day=2026-11-25", m_tokens.value(u"B002"_s));
        QCOMPARE(r.status, 200);
        const QJsonObject figures = r.json();
        QCOMPARE(figures.value(u"ok"_s).toBool(), true);
        QCOMPARE(figures.value(u"businessDay"_s).toString(), u"2026-11-25"_s);
        QCOMPARE(figures.value(u"at"_s).toInteger(), endOfServedDay());

        // What each branch's supervisor screen shows at the same moment.
        world.setNow(endOfServedDay());
        bangKapi.setNow(endOfServedDay());
        const QJsonObject worldLocal = world.queue().statistics()->toJson();
        const QJsonObject bangKapiLocal = bangKapi.queue().statistics()->toJson();
        auto servicesUsed = [](const QJsonObject &local) {
            QJsonArray used;
            for (const QJsonValue &s : local.value(u"services"_s).toArray()) {
                if (s.toObject().value(u"issuedCount"_s).toInt() > 0
                    || s.toObject().value(u"calledCount"_s).toInt() > 0)
                    used.append(s);
            }
            return withoutBranchOnlyFigures(used);
        };
        const QJsonObject worldCentral = branchNamed(figures, u"B001"_s);
        QCOMPARE(worldCentral.value(u"name"_s).toString(), u"Central World"_s);
        QCOMPARE(worldCentral.value(u"services"_s).toArray(), servicesUsed(worldLocal));
        // The branch lists every counter it has; central knows those that served someone.
        QJsonArray countersThatServed;
        for (const QJsonValue &c : worldLocal.value(u"counters"_s).toArray()) {
            if (c.toObject().value(u"servedCount"_s).toInt() > 0)
                countersThatServed.append(c);
        }
        QCOMPARE(countersThatServed.size(), 2);
        QCOMPARE(worldCentral.value(u"counters"_s).toArray(), countersThatServed);
        const QJsonObject bangKapiCentral = branchNamed(figures, u"B002"_s);
        QCOMPARE(bangKapiCentral.value(u"services"_s).toArray(), servicesUsed(bangKapiLocal));

        // Readable in its own right, not only equal: the numbers a person would check.
        const QJsonObject worldTotals = worldCentral.value(u"totals"_s).toObject();
        QCOMPARE(worldTotals.value(u"issuedCount"_s).toInt(), 4);
        QCOMPARE(worldTotals.value(u"servedCount"_s).toInt(), 3); // a1, b1 at B, b1 at A
        QCOMPARE(worldTotals.value(u"waitingNow"_s).toInt(), 1);
        QCOMPARE(worldCentral.value(u"lastEventAt"_s).toInteger(), morning() + 40 * minuteMs);
        const QJsonObject bangKapiTotals = bangKapiCentral.value(u"totals"_s).toObject();
        QCOMPARE(bangKapiTotals.value(u"servedCount"_s).toInt(), 4);
        QCOMPARE(bangKapiTotals.value(u"longestWaitMs"_s).toInteger(), (7 + 19 * 3) * minuteMs);

        // The branch that pushed nothing is listed, with nothing: not missing, not an error.
        const QJsonObject empty = branchNamed(figures, u"B003"_s);
        QCOMPARE(empty.value(u"services"_s).toArray().size(), 0);
        QCOMPARE(empty.value(u"totals"_s).toObject().value(u"issuedCount"_s).toInt(), 0);
        QVERIFY(empty.value(u"lastEventAt"_s).isNull());

        // All branches: counts add up, the average wait is over every call.
        const QJsonObject totals = figures.value(u"totals"_s).toObject();
        QCOMPARE(totals.value(u"issuedCount"_s).toInt(), 8);
        QCOMPARE(totals.value(u"servedCount"_s).toInt(), 7);
        const int calls = worldTotals.value(u"calledCount"_s).toInt()
            + bangKapiTotals.value(u"calledCount"_s).toInt();
        const qint64 waitSum = worldTotals.value(u"averageWaitMs"_s).toInteger()
                * worldTotals.value(u"calledCount"_s).toInt()
            + bangKapiTotals.value(u"averageWaitMs"_s).toInteger()
                * bangKapiTotals.value(u"calledCount"_s).toInt();
        QCOMPARE(totals.value(u"averageWaitMs"_s).toInteger(), waitSum / calls);
        QCOMPARE(totals.value(u"longestWaitMs"_s).toInteger(), (7 + 19 * 3) * minuteMs);
        QJsonObject serviceA;
        for (const QJsonValue &s : figures.value(u"services"_s).toArray()) {
            if (s.toObject().value(u"serviceCode"_s).toString() == u"A"_s)
                serviceA = s.toObject();
        }
        QCOMPARE(serviceA.value(u"issuedCount"_s).toInt(), 2 + 4);
    }

    void aDayWithoutEventsListsEveryBranchEmpty()
    {
        const RawResponse r = get("/v1/statistics?day=2026-11-20", m_tokens.value(u"B001"_s));
        QCOMPARE(r.status, 200);
        const QJsonArray branches = r.json().value(u"branches"_s).toArray();
        QCOMPARE(branches.size(), 3);
        QCOMPARE(r.json().value(u"totals"_s).toObject().value(u"issuedCount"_s).toInt(), 0);
    }

    void refusesWithoutTokenOrWithABadDay()
    {
        QCOMPARE(get("/v1/statistics?day=2026-11-25", {}).status, 401);
        QCOMPARE(get("/v1/statistics?day=2026-11-25", u"not-a-token"_s).status, 401);
        for (const QByteArray &day : {"2026-13-01"_ba, "25/11/2026"_ba, "x"_ba, "2026-11-251"_ba}) {
            const RawResponse r = get("/v1/statistics?day=" + day, m_tokens.value(u"B001"_s));
            QCOMPARE(r.status, 400);
            QCOMPARE(r.json().value(u"error"_s).toString(), u"badRequest"_s);
        }
        const RawResponse post = rawHttp(m_central->port(),
            httpRequest("POST", "/v1/statistics",
                {"Authorization: Bearer " + m_tokens.value(u"B001"_s).toLatin1()}, "{}"));
        QCOMPARE(post.status, 405);
        QVERIFY(m_central->isRunning());
    }
};

QTEST_GUILESS_MAIN(tst_CentralStatistics)
#include "tst_centralstatistics.moc"
