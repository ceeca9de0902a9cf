// The sync state travels from a hub's SyncClient, pushing to a real saduak-central, over the LAN
// protocol to a device's RemoteQueueLink: pending going to 0 while central takes the rows; with
// central gone, pending growing and the last error set; a device that connects later has it from
// its "welcome"; a hub without central sends none.
#include "../central/centralprocess.h"
#include "synctesthelpers.h"

#include <hub/branchhub.h>
#include <hub/devicestore.h>
#include <hub/hubserver.h>
#include <queuelink/hubclient.h>
#include <queuelink/remotequeuelink.h>
#include <saduak/branchsession.h>
#include <shell/appsettings.h>

#include <QElapsedTimer>
#include <QSettings>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

class TestSyncStateLink : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static SyncClient::Options fastOptions(const QUrl &url, const QString &token)
    {
        SyncClient::Options o;
        o.centralUrl = url;
        o.token = token;
        o.batchSize = 10;
        o.transferTimeoutMs = 400;
        o.minBackoffMs = 10;
        o.maxBackoffMs = 100;
        o.idlePollMs = 50;
        o.oldestPendingWarningMs = 2 * 3600 * 1000;
        return o;
    }

    std::unique_ptr<BranchHub> openHub(const QString &name)
    {
        BranchHub::Options options;
        options.databasePath = m_dir.filePath(name);
        options.queue.openAllDay = true;
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

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void hubWithoutCentralSendsNoSyncState()
    {
        auto hub = openHub(u"nocentral.sqlite"_s);
        QVERIFY(hub);
        const QSettings none(m_dir.filePath(u"empty.ini"_s), QSettings::IniFormat);
        QString why;
        QVERIFY(!hub->startSyncFrom(none, &why));
        QVERIFY(why.isEmpty()); // not configured is not an error
        auto link = connectDevice(*hub);
        QVERIFY(link);
        QTRY_COMPARE(link->state(), QueueLink::State::Online);
        QVERIFY(!link->syncState().has_value());
    }

    void deviceSeesPendingDrainThenCentralLost()
    {
        CentralProcess central(m_dir.filePath(u"central.sqlite"_s));
        const QString token = central.enrol(u"B001"_s, u"Central World"_s);
        QVERIFY(!token.isEmpty());
        QVERIFY(central.start() != 0);

        auto hub = openHub(u"branch.sqlite"_s);
        QVERIFY(hub);
        QCOMPARE(appendRows(hub->database(), 45).size(), 45);
        auto link = connectDevice(*hub);
        QVERIFY(link);
        QTRY_COMPARE(link->state(), QueueLink::State::Online);
        QVERIFY(!link->syncState().has_value()); // not started yet

        QList<SyncState> seen;
        connect(link.get(), &QueueLink::syncStateChanged, this, [&] {
            if (link->syncState())
                seen.append(*link->syncState());
        });
        QElapsedTimer elapsed;
        elapsed.start();
        SyncClient &sync = hub->startSync(fastOptions(central.url(), token));
        const int initiallyPending = sync.state().pending;
        QVERIFY(initiallyPending >= 45);

        QTRY_VERIFY_WITH_TIMEOUT(link->syncState() && link->syncState()->pending == 0
                && link->syncState()->lastSuccessMs > 0,
            15000);
        // The state as the hub had it when the push began, first: the rows were still waiting.
        QCOMPARE(seen.first().pending, initiallyPending);
        QCOMPARE(seen.first().lastSuccessMs, 0);
        QVERIFY(link->syncState()->lastError.isEmpty());
        QVERIFY(link->syncState()->connected);
        QVERIFY(!link->syncState()->oldestPendingTooOld);
        // Coalesced: at most one push a second (plus the first, sent at once).
        QVERIFY2(seen.size() <= 2 + elapsed.elapsed() / HubServer::kSyncPushIntervalMs,
            qPrintable(QString::number(seen.size())));
        const qint64 lastSuccess = link->syncState()->lastSuccessMs;

        // Central goes away; the branch works on and the outbox grows. The first of the new
        // rows is three hours old (as after a morning offline), past the two-hour warning.
        central.kill();
        QCOMPARE(appendRows(hub->database(), 7).size(), 7);
        constexpr qint64 threeHoursMs = 3 * 3600 * 1000;
        QSqlQuery age(hub->database().connection());
        QVERIFY(age.exec(u"UPDATE outbox SET created_at_ms = created_at_ms - %1 "
                         "WHERE seq = (SELECT min(seq) FROM outbox WHERE acked_at_ms IS NULL)"_s
                             .arg(threeHoursMs)));
        QCOMPARE(age.numRowsAffected(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(link->syncState()->pending == 7
                && !link->syncState()->lastError.isEmpty() && !link->syncState()->connected
                && link->syncState()->oldestPendingTooOld,
            15000);
        QCOMPARE(link->syncState()->lastSuccessMs, lastSuccess);
        QVERIFY2(link->syncState()->oldestPendingAgeMs >= threeHoursMs
                && link->syncState()->oldestPendingAgeMs < threeHoursMs + 24 * 3600 * 1000,
            qPrintable(QString::number(link->syncState()->oldestPendingAgeMs)));

        // A device that connects now has the state from its welcome, before any change.
        const auto pairing = hub->devices().pair(Device::Role::Display, u"Board"_s, 0);
        QVERIFY(pairing);
        HubClient late(QUrl(hub->server()->url()), pairing->token);
        QSignalSpy received(&late, &HubClient::syncStateReceived);
        late.start();
        QVERIFY(received.wait(5000));
        const auto first = SyncState::fromJson(received.first().first().toJsonObject());
        QVERIFY(first.has_value());
        QCOMPARE(first->pending, 7);
        QVERIFY(!first->lastError.isEmpty());
        QVERIFY(first->oldestPendingTooOld);
    }

    // `saduak` with its embedded hub pushes from the same central/* settings as saduak-hub, and
    // its own screens' link follows it.
    void embeddedHubPushesFromTheSameSettings()
    {
        CentralProcess central(m_dir.filePath(u"central-embedded.sqlite"_s));
        const QString token = central.enrol(u"B002"_s, u"Siam"_s);
        QVERIFY(!token.isEmpty());
        QVERIFY(central.start() != 0);
        AppSettings settings(m_dir.filePath(u"saduak.ini"_s));
        settings.raw().setValue(u"central/url"_s, central.url().toString());
        settings.raw().setValue(u"central/token"_s, token);
        BranchSession::Options options;
        options.databasePath = m_dir.filePath(u"embedded.sqlite"_s);
        options.moduleFolder = m_dir.filePath(u"no-modules"_s);
        StorageError error;
        auto session = BranchSession::open(options, settings, &error);
        QVERIFY2(session, qPrintable(error.detail));
        QVERIFY(session->hub()->sync());
        QCOMPARE(appendRows(session->hub()->database(), 5).size(), 5);
        QTRY_VERIFY_WITH_TIMEOUT(session->queue().syncState()
                && session->queue().syncState()->pending == 0
                && session->queue().syncState()->lastSuccessMs > 0,
            15000);
    }
};

QTEST_GUILESS_MAIN(TestSyncStateLink)
#include "tst_syncstatelink.moc"
