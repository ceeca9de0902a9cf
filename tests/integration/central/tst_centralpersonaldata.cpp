// Personal data at a real saduak-central (docs/central-api.md, "Personal data at central"): what
// a branch pushes with a Thai name, a phone number and an address is nowhere in central's files,
// yet comes back exactly with the key; central refuses to start with a key file that is missing,
// open to others, or not the key of the data it holds.
#include "centralprocess.h"
#include "rawhttp.h"

#include <branchstore.h>
#include <centraldatabase.h>
#include <ingeststore.h>
#include <personaldatacipher.h>

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

namespace {

const QString kName = u"นางสาวพรทิพย์ แสงทอง"_s;
const QString kPhone = u"0891234567"_s;
const QString kAddress = u"123/45 หมู่ 6 ถนนพหลโยธิน ตำบลคลองหนึ่ง"_s;
const QString kStaff = u"นายวิชัย มั่นคง"_s;
const QString kCitizenId = u"1101700203451"_s;
const QString kService = u"land-inquiry"_s; // a queue event's service code: stays readable
const QString kCategory = u"streetlight-broken"_s;

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

struct Finished
{
    int exitCode = -1; // -1: still running after the wait (then killed)
    QString standardError;
};

Finished runCentral(const QStringList &arguments)
{
    QProcess p;
    // English messages: the checks read them (central speaks Thai by default).
    p.start(QStringLiteral(SADUAK_CENTRAL_BINARY),
        arguments + QStringList {QStringLiteral("--language"), QStringLiteral("en")});
    Finished out;
    if (p.waitForFinished(20000))
        out.exitCode = p.exitCode();
    else
        p.kill();
    p.waitForFinished(5000);
    out.standardError = QString::fromLocal8Bit(p.readAllStandardError());
    return out;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCentralPersonalData : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CentralProcess *m_central = nullptr;
    QString m_token;
    QString m_keyPath;
    QMap<QString, QJsonObject> m_sent; // uuid -> payload

    QString dbPath() const { return m_central->dbPath(); }

    // payloadOf of every row sent, read the way a report would: central's database, the key.
    QString readBack(const QString &keyFile, QMap<QString, QByteArray> *payloads)
    {
        QString why;
        const auto cipher = PersonalDataCipher::fromKeyFile(keyFile, &why);
        if (!cipher)
            return why;
        StorageError error;
        auto central = CentralDatabase::open(dbPath(), &error, true);
        if (!central)
            return error.detail;
        central->ingest().setCipher(cipher.get());
        const qint64 branch = central->branches().byCode(u"B001"_s)->id;
        for (auto it = m_sent.cbegin(); it != m_sent.cend(); ++it) {
            const auto payload = central->ingest().payloadOf(branch, it.key(), &why);
            if (!payload)
                return why;
            payloads->insert(it.key(), *payload);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_central = new CentralProcess(m_dir.filePath(u"central.sqlite"_s));
        m_token = m_central->enrol(u"B001"_s, u"Central World"_s);
        QVERIFY(!m_token.isEmpty());
        m_keyPath = m_dir.filePath(u"central.key"_s);
        QVERIFY(!QFile::exists(m_keyPath)); // enrolling needs no key
    }

    void cleanupTestCase() { delete m_central; }

    void firstStartMakesAPrivateKeyBesideTheDatabase()
    {
        QVERIFY(m_central->start() != 0);
        QVERIFY(QFile::exists(m_keyPath));
        QCOMPARE(QFile::permissions(m_keyPath)
                & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                    | QFile::WriteOther | QFile::ExeOther),
            QFile::Permissions());
        // The operator is told where it is and to back it up.
        const QString log = QString::fromLocal8Bit(m_central->standardError());
        QVERIFY2(log.contains(m_keyPath) && log.contains(u"Back it up"_s), qPrintable(log));
    }

    void personalDataIsNotInCentralsFilesButComesBackWithTheKey()
    {
        const QJsonObject complaint {{u"complaintNo"_s, u"C-2568-0042"_s},
            {u"category"_s, kCategory},
            {u"citizen"_s,
                QJsonObject {{u"name"_s, kName}, {u"phone"_s, kPhone}, {u"address"_s, kAddress}}}};
        const QJsonObject audit {{u"staff"_s, kStaff}, {u"citizenIdHash"_s, u"9f2c"_s},
            {u"counter"_s, 3}, {u"purpose"_s, u"service"_s}};
        const QJsonObject registration {{u"service"_s, u"civilreg"_s},
            {u"people"_s,
                QJsonArray {QJsonObject {{u"role"_s, u"informant"_s},
                    {u"contact"_s, QJsonObject {{u"mobile"_s, kPhone}}},
                    {u"address"_s,
                        QJsonObject {{u"houseNo"_s, u"123/45"_s}, {u"road"_s, u"ถนนพหลโยธิน"_s},
                            {u"province"_s, u"ปทุมธานี"_s}}}}}}};
        const QJsonObject event {{u"seq"_s, 7}, {u"type"_s, u"ticket.issued"_s},
            {u"ticketNumber"_s, u"A001"_s}, {u"serviceCode"_s, kService}};
        // Keys an old list of personal words missed (issue 13): unknown words and look-alikes.
        const QJsonObject lookAlikes {{u"seq"_s, 8}, {u"type"_s, u"ticket.issued"_s},
            {u"idNumber"_s, kCitizenId}, {u"pid"_s, kCitizenId},
            {u"citizen_id"_s, kCitizenId}, {u"emaİl"_s, kPhone}, {u"ｎａｍｅ"_s, kName}};
        const QList<std::pair<QString, QJsonObject>> rows {{u"complaints.record"_s, complaint},
            {u"idcard.read"_s, audit}, {u"civilreg.record"_s, registration}, {u"event"_s, event},
            {u"event"_s, lookAlikes}};
        QJsonArray batch;
        int seq = 0;
        for (const auto &[kind, payload] : rows) {
            const QString uuid = newUuid();
            m_sent.insert(uuid, payload);
            batch.append(QJsonObject {{u"uuid"_s, uuid}, {u"seq"_s, ++seq}, {u"kind"_s, kind},
                {u"payload"_s, payload}, {u"createdAt"_s, 1795680000000.0}});
        }
        const RawResponse r = rawHttp(m_central->port(),
            httpRequest("POST"_ba, "/v1/ingest"_ba,
                {"Authorization: Bearer "_ba + m_token.toLatin1(),
                    "Content-Type: application/json"_ba},
                QJsonDocument(QJsonObject {{u"rows"_s, batch}}).toJson(QJsonDocument::Compact)));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"inserted"_s).toInt(), 5);

        // The bytes on disk, as a stolen copy of the files would show them.
        const QByteArray bytes = fileBytes(dbPath()) + fileBytes(dbPath() + u"-wal"_s);
        QVERIFY(bytes.contains(kService.toUtf8())); // the files are readable: the check can see
        // A module record is sealed whole, its category too.
        for (const QString &personal : {kName, kPhone, kAddress, kStaff, kCitizenId,
                 u"ถนนพหลโยธิน"_s, u"ปทุมธานี"_s, u"C-2568-0042"_s, kCategory})
            QVERIFY2(!bytes.contains(personal.toUtf8()), qPrintable(personal));

        QMap<QString, QByteArray> payloads;
        const QString why = readBack(m_keyPath, &payloads);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        for (auto it = m_sent.cbegin(); it != m_sent.cend(); ++it)
            QCOMPARE(QJsonDocument::fromJson(payloads.value(it.key())).object(), it.value());
        QCOMPARE(payloads.value(m_sent.firstKey()),
            QJsonDocument(m_sent.first()).toJson(QJsonDocument::Compact));
    }

    void anotherKeyCannotReadAndCentralRefusesIt()
    {
        const QString otherKey = m_dir.filePath(u"other.key"_s);
        Finished made = runCentral({u"make-key"_s, u"--key-file"_s, otherKey});
        QCOMPARE(made.exitCode, 0);
        // make-key never replaces a key.
        made = runCentral({u"make-key"_s, u"--key-file"_s, m_keyPath});
        QCOMPARE(made.exitCode, 1);
        QVERIFY2(made.standardError.contains(u"already exists"_s), qPrintable(made.standardError));

        QMap<QString, QByteArray> payloads;
        const QString why = readBack(otherKey, &payloads);
        QVERIFY2(why.contains(u"cannot be decrypted"_s), qPrintable(why));

        m_central->kill();
        const Finished refused = runCentral({u"--db"_s, dbPath(), u"--key-file"_s, otherKey,
            u"--listen"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.standardError.contains(otherKey)
                && refused.standardError.contains(u"does not decrypt"_s),
            qPrintable(refused.standardError));
        // With its own key, given by name, it serves again.
        QVERIFY(m_central->start(0, {u"--key-file"_s, m_keyPath}) != 0);
    }

    void badOrMissingKeyFileStopsCentral_data()
    {
        QTest::addColumn<QString>("keyFile"); // empty: the default beside the database
        QTest::addColumn<QByteArray>("content"); // "-": no such file
        QTest::addColumn<QString>("says");
        QTest::newRow("missing --key-file") << u"missing.key"_s << "-"_ba << u"does not exist"_s;
        QTest::newRow("default key lost") << QString() << "-"_ba << u"is missing"_s;
        QTest::newRow("readable by others") << u"open.key"_s << "0644"_ba << u"chmod 600"_s;
        QTest::newRow("not a key") << u"text.key"_s << "hello"_ba << u"base64"_s;
        QTest::newRow("a folder") << u"folder.key"_s << "dir"_ba << u"not a regular file"_s;
    }

    void badOrMissingKeyFileStopsCentral()
    {
        QFETCH(QString, keyFile);
        QFETCH(QByteArray, content);
        QFETCH(QString, says);
        m_central->kill();
        const QString path = keyFile.isEmpty() ? m_keyPath : m_dir.filePath(keyFile);
        const QString aside = m_keyPath + u".aside"_s;
        if (keyFile.isEmpty())
            QVERIFY(QFile::rename(m_keyPath, aside));
        auto restore = qScopeGuard([&] {
            if (keyFile.isEmpty())
                QFile::rename(aside, m_keyPath);
        });
        if (content == "0644"_ba) {
            QVERIFY(QFile::copy(m_keyPath, path));
            QVERIFY(QFile::setPermissions(
                path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        } else if (content == "dir"_ba) {
            QVERIFY(QDir(m_dir.path()).mkdir(keyFile));
        } else if (content != "-"_ba) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
            f.close();
            QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        }
        QStringList arguments {
            u"--db"_s, dbPath(), u"--listen"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s};
        if (!keyFile.isEmpty())
            arguments << u"--key-file"_s << path;
        const Finished refused = runCentral(arguments);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.standardError.contains(path) && refused.standardError.contains(says),
            qPrintable(refused.standardError));
        // A lost default key is never silently replaced by a new one.
        if (keyFile.isEmpty())
            QVERIFY(!QFile::exists(m_keyPath));
    }
};

QTEST_GUILESS_MAIN(TestCentralPersonalData)
#include "tst_centralpersonaldata.moc"
