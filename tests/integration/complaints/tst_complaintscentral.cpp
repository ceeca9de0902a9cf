// A complaint from the kiosk to central and its state back, with the real programs
// (modules/complaints/README.md, "One writer for each part"): saduak-central with the seed
// reference data imported as an operator does, saduak-hub serving the complaints module and
// syncing with it, a kiosk and a counter as devices on real WebSockets. The kiosk files; central
// holds the complaint once; the hub is killed (the branch offline) while an officer moves the
// complaint on at central; the hub comes back, pulls complaint-status, and the counter and the
// kiosk see central's state.
#include "centralprocess.h"
#include "programprocess.h"
#include "rawpeer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak::test;

class TestComplaintsCentral : public QObject
{
    Q_OBJECT

    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool startHub(quint16 port)
    {
        return m_hub.start(port,
            {u"--settings"_s, path(u"hub.ini"_s), u"--modules"_s, path(u"modules"_s),
                u"--language"_s, u"en"_s});
    }

    std::unique_ptr<RawPeer> connected(const QString &token)
    {
        auto peer = std::make_unique<RawPeer>(m_hub.url());
        if (!peer->waitConnected() || !peer->hello(token))
            return nullptr;
        return peer;
    }

    // Asks until the answer satisfies done (each time with a new id); the last answer.
    QJsonObject askUntil(RawPeer &peer, const QString &type, const QJsonObject &fields,
        const std::function<bool(const QJsonObject &)> &done, int timeoutMs = 30000)
    {
        QJsonObject answer;
        (void)QTest::qWaitFor(
            [&] {
                QJsonObject message = fields;
                const QString id = u"q-"_s + QString::number(++m_ids);
                message.insert(u"type"_s, type);
                message.insert(u"id"_s, id);
                peer.send(message);
                answer = peer.answer(id);
                return done(answer);
            },
            timeoutMs);
        return answer;
    }

    // Central's list of complaints: one tab-separated line each.
    QStringList centralComplaints(CentralProcess &central)
    {
        QString out;
        if (central.command({u"complaints"_s}, &out) != 0)
            return {u"(complaints failed)"_s};
        return out.isEmpty() ? QStringList {} : out.split(u'\n');
    }

private Q_SLOTS:
    void cleanup()
    {
        if (QTest::currentTestFailed())
            qInfo().noquote() << "hub output:" << m_hub.program().read().right(4000);
        m_hub.kill();
    }

    void aStateSetAtCentralWhileTheBranchIsOfflineReachesItsCounterAndKiosk()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(path(u"modules"_s)));
        QVERIFY(QFile::link(QStringLiteral(SADUAK_PROGRAM_MODULE_DIR "/complaints.so"),
            path(u"modules/complaints.so"_s)));

        CentralProcess central(path(u"central.sqlite"_s));
        const QString branchToken = central.enrol(u"B001"_s, u"Central World"_s);
        QVERIFY(!branchToken.isEmpty());
        for (const auto &[dataset, file, keyField] :
            {std::tuple {u"complaint-categories"_s, u"complaint-categories.jsonl"_s, u"code"_s},
                std::tuple {u"admin-areas"_s, u"admin-areas.jsonl"_s, u"key"_s}}) {
            QString err;
            QCOMPARE(central.command({u"import-reference"_s, u"--dataset"_s, dataset, u"--file"_s,
                                         QStringLiteral(SADUAK_SOURCE_DIR "/db/reference/") + file,
                                         u"--key-field"_s, keyField},
                         nullptr, &err),
                0);
        }
        QVERIFY(central.start() != 0);
        {
            QSettings hubIni(path(u"hub.ini"_s), QSettings::IniFormat);
            hubIni.setValue(u"central/url"_s, central.url().toString());
            hubIni.setValue(u"central/token"_s, branchToken);
            hubIni.setValue(u"central/pullIntervalSeconds"_s, 1);
            hubIni.setValue(u"modules/complaints/branchCode"_s, u"B001"_s);
        }
        const QString kioskToken = m_hub.pair(u"kiosk"_s, u"Kiosk 1"_s);
        const QString counterToken = m_hub.pair(u"counter"_s, u"Counter 2"_s, 2);
        QVERIFY(!kioskToken.isEmpty() && !counterToken.isEmpty());
        QVERIFY2(startHub(0), qPrintable(m_hub.program().read()));

        auto kiosk = connected(kioskToken);
        QVERIFY(kiosk);
        // The kiosk's area picker has the provinces once the hub has pulled them from central.
        const QJsonObject provinces = askUntil(*kiosk, u"complaints.areas"_s, {},
            [](const QJsonObject &a) { return a.value(u"areas"_s).toArray().size() == 77; });
        QCOMPARE(provinces.value(u"areas"_s).toArray().size(), 77);
        const QJsonObject categories = askUntil(*kiosk, u"complaints.categories"_s, {},
            [](const QJsonObject &a) { return !a.value(u"categories"_s).toArray().isEmpty(); });
        QVERIFY(!categories.value(u"categories"_s).toArray().isEmpty());

        kiosk->send({{u"type"_s, u"complaints.file"_s}, {u"id"_s, u"k-1"_s},
            {u"category"_s, u"roads"_s}, {u"subject"_s, u"ทางเท้าชำรุด"_s},
            {u"description"_s, u"ทางเท้าหน้าตลาดชำรุด เดินลำบาก"_s}, {u"province"_s, u"10"_s},
            {u"amphoe"_s, u"1001"_s}, {u"tambon"_s, u"100101"_s},
            {u"complainant"_s,
                QJsonObject {{u"citizenId"_s, u"1101700203450"_s}, {u"prefix"_s, u"นาย"_s},
                    {u"firstName"_s, u"สมชาย"_s}, {u"lastName"_s, u"ใจดี"_s}}},
            {u"phone"_s, u"0812345678"_s}, {u"privacyAcknowledged"_s, true}});
        const QJsonObject filed = kiosk->answer(u"k-1"_s);
        const QString number = filed.value(u"trackingNumber"_s).toString();
        QVERIFY2(number.startsWith(u"B001-"_s),
            qPrintable(QString::fromUtf8(QJsonDocument(filed).toJson())));

        // Central holds it, once.
        QStringList atCentral;
        QTRY_VERIFY_WITH_TIMEOUT(
            (atCentral = centralComplaints(central)).join(u'\n').contains(number), 30000);
        QCOMPARE(atCentral.size(), 1);

        // The branch goes offline; an officer registers and forwards the complaint meanwhile.
        kiosk.reset();
        const quint16 port = m_hub.port();
        m_hub.kill(); // SIGKILL
        QString out;
        QString err;
        QCOMPARE(central.command({u"complaint"_s, u"--tracking"_s, number, u"--action"_s,
                                     u"register"_s, u"--category"_s, u"roads"_s},
                     &out, &err),
            0);
        QCOMPARE(central.command({u"complaint"_s, u"--tracking"_s, number, u"--action"_s,
                                     u"forward"_s, u"--agency"_s, u"สำนักงานเขตพระนคร"_s},
                     &out, &err),
            0);

        QVERIFY2(startHub(port), qPrintable(m_hub.program().read()));
        auto counter = connected(counterToken);
        QVERIFY(counter);
        const QJsonObject atCounter = askUntil(*counter, u"complaints.lookup"_s,
            {{u"trackingNumber"_s, number}},
            [](const QJsonObject &a) { return a.value(u"state"_s).toString() == u"forwarded"_s; });
        QCOMPARE(atCounter.value(u"state"_s).toString(), u"forwarded"_s);
        QCOMPARE(atCounter.value(u"subject"_s).toString(), u"ทางเท้าชำรุด"_s); // the branch's own
        QStringList states;
        for (const QJsonValue &change : atCounter.value(u"history"_s).toArray())
            states << change.toObject().value(u"state"_s).toString();
        QCOMPARE(states, (QStringList {u"received"_s, u"registered"_s, u"forwarded"_s}));

        kiosk = connected(kioskToken);
        QVERIFY(kiosk);
        const QJsonObject atKiosk = askUntil(*kiosk, u"complaints.lookup"_s,
            {{u"trackingNumber"_s, number}}, [](const QJsonObject &) { return true; });
        QCOMPARE(atKiosk.value(u"state"_s).toString(), u"forwarded"_s);
        QCOMPARE(centralComplaints(central).size(), 1); // the restart sent nothing twice
    }

private:
    QTemporaryDir m_dir;
    HubProcess m_hub {QStringLiteral(SADUAK_HUB_BINARY), m_dir.filePath(u"hub.sqlite"_s)};
    int m_ids = 0;
};

QTEST_GUILESS_MAIN(TestComplaintsCentral)
#include "tst_complaintscentral.moc"
