// A complaint from the kiosk to central and its state back, with the real programs
// (modules/complaints/README.md, "One writer for each part"): saduak-central with the seed
// reference data imported as an operator does, saduak-hub serving the complaints module and
// syncing with it, a kiosk and a counter as devices on real WebSockets. The kiosk files; central
// holds the complaint once; the hub is killed (the branch offline) while an officer moves the
// complaint on at central; the hub comes back, pulls complaint-status, and the counter and the
// kiosk see central's state. And a counter's photo, in 32 KiB chunks to the hub, through a sync
// cut half way and a hub killed, to central's desk, byte for byte.
#include "centralprocess.h"
#include "deskfixture.h"
#include "faultproxy.h"
#include "programprocess.h"
#include "rawpeer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
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

    std::unique_ptr<RawPeer> connected(const QString &url, const QString &token)
    {
        auto peer = std::make_unique<RawPeer>(url);
        if (!peer->waitConnected() || !peer->hello(token))
            return nullptr;
        return peer;
    }

    // An officer logs in at the counter PC as its screen does (logIn); true when the hub says so.
    // The session belongs to the device and is kept in the hub's file: it outlives the connection
    // and a restart of the hub.
    static bool loggedIn(RawPeer &counter, const QString &user, const QByteArray &password)
    {
        counter.send({{u"type"_s, u"logIn"_s}, {u"id"_s, u"login-1"_s}, {u"user"_s, user},
            {u"password"_s, QString::fromUtf8(password)}});
        const QJsonObject answer = counter.answer(u"login-1"_s);
        if (answer.value(u"staff"_s).toObject().value(u"user"_s).toString() == user)
            return true;
        qWarning().noquote() << "not logged in:" << QJsonDocument(answer).toJson();
        return false;
    }

    // The parts of a file central has indexed (complaint_attachment_part), read beside the
    // running central as an operator's sqlite3 would; -1 when unreadable.
    static int centralPartsOf(const QString &db, const QString &sha256)
    {
        int count = -1;
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"central-read"_s);
            c.setDatabaseName(db);
            c.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (c.open()) {
                QSqlQuery q(c);
                q.prepare(u"SELECT count(*) FROM complaint_attachment_part WHERE sha256 = ?"_s);
                q.addBindValue(sha256);
                if (q.exec() && q.next())
                    count = q.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(u"central-read"_s);
        return count;
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
        if (QTest::currentTestFailed()) {
            qInfo().noquote() << "hub output:" << m_hub.program().read().right(4000);
            qInfo().noquote() << "attachment hub output:"
                              << m_attachHub.program().read().right(4000);
        }
        m_hub.kill();
        m_attachHub.kill();
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
        const QByteArray officerPassword = "ตรวจสอบคำร้อง-2569"_ba;
        QVERIFY(m_hub.addStaff(u"somchai"_s, u"สมชาย ใจดี"_s, u"counter"_s, officerPassword));
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
        QVERIFY(loggedIn(*counter, u"somchai"_s, officerPassword));
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

    // A counter's photo of about 600 KB goes to the hub in 32 KiB chunks and is filed with a
    // complaint; the hub's sync (one outbox row a batch) is cut in the middle of the file's
    // parts, the line stays down and the hub is killed there (SIGKILL, a power cut at the
    // branch); started again on a working line it sends the rest, and an officer at central's
    // desk gets the very bytes under the name the counter gave.
    void aCountersPhotoReachesCentralsDeskWholeThroughAHubKilledMidSync()
    {
        QVERIFY(m_dir.isValid());
        const QString dir = path(u"attach"_s);
        QVERIFY(QDir().mkpath(dir + u"/modules"_s));
        QVERIFY(QFile::link(QStringLiteral(SADUAK_PROGRAM_MODULE_DIR "/complaints.so"),
            dir + u"/modules/complaints.so"_s));

        CentralProcess central(dir + u"/central.sqlite"_s);
        QByteArray auth;
        QVERIFY(prepareDeskCentral(central, m_dir, &auth));
        QVERIFY(auth.startsWith("Authorization: Bearer ")); // the hub's token is what follows
        const QByteArray password = "ขอให้ปลอดภัย-2569"_ba;
        QString err;
        QCOMPARE(addOfficer(central.dbPath(), u"officer.a"_s, password, &err), 0);
        QVERIFY(central.start() != 0);

        // The branch's line to central: whole until a connection has carried about three and a
        // half parts (~175 KB of JSON each), then cut, and down from then on.
        FaultProxy proxy(QHostAddress::LocalHost, central.port());
        QVERIFY(proxy.listen());
        proxy.setCloseAfterBytes(3 * 175000 + 87000);
        int cuts = 0;
        connect(&proxy, &FaultProxy::connectionCut, this, [&] {
            if (cuts++ == 0)
                proxy.setBlackhole();
        });
        {
            QSettings hubIni(dir + u"/hub.ini"_s, QSettings::IniFormat);
            hubIni.setValue(u"central/url"_s, proxy.url());
            hubIni.setValue(u"central/token"_s, QString::fromLatin1(auth.mid(22)));
            hubIni.setValue(u"central/batchSize"_s, 1); // a batch per part: "half" is a place
            hubIni.setValue(u"modules/complaints/branchCode"_s, u"B001"_s);
        }
        const QString counterToken = m_attachHub.pair(u"counter"_s, u"Counter 3"_s, 3);
        QVERIFY(!counterToken.isEmpty());
        const QByteArray officerPassword = "แนบรูปถ่าย-2569"_ba;
        QVERIFY(m_attachHub.addStaff(u"somsri"_s, u"สมศรี มีสุข"_s, u"counter"_s, officerPassword));
        const QStringList hubArguments {u"--settings"_s, dir + u"/hub.ini"_s, u"--modules"_s,
            dir + u"/modules"_s, u"--language"_s, u"en"_s};
        QVERIFY2(m_attachHub.start(0, hubArguments), qPrintable(m_attachHub.program().read()));
        auto counter = connected(m_attachHub.url(), counterToken);
        QVERIFY(counter);
        QVERIFY(loggedIn(*counter, u"somsri"_s, officerPassword));

        // Noise does not compress: five parts of 128 KiB at the hub, nineteen chunks on the LAN.
        const QByteArray png = deskPng(400, 500, true, 20261207u);
        const qint64 part = saduak::complaints::AttachmentRule::partBytes;
        QVERIFY2(png.size() > 4 * part && png.size() <= 5 * part,
            qPrintable(QString::number(png.size())));
        const QString sha256 = saduak::complaints::AttachmentRule::sha256Of(png);
        qint64 received = 0;
        int chunks = 0;
        QJsonObject answer;
        while (received < png.size() && chunks < 40) {
            const QString id = u"a-"_s + QString::number(++chunks);
            counter->send({{u"type"_s, u"complaints.attach"_s}, {u"id"_s, id},
                {u"sha256"_s, sha256}, {u"size"_s, png.size()}, {u"mediaType"_s, u"image/png"_s},
                {u"offset"_s, received},
                {u"data"_s, QString::fromLatin1(png.mid(received, 32768).toBase64())}});
            answer = counter->answer(id);
            QVERIFY2(answer.value(u"ok"_s).toBool(),
                qPrintable(QString::fromUtf8(QJsonDocument(answer).toJson())));
            QCOMPARE(answer.value(u"received"_s).toInteger(),
                std::min<qint64>(received + 32768, png.size()));
            received = answer.value(u"received"_s).toInteger();
        }
        QCOMPARE(chunks, int((png.size() + 32767) / 32768));
        QVERIFY(answer.value(u"stored"_s).toBool());

        const QString name = u"ท่อแตก หน้าบ้าน.png"_s;
        counter->send(
            {{u"type"_s, u"complaints.file"_s}, {u"id"_s, u"c-1"_s}, {u"category"_s, u"roads"_s},
                {u"subject"_s, u"ท่อประปาแตก"_s}, {u"description"_s, u"น้ำไหลนองถนนหน้าบ้านสองวันแล้ว"_s},
                {u"province"_s, u"10"_s}, {u"amphoe"_s, u"1007"_s}, {u"tambon"_s, u"100701"_s},
                {u"phone"_s, u"0812345678"_s}, {u"privacyAcknowledged"_s, true},
                {u"attachments"_s,
                    QJsonArray {QJsonObject {{u"sha256"_s, sha256}, {u"name"_s, name}}}}});
        const QJsonObject filed = counter->answer(u"c-1"_s);
        const QString number = filed.value(u"trackingNumber"_s).toString();
        QVERIFY2(number.startsWith(u"B001-"_s),
            qPrintable(QString::fromUtf8(QJsonDocument(filed).toJson())));
        QCOMPARE(filed.value(u"attachments"_s).toArray(), (QJsonArray {deskAttachment(png, name)}));

        // The line is cut in the middle of the parts: central holds some of them, not the
        // complaint (it comes after them); the hub dies there.
        QTRY_VERIFY_WITH_TIMEOUT(cuts > 0, 30000);
        const int partsBeforeKill = centralPartsOf(central.dbPath(), sha256);
        QVERIFY2(partsBeforeKill > 0 && partsBeforeKill < 5,
            qPrintable(QString::number(partsBeforeKill)));
        QVERIFY(!centralComplaints(central).join(u'\n').contains(number));
        counter.reset();
        const quint16 port = m_attachHub.port();
        m_attachHub.kill(); // SIGKILL
        proxy.setPass();
        QVERIFY2(m_attachHub.start(port, hubArguments), qPrintable(m_attachHub.program().read()));

        QStringList atCentral;
        QTRY_VERIFY_WITH_TIMEOUT(
            (atCentral = centralComplaints(central)).join(u'\n').contains(number), 30000);
        QCOMPARE(atCentral.size(), 1);
        QCOMPARE(centralPartsOf(central.dbPath(), sha256), 5);

        const QByteArray session = deskSession(central.port(), u"officer.a"_s, password);
        QVERIFY(!session.isEmpty());
        const QByteArray href
            = "/desk/complaint/"_ba + number.toLatin1() + "/attachments/"_ba + sha256.toLatin1();
        const RawResponse page = rawHttp(central.port(),
            httpRequest("GET"_ba, "/desk/complaint/"_ba + number.toLatin1() + "?lang=en"_ba,
                {"Cookie: "_ba + session}));
        QCOMPARE(page.status, 200);
        const QString html = QString::fromUtf8(page.body);
        QVERIFY2(html.contains(u"\">"_s + name + u"</a> — PNG image"_s), qPrintable(html));
        QVERIFY(html.contains(QString::fromLatin1(href)));
        QVERIFY(!html.contains(u"not arrived yet"_s));
        const RawResponse photo
            = rawHttp(central.port(), httpRequest("GET"_ba, href, {"Cookie: "_ba + session}));
        QCOMPARE(photo.status, 200);
        QCOMPARE(photo.body.size(), png.size());
        QVERIFY(photo.body == png);
    }

private:
    QTemporaryDir m_dir;
    HubProcess m_hub {QStringLiteral(SADUAK_HUB_BINARY), m_dir.filePath(u"hub.sqlite"_s)};
    HubProcess m_attachHub {
        QStringLiteral(SADUAK_HUB_BINARY), m_dir.filePath(u"attach/hub.sqlite"_s)};
    int m_ids = 0;
};

QTEST_GUILESS_MAIN(TestComplaintsCentral)
#include "tst_complaintscentral.moc"
