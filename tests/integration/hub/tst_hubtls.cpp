// The branch hub over wss:// with its key pinned at pairing (docs/hub-protocol.md "Transport"),
// with throw-away certificates from scripts/make-test-certs.sh made in a temporary folder for
// this run: a device with the pin says hello, sends a command and gets events; with another pin,
// or none, it is refused before hello, so the hub never sees its token; a ws:// client gets
// nothing from a wss:// hub; a TCP connection that never starts TLS is cut at the hello timeout;
// the real saduak-hub prints the pin with the token at pairing and serves wss:// with it.
#include <hub/branchhub.h>
#include <hub/devicestore.h>
#include <hub/hubserver.h>
#include <queuelink/hubclient.h>
#include <tls/publickeypin.h>
#include <tls/servertls.h>

#include <programprocess.h>
#include <testcerts.h>

#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using namespace saduak;
using saduak::test::makeCerts;
using saduak::test::TestCerts;

namespace {

// The hub's log (category saduak.hub) while a test runs.
QStringList g_hubLog;
QtMessageHandler g_previousHandler = nullptr;
void collectHubLog(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (context.category && QByteArray(context.category) == "saduak.hub")
        g_hubLog.append(text);
    if (g_previousHandler)
        g_previousHandler(type, context, text);
}

bool logHas(const QString &needle)
{
    for (const QString &line : std::as_const(g_hubLog))
        if (line.contains(needle))
            return true;
    return false;
}

} // namespace

class TestHubTls : public QObject
{
    Q_OBJECT

    QString pair(Device::Role role, const QString &name)
    {
        QString why;
        const auto p = m_hub->devices().pair(role, name, 0, &why);
        if (!p)
            qFatal("pairing failed: %s", qPrintable(why));
        return p->token;
    }

    QUrl url() const { return QUrl(m_hub->server()->url()); }

    // Starts the real saduak-hub; its first lines (to "listening on port N") in *firstLines, and
    // the port (empty when it stopped before listening).
    static QString startHub(QProcess &hub, const QStringList &arguments, QString *firstLines)
    {
        hub.start(QStringLiteral(SADUAK_HUB_BINARY), arguments);
        (void)QTest::qWaitFor(
            [&] {
                *firstLines += QString::fromUtf8(hub.readAllStandardOutput());
                return firstLines->contains(u"listening on port"_s)
                    || hub.state() == QProcess::NotRunning;
            },
            30000);
        return QRegularExpression(u"listening on port (\\d+)"_s).match(*firstLines).captured(1);
    }
    QByteArray rightPin() const { return *PublicKeyPin::parse(m_certs.pin); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "no TLS backend");
        QVERIFY(m_certDir.isValid());
        m_certs = makeCerts(m_certDir.filePath(u"hub"_s));
        m_otherCerts = makeCerts(m_certDir.filePath(u"impostor"_s));
        QVERIFY(!m_certs.pin.isEmpty() && !m_otherCerts.pin.isEmpty());
        QVERIFY(m_certs.pin != m_otherCerts.pin);
        g_previousHandler = qInstallMessageHandler(collectHubLog);
    }

    void cleanupTestCase() { qInstallMessageHandler(g_previousHandler); }

    void init()
    {
        g_hubLog.clear();
        m_dir = std::make_unique<QTemporaryDir>();
        BranchHub::Options options;
        options.databasePath = m_dir->filePath(u"branch.sqlite"_s);
        options.queue.openAllDay = true; // the test runs at any hour with the real clock
        options.limits.helloTimeoutMs = 300;
        // Far beyond the tests' waits: a connection cut is the hello timeout's, not the grace's.
        options.limits.closeGraceMs = 60'000;
        QString why;
        options.tls = ServerTls::fromPemFiles(m_certs.certFile(), m_certs.keyFile(), &why);
        QVERIFY2(options.tls, qPrintable(why));
        StorageError error;
        m_hub = BranchHub::open(options, &error);
        QVERIFY2(m_hub, qPrintable(error.detail));
        QVERIFY2(m_hub->listen(QHostAddress::LocalHost, 0, &why), qPrintable(why));
    }

    void cleanup()
    {
        m_hub.reset();
        m_dir.reset();
    }

    void hubServesWssAndNamesItsPin()
    {
        QVERIFY(url().toString().startsWith(u"wss://127.0.0.1:"_s));
        QCOMPARE(m_hub->server()->pin(), m_certs.pin);
        QVERIFY(logHas(u"hub/pinSha256="_s + m_certs.pin));
    }

    void deviceWithThePinSaysHelloSendsCommandsAndGetsEvents()
    {
        HubClient kiosk(url(), pair(Device::Role::Kiosk, u"Kiosk 1"_s));
        HubClient display(url(), pair(Device::Role::Display, u"Board"_s));
        kiosk.setPinnedKey(rightPin());
        display.setPinnedKey(rightPin());
        QList<QJsonObject> shown;
        connect(&display, &HubClient::eventReceived, this,
            [&shown](const QJsonObject &e, qint64, bool) { shown.append(e); });
        kiosk.start();
        display.start();
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.state(), HubClient::State::Ready, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(display.state(), HubClient::State::Ready, 10000);

        QJsonObject answer;
        kiosk.send(u"issueTicket"_s, {{u"service"_s, u"A"_s}},
            [&answer](const QJsonObject &r) { answer = r; });
        QTRY_VERIFY_WITH_TIMEOUT(!answer.isEmpty(), 10000);
        QCOMPARE(answer.value(u"ticket"_s).toObject().value(u"number"_s).toString(), u"A001"_s);
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 10000);
        QCOMPARE(shown.first().value(u"type"_s).toString(), u"ticket.issued"_s);
    }

    // A hub with another key (an impostor on the LAN, or the hub's certificate replaced): the
    // device stops in the TLS handshake, before its hello, and says what to do.
    void wrongPinIsRefusedBeforeHello()
    {
        QSignalSpy connected(m_hub->server(), &HubServer::deviceConnected);
        // A token the hub would accept: had it been sent, the hub would have let the device in.
        HubClient counter(url(), pair(Device::Role::Kiosk, u"Kiosk 1"_s));
        counter.setPinnedKey(*PublicKeyPin::parse(m_otherCerts.pin));
        counter.start();
        QTRY_COMPARE_WITH_TIMEOUT(counter.state(), HubClient::State::Refused, 10000);
        QVERIFY2(counter.lastError().contains(u"hub/pinSha256"_s), qPrintable(counter.lastError()));
        // The hub saw the handshake fail, so that connection is over: no hello came on it.
        QTRY_VERIFY_WITH_TIMEOUT(logHas(u"TLS handshake with"_s), 10000);
        QCOMPARE(connected.size(), 0);
        QVERIFY(!logHas(u"device connected"_s));
        QVERIFY(!logHas(u"refused a hello"_s));
        // Refused is final: no new attempt follows.
        QCOMPARE(m_hub->server()->clientCount(), 0);
        QCOMPARE(counter.state(), HubClient::State::Refused);
    }

    void wssWithoutAPinIsRefusedWithoutConnecting()
    {
        HubClient kiosk(url(), pair(Device::Role::Kiosk, u"Kiosk 1"_s));
        QSignalSpy states(&kiosk, &HubClient::stateChanged);
        kiosk.start();
        QCOMPARE(kiosk.state(), HubClient::State::Refused);
        QVERIFY2(kiosk.lastError().contains(u"--hub-pin"_s), qPrintable(kiosk.lastError()));
        QCOMPARE(states.size(), 1); // straight to Refused, never Connecting
    }

    void plainWebSocketGetsNothingFromATlsHub()
    {
        QWebSocket plain;
        QSignalSpy opened(&plain, &QWebSocket::connected);
        QSignalSpy closed(&plain, &QWebSocket::disconnected);
        plain.open(QUrl(u"ws://127.0.0.1:"_s + QString::number(m_hub->server()->port())));
        QVERIFY(closed.wait(10000));
        QCOMPARE(opened.size(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(logHas(u"TLS handshake with"_s), 10000);
        QCOMPARE(m_hub->server()->clientCount(), 0);
    }

    void tcpThatNeverStartsTlsIsClosedAtTheHelloTimeout()
    {
        QTcpSocket quiet;
        QSignalSpy closed(&quiet, &QTcpSocket::disconnected);
        quiet.connectToHost(QHostAddress::LocalHost, m_hub->server()->port());
        QVERIFY(quiet.waitForConnected(5000));
        // Cut after helloTimeoutMs (300 ms), well before the close grace (60 s).
        QVERIFY(closed.wait(10000));
        QCOMPARE(quiet.bytesAvailable(), 0);
    }

    // The real saduak-hub: pair-device prints the token alone on stdout and the pin on stderr;
    // the hub serves wss:// with that pin, and a device given both joins.
    void realHubPrintsThePinAtPairingAndServesWss()
    {
        const QStringList tls
            = {u"--tls-cert"_s, m_certs.certFile(), u"--tls-key"_s, m_certs.keyFile()};
        const QString db = m_dir->filePath(u"process.sqlite"_s);
        const test::FinishedProgram paired = test::runToEnd(QStringLiteral(SADUAK_HUB_BINARY),
            QStringList {
                u"pair-device"_s, u"--db"_s, db, u"--role"_s, u"kiosk"_s, u"--name"_s, u"Kiosk"_s}
                + tls);
        QCOMPARE(paired.exitCode, 0);
        QVERIFY(!paired.out.isEmpty() && !paired.out.contains(u'\n')); // the token alone
        QVERIFY2(paired.err.contains(u"hub/pinSha256="_s + m_certs.pin), qPrintable(paired.err));

        QProcess hub;
        QString out;
        const QString port = startHub(hub,
            QStringList {u"--db"_s, db, u"--listen"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s} + tls,
            &out);
        QVERIFY2(out.contains(u"hub/pinSha256="_s + m_certs.pin), qPrintable(out));
        QVERIFY(!port.isEmpty());

        HubClient kiosk(QUrl(u"wss://127.0.0.1:"_s + port), paired.out);
        kiosk.setPinnedKey(rightPin());
        kiosk.start();
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.state(), HubClient::State::Ready, 10000);
        hub.terminate();
        QVERIFY(hub.waitForFinished(10000));
    }

    // The real saduak-hub with a 1 s log window: 150 plain-TCP clients at its wss:// port, each
    // sending HTTP, fail their TLS handshakes; the log has a few lines a window and summaries that
    // count the rest, every one accounted for (before, one line a connection).
    void failedHandshakesAreSummedUpInTheLog()
    {
        const QString ini = m_dir->filePath(u"hub.ini"_s);
        {
            QSettings settings(ini, QSettings::IniFormat);
            settings.setValue(u"hub/logWindowSeconds"_s, 1);
        }
        test::HubProcess hub(QStringLiteral(SADUAK_HUB_BINARY), m_dir->filePath(u"process.sqlite"_s));
        QVERIFY(hub.start(0,
            {u"--settings"_s, ini, u"--tls-cert"_s, m_certs.certFile(), u"--tls-key"_s,
                m_certs.keyFile()}));

        constexpr int flood = 150;
        for (int i = 0; i < flood; ++i) {
            QTcpSocket plain;
            plain.connectToHost(QHostAddress::LocalHost, hub.port());
            QVERIFY(plain.waitForConnected(5000));
            plain.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            QVERIFY(plain.state() == QAbstractSocket::UnconnectedState
                || plain.waitForDisconnected(10000));
        }
        const QRegularExpression summary(
            u"failed TLS handshakes: (\\d+) more like this in the last "_s);
        int lines = 0;
        int summaries = 0;
        int summed = 0;
        (void)hub.program().waitFor([&](const QString &log) {
            lines = int(log.count(u"TLS handshake with"_s));
            summaries = 0;
            summed = 0;
            for (auto it = summary.globalMatch(log); it.hasNext();) {
                ++summaries;
                summed += it.next().captured(1).toInt();
            }
            return lines + summed >= flood;
        });
        const QString log = hub.program().output;
        QVERIFY2(summaries >= 1, qPrintable(log.right(2000)));
        QCOMPARE(lines + summed, flood);
        // At most a window's lines (LogThrottle::kDefaultLinesPerWindow) a window.
        QVERIFY2(lines <= 5 * (summaries + 1), qPrintable(log));
    }

    // A hub reachable from the LAN with no certificate given makes its own (beside its database)
    // at pairing or first start, keeps it, and serves wss:// with it: the pin pair-device prints
    // is the certificate's key (as openssl computes it) and a device given it joins.
    void hubOnTheLanWithoutACertificateServesWssWithItsOwn()
    {
        const QString db = m_dir->filePath(u"own.sqlite"_s);
        const test::FinishedProgram paired = test::runToEnd(QStringLiteral(SADUAK_HUB_BINARY),
            {u"pair-device"_s, u"--db"_s, db, u"--role"_s, u"kiosk"_s, u"--name"_s, u"Kiosk"_s});
        QCOMPARE(paired.exitCode, 0);
        const QString certFile = m_dir->filePath(u"own-hub.crt"_s);
        const QString keyFile = m_dir->filePath(u"own-hub.key"_s);
        QVERIFY(QFileInfo::exists(certFile));
        QCOMPARE(QFileInfo(keyFile).permissions() & ~(QFileDevice::ReadOwner
                     | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser),
            QFileDevice::Permissions());
        const QString pin = test::runProgram(u"sh"_s,
            {u"-c"_s,
                u"openssl x509 -in \"$1\" -noout -pubkey | openssl pkey -pubin -outform der"
                " | openssl dgst -sha256 -binary | openssl base64 -A"_s,
                u"pin"_s, certFile});
        QVERIFY(!pin.isEmpty());
        QVERIFY2(paired.err.contains(u"hub/pinSha256="_s + pin), qPrintable(paired.err));

        QProcess hub;
        QString out;
        const QString port = startHub(
            hub, {u"--db"_s, db, u"--listen"_s, u"0.0.0.0"_s, u"--port"_s, u"0"_s}, &out);
        QVERIFY2(out.contains(u"serves wss:// only; hub/pinSha256="_s + pin), qPrintable(out));
        QVERIFY(!port.isEmpty());

        HubClient kiosk(QUrl(u"wss://127.0.0.1:"_s + port), paired.out);
        kiosk.setPinnedKey(*PublicKeyPin::parse(pin));
        kiosk.start();
        QTRY_COMPARE_WITH_TIMEOUT(kiosk.state(), HubClient::State::Ready, 10000);
        hub.terminate();
        QVERIFY(hub.waitForFinished(10000));
    }

    // ws:// is for a hub on this PC only: to another host the device refuses before connecting,
    // so its token never crosses the LAN in clear, and says what to use instead.
    void plainLinkToAnotherPcIsRefusedWithoutConnecting()
    {
        HubClient counter(QUrl(u"ws://192.0.2.10:7420"_s), u"token"_s);
        QSignalSpy states(&counter, &HubClient::stateChanged);
        counter.start();
        QCOMPARE(counter.state(), HubClient::State::Refused);
        QCOMPARE(states.size(), 1); // straight to Refused, never Connecting
        QVERIFY2(counter.lastError().contains(u"wss://192.0.2.10:7420"_s),
            qPrintable(counter.lastError()));
    }

private:
    QTemporaryDir m_certDir;
    TestCerts m_certs;
    TestCerts m_otherCerts;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<BranchHub> m_hub;
};

QTEST_MAIN(TestHubTls)
#include "tst_hubtls.moc"
