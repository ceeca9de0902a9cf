// SyncClient against a real saduak-central process on loopback, with faults on the wire from
// FaultProxy and central killed with SIGKILL. After each: every outbox row is in central exactly
// once, in the branch's order, and the hub knows it (no row left pending).
#include "../central/centralprocess.h"
#include "synctesthelpers.h"

#include <faultproxy.h>
#include <postgrescluster.h>
#include <sync/outboxpushstore.h>

#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

class TestSyncClient : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CentralProcess> m_central;
    int m_branches = 0;

    struct Branch
    {
        QString code;
        QString token;
        std::unique_ptr<Database> db;
    };

    Branch newBranch(CentralProcess &central)
    {
        Branch b;
        b.code = u"B"_s + QString::number(++m_branches);
        b.token = central.enrol(b.code, u"Branch "_s + b.code);
        b.db = openHubDatabase(m_dir.filePath(b.code + u".sqlite"_s));
        return b;
    }

    static SyncClient::Options fastOptions(const QUrl &url, const QString &token)
    {
        SyncClient::Options o;
        o.centralUrl = url;
        o.token = token;
        o.batchSize = 100;
        o.transferTimeoutMs = 400;
        o.minBackoffMs = 10;
        o.maxBackoffMs = 100;
        o.idlePollMs = 50;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_central = std::make_unique<CentralProcess>(centralLocation(m_dir));
        QVERIFY(!m_central->enrol(u"B0"_s, u"warm-up"_s).isEmpty());
        QVERIFY(m_central->start() != 0);
    }

    void pushesEveryRowOnceInOrder()
    {
        Branch b = newBranch(*m_central);
        QVERIFY(b.db && !b.token.isEmpty());
        const QStringList uuids = appendRows(*b.db, 1050);
        QCOMPARE(uuids.size(), 1050);
        // The first row was written three hours ago (the link was down overnight, say): the
        // oldest waiting row's age is at least that, and not a day more.
        constexpr qint64 threeHoursMs = 3 * 3600 * 1000;
        QSqlQuery age(b.db->connection());
        QVERIFY(age.exec(u"UPDATE outbox SET created_at_ms = created_at_ms - %1 "
                         "WHERE seq = (SELECT min(seq) FROM outbox)"_s.arg(threeHoursMs)));
        QCOMPARE(age.numRowsAffected(), 1);

        SyncClient client(*b.db, fastOptions(m_central->url(), b.token));
        QCOMPARE(client.state().pending, 1050);
        QVERIFY2(client.state().oldestPendingAgeMs >= threeHoursMs
                && client.state().oldestPendingAgeMs < threeHoursMs + 24 * 3600 * 1000,
            qPrintable(QString::number(client.state().oldestPendingAgeMs)));
        QVERIFY(!client.state().oldestPendingTooOld); // warned at two days by default
        QCOMPARE(client.state().lastSuccessMs, 0);
        QSignalSpy acked(&client, &SyncClient::batchAcknowledged);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(Outbox::pendingCount(*b.db), 0, 15000);
        QCOMPARE(centralHoldsExactly(m_central->dbPath(), b.code, uuids), QString());
        QCOMPARE(acked.size(), 11); // ten of 100, one of 50
        QTRY_COMPARE(client.state().pending, 0);
        QVERIFY(client.state().lastSuccessMs > 0);
        QVERIFY(client.state().lastError.isEmpty());
        QCOMPARE(client.state().deadLetters, 0);
        QCOMPARE(client.state().oldestPendingAgeMs, 0);

        // Rows written later go too.
        const QStringList more = appendRows(*b.db, 7);
        client.pushSoon();
        QTRY_COMPARE_WITH_TIMEOUT(Outbox::pendingCount(*b.db), 0, 10000);
        QCOMPARE(centralHoldsExactly(m_central->dbPath(), b.code, uuids + more), QString());
    }

    void survivesFaultOnTheWire_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("delay") << u"delay"_s;
        QTest::newRow("central accepts and never answers") << u"blackhole"_s;
        QTest::newRow("connection cut mid-request") << u"closeAfterBytes"_s;
        QTest::newRow("answer lost after central committed") << u"dropResponse"_s;
    }

    void survivesFaultOnTheWire()
    {
        QFETCH(QString, fault);
        Branch b = newBranch(*m_central);
        const QStringList uuids = appendRows(*b.db, 450);
        QCOMPARE(uuids.size(), 450);

        FaultProxy proxy(QHostAddress::LocalHost, m_central->port());
        QVERIFY(proxy.listen());
        SyncClient client(*b.db, fastOptions(QUrl(proxy.url()), b.token));
        int duplicates = 0;
        connect(&client, &SyncClient::batchAcknowledged, this,
            [&](qint64, qint64, int, int d) { duplicates += d; });

        if (fault == u"delay"_s)
            proxy.setDelay(30);
        else if (fault == u"blackhole"_s)
            proxy.setBlackhole();
        else if (fault == u"closeAfterBytes"_s)
            proxy.setCloseAfterBytes(3000);
        else
            proxy.setDropResponseAfterForwarding();
        client.start();

        if (fault != u"delay"_s) {
            // The fault happened, more than once, and the hub says so.
            QTRY_VERIFY_WITH_TIMEOUT(proxy.connectionsAccepted() >= 2, 10000);
            QTRY_VERIFY_WITH_TIMEOUT(!client.state().lastError.isEmpty(), 10000);
            QVERIFY(!client.state().connected);
            QVERIFY(client.state().pending > 0);
            if (fault == u"dropResponse"_s)
                QVERIFY(proxy.responsesDropped() >= 1);
            proxy.setPass();
        }
        QTRY_COMPARE_WITH_TIMEOUT(Outbox::pendingCount(*b.db), 0, 20000);
        QCOMPARE(centralHoldsExactly(m_central->dbPath(), b.code, uuids), QString());
        QTRY_VERIFY(client.state().lastError.isEmpty());
        if (fault == u"dropResponse"_s)
            QVERIFY2(duplicates > 0,
                "the rows central committed but the hub never heard of "
                "came back as duplicates");
    }

    void lateDuplicateDeliveriesAreStoredOnce()
    {
        // Requests held back longer than the client waits reach central after the client has
        // retried them: duplicated and out-of-order deliveries.
        Branch b = newBranch(*m_central);
        const QStringList uuids = appendRows(*b.db, 300);
        FaultProxy proxy(QHostAddress::LocalHost, m_central->port());
        QVERIFY(proxy.listen());
        SyncClient::Options options = fastOptions(QUrl(proxy.url()), b.token);
        options.transferTimeoutMs = 200;
        SyncClient client(*b.db, options);
        proxy.setDelay(500);
        client.start();
        QTRY_VERIFY_WITH_TIMEOUT(proxy.connectionsAccepted() >= 3, 10000);
        proxy.setDelay(5);
        QTRY_COMPARE_WITH_TIMEOUT(Outbox::pendingCount(*b.db), 0, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(proxy.lateDeliveriesPending(), 0, 10000); // they arrived
        QCOMPARE(centralHoldsExactly(m_central->dbPath(), b.code, uuids), QString());
    }

    void centralKilledMidBatchIsCaughtUpAfterRestart()
    {
        CentralProcess central(centralLocation(m_dir, u"killed-central"_s));
        Branch b = newBranch(central);
        QVERIFY(!b.token.isEmpty());
        const quint16 port = central.start();
        QVERIFY(port != 0);
        const QStringList uuids = appendRows(*b.db, 3000);

        SyncClient client(*b.db, fastOptions(central.url(), b.token));
        QSignalSpy acked(&client, &SyncClient::batchAcknowledged);
        client.start();
        QVERIFY(acked.wait(10000));
        central.kill(); // the next batch is on its way
        QTRY_VERIFY_WITH_TIMEOUT(!client.state().lastError.isEmpty(), 10000);
        const int pendingWhileDown = Outbox::pendingCount(*b.db);
        QVERIFY(pendingWhileDown > 0 && pendingWhileDown < 3000);

        QCOMPARE(central.start(port), port);
        QTRY_COMPARE_WITH_TIMEOUT(Outbox::pendingCount(*b.db), 0, 20000);
        QCOMPARE(centralHoldsExactly(central.dbPath(), b.code, uuids), QString());
    }

    void refusedRowsAreDeadLetteredAndTheRowsBehindGo()
    {
        Branch b = newBranch(*m_central);
        // Row 4: a payload central refuses by name (over 256 KiB). Row 11: a payload so big the
        // whole request is over central's 8 MiB body limit (413), so the batch must be split.
        const QStringList uuids = appendRows(*b.db, 20, {{4, 300 * 1024}, {11, 9 * 1024 * 1024}});
        QCOMPARE(uuids.size(), 20);
        SyncClient client(*b.db, fastOptions(m_central->url(), b.token));
        QSignalSpy dead(&client, &SyncClient::rowDeadLettered);
        client.start();
        // Not QTRY: its polling sleeps 10 ms between rounds, and Qt's network thread takes each
        // 16 KiB of a request body from this thread's event loop, so a 9 MiB body would crawl.
        QVERIFY(waitUntil([&] { return client.state().pending == 0; }, 20000));

        QStringList delivered = uuids;
        delivered.removeAt(11);
        delivered.removeAt(4);
        QCOMPARE(centralHoldsExactly(m_central->dbPath(), b.code, delivered), QString());
        QCOMPARE(client.state().deadLetters, 2);
        QCOMPARE(dead.size(), 2);
        // The supervisor's list: which rows, and central's reason for each.
        const QList<DeadLetter> letters = client.store().deadLetters();
        QCOMPARE(letters.size(), 2);
        QCOMPARE(letters.at(0).uuid, uuids.at(4));
        QCOMPARE(letters.at(0).httpStatus, 200); // named in an acknowledgement
        QVERIFY(letters.at(0).reason.contains(u"payload"_s));
        QCOMPARE(letters.at(1).uuid, uuids.at(11));
        QCOMPARE(letters.at(1).httpStatus, 413);
        // Dead letters stay in the outbox, not acknowledged, for someone to look at.
        QCOMPARE(Outbox::pendingCount(*b.db), 2);
    }

    void bigRowsGoInBatchesCentralTakes()
    {
        // 60 rows of ~170 KB (complaint attachment parts are ~175 KB): 10 MB in all, over
        // central's 8 MiB body limit in one batch of 100. Batches cut at 4 MiB of payload go as
        // they are; central never answers 413 (its log, which says each refusal, has none).
        CentralProcess central(centralLocation(m_dir, u"big-rows-central"_s));
        Branch b = newBranch(central);
        QVERIFY(!b.token.isEmpty());
        QVERIFY(central.start() != 0);
        central.standardError(); // the start's lines
        QHash<int, qsizetype> big;
        for (int i = 0; i < 60; ++i)
            big.insert(i, 170 * 1024);
        const QStringList uuids = appendRows(*b.db, 60, big);
        QCOMPARE(uuids.size(), 60);

        SyncClient client(*b.db, fastOptions(central.url(), b.token));
        QSignalSpy acked(&client, &SyncClient::batchAcknowledged);
        QSignalSpy dead(&client, &SyncClient::rowDeadLettered);
        client.start();
        // Not QTRY (see refusedRowsAreDeadLetteredAndTheRowsBehindGo): big bodies need the loop.
        QVERIFY(waitUntil([&] { return client.state().pending == 0; }, 30000));
        QCOMPARE(centralHoldsExactly(central.dbPath(), b.code, uuids), QString());
        QCOMPARE(dead.size(), 0);

        const QString log = QString::fromUtf8(central.standardError());
        QVERIFY2(!log.contains(u" 413 "_s), qPrintable(log.left(2000)));
        // Each batch, one after the other from the first row to the last, holds at most 4 MiB of
        // payload, and the cut left no room for one more row.
        QVERIFY(acked.size() >= 3);
        QSqlQuery bytes(b.db->connection());
        QVERIFY(bytes.prepare(u"SELECT count(*), sum(length(CAST(payload AS BLOB))) FROM outbox "
                              "WHERE seq BETWEEN ? AND ?"_s));
        QSqlQuery range(b.db->connection());
        QVERIFY(range.exec(u"SELECT min(seq), max(seq) FROM outbox"_s) && range.next());
        const qint64 last = range.value(1).toLongLong();
        qint64 next = range.value(0).toLongLong();
        for (const QList<QVariant> &batch : std::as_const(acked)) {
            QCOMPARE(batch.at(0).toLongLong(), next);
            bytes.addBindValue(batch.at(0).toLongLong());
            bytes.addBindValue(batch.at(1).toLongLong());
            QVERIFY(bytes.exec() && bytes.next());
            const qint64 payload = bytes.value(1).toLongLong();
            QVERIFY2(payload <= OutboxPushStore::kMaxBatchPayloadBytes,
                qPrintable(QString::number(payload)));
            if (batch.at(1).toLongLong() < last) // a cut batch: one more row would have passed
                QVERIFY(payload + 170 * 1024 > OutboxPushStore::kMaxBatchPayloadBytes);
            bytes.finish();
            next = batch.at(1).toLongLong() + 1;
        }
        QCOMPARE(next, last + 1);
    }

    void restartedClientResumesFromTheDatabase()
    {
        Branch b = newBranch(*m_central);
        const QString path = b.db->path();
        const QStringList uuids = appendRows(*b.db, 1000);
        FaultProxy proxy(QHostAddress::LocalHost, m_central->port());
        QVERIFY(proxy.listen());
        proxy.setDelay(20);
        {
            SyncClient client(*b.db, fastOptions(QUrl(proxy.url()), b.token));
            QSignalSpy acked(&client, &SyncClient::batchAcknowledged);
            client.start();
            QTRY_VERIFY_WITH_TIMEOUT(acked.size() >= 2, 10000);
        } // stopped with a batch in flight
        const int left = Outbox::pendingCount(*b.db);
        QVERIFY(left > 0 && left <= 800);
        b.db.reset();

        b.db = openHubDatabase(path);
        SyncClient again(*b.db, fastOptions(m_central->url(), b.token));
        QCOMPARE(again.state().pending, left);
        QVERIFY(again.state().lastSuccessMs > 0); // remembered across the restart
        again.start();
        QTRY_COMPARE_WITH_TIMEOUT(Outbox::pendingCount(*b.db), 0, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(proxy.lateDeliveriesPending(), 0, 10000);
        QCOMPARE(centralHoldsExactly(m_central->dbPath(), b.code, uuids), QString());
    }

    // Central acknowledged a batch but the hub cannot mark it: its database is held by another
    // writer (a maintenance job, a stuck program). The hub marks a batch only once the next
    // one is on its way, so that one is cancelled too; both go again, in order, and central
    // still holds every row once.
    void batchThatCannotBeMarkedGoesAgainInOrder()
    {
        Branch b = newBranch(*m_central);
        const QStringList uuids = appendRows(*b.db, 600);
        // Fail fast instead of waiting the full busy timeout for the other writer.
        QVERIFY(QSqlQuery(b.db->connection()).exec(u"PRAGMA busy_timeout = 100"_s));
        std::unique_ptr<Database> other = openHubDatabase(b.db->path());
        QVERIFY(other);
        std::optional<WriteTransaction> otherWriter;

        SyncClient client(*b.db, fastOptions(m_central->url(), b.token));
        QSignalSpy acked(&client, &SyncClient::batchAcknowledged);
        connect(&client, &SyncClient::batchAcknowledged, this, [&] {
            if (acked.size() == 1) // right after the first batch is marked
                otherWriter.emplace(other->connection());
        });
        client.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            client.state().lastError.contains(u"could not be used"_s), 10000);
        QVERIFY(otherWriter && otherWriter->isActive());
        QCOMPARE(acked.size(), 1);
        QCOMPARE(Outbox::pendingCount(*b.db), 500); // central has more, the hub marked one
        otherWriter.reset(); // rolled back: the other writer goes away

        QTRY_COMPARE_WITH_TIMEOUT(Outbox::pendingCount(*b.db), 0, 15000);
        QCOMPARE(centralHoldsExactly(m_central->dbPath(), b.code, uuids), QString());
        QTRY_VERIFY(client.state().lastError.isEmpty());
    }

    void wrongTokenKeepsEveryRow()
    {
        Branch b = newBranch(*m_central);
        const QStringList uuids = appendRows(*b.db, 10);
        SyncClient client(*b.db, fastOptions(m_central->url(), u"not-the-token"_s));
        client.start();
        QTRY_VERIFY_WITH_TIMEOUT(client.state().lastError.contains(u"token"_s), 10000);
        QCOMPARE(Outbox::pendingCount(*b.db), 10);
        QCOMPARE(client.state().deadLetters, 0);
    }

    // central/keepSentDays: rows central acknowledged longer ago are deleted from the hub after
    // an acknowledgement; rows acknowledged within it, and rows still waiting, stay.
    void acknowledgedRowsGoAfterTheirKeepTime()
    {
        Branch b = newBranch(*m_central);
        QVERIFY(b.db && !b.token.isEmpty());
        const QStringList first = appendRows(*b.db, 6);
        {
            SyncClient client(*b.db, fastOptions(m_central->url(), b.token));
            client.start();
            QTRY_COMPARE_WITH_TIMEOUT(Outbox::pendingCount(*b.db), 0, 10000);
        }
        auto held = [&] {
            QSqlQuery q(b.db->connection());
            q.exec(u"SELECT count(*) FROM outbox"_s);
            return q.next() ? q.value(0).toInt() : -1;
        };
        QCOMPARE(held(), 6); // acknowledged today: kept
        // Three were acknowledged four days ago, three two days ago.
        const qint64 dayMs = 24LL * 3600 * 1000;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QSqlQuery age(b.db->connection());
        QVERIFY(age.exec(u"UPDATE outbox SET acked_at_ms = %1 WHERE seq IN "
                         "(SELECT seq FROM outbox ORDER BY seq LIMIT 3)"_s.arg(now - 4 * dayMs)));
        QVERIFY(age.exec(u"UPDATE outbox SET acked_at_ms = %1 WHERE acked_at_ms > %2"_s
                             .arg(now - 2 * dayMs)
                             .arg(now - 3 * dayMs)));

        QSettings settings(m_dir.filePath(u"keep.ini"_s), QSettings::IniFormat);
        settings.setValue(u"central/url"_s, m_central->url().toString());
        settings.setValue(u"central/token"_s, b.token);
        settings.setValue(u"central/keepSentDays"_s, u"3"_s);
        QString why;
        const auto parsed = SyncClient::optionsFrom(settings, &why);
        QVERIFY2(parsed, qPrintable(why));
        QCOMPARE(parsed->keepAcknowledgedMs, 3 * dayMs);
        SyncClient::Options options = fastOptions(m_central->url(), b.token);
        options.keepAcknowledgedMs = parsed->keepAcknowledgedMs;
        const QStringList later = appendRows(*b.db, 2);
        SyncClient client(*b.db, options);
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(Outbox::pendingCount(*b.db), 0, 10000);
        QTRY_COMPARE(held(), 5); // the three four days old went; two days old and new stay
        QCOMPARE(centralHoldsExactly(m_central->dbPath(), b.code, first + later), QString());

        for (const QString &bad : {u"0"_s, u"3651"_s, u"a week"_s}) {
            settings.setValue(u"central/keepSentDays"_s, bad);
            QVERIFY(!SyncClient::optionsFrom(settings, &why));
            QVERIFY2(why.contains(u"central/keepSentDays \"%1\""_s.arg(bad)), qPrintable(why));
        }
    }

    void warnsWhenTheOldestPendingRowIsTooOld()
    {
        Branch b = newBranch(*m_central);
        {
            WriteTransaction tx(b.db->connection());
            OutboxRow row;
            row.kind = u"event"_s;
            row.createdAtMs = QDateTime::currentMSecsSinceEpoch() - 3LL * 24 * 3600 * 1000;
            QVERIFY(!Outbox::append(*b.db, row).isEmpty());
            QVERIFY(tx.commit());
        }
        SyncClient::Options options = fastOptions(QUrl(u"http://127.0.0.1:1/"_s), b.token);
        SyncClient client(*b.db, options); // offline: nothing listens on port 1
        QCOMPARE(client.state().pending, 1);
        QVERIFY(client.state().oldestPendingAgeMs >= 3LL * 24 * 3600 * 1000);
        QVERIFY(client.state().oldestPendingTooOld); // default warning age: two days
    }
};

QTEST_GUILESS_MAIN(TestSyncClient)
#include "tst_syncclient.moc"
