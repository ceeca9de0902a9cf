#include "storagetestsupport.h"

#include <storage/database.h>
#include <storage/writetransaction.h>

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

namespace {

// A second program on the same file, as raw SQLite sees it.
class OtherConnection
{
public:
    explicit OtherConnection(const QString &path)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &m_handle, SQLITE_OPEN_READWRITE, nullptr);
        sqlite3_busy_timeout(m_handle, 0); // answer at once, so no test waits
    }
    ~OtherConnection() { sqlite3_close(m_handle); }
    OtherConnection(const OtherConnection &) = delete;
    OtherConnection &operator=(const OtherConnection &) = delete;

    int exec(const char *sql) { return sqlite3_exec(m_handle, sql, nullptr, nullptr, nullptr); }

private:
    sqlite3 *m_handle = nullptr;
};

} // namespace

class tst_WriteTransaction : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<Database> openWithTable()
    {
        auto db = Database::open(m_dir.filePath(u"db%1.sqlite"_s.arg(++m_files)), {});
        if (db && !exec(*db, u"CREATE TABLE t (x INTEGER)"_s))
            return nullptr;
        return db;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    // A deferred BEGIN would let the other connection in until our first write.
    void beginTakesTheWriteLockAtOnce()
    {
        auto db = openWithTable();
        QVERIFY(db);
        OtherConnection other(db->path());

        WriteTransaction tx(db->connection());
        QVERIFY2(tx.isActive(), qPrintable(tx.errorText()));
        QCOMPARE(sqlite3_get_autocommit(db->handle()), 0);
        QCOMPARE(other.exec("BEGIN IMMEDIATE"), SQLITE_BUSY);

        QVERIFY2(tx.commit(), qPrintable(tx.errorText()));
        QCOMPARE(sqlite3_get_autocommit(db->handle()), 1);
        QCOMPARE(other.exec("BEGIN IMMEDIATE"), SQLITE_OK);
        QCOMPARE(other.exec("ROLLBACK"), SQLITE_OK);
    }

    void beginFailsWhileAnotherWriterHoldsTheLock()
    {
        auto db = openWithTable();
        QVERIFY(db);
        sqlite3_busy_timeout(db->handle(), 0);
        OtherConnection other(db->path());
        QCOMPARE(other.exec("BEGIN IMMEDIATE"), SQLITE_OK);
        {
            WriteTransaction tx(db->connection());
            QVERIFY(!tx.isActive());
            QVERIFY2(tx.errorText().contains(u"locked"_s), qPrintable(tx.errorText()));
            QVERIFY(!tx.commit());
        }
        QCOMPARE(other.exec("ROLLBACK"), SQLITE_OK);
        WriteTransaction tx(db->connection());
        QVERIFY(tx.isActive());
    }

    void commitKeepsTheWrites()
    {
        auto db = openWithTable();
        QVERIFY(db);
        {
            WriteTransaction tx(db->connection());
            QVERIFY(exec(*db, u"INSERT INTO t VALUES (1)"_s));
            QVERIFY(tx.commit());
            QVERIFY(!tx.isActive());
        }
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM t"_s).toInt(), 1);
    }

    void destructorRollsBackWhatWasNotCommitted()
    {
        auto db = openWithTable();
        QVERIFY(db);
        {
            WriteTransaction tx(db->connection());
            QVERIFY(exec(*db, u"INSERT INTO t VALUES (1)"_s));
        }
        QCOMPARE(sqlite3_get_autocommit(db->handle()), 1);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM t"_s).toInt(), 0);
    }

    void rollbackUndoesTheWritesAndEndsTheTransaction()
    {
        auto db = openWithTable();
        QVERIFY(db);
        WriteTransaction tx(db->connection());
        QVERIFY(exec(*db, u"INSERT INTO t VALUES (1)"_s));
        tx.rollback();
        QVERIFY(!tx.isActive());
        QCOMPARE(sqlite3_get_autocommit(db->handle()), 1);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM t"_s).toInt(), 0);
        tx.rollback(); // a second rollback is harmless
        QVERIFY(!tx.commit());
        QVERIFY(!tx.errorText().isEmpty());
    }

    void commitTwiceFailsTheSecondTime()
    {
        auto db = openWithTable();
        QVERIFY(db);
        WriteTransaction tx(db->connection());
        QVERIFY(tx.commit());
        QVERIFY(!tx.commit());
    }
};

QTEST_GUILESS_MAIN(tst_WriteTransaction)
#include "tst_writetransaction.moc"
