// The real saduak-central program: enrolment, ingest, duplicate ingest, and every kind of bad
// input answered with a 4xx and a reason while the server keeps serving.
#include "centralprocess.h"
#include "rawhttp.h"

#include <branchstore.h>
#include <centraldatabase.h>
#include <ingeststore.h>

#include <postgrescluster.h>

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

namespace {

QByteArray rowJson(qint64 seq, const QString &uuid, const QByteArray &kind = "event"_ba)
{
    return "{\"uuid\":\""_ba + uuid.toLatin1() + "\",\"seq\":"_ba + QByteArray::number(seq)
        + ",\"kind\":\""_ba + kind + "\",\"payload\":{\"n\":"_ba + QByteArray::number(seq)
        + "},\"createdAt\":1795680000000}"_ba;
}

QByteArray batch(const QList<QByteArray> &rows)
{
    QByteArray out = "{\"rows\":["_ba;
    for (qsizetype i = 0; i < rows.size(); ++i)
        out += (i ? ","_ba : QByteArray()) + rows.at(i);
    return out + "]}"_ba;
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestCentralProcess : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    CentralProcess *m_central = nullptr;
    QString m_token;

    QByteArray auth() const { return "Authorization: Bearer "_ba + m_token.toLatin1(); }

    RawResponse ingest(const QByteArray &body)
    {
        return rawHttp(m_central->port(),
            httpRequest(
                "POST"_ba, "/v1/ingest"_ba, {auth(), "Content-Type: application/json"_ba}, body));
    }

    bool healthy()
    {
        const RawResponse r = rawHttp(m_central->port(), httpRequest("GET"_ba, "/v1/health"_ba));
        return r.status == 200 && r.json().value(u"ok"_s).toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_central = new CentralProcess(centralLocation(m_dir));
        m_token = m_central->enrol(u"B001"_s, u"Central World"_s);
        QVERIFY(!m_token.isEmpty());
        QVERIFY(m_central->start() != 0);
    }

    void cleanupTestCase() { delete m_central; }

    void enrolmentKeepsOnlyTheTokensHash()
    {
        int exitCode = 0;
        QVERIFY(m_central->enrol(u"B001"_s, u"Again"_s, &exitCode).isEmpty());
        QCOMPARE(exitCode, 1); // a code is enrolled once
        QVERIFY(m_central->enrol(u"bad code!"_s, u"X"_s, &exitCode).isEmpty());
        QCOMPARE(exitCode, 1);
        QVERIFY(m_central->enrol(u"B002"_s, QString(), &exitCode).isEmpty());
        QCOMPARE(exitCode, 1); // a name is needed

        const QString second = m_central->enrol(u"B002"_s, u"Mega Bangna"_s);
        QVERIFY(!second.isEmpty() && second != m_token);
        if (centralOnPostgres()) {
            // No file to read: the server's files are not ours. What is stored is not the token.
            auto central = CentralDatabase::open(m_central->dbPath(), nullptr, true);
            QVERIFY(central);
            QSqlQuery stored(central->database().connection());
            QVERIFY(stored.exec(u"SELECT code || name || token_sha256 FROM branch"_s));
            int count = 0;
            for (; stored.next(); ++count) {
                QVERIFY(!stored.value(0).toString().contains(m_token));
                QVERIFY(!stored.value(0).toString().contains(second));
            }
            QCOMPARE(count, 2);
            return;
        }
        // The token itself is nowhere in the file.
        QFile db(m_central->dbPath());
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray bytes = db.readAll() + [&] {
            QFile wal(m_central->dbPath() + u"-wal"_s);
            return wal.open(QIODevice::ReadOnly) ? wal.readAll() : QByteArray();
        }();
        QVERIFY(!bytes.contains(m_token.toLatin1()));
        QVERIFY(!bytes.contains(second.toLatin1()));
    }

    void ingestStoresOnceAndNamesDuplicates()
    {
        const QStringList ids {uuid(), uuid(), uuid()};
        RawResponse r = ingest(batch({rowJson(1, ids[0]), rowJson(2, ids[1])}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"inserted"_s).toInt(), 2);
        QCOMPARE(r.json().value(u"acknowledged"_s).toObject().value(u"fromSeq"_s).toInt(), 1);
        QCOMPARE(r.json().value(u"acknowledged"_s).toObject().value(u"toSeq"_s).toInt(), 2);

        // The same rows again (a lost answer), with a new one behind them.
        r = ingest(batch({rowJson(1, ids[0]), rowJson(2, ids[1]), rowJson(3, ids[2])}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"inserted"_s).toInt(), 1);
        QCOMPARE(r.json().value(u"duplicates"_s).toArray(),
            QJsonArray::fromStringList({ids[0], ids[1]}));
        QCOMPARE(r.json().value(u"acknowledged"_s).toObject().value(u"toSeq"_s).toInt(), 3);

        StorageError error;
        auto central = CentralDatabase::open(m_central->dbPath(), &error, true);
        QVERIFY2(central, qPrintable(error.detail));
        const auto branch = central->branches().byCode(u"B001"_s);
        QVERIFY(branch);
        const auto rows = central->ingest().rowsOf(branch->id);
        QCOMPARE(rows.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(rows.at(i).uuid, ids[i]);
            QCOMPARE(rows.at(i).branchSeq, i + 1);
        }
    }

    // Central inserts many rows a statement (IngestStore): across statements, with rows stored
    // before and a uuid twice in the batch, each row is stored once and in the batch's order.
    void bigBatchIsStoredOnceInOrder()
    {
        QStringList ids;
        for (int i = 0; i < 250; ++i)
            ids << uuid();
        ids[150] = ids[149]; // sent twice in one batch: the second is a duplicate
        QList<QByteArray> rows;
        for (int i = 0; i < 250; ++i)
            rows << rowJson(100 + i, ids[i]);

        QCOMPARE(ingest(batch(rows.mid(0, 20))).status, 200); // the first 20 arrive early
        const RawResponse r = ingest(batch(rows));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"inserted"_s).toInt(), 250 - 20 - 1);
        QCOMPARE(r.json().value(u"duplicates"_s).toArray(),
            QJsonArray::fromStringList(ids.mid(0, 20) + QStringList {ids[150]}));

        auto central = CentralDatabase::open(m_central->dbPath(), nullptr, true);
        QVERIFY(central);
        const auto branch = central->branches().byCode(u"B001"_s);
        QVERIFY(branch);
        QStringList stored;
        for (const auto &row : central->ingest().rowsOf(branch->id))
            if (row.branchSeq >= 100 && row.branchSeq < 350)
                stored << row.uuid;
        QStringList expected = ids;
        expected.removeAt(150);
        QCOMPARE(stored, expected);
    }

    void badInputGetsA4xxWithAReason_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");

        const QByteArray a = "Authorization: Bearer "_ba; // token appended in the test
        const QByteArray good = rowJson(1, uuid());
        auto post = [&](const QByteArray &body) {
            return httpRequest("POST"_ba, "/v1/ingest"_ba, {"AUTH"_ba}, body);
        };
        QTest::newRow("no token") << httpRequest("POST"_ba, "/v1/ingest"_ba, {}, batch({good}))
                                  << 401 << u"unauthorized"_s;
        QTest::newRow("unknown token") << httpRequest("POST"_ba, "/v1/ingest"_ba, {a + "nope"_ba},
            batch({good})) << 401 << u"unauthorized"_s;
        QTest::newRow("not a bearer token") << httpRequest(
            "POST"_ba, "/v1/ingest"_ba, {"Authorization: Basic eDp5"_ba}, batch({good}))
                                            << 401 << u"unauthorized"_s;
        QTest::newRow("empty body") << post({}) << 400 << u"badJson"_s;
        QTest::newRow("not json") << post("rows=1"_ba) << 400 << u"badJson"_s;
        QTest::newRow("truncated json") << post("{\"rows\":[{\"uuid\""_ba) << 400 << u"badJson"_s;
        QTest::newRow("binary") << post(QByteArray("\x00\xff\xfe\x01", 4)) << 400 << u"badJson"_s;
        QTest::newRow("deeply nested")
            << post(QByteArray(5000, '[') + QByteArray(5000, ']')) << 400 << u"badJson"_s;
        QTest::newRow("json array") << post("[1,2]"_ba) << 400 << u"badRequest"_s;
        QTest::newRow("no rows") << post("{}"_ba) << 400 << u"badRequest"_s;
        QTest::newRow("rows not an array") << post("{\"rows\":7}"_ba) << 400 << u"badRequest"_s;
        QTest::newRow("rows empty") << post("{\"rows\":[]}"_ba) << 400 << u"badRequest"_s;
        QTest::newRow("row not an object")
            << post("{\"rows\":[\"x\"]}"_ba) << 400 << u"badRequest"_s;
        QTest::newRow("seq a string")
            << post("{\"rows\":[{\"uuid\":\"x\",\"seq\":\"1\"}]}"_ba) << 400 << u"badRequest"_s;
        QTest::newRow("seq zero") << post("{\"rows\":[{\"seq\":0}]}"_ba) << 400 << u"badRequest"_s;
        QTest::newRow("seq fraction")
            << post("{\"rows\":[{\"seq\":1.5}]}"_ba) << 400 << u"badRequest"_s;
        QTest::newRow("seq huge") << post("{\"rows\":[{\"seq\":1e300}]}"_ba) << 400
                                  << u"badRequest"_s;
        QTest::newRow("seq not increasing")
            << post(batch({rowJson(5, uuid()), rowJson(5, uuid())})) << 400 << u"badRequest"_s;
        QList<QByteArray> many;
        for (int i = 1; i <= 1001; ++i)
            many << rowJson(i, uuid());
        QTest::newRow("too many rows") << post(batch(many)) << 400 << u"tooManyRows"_s;
        QTest::newRow("body over the limit")
            << "POST /v1/ingest HTTP/1.1\r\nHost: x\r\nContent-Length: 100000000\r\n\r\n{\"rows\""_ba
            << 413 << u"tooLarge"_s;
        QTest::newRow("headers over the limit")
            << httpRequest("GET"_ba, "/v1/health"_ba, {"X-Filler: "_ba + QByteArray(20000, 'a')})
            << 431 << u"headersTooLarge"_s;
        QTest::newRow("chunked body")
            << "POST /v1/ingest HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\n0\r\n\r\n"_ba
            << 411 << u"lengthRequired"_s;
        QTest::newRow("bad content-length")
            << "POST /v1/ingest HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n"_ba << 400
            << u"badRequest"_s;
        QTest::newRow("unknown path")
            << httpRequest("GET"_ba, "/v2/health"_ba) << 404 << u"notFound"_s;
        QTest::newRow("wrong method")
            << httpRequest("DELETE"_ba, "/v1/ingest"_ba) << 405 << u"methodNotAllowed"_s;
    }

    void badInputGetsA4xxWithAReason()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        QFETCH(QString, error);
        request.replace("AUTH"_ba, auth());
        const RawResponse r = rawHttp(m_central->port(), request);
        QCOMPARE(r.status, status);
        QCOMPARE(r.json().value(u"ok"_s).toBool(true), false);
        QCOMPARE(r.json().value(u"error"_s).toString(), error);
        QVERIFY(!r.json().value(u"reason"_s).toString().isEmpty());
        QVERIFY(healthy());
        QVERIFY(m_central->isRunning());
    }

    void rowsRefusedForGoodAreNamedAndTheRestStored()
    {
        const QString good1 = uuid(), good2 = uuid();
        const QByteArray bigPayload = "{\"uuid\":\""_ba + uuid().toLatin1()
            + "\",\"seq\":13,\"kind\":\"event\",\"payload\":{\"text\":\""_ba
            + QByteArray(300 * 1024, 'x') + "\"},\"createdAt\":1}"_ba;
        const RawResponse r = ingest(batch({rowJson(10, good1), rowJson(11, u"not-a-uuid"_s),
            rowJson(12, uuid(), "Bad Kind"_ba), bigPayload,
            "{\"uuid\":\""_ba + uuid().toLatin1()
                + "\",\"seq\":14,\"kind\":\"event\",\"payload\":[],\"createdAt\":1}"_ba,
            "{\"uuid\":\""_ba + uuid().toLatin1()
                + "\",\"seq\":15,\"kind\":\"event\",\"payload\":{},\"createdAt\":-1}"_ba,
            rowJson(16, good2)}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"inserted"_s).toInt(), 2);
        const QJsonArray refused = r.json().value(u"refused"_s).toArray();
        QCOMPARE(refused.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(refused.at(i).toObject().value(u"seq"_s).toInt(), 11 + i);
            QVERIFY(!refused.at(i).toObject().value(u"reason"_s).toString().isEmpty());
        }
        QCOMPARE(r.json().value(u"acknowledged"_s).toObject().value(u"fromSeq"_s).toInt(), 10);
        QCOMPARE(r.json().value(u"acknowledged"_s).toObject().value(u"toSeq"_s).toInt(), 16);
    }

    void garbageOnTheWireDoesNotStopTheServer()
    {
        for (const QByteArray &junk :
            {QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11),
                "NOT HTTP AT ALL\r\n\r\n"_ba, "GET / HTTP/9.9\r\n\r\n"_ba,
                QByteArray(70000, 'G')}) {
            rawHttp(m_central->port(), junk, 1000);
            QVERIFY(healthy());
        }
    }

    // A numeric option that is not a whole number above 0 (or does not fit once made ms) stops
    // central at start with exit code 2 and a sentence naming the option, before it listens.
    void badNumericOptionsStopCentralAtStart_data()
    {
        QTest::addColumn<QStringList>("option");
        QTest::newRow("no connections") << QStringList {u"--max-connections"_s, u"0"_s};
        QTest::newRow("negative head timeout") << QStringList {u"--head-timeout"_s, u"-1"_s};
        QTest::newRow("not a number") << QStringList {u"--idle-timeout"_s, u"soon"_s};
        QTest::newRow("a fraction") << QStringList {u"--min-body-rate"_s, u"1.5"_s};
        QTest::newRow("too long in ms") << QStringList {u"--log-window"_s, u"3000000"_s};
    }

    void badNumericOptionsStopCentralAtStart()
    {
        QFETCH(QStringList, option);
        QString out;
        QString err;
        QCOMPARE(m_central->command(QStringList {u"--port"_s, u"0"_s} + option, &out, &err), 2);
        QVERIFY2(!out.contains(u"listening"_s), qPrintable(out));
        QVERIFY2(err.contains(option.first() + u" needs a whole number above 0."_s), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestCentralProcess)
#include "tst_centralprocess.moc"
