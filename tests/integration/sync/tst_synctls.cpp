// SyncClient against a real saduak-central serving HTTPS (--tls-cert/--tls-key) with throw-away
// certificates from scripts/make-test-certs.sh, made in a temporary folder for this run: rows go
// over TLS with the test CA; a wrong pin, an untrusted CA and plain HTTP to the TLS port are
// refused with every row kept pending and nothing stored at central; central keeps serving after
// failed handshakes.
#include "../central/centralprocess.h"
#include "synctesthelpers.h"

#include <testcerts.h>

#include <hub/branchhub.h>
#include <tls/publickeypin.h>

#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

class TestSyncTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestCerts m_certs; // central serves with these
    TestCerts m_other; // another CA and key: untrusted, wrong pin
    std::unique_ptr<CentralProcess> m_central;
    int m_branches = 0;

    struct Branch
    {
        QString code;
        QString token;
        std::unique_ptr<Database> db;
    };

    Branch newBranch()
    {
        Branch b;
        b.code = u"T"_s + QString::number(++m_branches);
        b.token = m_central->enrol(b.code, u"Branch "_s + b.code);
        b.db = openHubDatabase(m_dir.filePath(b.code + u".sqlite"_s));
        return b;
    }

    QUrl httpsUrl() const { return QUrl(u"https://127.0.0.1:%1/"_s.arg(m_central->port())); }

    // Options as saduak-hub reads them: from a settings file.
    std::optional<SyncClient::Options> optionsFromSettings(const QUrl &url, const Branch &b,
        const QString &caFile, const QString &pin, QString *why = nullptr)
    {
        const QString path = m_dir.filePath(b.code + u".ini"_s);
        QFile::remove(path);
        {
            QSettings s(path, QSettings::IniFormat);
            s.setValue(u"central/url"_s, url.toString());
            s.setValue(u"central/token"_s, b.token);
            if (!caFile.isEmpty())
                s.setValue(u"central/caFile"_s, caFile);
            if (!pin.isEmpty())
                s.setValue(u"central/pinSha256"_s, pin);
        }
        QSettings s(path, QSettings::IniFormat);
        auto options = SyncClient::optionsFrom(s, why);
        if (options) {
            options->batchSize = 100;
            options->transferTimeoutMs = 2000;
            options->minBackoffMs = 10;
            options->maxBackoffMs = 100;
            options->idlePollMs = 50;
        }
        return options;
    }

    // The client fails with an error containing errorPart, and nothing of the branch is
    // acknowledged or stored at central.
    void expectRefused(Branch &b, const SyncClient::Options &options, const QString &errorPart)
    {
        const QStringList uuids = appendRows(*b.db, 30);
        QCOMPARE(uuids.size(), 30);
        SyncClient client(*b.db, options);
        QSignalSpy acked(&client, &SyncClient::batchAcknowledged);
        client.start();
        QVERIFY(waitUntil([&] { return !client.state().lastError.isEmpty(); }, 20000));
        const SyncState state = client.state();
        QVERIFY2(state.lastError.contains(errorPart), qPrintable(state.lastError));
        QVERIFY(!state.connected);
        QCOMPARE(state.pending, 30);
        QCOMPARE(acked.size(), 0);
        QCOMPARE(Outbox::pendingCount(*b.db), 30);
        client.stop();
        QCOMPARE(centralHoldsExactly(m_central->dbPath(), b.code, {}), QString());
        QVERIFY(m_central->isRunning());
    }

    void expectDelivered(Branch &b, const SyncClient::Options &options)
    {
        const QStringList uuids = appendRows(*b.db, 250);
        QCOMPARE(uuids.size(), 250);
        SyncClient client(*b.db, options);
        client.start();
        QVERIFY(waitUntil([&] { return Outbox::pendingCount(*b.db) == 0; }, 20000));
        QCOMPARE(centralHoldsExactly(m_central->dbPath(), b.code, uuids), QString());
        QVERIFY(waitUntil([&] { return client.state().pending == 0; }, 5000));
        QCOMPARE(client.state().lastError, QString());
        QVERIFY(client.state().connected);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QSslSocket::supportsSsl(), "no TLS backend");
        m_certs = makeCerts(m_dir.filePath(u"certs"_s));
        m_other = makeCerts(m_dir.filePath(u"other"_s));
        QCOMPARE(m_certs.pin.size(), 44);
        QCOMPARE(m_other.pin.size(), 44);
        QVERIFY(m_certs.pin != m_other.pin);
        m_central = std::make_unique<CentralProcess>(m_dir.filePath(u"central.sqlite"_s));
        QVERIFY(!m_central->enrol(u"B0"_s, u"warm-up"_s).isEmpty());
        QVERIFY(m_central->start(
                    0, {u"--tls-cert"_s, m_certs.certFile(), u"--tls-key"_s, m_certs.keyFile()})
            != 0);
    }

    // What the script prints is what PublicKeyPin (the sync's and a device's check) computes from the certificate central shows.
    void scriptPinIsTheClientsPin()
    {
        const auto certs = QSslCertificate::fromPath(m_certs.certFile());
        QCOMPARE(certs.size(), 1);
        QCOMPARE(PublicKeyPin::textOf(certs.first()), m_certs.pin);
    }

    void deliversOverHttpsWithTestCaAndPin()
    {
        Branch b = newBranch();
        QVERIFY(b.db && !b.token.isEmpty());
        // A relative caFile is taken from the settings file's folder.
        const auto options = optionsFromSettings(httpsUrl(), b,
            QDir(m_dir.path()).relativeFilePath(m_certs.caFile()), u"sha256/"_s + m_certs.pin);
        QVERIFY(options);
        QCOMPARE(options->caCertificates.size(), 1);
        QCOMPARE(options->pinSha256.size(), 32);
        expectDelivered(b, *options);
    }

    void deliversOverHttpsWithTestCaOnly()
    {
        Branch b = newBranch();
        const auto options = optionsFromSettings(httpsUrl(), b, m_certs.caFile(), {});
        QVERIFY(options);
        expectDelivered(b, *options);
    }

    void wrongPinIsRefusedAndRowsKept()
    {
        Branch b = newBranch();
        // The chain is valid (the right CA); the key is not the pinned one.
        const auto options = optionsFromSettings(httpsUrl(), b, m_certs.caFile(), m_other.pin);
        QVERIFY(options);
        expectRefused(b, *options, u"central/pinSha256"_s);
    }

    void untrustedCaIsRefusedAndRowsKept_data()
    {
        QTest::addColumn<bool>("otherCa");
        QTest::newRow("another CA in central/caFile") << true;
        QTest::newRow("system CAs only") << false;
    }

    void untrustedCaIsRefusedAndRowsKept()
    {
        QFETCH(bool, otherCa);
        Branch b = newBranch();
        const auto options
            = optionsFromSettings(httpsUrl(), b, otherCa ? m_other.caFile() : QString(), {});
        QVERIFY(options);
        expectRefused(b, *options, u"central/caFile"_s);
    }

    void plainHttpToTlsPortFailsCleanly()
    {
        Branch b = newBranch();
        const auto options = optionsFromSettings(
            QUrl(u"http://127.0.0.1:%1/"_s.arg(m_central->port())), b, {}, {});
        QVERIFY(options);
        expectRefused(b, *options, u"retrying"_s);
    }

    void keepsServingAfterFailedHandshakes()
    {
        // Bytes that are not TLS at all: central drops the connection.
        QTcpSocket plain;
        plain.connectToHost(u"127.0.0.1"_s, m_central->port());
        QVERIFY(plain.waitForConnected(5000));
        plain.write("GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n"_ba);
        QVERIFY(
            waitUntil([&] { return plain.state() == QAbstractSocket::UnconnectedState; }, 10000));
        QVERIFY(!plain.readAll().contains("\"ok\""_ba));

        // A client that gives up in the middle of the handshake (it does not trust central).
        QSslSocket tls;
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setCaCertificates(QSslCertificate::fromPath(m_other.caFile()));
        tls.setSslConfiguration(conf);
        tls.connectToHostEncrypted(u"127.0.0.1"_s, m_central->port());
        QVERIFY(!tls.waitForEncrypted(10000));
        tls.abort();

        // A connection that never says anything, left open.
        QTcpSocket silent;
        silent.connectToHost(u"127.0.0.1"_s, m_central->port());
        QVERIFY(silent.waitForConnected(5000));

        QVERIFY(m_central->isRunning());
        Branch b = newBranch();
        const auto options = optionsFromSettings(httpsUrl(), b, m_certs.caFile(), m_certs.pin);
        QVERIFY(options);
        expectDelivered(b, *options);
    }

    // The real saduak-hub with central/caFile and central/pinSha256 in its settings file.
    void hubPushesOverTls()
    {
        const QString code = u"H1"_s;
        const QString token = m_central->enrol(code, u"Hub over TLS"_s);
        QVERIFY(!token.isEmpty());
        const QString hubDb = m_dir.filePath(u"hub.sqlite"_s);
        QStringList uuids;
        {
            BranchHub::Options options;
            options.databasePath = hubDb;
            options.exclusive = false;
            StorageError error;
            auto hub = BranchHub::open(options, &error);
            QVERIFY2(hub, qPrintable(error.detail));
            uuids = appendRows(hub->database(), 120);
            QCOMPARE(uuids.size(), 120);
        }
        const QString settingsPath = m_dir.filePath(u"hub.ini"_s);
        {
            QSettings settings(settingsPath, QSettings::IniFormat);
            settings.setValue(u"central/url"_s, httpsUrl().toString());
            settings.setValue(u"central/token"_s, token);
            settings.setValue(u"central/caFile"_s, m_certs.caFile());
            settings.setValue(u"central/pinSha256"_s, m_certs.pin);
        }
        QProcess hub;
        hub.start(QStringLiteral(SADUAK_HUB_BINARY),
            {u"--db"_s, hubDb, u"--settings"_s, settingsPath, u"--listen"_s, u"127.0.0.1"_s,
                u"--port"_s, u"0"_s});
        QVERIFY(hub.waitForStarted(10000));
        QVERIFY(waitUntil(
            [&] { return centralHoldsExactly(m_central->dbPath(), code, uuids).isEmpty(); },
            30000));
        hub.terminate();
        QVERIFY(hub.waitForFinished(10000));
    }

    // The request size limits of LimitedTcpServer hold over TLS too.
    void limitsHoldOverTls()
    {
        QSslSocket tls;
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setCaCertificates(QSslCertificate::fromPath(m_certs.caFile()));
        tls.setSslConfiguration(conf);
        tls.connectToHostEncrypted(u"127.0.0.1"_s, m_central->port());
        QVERIFY(tls.waitForEncrypted(10000));
        tls.write("POST /v1/ingest HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                  "Content-Length: 99999999\r\n\r\n"_ba);
        QByteArray answer;
        QVERIFY(waitUntil(
            [&] {
                answer += tls.readAll();
                return answer.contains("tooLarge"_ba);
            },
            10000));
        QVERIFY2(answer.startsWith("HTTP/1.1 413"_ba), answer.constData());
    }

    void settingsAreChecked_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("whyPart");
        QTest::newRow("caFile missing") << u"https://127.0.0.1:1/"_s << u"/nonexistent/ca.crt"_s
                                        << QString() << u"cannot be read"_s;
        QTest::newRow("caFile not PEM") << u"https://127.0.0.1:1/"_s << u"central.sqlite"_s
                                        << QString() << u"no PEM certificate"_s;
        QTest::newRow("pin not base64")
            << u"https://127.0.0.1:1/"_s << QString() << u"not-a-pin!"_s << u"central/pinSha256"_s;
        QTest::newRow("pin too short")
            << u"https://127.0.0.1:1/"_s << QString() << u"AAAA"_s << u"central/pinSha256"_s;
        QTest::newRow("pin with http")
            << u"http://127.0.0.1:1/"_s << QString() << m_certs.pin << u"https://"_s;
        QTest::newRow("caFile with http")
            << u"http://127.0.0.1:1/"_s << m_certs.caFile() << QString() << u"https://"_s;
    }

    void settingsAreChecked()
    {
        QFETCH(QString, url);
        QFETCH(QString, caFile);
        QFETCH(QString, pin);
        QFETCH(QString, whyPart);
        Branch b;
        b.code = u"S"_s + QString::number(++m_branches);
        b.token = u"token"_s;
        QString why;
        QVERIFY(!optionsFromSettings(QUrl(url), b, caFile, pin, &why));
        QVERIFY2(why.contains(whyPart), qPrintable(why));
    }

    void centralRefusesUnreadableTlsFiles_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("stderrPart");
        QTest::newRow("no key file") << QStringList {u"--tls-cert"_s, m_certs.certFile(),
            u"--tls-key"_s, m_dir.filePath(u"missing.key"_s)}
                                     << u"cannot be read"_s;
        QTest::newRow("no certificate in file") << QStringList {u"--tls-cert"_s, m_certs.keyFile(),
            u"--tls-key"_s, m_certs.keyFile()} << u"no PEM certificate"_s;
        QTest::newRow("certificate as key")
            << QStringList {u"--tls-cert"_s, m_certs.certFile(), u"--tls-key"_s, m_certs.certFile()}
            << u"no unencrypted PEM private key"_s;
        QTest::newRow("cert without key")
            << QStringList {u"--tls-cert"_s, m_certs.certFile()} << u"--tls-key"_s;
    }

    void centralRefusesUnreadableTlsFiles()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, stderrPart);
        QProcess p;
        p.start(QStringLiteral(SADUAK_CENTRAL_BINARY),
            QStringList {u"--db"_s, m_dir.filePath(u"refused.sqlite"_s), u"--listen"_s,
                u"127.0.0.1"_s, u"--port"_s, u"0"_s, u"--language"_s, u"en"_s}
                + arguments);
        QVERIFY(p.waitForFinished(30000));
        QVERIFY(p.exitCode() != 0);
        const QString err = QString::fromLocal8Bit(p.readAllStandardError());
        QVERIFY2(err.contains(stderrPart), qPrintable(err));
        QVERIFY(!p.readAllStandardOutput().contains("listening"_ba));
    }
};

QTEST_GUILESS_MAIN(TestSyncTls)
#include "tst_synctls.moc"
