// Issue 6's "done when": a branch serves citizens through its hub (a kiosk and two counters on
// the LAN protocol) while saduak-central is SIGKILLed and restarted at random moments. At the
// end central holds exactly the hub's outbox, each row once and in the branch's order; central's
// figures for the day are the ones the branch's own statistics give; and the counter's link —
// what its status bar shows — saw central lost and the backlog drained to nothing.
// SADUAK_SOAK_SEED=N replays a run (the seed is printed).
#include "../central/centralprocess.h"
#include "../central/rawhttp.h"
#include "postgrescluster.h"
#include "synctesthelpers.h"

#include <hub/branchhub.h>
#include <hub/devicestore.h>
#include <hub/hubserver.h>
#include <queuelink/hubclient.h>
#include <queuelink/remotequeuelink.h>
#include <seatedstaff.h>

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

namespace {

// Runs the event loop until the link answers the command.
QueueReply await(const std::function<void(QueueLink::Done)> &send)
{
    std::optional<QueueReply> reply;
    send([&](const QueueReply &r) { reply = r; });
    waitUntil([&] { return reply.has_value(); }, 10000);
    return reply.value_or(QueueReply {});
}

QStringList outboxUuids(Database &db)
{
    QStringList uuids;
    QSqlQuery q(db.connection());
    q.exec(u"SELECT uuid FROM outbox ORDER BY seq"_s);
    while (q.next())
        uuids << q.value(0).toString();
    return uuids;
}

} // namespace

class tst_BranchDayWithCentral : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<RemoteQueueLink> connect(
        BranchHub &hub, Device::Role role, const QString &name, int counterNumber = 0)
    {
        const auto pairing = hub.devices().pair(role, name, counterNumber);
        if (!pairing)
            return nullptr;
        // An officer logged in at each counter PC (seated): the day is about sync, not log-ins.
        if (role == Device::Role::Counter && !test::seatStaff(hub.database(), pairing->device.id))
            return nullptr;
        auto link = std::make_unique<RemoteQueueLink>(QUrl(hub.server()->url()), pairing->token);
        link->client().setBackoff(10, 100);
        link->start();
        return link;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void centralKilledAtRandomWhileCountersServe()
    {
        const quint32 seed = qEnvironmentVariableIsSet("SADUAK_SOAK_SEED")
            ? quint32(qEnvironmentVariableIntValue("SADUAK_SOAK_SEED"))
            : QRandomGenerator::global()->generate();
        qInfo("seed %u (SADUAK_SOAK_SEED=%u replays this run)", seed, seed);
        QRandomGenerator random(seed);

        CentralProcess central(centralLocation(m_dir));
        const QString token = central.enrol(u"B001"_s, u"Central World"_s);
        QVERIFY(!token.isEmpty());
        const quint16 port = central.start();
        QVERIFY(port != 0);

        BranchHub::Options options;
        options.databasePath = m_dir.filePath(u"branch.sqlite"_s);
        options.queue.openAllDay = true;
        StorageError error;
        auto hub = BranchHub::open(options, &error);
        QVERIFY2(hub, qPrintable(error.detail));
        QVERIFY(hub->listen(QHostAddress::LocalHost, 0));
        SyncClient::Options sync;
        sync.centralUrl = central.url();
        sync.token = token;
        sync.batchSize = 20;
        sync.transferTimeoutMs = 500;
        sync.minBackoffMs = 10;
        sync.maxBackoffMs = 200;
        sync.idlePollMs = 50;
        hub->startSync(sync);

        auto kiosk = connect(*hub, Device::Role::Kiosk, u"Kiosk"_s);
        auto counter1 = connect(*hub, Device::Role::Counter, u"Counter 1"_s, 1);
        auto counter2 = connect(*hub, Device::Role::Counter, u"Counter 2"_s, 2);
        QVERIFY(kiosk && counter1 && counter2);
        QTRY_VERIFY(kiosk->state() == QueueLink::State::Online
            && counter1->state() == QueueLink::State::Online
            && counter2->state() == QueueLink::State::Online);

        // What counter 1's status bar is shown, as it changes.
        int outagesSeen = 0; // outages the counter was shown, with rows waiting
        bool lostShown = false;
        QObject::connect(counter1.get(), &QueueLink::syncStateChanged, this, [&] {
            const auto &state = counter1->syncState();
            if (state && !state->connected && !state->lastError.isEmpty() && state->pending > 0)
                lostShown = true;
        });

        QVERIFY(await([&](auto done) { counter1->openCounter(1, {u"A"_s, u"B"_s}, done); }).ok);
        QVERIFY(await([&](auto done) { counter2->openCounter(2, {u"A"_s, u"C"_s}, done); }).ok);

        const QStringList services {u"A"_s, u"B"_s, u"C"_s};
        int kills = 0;
        int served = 0;
        // Central is down for rounds [down, up); three outages at random places.
        QList<std::pair<int, int>> outages;
        for (int start : {4, 16, 28}) {
            const int down = start + int(random.bounded(4));
            outages.append({down, down + 2 + int(random.bounded(4))});
        }
        for (int round = 0; round < 40; ++round) {
            for (const auto &[down, up] : std::as_const(outages)) {
                if (round == down) {
                    central.kill(); // SIGKILL, whatever it was doing
                    ++kills;
                    lostShown = false;
                } else if (round == up) {
                    // The hub tells its devices at most once a second; the outage lasts until
                    // the counter has been shown it, as a person at the counter would see it.
                    QTRY_VERIFY_WITH_TIMEOUT(lostShown, 15000);
                    ++outagesSeen;
                    QCOMPARE(central.start(port), port);
                }
            }
            // Citizens take tickets at the kiosk...
            for (int i = 0, n = 1 + int(random.bounded(2)); i < n; ++i) {
                const QString service = services.at(int(random.bounded(int(services.size()))));
                QVERIFY(await([&](auto done) {
                    kiosk->issueTicket(service, PriorityClass::Normal, done);
                }).ok);
            }
            // ...and a counter serves the next one.
            RemoteQueueLink &counter = round % 2 == 0 ? *counter1 : *counter2;
            const int number = round % 2 == 0 ? 1 : 2;
            const QueueReply called = await([&](auto done) { counter.callNext(number, done); });
            if (!called.ok || !called.ticket)
                continue; // nobody waiting for this counter's services
            const QString id = called.ticket->id;
            QVERIFY(await([&](auto done) {
                counter.ticketCommand(u"startService"_s, number, id, done);
            }).ok);
            if (random.bounded(5) == 0) { // one-stop: on to another service, same ticket
                const QString to = called.ticket->serviceCode == u"A"_s ? u"B"_s : u"A"_s;
                QVERIFY(await([&](auto done) { counter.transfer(number, id, to, done); }).ok);
            } else {
                QVERIFY(await([&](auto done) {
                    counter.ticketCommand(u"finishService"_s, number, id, done);
                }).ok);
            }
            ++served;
        }
        QCOMPARE(kills, 3);
        QVERIFY(served > 10);
        if (!central.isRunning())
            QCOMPARE(central.start(port), port);

        // The backlog drains; the status bar ends at nothing pending and no error.
        QTRY_VERIFY_WITH_TIMEOUT(counter1->syncState() && counter1->syncState()->pending == 0
                && counter1->syncState()->connected && counter1->syncState()->lastError.isEmpty(),
            30000);
        QCOMPARE(outagesSeen, 3);

        // Identical on both sides: every outbox row once, in the branch's order.
        const QStringList uuids = outboxUuids(hub->database());
        QVERIFY(uuids.size() > 40);
        const QString differs = centralHoldsExactly(central.dbPath(), u"B001"_s, uuids);
        QVERIFY2(differs.isEmpty(), qPrintable(differs));

        // And the figures: what the branch's supervisor sees is what central computes.
        QJsonObject local;
        counter1->requestStatistics([&](const QJsonObject &statistics) { local = statistics; });
        QTRY_VERIFY(!local.isEmpty());
        const QString day = local.value(u"businessDay"_s).toString();
        const RawResponse r = rawHttp(port,
            httpRequest("GET", "/v1/statistics?day=" + day.toLatin1(),
                {"Authorization: Bearer " + token.toLatin1()}));
        QCOMPARE(r.status, 200);
        const QJsonArray branches = r.json().value(u"branches"_s).toArray();
        QCOMPARE(branches.size(), 1);
        QHash<QString, QJsonObject> localServices;
        for (const QJsonValue &s : local.value(u"services"_s).toArray())
            localServices.insert(s.toObject().value(u"serviceCode"_s).toString(), s.toObject());
        const QJsonArray centralServices
            = branches.first().toObject().value(u"services"_s).toArray();
        QVERIFY(centralServices.size() >= 2);
        for (const QJsonValue &v : centralServices) {
            const QJsonObject atCentral = v.toObject();
            const QJsonObject atBranch
                = localServices.value(atCentral.value(u"serviceCode"_s).toString());
            // Figures of what happened; "now"-measured ones differ by the moments asked.
            for (const QString &key : {u"issuedCount"_s, u"waitingNow"_s, u"calledCount"_s,
                     u"servedCount"_s, u"averageWaitMs"_s, u"longestWaitMs"_s,
                     u"averageServiceMs"_s, u"averageWalkMs"_s})
                QVERIFY2(atCentral.value(key) == atBranch.value(key),
                    qPrintable(atCentral.value(u"serviceCode"_s).toString() + u" "_s + key));
        }
    }
};

QTEST_MAIN(tst_BranchDayWithCentral)
#include "tst_branchdaywithcentral.moc"
