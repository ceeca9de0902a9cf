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
#include <seatedstaff.h>

#include <QScopeGuard>
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

// Listens on central's port while central is down: silent (a central whose machine is up but
// whose program hangs), or answering every request with one fixed HTTP answer (a central whose
// database is away, a token it no longer knows). Records the request line of every request, so
// the test tells the outbox's pushes (POST /v1/ingest) from the probes (GET /v1/ready).
class StandInCentral : public QObject
{
public:
    bool listen(quint16 port)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
                    m_buffers.remove(socket);
                    socket->deleteLater();
                });
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    m_buffers[socket] += socket->readAll();
                    serve(socket);
                });
            }
        });
        return m_server.listen(QHostAddress::LocalHost, port);
    }
    // From now on (and for requests already waiting) every request gets this answer, and the
    // connection is closed after it.
    void answerWith(int status, const QByteArray &phrase, const QByteArray &json)
    {
        m_answer = "HTTP/1.1 " + QByteArray::number(status) + ' ' + phrase
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(json.size()) + "\r\nConnection: close\r\n\r\n" + json;
        for (QTcpSocket *socket : findChildren<QTcpSocket *>())
            serve(socket);
    }
    void close()
    {
        m_server.close();
        for (QTcpSocket *socket : findChildren<QTcpSocket *>()) {
            socket->disconnect();
            delete socket;
        }
        m_buffers.clear();
    }
    quint16 port() const { return m_server.serverPort(); }
    int pushes() const { return int(m_requests.filter(u"POST /v1/ingest"_s).size()); }
    int pulls() const { return int(m_requests.filter(u"GET /v1/reference/"_s).size()); }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &seen = m_buffers[socket];
        const qsizetype headerEnd = seen.indexOf("\r\n\r\n");
        if (headerEnd < 0 || socket->property("answered").toBool())
            return;
        if (!socket->property("counted").toBool()) {
            socket->setProperty("counted", true);
            m_requests << QString::fromLatin1(seen.left(seen.indexOf('\r')));
        }
        // The whole body first: a connection closed on unread bytes is reset, not answered.
        qsizetype length = 0;
        for (const QByteArray &line : seen.left(headerEnd).split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (m_answer.isEmpty() || seen.size() < headerEnd + 4 + length)
            return;
        seen = QByteArray(); // answered: null from now on
        socket->setProperty("answered", true);
        socket->write(m_answer);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QStringList m_requests;
    QByteArray m_answer;
};

// The sync's log lines (category saduak.sync), while a test installs this.
QStringList g_syncLog;
QtMessageHandler g_previousHandler = nullptr;
void collectSyncLog(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (context.category && QByteArray(context.category) == "saduak.sync")
        g_syncLog.append(text);
    if (g_previousHandler)
        g_previousHandler(type, context, text);
}

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

    // Counter 1's PC with an officer logged in (seated): syncNow is an officer's command.
    static std::unique_ptr<RemoteQueueLink> connectDevice(BranchHub &hub)
    {
        const auto pairing = hub.devices().pair(Device::Role::Counter, u"Counter 1"_s, 1);
        if (!pairing || !test::seatStaff(hub.database(), pairing->device.id))
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
        StandInCentral silent;
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

    // Staff who know central is back press "Send now" (syncNow) and do not wait out the back-off:
    // the push comes within seconds while the back-off is at least 30 s and nothing else (no new
    // row, no probe) would shorten it. A hub without central says it sends nothing.
    void aDeviceMakesItTryNow()
    {
        StandInCentral failing; // central's database is away: every request 503
        failing.answerWith(503, "Service Unavailable",
            R"({"error":"storageFailed","message":"central cannot reach its database"})");
        QVERIFY(failing.listen(0));
        auto hub = openHub(u"now.sqlite"_s);
        QVERIFY(hub);
        auto link = connectDevice(*hub);
        QVERIFY(link);
        QTRY_COMPARE(link->state(), QueueLink::State::Online);

        const auto ask = [&link] {
            std::optional<QJsonObject> answer;
            link->command(u"syncNow"_s, {}, [&answer](const QJsonObject &r) { answer = r; });
            (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000);
            return answer.value_or(QJsonObject {});
        };
        QCOMPARE(ask().value(u"syncing"_s), QJsonValue(false)); // no central yet

        SyncClient::Options options;
        options.centralUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(failing.port()));
        options.token = u"any"_s;
        options.minBackoffMs = 60'000; // the first failure alone waits 30 to 60 s
        options.maxBackoffMs = 120'000;
        options.probeIntervalMs = 600'000;
        options.newRowsRetryMs = 600'000;
        options.datasets.clear();
        hub->startSync(options);
        QVERIFY(issueTickets(*hub, 2));
        QTRY_VERIFY_WITH_TIMEOUT(link->syncState() && !link->syncState()->connected
                && !link->syncState()->lastError.isEmpty(),
            10000);
        QCOMPARE(failing.pushes(), 1);

        const QJsonObject reply = ask();
        QCOMPARE(reply.value(u"ok"_s), QJsonValue(true));
        QCOMPARE(reply.value(u"syncing"_s), QJsonValue(true));
        QTRY_COMPARE_WITH_TIMEOUT(failing.pushes(), 2, 5000);
    }

    // An operator reads where sync stands from the log alone (issue 14 item 3): each change once,
    // however often it retries, with its cause in words.
    void logsEachChangeOnceWithItsCause()
    {
        CentralProcess central(m_dir.filePath(u"central-log.sqlite"_s));
        const QString token = central.enrol(u"B002"_s, u"Siam"_s);
        QVERIFY(!token.isEmpty());
        const quint16 port = central.start();
        QVERIFY(port != 0);
        SyncClient::Options options;
        options.centralUrl = central.url();
        options.token = token;
        options.minBackoffMs = 10;
        options.maxBackoffMs = 200;
        options.transferTimeoutMs = 1000;
        auto db = openHubDatabase(m_dir.filePath(u"log.sqlite"_s));
        QVERIFY(db);
        QCOMPARE(appendRows(*db, 5).size(), 5);

        g_syncLog.clear();
        g_previousHandler = qInstallMessageHandler(collectSyncLog);
        const auto restore = qScopeGuard([] { qInstallMessageHandler(g_previousHandler); });
        SyncClient sync(*db, options);
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(sync.state().pending == 0 && sync.state().lastSuccessMs > 0, 15000);
        QTRY_COMPARE(g_syncLog,
            (QStringList {u"sync started: 5 rows waiting for central at %1"_s.arg(central.url().toString()),
                u"caught up: nothing waiting for central"_s}));

        // Central hangs: a timeout, said as one, once for all the attempts.
        central.kill();
        StandInCentral standIn;
        QVERIFY(standIn.listen(port));
        QCOMPARE(appendRows(*db, 3).size(), 3);
        sync.pushSoon();
        QTRY_VERIFY_WITH_TIMEOUT(standIn.pushes() >= 3, 15000);
        QCOMPARE(g_syncLog.mid(2), QStringList {u"central unreachable: no answer within 1 s"_s});

        // Central answers, but fails: its code and reason, once.
        standIn.answerWith(503, "Service Unavailable",
            R"({"ok":false,"error":"storageFailed","reason":"the database is away"})");
        const int before = standIn.pushes();
        QTRY_VERIFY_WITH_TIMEOUT(standIn.pushes() >= before + 3, 15000);
        QCOMPARE(g_syncLog.mid(3),
            QStringList {u"central failed (HTTP 503 storageFailed): the database is away"_s});

        // Central no longer knows the token.
        standIn.answerWith(401, "Unauthorized",
            R"({"ok":false,"error":"unauthorized","reason":"missing or unknown branch token"})");
        const int before401 = standIn.pushes();
        QTRY_VERIFY_WITH_TIMEOUT(standIn.pushes() >= before401 + 3, 15000);
        QCOMPARE(g_syncLog.mid(4),
            QStringList {u"central refused the branch token (HTTP 401): check central/token"_s});

        // Central is back: said once, then that the branch has caught up. While it starts, the
        // port refuses connections, which is said too.
        standIn.close();
        QCOMPARE(central.start(port), port);
        QTRY_VERIFY_WITH_TIMEOUT(sync.state().pending == 0 && sync.state().connected, 15000);
        QTRY_COMPARE(g_syncLog.last(), u"caught up: nothing waiting for central"_s);
        QStringList back = g_syncLog.mid(5);
        back.removeAll(u"central unreachable: Connection refused"_s);
        QCOMPARE(back,
            (QStringList {u"central answers again: 3 rows taken, 0 still waiting"_s,
                u"caught up: nothing waiting for central"_s}));
        for (const QString &line : std::as_const(g_syncLog))
            QVERIFY2(!line.contains(u"canceled"_s, Qt::CaseInsensitive), qPrintable(line));

        sync.stop();
        QCOMPARE(g_syncLog.last(), u"sync stopped: 0 rows waiting"_s);
    }

    // A pull of reference data that keeps failing is said once too, and not taken for the
    // outbox's "caught up" between two attempts.
    void logsAFailingPullOnce()
    {
        CentralProcess central(m_dir.filePath(u"central-pull.sqlite"_s));
        const QString token = central.enrol(u"B003"_s, u"Bang Kapi"_s);
        QVERIFY(!token.isEmpty());
        const quint16 port = central.start();
        QVERIFY(port != 0);
        SyncClient::Options options;
        options.centralUrl = central.url();
        options.token = token;
        options.minBackoffMs = 10;
        options.maxBackoffMs = 200;
        options.transferTimeoutMs = 1000;
        options.idlePollMs = 50;
        options.pullIntervalMs = 1; // a pull at every look: each retry pulls again
        options.datasets = {u"service-catalog"_s};
        auto db = openHubDatabase(m_dir.filePath(u"pull.sqlite"_s));
        QVERIFY(db);

        g_syncLog.clear();
        g_previousHandler = qInstallMessageHandler(collectSyncLog);
        const auto restore = qScopeGuard([] { qInstallMessageHandler(g_previousHandler); });
        SyncClient sync(*db, options);
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(g_syncLog.contains(u"caught up: nothing waiting for central"_s), 15000);

        central.kill();
        StandInCentral standIn;
        QVERIFY(standIn.listen(port));
        QTRY_VERIFY_WITH_TIMEOUT(standIn.pulls() >= 3, 15000);
        standIn.answerWith(503, "Service Unavailable",
            R"({"ok":false,"error":"storageFailed","reason":"the database is away"})");
        const int before = standIn.pulls();
        QTRY_VERIFY_WITH_TIMEOUT(standIn.pulls() >= before + 3, 15000);
        QCOMPARE(g_syncLog,
            (QStringList {u"sync started: 0 rows waiting for central at %1"_s.arg(central.url().toString()),
                u"caught up: nothing waiting for central"_s,
                u"reference data not pulled: service-catalog: central unreachable: no answer "
                "within 1 s"_s,
                u"reference data not pulled: service-catalog: central failed (HTTP 503 "
                "storageFailed): the database is away"_s}));
    }
};

QTEST_GUILESS_MAIN(TestSyncCatchUp)
#include "tst_synccatchup.moc"
