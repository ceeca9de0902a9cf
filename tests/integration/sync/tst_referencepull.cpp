// The hub pulling reference data from a real saduak-central on loopback (GET /v1/reference/...):
// pages applied with their cursor, a restart that resumes, changes and deletions arriving, a
// "cursor too old" snapshot that leaves the outbox alone, an answer cut in the middle, a central
// that sends garbage, a data set central does not serve, and uploads before downloads. Central on
// SQLite; tst_referencepull_postgres runs the same with central on PostgreSQL.
#include "../central/centralprocess.h"
#include "synctesthelpers.h"

#include <domain/referencedatasets.h>
#include <faultproxy.h>
#include <postgrescluster.h>
#include <referencelogstore.h>
#include <sync/referencepuller.h>

#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

namespace {

const QString kParcels = u"land-parcels"_s;

QByteArray parcel(int i, int version = 1)
{
    return QStringLiteral(
        R"({"deedNumber":"D%1","province":"%2","area":{"rai":%3,"ngan":%4,"wa":%5}})")
        .arg(i)
        .arg(10 + i % 77)
        .arg(i % 50)
        .arg(i % 4)
        .arg(version)
        .toUtf8();
}

// Always answers the same bytes, whatever was asked: a central gone wrong.
class CannedServer : public QTcpServer
{
public:
    explicit CannedServer(QByteArray answer) : m_answer(std::move(answer))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    socket->readAll();
                    socket->write(m_answer);
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

private:
    QByteArray m_answer;
};

} // namespace

class TestReferencePull : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CentralProcess> m_central;
    std::unique_ptr<CentralDatabase> m_centralDb; // the test's own connection, to load data
    QString m_token;
    int m_hubs = 0;

    // Puts items first..last (as version) into the data set at central.
    void load(int first, int last, int version = 1)
    {
        QList<ReferenceLogStore::Upsert> items;
        for (int i = first; i <= last; ++i)
            items.append({u"D"_s + QString::number(i), parcel(i, version)});
        QString why;
        QVERIFY2(m_centralDb->reference().upsert(kParcels, items, nullptr, &why), qPrintable(why));
    }

    std::unique_ptr<Database> newHub(QString *path = nullptr)
    {
        const QString file = m_dir.filePath(u"hub"_s + QString::number(++m_hubs) + u".sqlite"_s);
        if (path)
            *path = file;
        return openHubDatabase(file);
    }

    SyncClient::Options options(const QUrl &url, const QStringList &datasets = {kParcels}) const
    {
        SyncClient::Options o;
        o.centralUrl = url;
        o.token = m_token;
        o.batchSize = 100;
        o.transferTimeoutMs = 2000;
        o.minBackoffMs = 10;
        o.maxBackoffMs = 100;
        o.idlePollMs = 50;
        o.datasets = datasets;
        o.referencePageLimit = 1000;
        o.pullIntervalMs = 50;
        return o;
    }

    qint64 centralLastSeq() const { return m_centralDb->reference().lastSeq(kParcels); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_central = std::make_unique<CentralProcess>(centralLocation(m_dir));
        m_token = m_central->enrol(u"B001"_s, u"Reference branch"_s);
        QVERIFY(!m_token.isEmpty());
        QVERIFY(m_central->start() != 0);
        StorageError error;
        m_centralDb = CentralDatabase::open(m_central->dbPath(), &error);
        QVERIFY2(m_centralDb, qPrintable(error.detail));
        load(1, 2500);
    }

    void pagesAreAppliedWithTheirCursor()
    {
        auto db = newHub();
        SyncClient client(*db, options(m_central->url()));
        QVERIFY(client.puller());
        QList<qint64> cursors;
        QList<qint64> stored;
        QList<int> sizes;
        connect(client.puller(), &ReferencePuller::pageApplied, this,
            [&](const QString &, qint64 cursor, int items, bool) {
                cursors << cursor;
                sizes << items;
                // Each page is in the database with its cursor when it is announced.
                stored << client.puller()->store().state(kParcels).cursor;
            });
        QSignalSpy done(client.puller(), &ReferencePuller::finished);
        client.start();
        QVERIFY(done.wait(20000));
        QCOMPARE(sizes, (QList<int> {1000, 1000, 500}));
        QCOMPARE(stored, cursors);
        QVERIFY(cursors.at(0) < cursors.at(1) && cursors.at(1) < cursors.at(2));
        QCOMPARE(cursors.last(), centralLastSeq());
        ReferenceStore &store = client.puller()->store();
        QCOMPARE(store.itemCount(kParcels), qint64(2500));
        const auto d42 = store.item(kParcels, u"D42"_s);
        QVERIFY(d42);
        QCOMPARE(d42->value(u"province"_s).toString(), u"52"_s);
        QCOMPARE(d42->value(u"area"_s).toObject().value(u"ngan"_s).toInt(), 2);
        QVERIFY(!store.item(kParcels, u"D9999"_s));
        QVERIFY(store.state(kParcels).lastPullMs > 0);
        QVERIFY(client.state().lastError.isEmpty());
    }

    void restartResumesWithoutDownloadingAgain()
    {
        QString path;
        auto db = newHub(&path);
        qint64 firstCursor = 0;
        {
            SyncClient client(*db, options(m_central->url()));
            connect(client.puller(), &ReferencePuller::pageApplied, this,
                [&](const QString &, qint64 cursor) {
                    firstCursor = cursor;
                    client.stop(); // the hub goes down after the first page
                });
            client.start();
            QTRY_VERIFY_WITH_TIMEOUT(firstCursor > 0, 10000);
        }
        QCOMPARE(ReferenceStore(*db).itemCount(kParcels), qint64(1000));
        db.reset();

        db = openHubDatabase(path);
        SyncClient again(*db, options(m_central->url()));
        QSignalSpy requested(again.puller(), &ReferencePuller::pageRequested);
        QSignalSpy applied(again.puller(), &ReferencePuller::pageApplied);
        QSignalSpy done(again.puller(), &ReferencePuller::finished);
        again.start();
        QVERIFY(done.wait(20000));
        QCOMPARE(requested.first().at(1).toLongLong(), firstCursor); // not from 0
        QCOMPARE(applied.size(), 2); // the two pages still missing, nothing twice
        QCOMPARE(again.puller()->store().itemCount(kParcels), qint64(2500));
    }

    void changesAndDeletionsArrive()
    {
        auto db = newHub();
        SyncClient client(*db, options(m_central->url()));
        QSignalSpy done(client.puller(), &ReferencePuller::finished);
        client.start();
        QVERIFY(done.wait(20000));
        ReferenceStore &store = client.puller()->store();
        QCOMPARE(
            store.item(kParcels, u"D7"_s)->value(u"area"_s).toObject().value(u"wa"_s).toInt(), 1);

        load(7, 7, 99); // changed
        load(2501, 2502); // new
        QString why;
        QVERIFY2(
            m_centralDb->reference().remove(kParcels, {u"D8"_s}, nullptr, &why), qPrintable(why));
        QTRY_COMPARE_WITH_TIMEOUT(store.state(kParcels).cursor, centralLastSeq(), 10000);
        QCOMPARE(
            store.item(kParcels, u"D7"_s)->value(u"area"_s).toObject().value(u"wa"_s).toInt(), 99);
        QVERIFY(store.item(kParcels, u"D2502"_s));
        QVERIFY(!store.item(kParcels, u"D8"_s));
        QCOMPARE(store.itemCount(kParcels), qint64(2501));
        // Put back what the other cases expect.
        load(8, 8);
        load(7, 7);
        QVERIFY(m_centralDb->reference().remove(kParcels, {u"D2501"_s, u"D2502"_s}, nullptr));
    }

    void cursorTooOldTakesASnapshotAndKeepsTheOutbox()
    {
        auto db = newHub();
        {
            SyncClient first(*db, options(m_central->url()));
            QSignalSpy done(first.puller(), &ReferencePuller::finished);
            first.start();
            QVERIFY(done.wait(20000));
        }
        ReferenceStore store(*db);
        const qint64 behind = store.state(kParcels).cursor;
        QVERIFY(store.item(kParcels, u"D5"_s));

        // While the hub is away, central deletes D5, loads D3000 and compacts: the hub's cursor
        // is before a tombstone that no longer exists.
        QVERIFY(m_centralDb->reference().remove(kParcels, {u"D5"_s}, nullptr));
        load(3000, 3000);
        const auto compaction = m_centralDb->reference().compact(kParcels);
        QVERIFY(compaction && compaction->minCursor > behind);

        // Rows waiting in the outbox: more than kPushBatchesBeforePull batches, so the pull (and
        // its snapshot) comes while some of them are still pending.
        SyncClient::Options o = options(m_central->url());
        o.batchSize = 10;
        const QStringList uuids = appendRows(*db, 400);
        QCOMPARE(uuids.size(), 400);
        SyncClient client(*db, o);
        int pendingAtSnapshot = -1;
        connect(client.puller(), &ReferencePuller::snapshotStarted, this,
            [&] { pendingAtSnapshot = Outbox::pendingCount(*db); });
        QSignalSpy done(client.puller(), &ReferencePuller::finished);
        client.start();
        QVERIFY(done.wait(20000));
        QVERIFY2(pendingAtSnapshot > 0, "the snapshot came while rows were pending");
        QVERIFY(!store.item(kParcels, u"D5"_s)); // gone, though its tombstone was compacted
        QVERIFY(store.item(kParcels, u"D3000"_s));
        QVERIFY(store.item(kParcels, u"D6"_s));
        QCOMPARE(store.itemCount(kParcels), qint64(2500));
        QCOMPARE(store.state(kParcels).cursor, centralLastSeq());
        QVERIFY(!store.state(kParcels).snapshotInProgress);
        // Every pending row went afterwards, once, in order.
        QTRY_COMPARE_WITH_TIMEOUT(Outbox::pendingCount(*db), 0, 20000);
        QCOMPARE(centralHoldsExactly(m_central->dbPath(), u"B001"_s, uuids), QString());
        // Put back what the other cases expect.
        QVERIFY(m_centralDb->reference().remove(kParcels, {u"D3000"_s}, nullptr));
        load(5, 5);
    }

    void compactionDuringAReadFromZeroStartsItAgain()
    {
        // The hub has D1 from the first page of its read from 0; then central deletes D1 and
        // compacts the tombstone away before the hub asks for the second page. Going on would
        // keep D1 for ever: central must say "too old" although the read began after the last
        // compaction it knew of.
        auto db = newHub();
        SyncClient client(*db, options(m_central->url()));
        bool compacted = false;
        connect(client.puller(), &ReferencePuller::pageApplied, this, [&] {
            if (std::exchange(compacted, true))
                return;
            QVERIFY(client.puller()->store().item(kParcels, u"D1"_s));
            QVERIFY(m_centralDb->reference().remove(kParcels, {u"D1"_s}, nullptr));
            QVERIFY(m_centralDb->reference().compact(kParcels));
        });
        QSignalSpy snapshot(client.puller(), &ReferencePuller::snapshotStarted);
        QSignalSpy done(client.puller(), &ReferencePuller::finished);
        client.start();
        QVERIFY(done.wait(20000));
        QCOMPARE(snapshot.size(), 1);
        ReferenceStore &store = client.puller()->store();
        QVERIFY(!store.item(kParcels, u"D1"_s));
        QCOMPARE(store.itemCount(kParcels), qint64(2499));
        QCOMPARE(store.state(kParcels).cursor, centralLastSeq());
        load(1, 1); // put back what the other cases expect
    }

    void answerCutMidPageAppliesNothingAndLosesNothing()
    {
        auto db = newHub();
        FaultProxy proxy(QHostAddress::LocalHost, m_central->port());
        QVERIFY(proxy.listen());
        proxy.setCloseAfterServerBytes(20000); // a page of 1000 parcels is ~100 KB
        SyncClient client(*db, options(QUrl(proxy.url())));
        QSignalSpy cut(&proxy, &FaultProxy::connectionCut);
        QSignalSpy applied(client.puller(), &ReferencePuller::pageApplied);
        client.start();
        QTRY_VERIFY_WITH_TIMEOUT(cut.size() >= 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!client.state().lastError.isEmpty(), 10000);
        QCOMPARE(applied.size(), 0);
        ReferenceStore store(*db);
        QCOMPARE(store.itemCount(kParcels), qint64(0));
        QCOMPARE(store.state(kParcels).cursor, qint64(0));

        QSignalSpy done(client.puller(), &ReferencePuller::finished);
        proxy.setPass();
        QVERIFY(done.wait(20000));
        QCOMPARE(store.itemCount(kParcels), qint64(2500));
        QCOMPARE(store.state(kParcels).cursor, centralLastSeq());
        QTRY_VERIFY(client.state().lastError.isEmpty());
    }

    void garbageFromCentralIsRefusedWithAClearError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not JSON") << "{\"ok\":true,\"dataset\":\"land-parcels\",\"items\":[{"_ba;
        QTest::newRow("cursor going back")
            << R"({"ok":true,"dataset":"land-parcels","items":[{"key":"D1","payload":{}}],"cursor":0,"more":false,"minCursor":0})"_ba;
        QTest::newRow("item without payload")
            << R"({"ok":true,"dataset":"land-parcels","items":[{"key":"D1","payload":{}},{"key":"D2"}],"cursor":2,"more":false,"minCursor":0})"_ba;
        QTest::newRow("another data set")
            << R"({"ok":true,"dataset":"admin-areas","items":[{"key":"D1","payload":{}}],"cursor":1,"more":false,"minCursor":0})"_ba;
    }

    void garbageFromCentralIsRefusedWithAClearError()
    {
        QFETCH(QByteArray, body);
        CannedServer server(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "_ba
            + QByteArray::number(body.size()) + "\r\n\r\n"_ba + body);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        auto db = newHub();
        SyncClient client(*db, options(QUrl(u"http://127.0.0.1:%1/"_s.arg(server.serverPort()))));
        QSignalSpy failed(client.puller(), &ReferencePuller::failed);
        client.start();
        QVERIFY(failed.wait(10000));
        QTRY_VERIFY(client.state().lastError.contains(u"land-parcels"_s));
        QVERIFY(client.state().lastError.contains(u"could not be read"_s));
        ReferenceStore store(*db);
        QCOMPARE(store.itemCount(kParcels), qint64(0));
        QCOMPARE(store.state(kParcels).cursor, qint64(0));
    }

    void aDataSetCentralDoesNotServeIsReportedAndTheOthersGo()
    {
        auto db = newHub();
        SyncClient client(*db, options(m_central->url(), {u"no-such-set"_s, kParcels}));
        QSignalSpy done(client.puller(), &ReferencePuller::finished);
        client.start();
        QVERIFY(done.wait(20000));
        QVERIFY(
            done.first().first().value<TranslatableText>().toString().contains(u"no-such-set"_s));
        QTRY_VERIFY(client.state().lastError.contains(u"no-such-set"_s));
        QCOMPARE(client.puller()->store().itemCount(kParcels), qint64(2500));
    }

    void uploadsGoBeforeDownloads()
    {
        auto db = newHub();
        const QStringList uuids = appendRows(*db, 350);
        SyncClient::Options o = options(m_central->url());
        o.token = m_central->enrol(u"B002"_s, u"Busy branch"_s); // a branch with only these rows
        QVERIFY(!o.token.isEmpty());
        SyncClient client(*db, o);
        QStringList order;
        int pendingAtFirstRequest = -1;
        connect(&client, &SyncClient::batchAcknowledged, this, [&] { order << u"push"_s; });
        connect(client.puller(), &ReferencePuller::pageRequested, this, [&] {
            if (pendingAtFirstRequest < 0)
                pendingAtFirstRequest = Outbox::pendingCount(*db);
            order << u"pull"_s;
        });
        QSignalSpy done(client.puller(), &ReferencePuller::finished);
        client.start();
        QVERIFY(done.wait(20000));
        QCOMPARE(
            order.mid(0, 5), (QStringList {u"push"_s, u"push"_s, u"push"_s, u"push"_s, u"pull"_s}));
        QCOMPARE(pendingAtFirstRequest, 0);
        QCOMPARE(centralHoldsExactly(m_central->dbPath(), u"B002"_s, uuids), QString());
    }

    void settingsChooseTheDataSets()
    {
        QSettings settings(m_dir.filePath(u"hub.ini"_s), QSettings::IniFormat);
        settings.setValue(u"central/url"_s, u"http://127.0.0.1:1/"_s);
        settings.setValue(u"central/token"_s, u"t"_s);
        auto o = SyncClient::optionsFrom(settings);
        QVERIFY(o);
        QCOMPARE(o->datasets, referenceDatasets()); // all of them by default
        settings.setValue(u"central/datasets"_s, u"land-parcels, admin-areas"_s);
        settings.sync();
        QSettings again(settings.fileName(), QSettings::IniFormat);
        o = SyncClient::optionsFrom(again);
        QVERIFY(o);
        QCOMPARE(o->datasets, (QStringList {u"land-parcels"_s, u"admin-areas"_s}));
        again.setValue(u"central/datasets"_s, u"land-parcel"_s);
        QString why;
        QVERIFY(!SyncClient::optionsFrom(again, &why));
        QVERIFY(why.contains(u"land-parcel"_s));
    }
};

QTEST_GUILESS_MAIN(TestReferencePull)
#include "tst_referencepull.moc"
