// A hub catches up as soon as central is back (issue 14 item 2): central goes away in the middle
// of a working day, the back-off grows, new rows shorten the wait, a device sees how many rows
// wait as they are recorded, and when central answers again on its port everything arrives
// within seconds, not at the end of a back-off of tens of seconds.
#include "../central/centralprocess.h"
#include "synctesthelpers.h"

#include <hub/branchhub.h>
#include <hub/devicestore.h>
#include <hub/hubserver.h>
#include <queue/queuemanager.h>
#include <queuelink/hubclient.h>
#include <queuelink/remotequeuelink.h>

#include <QSettings>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

namespace {

// Listens on central's port while central is down and never answers: a central whose machine
// is up but whose program hangs. Records the request line of every request it gets, so the test
// tells the outbox's pushes (POST /v1/ingest) from the probes (GET /v1/ready).
class SilentCentral : public QObject
{
public:
    bool listen(quint16 port)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    QByteArray &seen = m_buffers[socket];
                    const bool hadLine = seen.contains('\n');
                    seen += socket->readAll();
                    if (!hadLine && seen.contains('\n'))
                        m_requests << QString::fromLatin1(seen.left(seen.indexOf('\r')));
                });
            }
        });
        return m_server.listen(QHostAddress::LocalHost, port);
    }
    void close()
    {
        m_server.close();
        qDeleteAll(findChildren<QTcpSocket *>());
        m_buffers.clear();
    }
    int pushes() const { return int(m_requests.filter(u"POST /v1/ingest"_s).size()); }

private:
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QStringList m_requests;
};

QStringList outboxUuids(Database &db)
{
    QStringList uuids;
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT uuid FROM outbox ORDER BY seq"_s))
        return {};
    while (q.next())
        uuids << q.value(0).toString();
    return uuids;
}

} // namespace

class TestSyncCatchUp : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<BranchHub> openHub(const QString &name)
    {
        BranchHub::Options options;
        options.databasePath = m_dir.filePath(name);
        options.queue.openAllDay = true; // the test runs at any hour with the real clock
        StorageError error;
        auto hub = BranchHub::open(options, &error);
        if (hub && !hub->listen(QHostAddress::LocalHost, 0))
            return nullptr;
        return hub;
    }

    static std::unique_ptr<RemoteQueueLink> connectDevice(BranchHub &hub)
    {
        const auto pairing = hub.devices().pair(Device::Role::Counter, u"Counter 1"_s, 1);
        if (!pairing)
            return nullptr;
        auto link = std::make_unique<RemoteQueueLink>(QUrl(hub.server()->url()), pairing->token);
        link->client().setBackoff(10, 100);
        link->start();
        return link;
    }

    static bool issueTickets(BranchHub &hub, int count)
    {
        for (int i = 0; i < count; ++i)
            if (!hub.queue().issueTicket(u"A"_s).ok())
                return false;
        return true;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void backoffCeilingIsASetting_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("maxBackoffMs"); // 0: refused
        QTest::newRow("absent: five minutes") << QString() << 300'000;
        QTest::newRow("thirty seconds") << u"30"_s << 30'000;
        QTest::newRow("a day") << u"86400"_s << 86'400'000;
        QTest::newRow("zero") << u"0"_s << 0;
        QTest::newRow("not a number") << u"soon"_s << 0;
        QTest::newRow("more than a day") << u"86401"_s << 0;
    }

    void backoffCeilingIsASetting()
    {
        QFETCH(QString, value);
        QFETCH(int, maxBackoffMs);
        QSettings settings(m_dir.filePath(u"backoff-%1.ini"_s.arg(QString::fromUtf8(QTest::currentDataTag()))),
            QSettings::IniFormat);
        settings.setValue(u"central/url"_s, u"http://127.0.0.1:7430/"_s);
        settings.setValue(u"central/token"_s, u"t"_s);
        if (!value.isEmpty())
            settings.setValue(u"central/maxBackoffSeconds"_s, value);
        QString why;
        const auto options = SyncClient::optionsFrom(settings, &why);
        if (maxBackoffMs == 0) {
            QVERIFY(!options);
            QVERIFY2(why.contains(u"central/maxBackoffSeconds \"%1\""_s.arg(value)), qPrintable(why));
            return;
        }
        QVERIFY2(options, qPrintable(why));
        QCOMPARE(options->maxBackoffMs, maxBackoffMs);
        QVERIFY(options->minBackoffMs <= options->maxBackoffMs);
    }

    void catchesUpAsSoonAsCentralAnswersAgain()
    {
        CentralProcess central(m_dir.filePath(u"central.sqlite"_s));
        const QString token = central.enrol(u"B001"_s, u"Central World"_s);
        QVERIFY(!token.isEmpty());
        const quint16 port = central.start();
        QVERIFY(port != 0);

        QSettings settings(m_dir.filePath(u"hub.ini"_s), QSettings::IniFormat);
        settings.setValue(u"central/url"_s, central.url().toString());
        settings.setValue(u"central/token"_s, token);
        settings.setValue(u"central/maxBackoffSeconds"_s, 30);
        QString why;
        auto options = SyncClient::optionsFrom(settings, &why);
        QVERIFY2(options, qPrintable(why));
        QCOMPARE(options->maxBackoffMs, 30'000);
        // The first failure alone waits 10 to 20 s, the second 15 to 30 s: every wait below is a
        // few seconds, so nothing in this test can pass by waiting a back-off out.
        options->minBackoffMs = 20'000;
        options->probeIntervalMs = 1000;
        options->newRowsRetryMs = 1000;
        // Long enough that a failed attempt's own recount of the outbox (at its end) comes after
        // the live count the device must show.
        options->transferTimeoutMs = 5000;
        options->datasets.clear(); // pushes only: a pull would be one more request to tell apart

        auto hub = openHub(u"branch.sqlite"_s);
        QVERIFY(hub);
        auto link = connectDevice(*hub);
        QVERIFY(link);
        QTRY_COMPARE(link->state(), QueueLink::State::Online);
        hub->startSync(*options);
        QVERIFY(issueTickets(*hub, 3));
        QTRY_VERIFY_WITH_TIMEOUT(
            link->syncState() && link->syncState()->pending == 0 && link->syncState()->connected,
            15000);
        const qint64 lastSuccess = link->syncState()->lastSuccessMs;
        QVERIFY(lastSuccess > 0);

        // Central's program hangs: its port takes connections and never answers.
        central.kill();
        SilentCentral silent;
        QVERIFY(silent.listen(port));
        QVERIFY(issueTickets(*hub, 1));
        QTRY_VERIFY_WITH_TIMEOUT(!link->syncState()->connected, 10000);
        QCOMPARE(silent.pushes(), 1); // now a back-off of 10 to 20 s runs

        // The branch works on. The device's "N waiting" follows the outbox as rows are recorded,
        // and new rows bring the next push within seconds.
        QVERIFY(issueTickets(*hub, 5));
        const int waiting = Outbox::pendingCount(hub->database());
        QVERIFY(waiting >= 6);
        QTRY_COMPARE_WITH_TIMEOUT(link->syncState()->pending, waiting, 4000);
        QTRY_COMPARE_WITH_TIMEOUT(silent.pushes(), 2, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!link->syncState()->connected, 10000);
        QCOMPARE(link->syncState()->pending, waiting);

        // Central comes back on its port while a back-off of at least 15 s runs, with no new row
        // to shorten it: every row is there within seconds.
        silent.close();
        QCOMPARE(central.start(port), port);
        const QStringList uuids = outboxUuids(hub->database());
        QTRY_VERIFY_WITH_TIMEOUT(link->syncState()->pending == 0 && link->syncState()->connected
                && link->syncState()->lastSuccessMs > lastSuccess,
            8000);
        QCOMPARE(centralHoldsExactly(central.dbPath(), u"B001"_s, uuids), QString());
        QVERIFY(link->syncState()->lastError.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncCatchUp)
#include "tst_synccatchup.moc"
