// `saduak-hub status` (issue 14 item 3): run beside a hub that pushes to a real saduak-central, it
// says whether sync works, what waits and since when, the last success and error, and the devices;
// its exit code is 3 while sync fails, so a monitoring check can run it.
#include "../central/centralprocess.h"
#include "synctesthelpers.h"

#include <hub/branchhub.h>
#include <hub/devicestore.h>

#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

class TestHubStatus : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString hubDb() const { return m_dir.filePath(u"branch.sqlite"_s); }
    QString settingsFile() const { return m_dir.filePath(u"hub.ini"_s); }

    // saduak-hub status on the hub's file, in English: its exit code and what it printed.
    int status(QString *out)
    {
        QProcess p;
        p.start(QStringLiteral(SADUAK_HUB_BINARY),
            {u"status"_s, u"--db"_s, hubDb(), u"--settings"_s, settingsFile(), u"--language"_s,
                u"en"_s});
        if (!p.waitForFinished(30000))
            return -1;
        *out = QString::fromUtf8(p.readAllStandardOutput());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private Q_SLOTS:
    void saysWhetherSyncWorksAndExitsNonZeroWhileItFails()
    {
        QVERIFY(m_dir.isValid());
        CentralProcess central(m_dir.filePath(u"central.sqlite"_s));
        const QString token = central.enrol(u"B001"_s, u"Central World"_s);
        QVERIFY(!token.isEmpty());
        const quint16 port = central.start();
        QVERIFY(port != 0);
        {
            QSettings settings(settingsFile(), QSettings::IniFormat);
            settings.setValue(u"central/url"_s, central.url().toString());
            settings.setValue(u"central/token"_s, token);
        }

        BranchHub::Options options;
        options.databasePath = hubDb();
        options.queue.openAllDay = true;
        StorageError error;
        auto hub = BranchHub::open(options, &error);
        QVERIFY2(hub, qPrintable(error.detail));
        QVERIFY(hub->devices().pair(Device::Role::Counter, u"Counter 1"_s, 1));
        QVERIFY(hub->devices().pair(Device::Role::Display, u"Board"_s, 0));
        SyncClient::Options sync;
        sync.centralUrl = central.url();
        sync.token = token;
        sync.minBackoffMs = 10;
        sync.maxBackoffMs = 100;
        sync.datasets.clear();
        SyncClient &client = hub->startSync(sync);
        QCOMPARE(appendRows(hub->database(), 4).size(), 4);
        client.pushSoon();
        QTRY_VERIFY_WITH_TIMEOUT(
            client.state().pending == 0 && client.state().lastSuccessMs > 0, 15000);

        QString out;
        QCOMPARE(status(&out), 0);
        QVERIFY2(out.contains(u"sync: working, pushing to %1\n"_s.arg(central.url().toString())),
            qPrintable(out));
        QVERIFY2(out.contains(u"waiting for central: nothing\n"_s), qPrintable(out));
        QVERIFY2(out.contains(u"last success: 20"_s), qPrintable(out));
        QVERIFY2(out.contains(u"refused by central for good: 0\n"_s), qPrintable(out));
        QVERIFY2(out.contains(u"devices: 2\n"_s), qPrintable(out));
        QVERIFY2(out.contains(u"\tcounter\t1\tCounter 1\t"_s), qPrintable(out));
        QVERIFY2(out.contains(u"\tdisplay\t-\tBoard\t"_s), qPrintable(out));

        // Central goes away; rows wait.
        central.kill();
        QCOMPARE(appendRows(hub->database(), 3).size(), 3);
        client.pushSoon();
        QTRY_VERIFY_WITH_TIMEOUT(!client.state().connected && client.state().pending == 3, 15000);
        QCOMPARE(status(&out), 3);
        QVERIFY2(out.contains(u"central unreachable: Connection refused\n"_s), qPrintable(out));
        QVERIFY2(out.startsWith(u"sync: failing since 20"_s), qPrintable(out));
        QVERIFY2(out.contains(u"waiting for central: 3 rows, the oldest from 20"_s), qPrintable(out));

        // Central is back: the error is gone with the first batch it takes.
        QCOMPARE(central.start(port), port);
        QTRY_VERIFY_WITH_TIMEOUT(client.state().pending == 0 && client.state().connected, 15000);
        QCOMPARE(status(&out), 0);
        QVERIFY2(out.startsWith(u"sync: working"_s), qPrintable(out));
        QVERIFY2(!out.contains(u"unreachable"_s), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestHubStatus)
#include "tst_hubstatus.moc"
