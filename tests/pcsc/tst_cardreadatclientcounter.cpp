// A card read at a client counter is audited at central, and the client keeps nothing of it
// (DESIGN.md: "a client PC holds no module data of record"; PDPA: "every read of a card is an
// audit row"). The real programs: saduak-central, saduak-hub serving the ID-card module's hub
// part, and counter 2 as a `saduak --hub … --token …` process on xvfb-run's X screen, reading an
// emulated Thai ID card through a real pcscd and the vpcd virtual reader (tests/support/pcsc).
// The counter's desk part asks the hub for "idcard.recordRead"; the hub's outbox row
// "idcard.read" reaches central once, with the counter and the device as paired, the officer
// logged in at that PC, and only a keyed hash of the ID.
#include "centralprocess.h"
#include "pcscdfixture.h"
#include "programprocess.h"
#include "virtualthaiidcard.h"
#include "vpcdcardemulator.h"

#include <branchstore.h>
#include <centraldatabase.h>
#include <ingeststore.h>
#include <personaldatacipher.h>

#include <hub/devicestore.h>
#include <seatedstaff.h>
#include <storage/database.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;
using namespace saduak::testing;

namespace {

constexpr int kStartTimeoutMs = 30000;
constexpr int kCardTimeoutMs = 15000; // pcscd polls vpcd every 400 ms; then 41 APDUs and the hub

QJsonObject fixtureJson(const QString &name)
{
    QFile file(QStringLiteral(SADUAK_CARD_FIXTURE_DIR) + u'/' + name + u".json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestCardReadAtClientCounter : public QObject
{
    Q_OBJECT

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString pair(const QString &role, const QString &name, int counterNumber = 0) const
    {
        return m_hub.pair(role, name, counterNumber);
    }

    // An officer logged in at the PC paired with token, as after its log-in screen: written
    // beside the serving hub on its own connection to the file (the hub reads who is logged in at
    // a device from the file on every command).
    bool seatOfficer(const QString &token, const QString &user, QString *why)
    {
        StorageError error;
        const auto db = Database::open(path(u"hub.sqlite"_s), {}, &error);
        if (!db) {
            *why = error.detail;
            return false;
        }
        const std::optional<Device> device = DeviceStore(*db).authenticate(token);
        if (!device) {
            *why = u"no paired device for the token"_s;
            return false;
        }
        return seatStaff(*db, device->id, StaffRole::Counter, why, user);
    }

    bool startHub()
    {
        return m_hub.start(0,
            {u"--settings"_s, path(u"hub.ini"_s), u"--modules"_s,
                QStringLiteral(SADUAK_PROGRAM_MODULE_DIR), u"--language"_s, u"en"_s});
    }

    // A counter PC joined to the hub: no database of its own, its own home and temp folders (to
    // look through afterwards), the fixture's pcscd (the default socket: pcsc tests reach it).
    void startCounter(const QString &token, int number)
    {
        QSettings ini(path(u"counter.ini"_s), QSettings::IniFormat);
        ini.setValue(u"counter/number"_s, number);
        ini.setValue(u"modules/idcard/reader"_s, m_pcscd.readerName(0));
        ini.sync();
        QDir().mkpath(path(u"counter-home"_s));
        QDir().mkpath(path(u"counter-tmp"_s));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"QT_QPA_PLATFORM"_s); // a real window on xvfb-run's X server
        env.remove(u"PCSCLITE_CSOCK_NAME"_s);
        env.insert(u"HOME"_s, path(u"counter-home"_s));
        env.insert(u"TMPDIR"_s, path(u"counter-tmp"_s));
        env.remove(u"XDG_CONFIG_HOME"_s);
        env.remove(u"XDG_CACHE_HOME"_s);
        env.remove(u"XDG_DATA_HOME"_s);
        env.insert(u"SADUAK_MODULE_DIR"_s, QStringLiteral(SADUAK_PROGRAM_MODULE_DIR));
        env.insert(u"QT_LOGGING_RULES"_s, u"saduak.module.idcard.info=true"_s);
        m_counter.process = std::make_unique<QProcess>();
        m_counter.process->setProcessEnvironment(env);
        m_counter.process->setProcessChannelMode(QProcess::MergedChannels);
        m_counter.process->start(QStringLiteral(SADUAK_BINARY),
            {u"--mode"_s, u"counter"_s, u"--windowed"_s, u"--language"_s, u"en"_s, u"--hub"_s,
                m_hub.url(), u"--token"_s, token,
                u"--settings"_s, path(u"counter.ini"_s), u"--db"_s, path(u"counter.sqlite"_s)});
    }

    // The counter screen is up once its window is mapped: the hub's catalog has arrived, and the
    // screen has told the modules which counter this PC is (a card read before would say none).
    bool counterWindowShown()
    {
        return !xdotoolWindowOf(m_counter.process->processId(), u"^Counter"_s).isEmpty();
    }

    // Central's rows of kind `kind` for branch B01 (uuids in arrival order).
    QStringList centralRows(const QString &kind, qint64 *branchId = nullptr) const
    {
        StorageError error;
        auto central = CentralDatabase::open(path(u"central.sqlite"_s), &error, true);
        if (!central)
            return {u"(central unreadable: "_s + error.detail + u')'};
        const auto branch = central->branches().byCode(u"B01"_s);
        if (!branch)
            return {};
        if (branchId)
            *branchId = branch->id;
        QStringList uuids;
        for (const auto &row : central->ingest().rowsOf(branch->id))
            if (row.kind == kind)
                uuids << row.uuid;
        return uuids;
    }

    // Files under `folder` whose bytes hold any of `secrets`.
    static QStringList filesHolding(const QString &folder, const QList<QByteArray> &secrets)
    {
        QStringList found;
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly)) {
                found << file + u" (unreadable)"_s;
                continue;
            }
            const QByteArray bytes = f.readAll();
            for (const QByteArray &secret : secrets)
                if (bytes.contains(secret))
                    found << file;
        }
        return found;
    }

private Q_SLOTS:
    void cleanup()
    {
        if (m_emulator)
            m_emulator->removeCard();
        m_emulator.reset();
        const bool failed = QTest::currentTestFailed();
        if (failed)
            qInfo().noquote() << "counter 2 output:\n" << m_counter.read().right(4000);
        m_counter.kill();
        if (failed)
            qInfo().noquote() << "hub output:\n" << m_hub.program().read().right(4000);
        m_hub.kill();
        if (m_central) {
            m_central->kill();
            if (failed)
                qInfo().noquote() << "central errors:\n"
                                  << QString::fromUtf8(m_central->standardError()).right(4000);
        }
        if (failed)
            qInfo().noquote() << "pcscd log:\n" << m_pcscd.logTail(40);
    }

    void cardReadAtAClientCounterIsAuditedAtCentralAndTheClientKeepsNothing()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!qEnvironmentVariableIsEmpty("DISPLAY"), "runs under xvfb-run");
        QString why;
        QVERIFY2(m_pcscd.start(&why), qPrintable(why));

        m_central = std::make_unique<CentralProcess>(path(u"central.sqlite"_s));
        const QString branchToken = m_central->enrol(u"B01"_s, u"Test branch"_s);
        QVERIFY(!branchToken.isEmpty());
        QVERIFY(m_central->start() != 0);
        {
            QSettings hubIni(path(u"hub.ini"_s), QSettings::IniFormat);
            hubIni.setValue(u"queue/openAllDay"_s, true);
            hubIni.setValue(u"central/url"_s, m_central->url().toString());
            hubIni.setValue(u"central/token"_s, branchToken);
        }
        QVERIFY(startHub());
        QVERIFY2(m_hub.program().output.contains(u"idcard"_s), qPrintable(m_hub.program().output));
        const QString counter1Token = pair(u"counter"_s, u"Counter 1"_s, 1);
        const QString counter2Token = pair(u"counter"_s, u"Counter 2"_s, 2);
        QVERIFY(!counter1Token.isEmpty() && !counter2Token.isEmpty());
        QVERIFY2(seatOfficer(counter2Token, u"somchai"_s, &why), qPrintable(why));

        startCounter(counter2Token, 2);
        QVERIFY(m_hub.program().waitFor([](const QString &out) {
            return out.contains(u"device connected:"_s) && out.contains(u"Counter 2"_s);
        }));
        QVERIFY(counterWindowShown());

        // The citizen's card goes into counter 2's reader.
        const QJsonObject fixture = fixtureJson(u"standard-3b68"_s);
        const QString citizenId = fixture[u"citizenId"].toString();
        QCOMPARE(citizenId.size(), 13);
        m_card = VirtualThaiIdCard::fromFixture(
            QStringLiteral(SADUAK_CARD_FIXTURE_DIR) + u"/standard-3b68.json"_s, &why);
        QVERIFY2(m_card, qPrintable(why));
        m_emulator = std::make_unique<VpcdCardEmulator>(m_pcscd.vpcdPort(0));
        m_emulator->insertCard(m_card.get());
        // The desk part says how the read ended: audited, or why not (then fail at once).
        QVERIFY(m_counter.waitFor(
            [](const QString &out) {
                return out.contains(u"card read and audited"_s)
                    || out.contains(u"card read but not shown"_s)
                    || out.contains(u"card read failed"_s);
            },
            kCardTimeoutMs));
        QVERIFY2(m_counter.read().contains(u"card read and audited"_s),
            qPrintable(m_counter.output));

        // Central holds the read once, as the hub recorded it for counter 2.
        qint64 branchId = 0;
        QStringList reads;
        QVERIFY(QTest::qWaitFor(
            [&] {
                reads = centralRows(u"idcard.read"_s, &branchId);
                return !reads.isEmpty();
            },
            kStartTimeoutMs));
        QCOMPARE(reads.size(), 1);
        StorageError error;
        auto central = CentralDatabase::open(path(u"central.sqlite"_s), &error, true);
        QVERIFY2(central, qPrintable(error.detail));
        // "staff" is personal data at central, sealed with central's key (made beside its file).
        const auto cipher = PersonalDataCipher::fromKeyFile(path(u"central.key"_s), &why);
        QVERIFY2(cipher, qPrintable(why));
        central->ingest().setCipher(cipher.get());
        const std::optional<QByteArray> payloadBytes
            = central->ingest().payloadOf(branchId, reads.constFirst(), &why);
        QVERIFY2(payloadBytes, qPrintable(why));
        const QJsonObject payload = QJsonDocument::fromJson(*payloadBytes).object();
        QCOMPARE(payload[u"counter"].toInt(), 2);
        QCOMPARE(payload[u"device"].toString(), u"Counter 2"_s);
        QCOMPARE(payload[u"screen"].toString(), u"counter"_s);
        QCOMPARE(payload[u"purpose"].toString(), u"identification"_s); // no ticket at the counter
        QCOMPARE(payload[u"staff"].toString(), u"somchai"_s); // the officer logged in there
        QVERIFY2(QRegularExpression(u"^[0-9a-f]{64}$"_s)
                     .match(payload[u"citizenIdHash"].toString())
                     .hasMatch(),
            payloadBytes->constData());

        // Neither the ID nor a name went anywhere: not to central, not into the counter's log.
        const QJsonObject thai = fixture[u"thaiName"].toObject();
        const QJsonObject english = fixture[u"englishName"].toObject();
        const QStringList secrets {citizenId, thai[u"first"].toString(), thai[u"last"].toString(),
            english[u"first"].toString(), english[u"last"].toString()};
        for (const QString &secret : secrets) {
            QVERIFY(!secret.isEmpty());
            QVERIFY2(!QString::fromUtf8(*payloadBytes).contains(secret), payloadBytes->constData());
            QVERIFY2(!m_counter.read().contains(secret), "counter 2's log carries the ID or a name");
        }

        // The client kept no file: no database, and nothing in its home or temp folder or its
        // settings holds the ID (as digits, or as the card's Thai or English names).
        QVERIFY2(!QFile::exists(path(u"counter.sqlite"_s)), "the client PC made a database");
        QList<QByteArray> secretBytes;
        for (const QString &secret : secrets)
            secretBytes << secret.toUtf8();
        for (const QString &folder : {path(u"counter-home"_s), path(u"counter-tmp"_s)}) {
            const QStringList holding = filesHolding(folder, secretBytes);
            QVERIFY2(holding.isEmpty(), qPrintable(holding.join(u", "_s)));
        }
        QFile ini(path(u"counter.ini"_s));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(citizenId.toLatin1()));
        QCOMPARE(m_counter.process->state(), QProcess::Running);
    }

private:
    QTemporaryDir m_dir;
    PcscdFixture m_pcscd {1};
    std::unique_ptr<CentralProcess> m_central;
    HubProcess m_hub {QStringLiteral(SADUAK_HUB_BINARY), m_dir.filePath(u"hub.sqlite"_s)};
    ProgramProcess m_counter;
    std::unique_ptr<VirtualThaiIdCard> m_card;
    std::unique_ptr<VpcdCardEmulator> m_emulator;
};

QTEST_GUILESS_MAIN(TestCardReadAtClientCounter)
#include "tst_cardreadatclientcounter.moc"
