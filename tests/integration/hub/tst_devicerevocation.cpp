// Managing paired devices with the real saduak-hub (issue 13: tokens could not be revoked, and a
// revoked device kept its live session): list-devices shows what is paired, revoke-device run
// beside the running hub cuts that device off at once and leaves the others be.
#include <programprocess.h>

#include "rawpeer.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak::test;

namespace {

FinishedProgram run(const QStringList &arguments)
{
    return runToEnd(QStringLiteral(SADUAK_HUB_BINARY), arguments + QStringList {u"--language"_s, u"en"_s});
}

} // namespace

class TestDeviceRevocation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(u"branch.sqlite"_s); }

    // The id list-devices gives the device with this name.
    QString idOf(const QString &name)
    {
        for (const QString &line : run({u"list-devices"_s, u"--db"_s, db()}).out.split(u'\n')) {
            const QStringList f = line.split(u'\t');
            if (f.value(3) == name)
                return f.value(0);
        }
        return {};
    }

private Q_SLOTS:
    void revokedDeviceIsCutOffAtOnceAndOthersStay()
    {
        HubProcess hub(QStringLiteral(SADUAK_HUB_BINARY), db());
        const QString kioskToken = hub.pair(u"kiosk"_s, u"Kiosk 1"_s);
        const QString counterToken = hub.pair(u"counter"_s, u"Counter 2"_s, 2);
        QVERIFY(!kioskToken.isEmpty() && !counterToken.isEmpty());
        QVERIFY(hub.start(0, {u"--language"_s, u"en"_s}));

        // What an administrator sees: one tab-separated line a device.
        const FinishedProgram listed = run({u"list-devices"_s, u"--db"_s, db()});
        QCOMPARE(listed.exitCode, 0);
        const QStringList lines = listed.out.split(u'\n');
        QCOMPARE(lines.size(), 2);
        const QStringList kiosk = lines.at(0).split(u'\t');
        const QStringList counter = lines.at(1).split(u'\t');
        QCOMPARE(kiosk.mid(1, 3), (QStringList {u"kiosk"_s, u"-"_s, u"Kiosk 1"_s}));
        QCOMPARE(counter.mid(1, 3), (QStringList {u"counter"_s, u"2"_s, u"Counter 2"_s}));
        QCOMPARE(kiosk.value(5), u"active"_s);
        // Last contact and version, after the columns scripts already read: none yet.
        QCOMPARE(kiosk.mid(6), (QStringList {u"-"_s, u"-"_s}));
        QVERIFY(!listed.out.contains(kioskToken)); // the hub keeps no token to show

        RawPeer stolenKiosk(hub.url());
        RawPeer counterPc(hub.url());
        QVERIFY(stolenKiosk.waitConnected() && counterPc.waitConnected());
        QVERIFY(stolenKiosk.hello(kioskToken));
        counterPc.send({{u"type"_s, u"hello"_s}, {u"id"_s, u"h1"_s},
            {u"protocols"_s, QJsonArray {1}}, {u"token"_s, counterToken},
            {u"client"_s, u"saduak 0.1.0-test"_s}});
        QCOMPARE(counterPc.answer(u"h1"_s).value(u"type"_s).toString(), u"welcome"_s);
        QSignalSpy kioskClosed(&stolenKiosk.socket, &QWebSocket::disconnected);

        const FinishedProgram revoked = run({u"revoke-device"_s, u"--db"_s, db(), u"--device"_s, kiosk.at(0)});
        QCOMPARE(revoked.exitCode, 0);
        QVERIFY2(revoked.out.contains(kiosk.at(0)), qPrintable(revoked.out));
        // The live session goes (the hub checks four times a second), with the reason.
        QTRY_COMPARE_WITH_TIMEOUT(kioskClosed.size(), 1, 5000);
        QCOMPARE(int(stolenKiosk.socket.closeCode()), 4005);
        QVERIFY(hub.program().waitFor(
            [](const QString &out) { return out.contains(u"Kiosk 1: its pairing was revoked"_s); }));
        // Its token opens nothing any more.
        RawPeer again(hub.url());
        QVERIFY(again.waitConnected());
        QVERIFY(!again.hello(kioskToken));
        QCOMPARE(again.answer(u"h1"_s).value(u"code"_s).toString(), u"unauthorized"_s);
        // The counter PC was not touched.
        counterPc.send({{u"type"_s, u"ping"_s}, {u"id"_s, u"p1"_s}});
        QCOMPARE(counterPc.answer(u"p1"_s).value(u"ok"_s).toBool(), true);
        QCOMPARE(counterPc.socket.state(), QAbstractSocket::ConnectedState);

        const QStringList after = run({u"list-devices"_s, u"--db"_s, db()}).out.split(u'\n');
        const QString kioskLine = after.at(0);
        QVERIFY2(kioskLine.split(u'\t').value(5).startsWith(u"revoked "_s), qPrintable(kioskLine));
        // The kiosk's last contact is when it connected or was cut off; it said no version. The
        // counter PC's hello said which program it runs.
        QVERIFY2(QDateTime::fromString(kioskLine.split(u'\t').value(6), Qt::ISODate).isValid(),
            qPrintable(kioskLine));
        QCOMPARE(kioskLine.split(u'\t').value(7), u"-"_s);
        QCOMPARE(after.at(1).split(u'\t').value(7), u"saduak 0.1.0-test"_s);
    }

    void revokingWhatIsNotThereSaysSo()
    {
        const FinishedProgram unknown
            = run({u"revoke-device"_s, u"--db"_s, db(), u"--device"_s, u"no-such-id"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains(u"no-such-id"_s), qPrintable(unknown.err));
        const QString id = idOf(u"Kiosk 1"_s); // revoked by the test before
        QVERIFY(!id.isEmpty());
        QCOMPARE(run({u"revoke-device"_s, u"--db"_s, db(), u"--device"_s, id}).exitCode, 1);
        const FinishedProgram noId = run({u"revoke-device"_s, u"--db"_s, db()});
        QCOMPARE(noId.exitCode, 2);
        QVERIFY2(noId.err.contains(u"--device"_s), qPrintable(noId.err));
        // A counter PC without its counter, or a kiosk with one, is not paired.
        const FinishedProgram noCounter = run({u"pair-device"_s, u"--db"_s, db(), u"--role"_s,
            u"counter"_s, u"--name"_s, u"Counter 9"_s});
        QCOMPARE(noCounter.exitCode, 1);
        QVERIFY2(noCounter.err.contains(u"--counter"_s), qPrintable(noCounter.err));
        QCOMPARE(run({u"pair-device"_s, u"--db"_s, db(), u"--role"_s, u"kiosk"_s, u"--counter"_s,
                     u"3"_s, u"--name"_s, u"Kiosk 3"_s})
                     .exitCode,
            1);
    }
};

QTEST_GUILESS_MAIN(TestDeviceRevocation)
#include "tst_devicerevocation.moc"
