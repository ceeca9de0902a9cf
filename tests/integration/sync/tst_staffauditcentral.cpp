// The staff audit reaches central (issue 16): a branch operator adds a person with the real
// saduak-hub add-staff beside a live hub, the person is refused once and then logs in at a paired
// counter PC over the LAN protocol, and the hub's sync client pushes the three staff.audit rows to
// a real saduak-central. There what happened, when and where is readable (statistics need no key);
// the user names — the person's and the operator's — are sealed, in no readable column, and come
// back only with central's key.
#include "../central/centralprocess.h"
#include "synctesthelpers.h"

#include <hub/branchhub.h>
#include <hub/devicestore.h>
#include <hub/hubserver.h>
#include <personaldatacipher.h>
#include <queuelink/hubclient.h>
#include <queuelink/remotequeuelink.h>

#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

namespace {

const QString kUser = u"somchai"_s;
const QString kOperator = u"op-kasem"_s; // the OS user running saduak-hub add-staff
const QByteArray kPassword = "รหัสผ่านยาวพอ 1";

// A staff.audit row as central stores it: the readable payload, and whether anything is sealed.
struct CentralAudit
{
    QString uuid;
    QJsonObject readable;
    bool sealed = false;
};

} // namespace

class TestStaffAuditCentral : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString hubDb() const { return m_dir.filePath(u"branch.sqlite"_s); }

    // central's staff.audit rows in arrival order, read from its file as a report would.
    QList<CentralAudit> centralAudits(const QString &centralDb, QString *why)
    {
        QList<CentralAudit> rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"central-read"_s);
            db.setDatabaseName(centralDb);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (!db.open()) {
                *why = db.lastError().text();
            } else {
                QSqlQuery q(db);
                if (!q.exec(u"SELECT uuid, payload, personal IS NOT NULL FROM ingested_row "
                            "WHERE kind = 'staff.audit' ORDER BY id"_s))
                    *why = q.lastError().text();
                while (q.next())
                    rows.append({q.value(0).toString(),
                        QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object(),
                        q.value(2).toBool()});
            }
        }
        QSqlDatabase::removeDatabase(u"central-read"_s);
        return rows;
    }

    // A row's whole payload, the sealed fields opened with central's key.
    QJsonObject opened(const QString &centralDb, const QString &uuid, QString *why)
    {
        const auto cipher = PersonalDataCipher::fromKeyFile(m_dir.filePath(u"central.key"_s), why);
        StorageError error;
        auto central = CentralDatabase::open(centralDb, &error, true);
        if (!cipher || !central)
            return {};
        central->ingest().setCipher(cipher.get());
        const auto payload
            = central->ingest().payloadOf(central->branches().byCode(u"B001"_s)->id, uuid, why);
        return payload ? QJsonDocument::fromJson(*payload).object() : QJsonObject();
    }

    // saduak-hub add-staff on the live hub's file, run by the OS user kOperator.
    int addStaff()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"USER"_s, kOperator);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SADUAK_HUB_BINARY),
            {u"add-staff"_s, u"--db"_s, hubDb(), u"--user"_s, kUser, u"--name"_s, u"สมชาย ใจดี"_s,
                u"--role"_s, u"counter"_s, u"--language"_s, u"en"_s});
        if (!p.waitForStarted(30000))
            return -1;
        p.write(kPassword + '\n');
        p.closeWriteChannel();
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            return -1;
        }
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private Q_SLOTS:
    void logInsAndTheOperatorsChangesReachCentralWithTheUserNamesSealed()
    {
        QVERIFY(m_dir.isValid());
        CentralProcess central(m_dir.filePath(u"central.sqlite"_s));
        const QString token = central.enrol(u"B001"_s, u"Central World"_s);
        QVERIFY(!token.isEmpty());
        QVERIFY(central.start() != 0);

        BranchHub::Options options;
        options.databasePath = hubDb();
        options.queue.openAllDay = true;
        StorageError error;
        auto hub = BranchHub::open(options, &error);
        QVERIFY2(hub, qPrintable(error.detail));
        QVERIFY(hub->listen(QHostAddress::LocalHost, 0));
        SyncClient::Options sync;
        sync.centralUrl = central.url();
        sync.token = token;
        sync.minBackoffMs = 10;
        sync.maxBackoffMs = 100;
        sync.idlePollMs = 50; // the operator's rows come from another process: found by the poll
        hub->startSync(sync);

        QCOMPARE(addStaff(), 0);

        const auto pairing = hub->devices().pair(Device::Role::Counter, u"Counter 3"_s, 3);
        QVERIFY(pairing);
        RemoteQueueLink link(QUrl(hub->server()->url()), pairing->token);
        link.client().setBackoff(10, 100);
        link.start();
        QTRY_COMPARE(link.state(), QueueLink::State::Online);
        std::optional<QueueReply> refused;
        link.logIn(kUser, u"not the password"_s, [&](const QueueReply &r) { refused = r; });
        QTRY_VERIFY(refused);
        QCOMPARE(refused->code, u"logInRefused"_s);
        std::optional<QueueReply> loggedIn;
        link.logIn(kUser, QString::fromUtf8(kPassword), [&](const QueueReply &r) { loggedIn = r; });
        QTRY_VERIFY(loggedIn);
        QVERIFY2(loggedIn->ok, qPrintable(loggedIn->code));

        QString why;
        QTRY_COMPARE_WITH_TIMEOUT(centralAudits(central.dbPath(), &why).size(), 3, 15000);
        const QList<CentralAudit> rows = centralAudits(central.dbPath(), &why);
        QVERIFY2(why.isEmpty(), qPrintable(why));

        // Readable without the key: what, when, where, with which role.
        const QJsonObject added = rows.at(0).readable;
        QCOMPARE(added.value(u"action"_s).toString(), u"staffAdded"_s);
        QCOMPARE(added.value(u"role"_s).toString(), u"counter"_s);
        QCOMPARE(added.value(u"device"_s).toString(), u"saduak-hub"_s);
        QVERIFY(added.value(u"atMs"_s).toDouble() > 0);
        const QString deviceId = pairing->device.id;
        for (int i : {1, 2}) {
            const QJsonObject atCounter = rows.at(i).readable;
            QCOMPARE(
                atCounter.value(u"action"_s).toString(), i == 1 ? u"logInRefused"_s : u"logIn"_s);
            QCOMPARE(atCounter.value(u"device"_s).toString(), deviceId);
            QCOMPARE(atCounter.value(u"deviceRole"_s).toString(), u"counter"_s);
            QCOMPARE(atCounter.value(u"counter"_s).toInt(), 3);
        }
        // Sealed: no user name in any readable payload, yet every row has them, under the key.
        for (const CentralAudit &row : rows) {
            QVERIFY(row.sealed);
            const QByteArray text = QJsonDocument(row.readable).toJson();
            QVERIFY2(!text.contains(kUser.toUtf8()) && !text.contains(kOperator.toUtf8()),
                text.constData());
            QVERIFY2(!text.contains("password") && !text.contains(kPassword), text.constData());
        }
        const QJsonObject addedWhole = opened(central.dbPath(), rows.at(0).uuid, &why);
        QCOMPARE(addedWhole.value(u"user"_s).toString(), kUser);
        QCOMPARE(addedWhole.value(u"by"_s).toString(), kOperator);
        QCOMPARE(
            opened(central.dbPath(), rows.at(2).uuid, &why).value(u"user"_s).toString(), kUser);
    }
};

QTEST_GUILESS_MAIN(TestStaffAuditCentral)
#include "tst_staffauditcentral.moc"
