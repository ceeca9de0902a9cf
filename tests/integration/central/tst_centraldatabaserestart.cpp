// Central rides out a restart of its PostgreSQL server (issue 14, item 1): while the server is
// down a branch is told 503 storageFailed (never 401, which would send staff to check a token
// that is fine) and /v1/ready says 503; once the server is back, the same central answers again
// without being restarted, and every row a branch pushed before, during (refused, so kept at the
// branch and sent again) and after the outage is stored once.
#include "centralprocess.h"
#include "deskfixture.h"
#include "rawhttp.h"

#include <postgrescluster.h>
#include <storage/database.h>
#include <storage/migration.h>
#include <storage/outbox.h>
#include <storage/writetransaction.h>
#include <sync/syncclient.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

namespace {

// Above DatabaseRecovery::kMaxRetryMs with room for a loaded machine: how long central may take
// to find the server back.
constexpr int kBackWithinMs = 20000;

QByteArray bearer(const QString &token)
{
    return "Authorization: Bearer "_ba + token.toLatin1();
}

QString uuidOf(qint64 seq)
{
    return u"6a0c1d2e-3f40-4b5c-8d6e-%1"_s.arg(seq, 12, 10, QLatin1Char('0'));
}

QByteArray pushRequest(const QString &token, const QList<qint64> &seqs)
{
    QByteArray rows;
    for (const qint64 seq : seqs) {
        if (!rows.isEmpty())
            rows += ',';
        rows += "{\"uuid\":\""_ba + uuidOf(seq).toLatin1() + "\",\"seq\":"_ba
            + QByteArray::number(seq)
            + ",\"kind\":\"event\",\"payload\":{},\"createdAt\":1795680000000}"_ba;
    }
    return httpRequest(
        "POST"_ba, "/v1/ingest"_ba, {bearer(token)}, "{\"rows\":["_ba + rows + "]}"_ba);
}

// The same uuids sent again as one batch (seq 1..n): central's answer names those it has.
QByteArray resendRequest(const QString &token, const QStringList &uuids)
{
    QByteArray rows;
    for (qsizetype i = 0; i < uuids.size(); ++i) {
        if (!rows.isEmpty())
            rows += ',';
        rows += "{\"uuid\":\""_ba + uuids.at(i).toLatin1() + "\",\"seq\":"_ba
            + QByteArray::number(i + 1)
            + ",\"kind\":\"event\",\"payload\":{},\"createdAt\":1795680000000}"_ba;
    }
    return httpRequest(
        "POST"_ba, "/v1/ingest"_ba, {bearer(token)}, "{\"rows\":["_ba + rows + "]}"_ba);
}

// A branch hub's database (core and sync schema) and rows written to its outbox as the hub
// writes them: in a write transaction each.
class HubOutbox
{
public:
    HubOutbox()
    {
        Database::Options options;
        options.migrations = {&m_core, &m_sync};
        m_db = Database::open(m_dir.filePath(u"hub.sqlite"_s), options);
    }
    Database *database() const { return m_db.get(); }
    // count new rows; their uuids appended to m_written. False (why) if one was not written.
    bool write(int count, QString *why)
    {
        for (int i = 0; i < count; ++i) {
            WriteTransaction tx(m_db->connection());
            const QString uuid = Outbox::append(*m_db,
                OutboxRow {{}, u"event"_s,
                    QJsonObject {{u"type"_s, u"ticket.issued"_s},
                        {u"ticketNumber"_s,
                            u"A%1"_s.arg(int(m_written.size()) + 1, 3, 10, QLatin1Char('0'))}},
                    0},
                why);
            if (uuid.isEmpty() || !tx.commit())
                return false;
            m_written << uuid;
        }
        return true;
    }
    const QStringList &written() const { return m_written; }

private:
    QTemporaryDir m_dir;
    const MigrationSet m_core = MigrationSet::core();
    const MigrationSet m_sync = SyncClient::migrations();
    std::unique_ptr<Database> m_db;
    QStringList m_written;
};

} // namespace

class TestCentralDatabaseRestart : public QObject
{
    Q_OBJECT

    // Durable, as a real server runs: a commit central acknowledged survives even an immediate
    // stop (with synchronous_commit off, the test clusters' default, it may not).
    PostgresCluster m_cluster {/*durable=*/true};
    QTemporaryDir m_dir;
    std::unique_ptr<CentralProcess> m_central;
    QString m_token;
    QString m_hubToken; // of the branch whose hub pushes with its SyncClient
    QList<qint64> m_pushed; // every row central acknowledged
    qint64 m_nextSeq = 1;

    RawResponse send(const QByteArray &request) const
    {
        return rawHttp(m_central->port(), request);
    }
    RawResponse get(const QByteArray &path) const
    {
        return send(httpRequest("GET"_ba, path, {bearer(m_token)}));
    }
    // One new row, pushed; central's answer.
    RawResponse pushNext(qint64 *seq)
    {
        *seq = m_nextSeq++;
        return send(pushRequest(m_token, {*seq}));
    }

    // While the server is down: every branch request is 503 storageFailed, readiness too, and
    // liveness still 200. The row refused stays at the branch: its seq is given back.
    void checkDown(qint64 *heldSeq)
    {
        const RawResponse push = pushNext(heldSeq);
        QCOMPARE(push.status, 503);
        QCOMPARE(push.json().value(u"error"_s).toString(), u"storageFailed"_s);
        // Asked again (the outage is known now, the database not asked): the same answer.
        const RawResponse again = send(pushRequest(m_token, {*heldSeq}));
        QCOMPARE(again.status, 503);
        QCOMPARE(again.json().value(u"error"_s).toString(), u"storageFailed"_s);
        const RawResponse statistics = get("/v1/statistics?day=2026-11-25"_ba);
        QCOMPARE(statistics.status, 503);
        QCOMPARE(statistics.json().value(u"error"_s).toString(), u"storageFailed"_s);
        const RawResponse reference = get("/v1/reference/land-parcels"_ba);
        QCOMPARE(reference.status, 503);
        QCOMPARE(reference.json().value(u"error"_s).toString(), u"storageFailed"_s);
        const RawResponse ready = send(httpRequest("GET"_ba, "/v1/ready"_ba));
        QCOMPARE(ready.status, 503);
        QCOMPARE(ready.json().value(u"error"_s).toString(), u"storageFailed"_s);
        QCOMPARE(send(httpRequest("GET"_ba, "/v1/health"_ba)).status, 200);
        // A token that is really unknown is still not let in (nor told 401: nothing is known).
        QVERIFY(send(pushRequest(u"not-a-token"_s, {*heldSeq})).status != 200);
    }

    // Once the server is back: the held row goes (as a branch sends it again), then new ones, and
    // each answer is the batch stored, without restarting central.
    void checkBack(qint64 heldSeq)
    {
        RawResponse held;
        // Central finds the server back at its next attempt; until then it says 503, never 401.
        // qWaitFor, not QTRY: QTRY evaluates its expression once more, which would push again.
        (void)QTest::qWaitFor(
            [&] {
                held = send(pushRequest(m_token, {heldSeq}));
                return held.status != 503;
            },
            kBackWithinMs);
        QVERIFY2(held.status == 200, QByteArray(held.head + "\n" + held.body).constData());
        QVERIFY2(held.json().value(u"inserted"_s).toInt() == 1, held.body.constData());
        m_pushed << heldSeq;
        qint64 after = 0;
        const RawResponse push = pushNext(&after);
        QCOMPARE(push.status, 200);
        QCOMPARE(push.json().value(u"inserted"_s).toInt(), 1);
        m_pushed << after;
        QCOMPARE(send(httpRequest("GET"_ba, "/v1/ready"_ba)).status, 200);
        QCOMPARE(get("/v1/statistics?day=2026-11-25"_ba).status, 200);
        QCOMPARE(get("/v1/reference/land-parcels"_ba).status, 200); // an empty page
        // Said once an outage, however many requests met it.
        const QString log = QString::fromUtf8(m_central->standardError());
        QVERIFY2(log.count(u"lost the database: "_s) == 1, qPrintable(log));
        QVERIFY2(log.count(u"database back after "_s) == 1, qPrintable(log));
    }

    // Every row acknowledged so far is at central once: sent again, each is a duplicate.
    void checkNothingLost()
    {
        const RawResponse again = send(pushRequest(m_token, m_pushed));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(u"inserted"_s).toInt(), 0);
        QSet<QString> duplicates;
        for (const QJsonValue &v : again.json().value(u"duplicates"_s).toArray())
            duplicates.insert(v.toString());
        QCOMPARE(duplicates.size(), m_pushed.size());
        for (const qint64 seq : std::as_const(m_pushed))
            QVERIFY2(duplicates.contains(uuidOf(seq)), qPrintable(uuidOf(seq)));
    }

    void pushBefore()
    {
        qint64 seq = 0;
        const RawResponse push = pushNext(&seq);
        QCOMPARE(push.status, 200);
        m_pushed << seq;
        QCOMPARE(send(httpRequest("GET"_ba, "/v1/ready"_ba)).status, 200);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_cluster.start(&why), qPrintable(why));
        const QString url = m_cluster.createDatabase(u"central"_s, &why);
        QVERIFY2(!url.isEmpty(), qPrintable(why));
        m_central = std::make_unique<CentralProcess>(url);
        m_token = m_central->enrol(u"B001"_s, u"Central World"_s);
        QVERIFY(!m_token.isEmpty());
        m_hubToken = m_central->enrol(u"B002"_s, u"Bang Kapi District Office"_s);
        QVERIFY(!m_hubToken.isEmpty());
        QVERIFY(m_central->start() != 0);
    }

    // pg_ctl stop, requests while it is down, pg_ctl start: fast (sessions told) and immediate
    // (as a crash: central's connection just dies).
    void answersStorageFailedWhileDownAndRecoversAfter_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("stop -m fast") << u"fast"_s;
        QTest::newRow("stop -m immediate") << u"immediate"_s;
    }
    void answersStorageFailedWhileDownAndRecoversAfter()
    {
        QFETCH(QString, mode);
        pushBefore();
        QString why;
        QVERIFY2(m_cluster.stopServer(mode, &why), qPrintable(why));
        qint64 held = 0;
        checkDown(&held);
        // Up again even when a check failed, for the functions after this one.
        QVERIFY2(m_cluster.startServer(&why), qPrintable(why));
        if (QTest::currentTestFailed())
            return;
        checkBack(held);
        if (QTest::currentTestFailed())
            return;
        checkNothingLost();
        QVERIFY(m_central->isRunning());
    }

    // pg_ctl restart between two requests: central's connection is dead when the next request
    // comes, though the server is up. At most that request is 503; then central answers again.
    void recoversFromARestartBetweenRequests_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("restart -m fast") << u"fast"_s;
        QTest::newRow("restart -m immediate") << u"immediate"_s;
    }
    void recoversFromARestartBetweenRequests()
    {
        QFETCH(QString, mode);
        pushBefore();
        QString why;
        QVERIFY2(m_cluster.restartServer(mode, &why), qPrintable(why));
        qint64 seq = 0;
        const RawResponse first = pushNext(&seq);
        QVERIFY2(first.status == 200 || first.status == 503, first.body.constData());
        if (first.status == 200)
            m_pushed << seq;
        else
            checkBack(seq);
        if (QTest::currentTestFailed())
            return;
        checkNothingLost();
    }

    // A hub pushing with its SyncClient through an immediate stop: rows written while central's
    // database is away stay in the hub's outbox, the hub says central failed (not that its token
    // is wrong), and once the database is back they all reach central without restarting either.
    void aPushingHubLosesNothingThroughTheOutage()
    {
        HubOutbox hub;
        QVERIFY(hub.database());
        QString why;
        SyncClient::Options o;
        o.centralUrl = m_central->url();
        o.token = m_hubToken;
        o.minBackoffMs = 10;
        o.maxBackoffMs = 200;
        o.idlePollMs = 50;
        o.probeIntervalMs = 100;
        o.newRowsRetryMs = 100;
        SyncClient client(*hub.database(), o);
        QStringList toldStaff; // every error the hub showed, in order
        connect(&client, &SyncClient::stateChanged, this, [&](const SyncState &state) {
            if (!state.lastError.isEmpty() && !toldStaff.contains(state.lastError))
                toldStaff << state.lastError;
        });
        client.start();
        QVERIFY2(hub.write(5, &why), qPrintable(why));
        QTRY_COMPARE_WITH_TIMEOUT(Outbox::pendingCount(*hub.database()), 0, kBackWithinMs);

        QVERIFY2(m_cluster.stopServer(u"immediate"_s, &why), qPrintable(why));
        QVERIFY2(hub.write(5, &why), qPrintable(why));
        // Staff read why, and that nothing is lost: not a bare HTTP status.
        QTRY_VERIFY_WITH_TIMEOUT(
            client.state().lastError.contains(u"Central cannot reach its database"_s), kBackWithinMs);
        QCOMPARE(Outbox::pendingCount(*hub.database()), 5); // kept at the hub
        QVERIFY2(m_cluster.startServer(&why), qPrintable(why));

        QVERIFY2(hub.write(5, &why), qPrintable(why));
        QTRY_COMPARE_WITH_TIMEOUT(Outbox::pendingCount(*hub.database()), 0, kBackWithinMs);
        QTRY_VERIFY(client.state().lastError.isEmpty());
        client.stop();
        // Never sent to check a token that was good all along.
        for (const QString &said : std::as_const(toldStaff))
            QVERIFY2(!said.contains(u"token"_s), qPrintable(toldStaff.join(u" | "_s)));

        const RawResponse again = send(resendRequest(m_hubToken, hub.written()));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(u"inserted"_s).toInt(), 0);
        QCOMPARE(again.json().value(u"duplicates"_s).toArray().size(), hub.written().size());
        m_central->standardError(); // this outage's lines, checked by the functions above
    }

    // An Open311 client or a desk officer alone (no branch asks meanwhile) finds central back on
    // its database after a restart: their requests are 503 while it is away, then answered.
    void open311AndTheDeskAloneBringCentralBack()
    {
        QString why;
        QVERIFY2(m_cluster.restartServer(u"immediate"_s, &why), qPrintable(why));
        RawResponse services;
        (void)QTest::qWaitFor(
            [&] {
                services = send(httpRequest("GET"_ba, "/open311/v2/services.json"_ba));
                return services.status != 503;
            },
            kBackWithinMs);
        QVERIFY2(services.status == 200, services.body.constData());

        QVERIFY2(m_cluster.restartServer(u"immediate"_s, &why), qPrintable(why));
        RawResponse logIn;
        (void)QTest::qWaitFor(
            [&] {
                logIn = deskLogIn(m_central->port(), u"nobody"_s, "wrong"_ba);
                return logIn.status != 503;
            },
            kBackWithinMs);
        QCOMPARE(logIn.status, 401); // the database answered: no such officer
        const QString log = QString::fromUtf8(m_central->standardError());
        QVERIFY2(log.count(u"database back after "_s) == 2, qPrintable(log));
    }
};

QTEST_GUILESS_MAIN(TestCentralDatabaseRestart)
#include "tst_centraldatabaserestart.moc"
