// The real saduak-hub program, killed with SIGKILL in the middle of a burst of tickets and started
// again on the same database: every acknowledged ticket is there, and the kiosk's unanswered
// commands, retried with their ids, are issued exactly once. And a device that floods the hub
// without reading its answers is cut off before it costs the hub more than a few MiB.
#include <queuelink/hubclient.h>

#include "rawtcppeer.h"

#include <programprocess.h>

#include <QFile>

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;

using saduak::test::peakResidentKiB;

class TestHubProcess : public QObject
{
    Q_OBJECT

    QString pairDevice(const QString &role, const QString &name)
    {
        QProcess p;
        p.start(QStringLiteral(SADUAK_HUB_BINARY),
            {u"pair-device"_s, u"--db"_s, dbPath(), u"--role"_s, role, u"--name"_s, name});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

    QString dbPath() const { return m_dir.filePath(u"branch.sqlite"_s); }

    // Starts the hub and returns the port it listens on (0 on failure).
    quint16 startHub(QProcess &hub, quint16 port)
    {
        // Services open all day: the test runs at any hour with the real clock.
        QSettings(m_dir.filePath(u"hub.ini"_s), QSettings::IniFormat)
            .setValue(u"queue/openAllDay"_s, true);
        hub.start(QStringLiteral(SADUAK_HUB_BINARY),
            {u"--db"_s, dbPath(), u"--listen"_s, u"127.0.0.1"_s, u"--port"_s,
                QString::number(port), u"--settings"_s, m_dir.filePath(u"hub.ini"_s)});
        QString out;
        const bool ok = QTest::qWaitFor(
            [&] {
                out += QString::fromUtf8(hub.readAllStandardOutput());
                return out.contains(u"listening on port"_s) || hub.state() == QProcess::NotRunning;
            },
            30000);
        const auto match = QRegularExpression(u"listening on port (\\d+)"_s).match(out);
        return ok && match.hasMatch() ? quint16(match.captured(1).toUInt()) : 0;
    }

private Q_SLOTS:
    void killedHubKeepsEveryAcknowledgedTicket()
    {
        QVERIFY(m_dir.isValid());
        const QString kioskToken = pairDevice(u"kiosk"_s, u"Kiosk 1"_s);
        const QString officeToken = pairDevice(u"supervisor"_s, u"Office"_s);
        QVERIFY(!kioskToken.isEmpty() && !officeToken.isEmpty());

        QProcess hub;
        const quint16 port = startHub(hub, 0);
        QVERIFY(port != 0);
        const QUrl url(u"ws://127.0.0.1:"_s + QString::number(port));

        HubClient kiosk(url, kioskToken);
        kiosk.setBackoff(20, 200);
        kiosk.start();
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.state(), HubClient::State::Ready, 10000);

        constexpr int burst = 40;
        QSet<QString> acknowledged; // ticket ids the kiosk was told about
        int answers = 0;
        for (int i = 0; i < burst; ++i) {
            kiosk.send(u"issueTicket"_s, {{u"service"_s, u"A"_s}}, [&](const QJsonObject &reply) {
                ++answers;
                if (reply.value(u"ok"_s).toBool())
                    acknowledged.insert(
                        reply.value(u"ticket"_s).toObject().value(u"id"_s).toString());
            });
        }
        // Kill it once some, not all, are answered.
        QTRY_VERIFY_WITH_TIMEOUT(answers >= 5, 10000);
        hub.kill(); // SIGKILL
        QVERIFY(hub.waitForFinished(10000));
        const QSet<QString> beforeCrash = acknowledged;
        QVERIFY(kiosk.pendingCount() + answers == burst);

        QProcess again;
        QCOMPARE(startHub(again, port), port);
        QTRY_COMPARE_WITH_TIMEOUT(answers, burst, 20000);
        QCOMPARE(kiosk.pendingCount(), 0);

        // Look at the queue as a supervisor: exactly the burst, each acknowledged ticket there.
        HubClient office(url, officeToken);
        QJsonObject snapshot;
        connect(&office, &HubClient::snapshotReceived, this,
            [&](const QJsonObject &s, qint64) { snapshot = s; });
        office.start();
        QTRY_VERIFY_WITH_TIMEOUT(!snapshot.isEmpty(), 10000);
        QSet<QString> waitingIds;
        QSet<QString> numbers;
        for (const QJsonValue &q : snapshot.value(u"queues"_s).toArray()) {
            if (q.toObject().value(u"serviceCode"_s).toString() != u"A"_s)
                continue;
            for (const QJsonValue &t : q.toObject().value(u"waiting"_s).toArray()) {
                waitingIds.insert(t.toObject().value(u"id"_s).toString());
                numbers.insert(t.toObject().value(u"number"_s).toString());
            }
        }
        QCOMPARE(waitingIds.size(), burst);
        QCOMPARE(numbers.size(), burst);
        QVERIFY(numbers.contains(u"A001"_s) && numbers.contains(u"A040"_s));
        QVERIFY(beforeCrash.size() >= 5);
        for (const QString &id : beforeCrash)
            QVERIFY(waitingIds.contains(id));
        for (const QString &id : std::as_const(acknowledged))
            QVERIFY(waitingIds.contains(id));

        again.terminate();
        again.waitForFinished(10000);
    }

    // A paired device that sends 1-byte messages (not JSON: each answered with an error of some
    // 200 bytes) and never reads: the hub closes it once a few MiB wait for it, says so once in
    // its log, its peak memory stays within a few tens of MiB of where it was, and it serves on.
    void nonReadingFloodIsCutOffAndMemoryStaysBounded()
    {
        const QString token = pairDevice(u"display"_s, u"Board"_s);
        QVERIFY(!token.isEmpty());
        QProcess hub;
        hub.setProcessChannelMode(QProcess::MergedChannels); // the log, too
        const quint16 port = startHub(hub, 0);
        QVERIFY(port != 0);

        RawTcpPeer flooder;
        QVERIFY(flooder.open(port));
        flooder.send({{u"type"_s, u"hello"_s}, {u"id"_s, u"h1"_s},
            {u"protocols"_s, QJsonArray {1}}, {u"token"_s, token}});
        QCOMPARE(flooder.waitFor(u"welcome"_s).value(u"ok"_s).toBool(), true);
        flooder.stopReading();
        const qint64 before = peakResidentKiB(hub.processId());
        QVERIFY(before > 0);

        // 8 MiB of 7-byte frames: some 1.2 million error replies, 250 MB, if all were queued.
        const QByteArray one = RawTcpPeer::frame("x");
        QByteArray flood;
        flood.reserve(8 * 1024 * 1024);
        while (flood.size() + one.size() <= flood.capacity())
            flood += one;
        flooder.socket.write(flood);
        QString log;
        const bool cut = QTest::qWaitFor(
            [&] {
                log += QString::fromUtf8(hub.readAll());
                return log.contains(u"does not read"_s);
            },
            60000);
        const qint64 after = peakResidentKiB(hub.processId());
        QVERIFY2(after - before < 64 * 1024,
            qPrintable(u"peak memory grew by %1 KiB"_s.arg(after - before)));
        QVERIFY(cut);
        QCOMPARE(log.count(u"does not read"_s), 1);

        HubClient board(QUrl(u"ws://127.0.0.1:"_s + QString::number(port)), token);
        board.start();
        QTRY_COMPARE_WITH_TIMEOUT(board.state(), HubClient::State::Ready, 10000);
        hub.terminate();
        hub.waitForFinished(10000);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestHubProcess)
#include "tst_hubprocess.moc"
