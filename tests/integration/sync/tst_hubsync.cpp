// The real saduak-hub program pushing its outbox to a real saduak-central (central/url and
// central/token in its settings), SIGKILLed in the middle of the push and started again: it
// resumes from its database, and central holds every row exactly once, in the branch's order.
#include "../central/centralprocess.h"
#include "synctesthelpers.h"

#include <faultproxy.h>
#include <hub/branchhub.h>
#include <postgrescluster.h>

#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

class TestHubSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString hubDb() const { return m_dir.filePath(u"branch.sqlite"_s); }

    bool startHub(QProcess &hub, const QString &settings)
    {
        hub.start(QStringLiteral(SADUAK_HUB_BINARY),
            {u"--db"_s, hubDb(), u"--settings"_s, settings, u"--listen"_s, u"127.0.0.1"_s,
                u"--port"_s, u"0"_s});
        QString out;
        return QTest::qWaitFor(
                   [&] {
                       out += QString::fromUtf8(hub.readAllStandardOutput());
                       return out.contains(u"listening on port"_s)
                           || hub.state() == QProcess::NotRunning;
                   },
                   30000)
            && hub.state() == QProcess::Running;
    }

    qint64 centralCount(const QString &centralDb, const QString &code)
    {
        auto central = CentralDatabase::open(centralDb, nullptr, true);
        if (!central)
            return -1;
        const auto branch = central->branches().byCode(code);
        return branch ? central->ingest().rowCount(branch->id) : -1;
    }

    int hubPending()
    {
        const MigrationSet core = MigrationSet::core();
        const MigrationSet hub = BranchHub::migrations();
        const MigrationSet sync = SyncClient::migrations();
        Database::Options options;
        options.migrations = {&core, &hub, &sync};
        options.readOnly = true;
        auto db = Database::open(hubDb(), options);
        return db ? Outbox::pendingCount(*db) : -1;
    }

private Q_SLOTS:
    void killedHubResumesAndCentralHoldsEveryRowOnce()
    {
        QVERIFY(m_dir.isValid());
        CentralProcess central(centralLocation(m_dir));
        const QString token = central.enrol(u"B001"_s, u"Central World"_s);
        QVERIFY(!token.isEmpty());
        QVERIFY(central.start() != 0);

        // The branch's file, with a backlog from days offline.
        constexpr int rows = 2000;
        QStringList uuids;
        {
            BranchHub::Options options;
            options.databasePath = hubDb();
            options.exclusive = false;
            StorageError error;
            auto hub = BranchHub::open(options, &error);
            QVERIFY2(hub, qPrintable(error.detail));
            uuids = appendRows(hub->database(), rows);
            QCOMPARE(uuids.size(), rows);
        }

        FaultProxy proxy(QHostAddress::LocalHost, central.port());
        QVERIFY(proxy.listen());
        proxy.setDelay(15); // slow enough to kill the hub in the middle
        const QString settingsPath = m_dir.filePath(u"hub.ini"_s);
        {
            QSettings settings(settingsPath, QSettings::IniFormat);
            settings.setValue(u"central/url"_s, proxy.url());
            settings.setValue(u"central/token"_s, token);
            settings.setValue(u"central/batchSize"_s, 50);
            settings.setValue(u"central/timeoutSeconds"_s, 2);
        }

        QProcess hub;
        QVERIFY(startHub(hub, settingsPath));
        QTRY_VERIFY_WITH_TIMEOUT(centralCount(central.dbPath(), u"B001"_s) >= 200, 20000);
        hub.kill(); // SIGKILL, mid-push
        QVERIFY(hub.waitForFinished(10000));
        const qint64 atKill = centralCount(central.dbPath(), u"B001"_s);
        QVERIFY2(atKill < rows, "the hub was to be killed before it had pushed everything");

        proxy.setPass();
        QProcess again;
        QVERIFY(startHub(again, settingsPath));
        QTRY_COMPARE_WITH_TIMEOUT(centralCount(central.dbPath(), u"B001"_s), qint64(rows), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(hubPending(), 0, 10000);
        QCOMPARE(centralHoldsExactly(central.dbPath(), u"B001"_s, uuids), QString());
        again.terminate();
        QVERIFY(again.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestHubSync)
#include "tst_hubsync.moc"
