// What the check at every start costs (DatabaseCheck, docs/performance.md "Checking a database at
// start"): PRAGMA quick_check and integrity_check on a file shaped like a busy branch's year —
// 180,000 tickets with two indexes and 900,000 events with one, about 80 MB. The page cache is
// warm (the file was just written); a cold start reads the whole file from disk first.
#include <storage/databasecheck.h>

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace saduak;

class BenchDatabaseCheck : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(u"year.sqlite"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path()).constData(), &db), SQLITE_OK);
        const char *sql = R"(
            PRAGMA journal_mode = WAL;
            CREATE TABLE ticket (id INTEGER PRIMARY KEY, number TEXT, service TEXT, state TEXT,
                issued_ms INTEGER, called_ms INTEGER, counter INTEGER);
            CREATE TABLE event (id INTEGER PRIMARY KEY, ticket INTEGER, kind TEXT, at_ms INTEGER,
                data TEXT);
            CREATE INDEX event_ticket ON event (ticket);
            CREATE INDEX ticket_service_state ON ticket (service, state);
            BEGIN;
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 179999)
            INSERT INTO ticket SELECT i, printf('A%03d', i % 1000), 'A', 'done', i * 1000,
                i * 1000 + 5, i % 20 FROM n;
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 899999)
            INSERT INTO event (ticket, kind, at_ms, data) SELECT i / 5, 'called', i,
                printf('{"counter":%d,"service":"A","by":"staff%d"}', i % 20, i % 50) FROM n;
            COMMIT;
            PRAGMA wal_checkpoint(TRUNCATE);
        )";
        char *message = nullptr;
        const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
        QVERIFY2(rc == SQLITE_OK, message);
        sqlite3_close(db);
        qInfo("file: %.1f MB", QFile(path()).size() / 1e6);
    }

    void quickCheck()
    {
        QBENCHMARK {
            QVERIFY(DatabaseCheck::runOnFile(path(), DatabaseCheck::Depth::Quick).whole());
        }
    }

    void integrityCheck()
    {
        QBENCHMARK {
            QVERIFY(DatabaseCheck::runOnFile(path(), DatabaseCheck::Depth::Full).whole());
        }
    }
};

QTEST_GUILESS_MAIN(BenchDatabaseCheck)
#include "bench_databasecheck.moc"
