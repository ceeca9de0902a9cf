// Reference data at a real saduak-central: loaded with `import-reference` from a JSON Lines file,
// compacted with `compact-reference`, read by a branch with GET /v1/reference/{dataset} page by
// page (docs/central-api.md).
#include "centralprocess.h"
#include "postgrescluster.h"
#include "rawhttp.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak::test;

class TestCentralReference : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CentralProcess> m_central;
    QByteArray m_auth;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run central(const QStringList &arguments) const
    {
        QProcess p;
        p.start(QStringLiteral(SADUAK_CENTRAL_BINARY),
            QStringList {u"--db"_s, m_central->dbPath(), u"--language"_s, u"en"_s} + arguments);
        Run run;
        if (!p.waitForFinished(60000))
            return run;
        run.exitCode = p.exitCode();
        run.out = QString::fromUtf8(p.readAllStandardOutput());
        run.err = QString::fromUtf8(p.readAllStandardError());
        return run;
    }

    QString writeFile(const QString &name, const QByteArray &content) const
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return file.fileName();
    }

    Run import(const QString &file, const QStringList &extra = {}) const
    {
        return central(QStringList {u"import-reference"_s, u"--dataset"_s, u"land-parcels"_s,
                           u"--file"_s, file, u"--key-field"_s, u"deedNumber"_s}
            + extra);
    }

    RawResponse get(const QByteArray &path, bool withToken = true) const
    {
        return rawHttp(m_central->port(),
            httpRequest(
                "GET", path, withToken ? QList<QByteArray> {m_auth} : QList<QByteArray> {}));
    }

    static QByteArray parcels(int first, int last, int version = 1)
    {
        QByteArray lines;
        for (int i = first; i <= last; ++i)
            lines
                += QStringLiteral(
                       R"({"deedNumber":"%1","provinceCode":"10","districtCode":"1001","rai":%2,"ngan":1,"wa":%3})")
                       .arg(i)
                       .arg(i % 30)
                       .arg(version)
                       .toUtf8()
                + '\n';
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_central = std::make_unique<CentralProcess>(centralLocation(m_dir));
        const QString token = m_central->enrol(u"B001"_s, u"Branch"_s);
        QVERIFY(!token.isEmpty());
        m_auth = "Authorization: Bearer "_ba + token.toLatin1();
        QVERIFY(m_central->start() != 0);
    }

    void importPrintsWhatItDid()
    {
        const QString file = writeFile(u"parcels.jsonl"_s, parcels(1, 120) + "\n"_ba);
        Run run = import(file);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"120 items read: 120 new or changed, 0 unchanged, 0 deleted"_s),
            qPrintable(run.out));
        // The same file again changes nothing.
        run = import(file);
        QVERIFY2(run.out.contains(u"120 items read: 0 new or changed, 120 unchanged"_s),
            qPrintable(run.out));
        // One item changed: one change for the branches.
        const QString changed = writeFile(u"changed.jsonl"_s, parcels(1, 120) + parcels(7, 7, 2));
        run = import(changed);
        QVERIFY2(run.out.contains(u"1 new or changed, 120 unchanged"_s), qPrintable(run.out));
    }

    void importNamesTheBadLine()
    {
        const QString file = writeFile(u"bad.jsonl"_s,
            parcels(500, 502) + "{\"deedNumber\": \"503\", \"rai\": \n"_ba + parcels(504, 504));
        Run run = import(file);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"Line 4 is not JSON"_s), qPrintable(run.err));
        const QString noKey = writeFile(u"nokey.jsonl"_s, "{\"deed\": \"1\"}\n"_ba);
        run = import(noKey);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"Line 1"_s) && run.err.contains(u"deedNumber"_s),
            qPrintable(run.err));
        run = central({u"import-reference"_s, u"--dataset"_s, u"parcels"_s, u"--file"_s, noKey,
            u"--key-field"_s, u"deed"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"land-parcels"_s)); // the known sets are named
    }

    void importRefusesWhatCentralWritesItself()
    {
        // complaint-status holds every complaint's state as central recorded it: an import would
        // overwrite the desk's work.
        const QString file = writeFile(u"status.jsonl"_s,
            "{\"trackingNumber\": \"B001-691207-0042-71\", \"state\": \"closed\"}\n"_ba);
        const Run run = central({u"import-reference"_s, u"--dataset"_s, u"complaint-status"_s,
            u"--file"_s, file, u"--key-field"_s, u"trackingNumber"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"written by central itself"_s), qPrintable(run.err));
        const RawResponse status = get("/v1/reference/complaint-status?after=0");
        QCOMPARE(status.status, 200);
        QVERIFY2(status.json().value(u"items"_s).toArray().isEmpty(), status.body.constData());
    }

    void pagesCoverEveryItemOnce()
    {
        QSet<QString> keys;
        qint64 after = 0;
        int pages = 0;
        for (bool more = true; more; ++pages) {
            const RawResponse r
                = get("/v1/reference/land-parcels?limit=50&after="_ba + QByteArray::number(after));
            QCOMPARE(r.status, 200);
            const QJsonObject page = r.json();
            QCOMPARE(page.value(u"dataset"_s).toString(), u"land-parcels"_s);
            for (const QJsonValue &v : page.value(u"items"_s).toArray()) {
                const QString key = v.toObject().value(u"key"_s).toString();
                QVERIFY2(!keys.contains(key), qPrintable(key));
                keys.insert(key);
                QVERIFY(v.toObject().value(u"payload"_s).toObject().contains(u"rai"_s));
            }
            QVERIFY(page.value(u"cursor"_s).toInteger() > after);
            after = page.value(u"cursor"_s).toInteger();
            more = page.value(u"more"_s).toBool();
        }
        QCOMPARE(keys.size(), 120); // not 500..502: the bad line stopped their batch
        QCOMPARE(pages, 3);
        // After the end: an empty page at the same cursor.
        const QJsonObject end
            = get("/v1/reference/land-parcels?after="_ba + QByteArray::number(after)).json();
        QVERIFY(end.value(u"items"_s).toArray().isEmpty());
        QCOMPARE(end.value(u"cursor"_s).toInteger(), after);
        QCOMPARE(end.value(u"more"_s).toBool(), false);
    }

    void replaceDeletesWhatIsNotInTheFile()
    {
        const qint64 before = get("/v1/reference/land-parcels?after=0&limit=10000"_ba)
                                  .json()
                                  .value(u"cursor"_s)
                                  .toInteger();
        const QString file = writeFile(u"fewer.jsonl"_s, parcels(1, 100));
        const Run run = import(file, {u"--replace"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"20 deleted"_s), qPrintable(run.out));
        const QJsonObject page
            = get("/v1/reference/land-parcels?after="_ba + QByteArray::number(before)).json();
        // 20 deletions, and D7 back to its first version (the file has it so).
        const QJsonArray items = page.value(u"items"_s).toArray();
        QCOMPARE(items.size(), 21);
        QCOMPARE(items.at(0).toObject().value(u"key"_s).toString(), u"7"_s);
        for (qsizetype i = 1; i < items.size(); ++i) {
            QCOMPARE(items.at(i).toObject().value(u"deleted"_s).toBool(), true);
            QVERIFY(!items.at(i).toObject().contains(u"payload"_s));
        }
    }

    void compactionMakesOldCursorsTooOld()
    {
        const Run run = central({u"compact-reference"_s, u"--dataset"_s, u"land-parcels"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"20 deleted items dropped"_s), qPrintable(run.out));
        const RawResponse old = get("/v1/reference/land-parcels?after=5"_ba);
        QCOMPARE(old.status, 410);
        QCOMPARE(old.json().value(u"error"_s).toString(), u"cursorTooOld"_s);
        QVERIFY(old.json().value(u"reason"_s).toString().contains(u"snapshot"_s));
        // A snapshot: from 0, the live items only.
        const QJsonObject snapshot
            = get("/v1/reference/land-parcels?after=0&limit=10000"_ba).json();
        QCOMPARE(snapshot.value(u"items"_s).toArray().size(), 100);
        QVERIFY(snapshot.value(u"minCursor"_s).toInteger() > 5);
    }

    void badRequestsAreRefusedWithAReason()
    {
        QCOMPARE(get("/v1/reference/land-parcels"_ba, false).status, 401);
        const RawResponse unknown = get("/v1/reference/parcels"_ba);
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.json().value(u"error"_s).toString(), u"unknownDataset"_s);
        QVERIFY(unknown.json().value(u"reason"_s).toString().contains(u"land-parcels"_s));
        QCOMPARE(get("/v1/reference/land-parcels?after=-1"_ba).status, 400);
        QCOMPARE(get("/v1/reference/land-parcels?after=abc"_ba).status, 400);
        QCOMPARE(get("/v1/reference/land-parcels?limit=0"_ba).status, 400);
        QCOMPARE(
            rawHttp(m_central->port(), httpRequest("POST", "/v1/reference/land-parcels", {m_auth}))
                .status,
            405);
        // A limit over the cap is capped, not refused; an empty data set is an empty page.
        QCOMPARE(get("/v1/reference/land-parcels?limit=1000000"_ba).status, 200);
        const QJsonObject empty = get("/v1/reference/otop-categories"_ba).json();
        QCOMPARE(empty.value(u"ok"_s).toBool(), true);
        QVERIFY(empty.value(u"items"_s).toArray().isEmpty());
        QCOMPARE(empty.value(u"cursor"_s).toInteger(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCentralReference)
#include "tst_centralreference.moc"
