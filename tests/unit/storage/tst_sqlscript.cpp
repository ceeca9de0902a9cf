#include <storage/sqlscript.h>

#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

// A private in-memory database per test: SqlScript works on any sqlite3 connection.
class MemoryDatabase
{
public:
    MemoryDatabase() { sqlite3_open(":memory:", &m_handle); }
    ~MemoryDatabase() { sqlite3_close(m_handle); }
    MemoryDatabase(const MemoryDatabase &) = delete;
    MemoryDatabase &operator=(const MemoryDatabase &) = delete;

    sqlite3 *handle() const { return m_handle; }

    // Rows of a one-column query, joined with '|'.
    QString column(const char *sql) const
    {
        sqlite3_stmt *statement = nullptr;
        QStringList values;
        if (sqlite3_prepare_v2(m_handle, sql, -1, &statement, nullptr) != SQLITE_OK)
            return u"<prepare failed>"_s;
        while (sqlite3_step(statement) == SQLITE_ROW)
            values.append(QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
        sqlite3_finalize(statement);
        return values.join(u'|');
    }

private:
    sqlite3 *m_handle = nullptr;
};

} // namespace

class tst_SqlScript : public QObject
{
    Q_OBJECT

private slots:
    void runsEveryStatement_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");

        QTest::newRow("statements one after another")
            << u"CREATE TABLE t (x); INSERT INTO t VALUES (1); INSERT INTO t VALUES (2);"_s
            << u"SELECT x FROM t ORDER BY x"_s << u"1|2"_s;
        QTest::newRow("last statement without a semicolon")
            << u"CREATE TABLE t (x);\nINSERT INTO t VALUES (7)"_s << u"SELECT x FROM t"_s << u"7"_s;
        QTest::newRow("semicolons inside strings are data")
            << u"CREATE TABLE t (x); INSERT INTO t VALUES ('a;b'), ('it''s; fine');"_s
            << u"SELECT x FROM t ORDER BY rowid"_s << u"a;b|it's; fine"_s;
        QTest::newRow("trigger body with BEGIN and END")
            << u"CREATE TABLE t (x); CREATE TABLE log (y);\n"
               "CREATE TRIGGER t_log AFTER INSERT ON t BEGIN\n"
               "  INSERT INTO log VALUES ('one;' || NEW.x);\n"
               "  INSERT INTO log VALUES ('two;' || NEW.x);\n"
               "END;\n"
               "INSERT INTO t VALUES ('x');"_s
            << u"SELECT y FROM log ORDER BY rowid"_s << u"one;x|two;x"_s;
        QTest::newRow("comments between and after statements")
            << u"-- leading comment; with a semicolon\nCREATE TABLE t (x);\n"
               "/* block; comment */ INSERT INTO t VALUES (3);\n-- trailing comment;\n  \n"_s
            << u"SELECT x FROM t"_s << u"3"_s;
        QTest::newRow("statements that return rows are stepped through")
            << u"CREATE TABLE t (x); INSERT INTO t VALUES (1), (2); SELECT * FROM t; "
               "PRAGMA table_info(t); INSERT INTO t VALUES (3);"_s
            << u"SELECT count(*) FROM t"_s << u"3"_s;
        QTest::newRow("thai text passes as utf-8")
            << u"CREATE TABLE t (x); INSERT INTO t VALUES ('ทะเบียนราษฎร');"_s
            << u"SELECT x FROM t"_s << u"ทะเบียนราษฎร"_s;
        QTest::newRow("empty script does nothing") << QString() << u"SELECT 1"_s << u"1"_s;
        QTest::newRow("only comments do nothing")
            << u"-- nothing here;\n/* nor here; */\n"_s << u"SELECT 1"_s << u"1"_s;
    }

    void runsEveryStatement()
    {
        QFETCH(QString, script);
        QFETCH(QString, query);
        QFETCH(QString, expected);

        MemoryDatabase db;
        QString statement = u"stale"_s;
        QString message = u"stale"_s;
        QVERIFY2(SqlScript::run(db.handle(), script, &statement, &message), qPrintable(message));
        QVERIFY(statement.isEmpty());
        QVERIFY(message.isEmpty());
        QCOMPARE(db.column(query.toUtf8().constData()), expected);
    }

    void stopsAtFailingStatementAndNamesIt_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("failedStatement");
        QTest::addColumn<QString>("messageContains");

        QTest::newRow("unknown table, found when prepared")
            << u"CREATE TABLE a (x);\n-- the broken one\nINSERT INTO nope VALUES (1);\n"
               "CREATE TABLE b (y);"_s
            << u"INSERT INTO nope VALUES (1);"_s << u"no such table: nope"_s;
        QTest::newRow("syntax error")
            << u"CREATE TABLE a (x);\nCREATE TABLEE c (z);\nCREATE TABLE b (y);"_s
            << u"CREATE TABLEE c (z);"_s << u"syntax error"_s;
        QTest::newRow("constraint, found when run")
            << u"CREATE TABLE a (x NOT NULL);\nINSERT INTO a VALUES (NULL);\nCREATE TABLE b (y);"_s
            << u"INSERT INTO a VALUES (NULL);"_s << u"NOT NULL constraint failed: a.x"_s;
    }

    void stopsAtFailingStatementAndNamesIt()
    {
        QFETCH(QString, script);
        QFETCH(QString, failedStatement);
        QFETCH(QString, messageContains);

        MemoryDatabase db;
        QString statement;
        QString message;
        QVERIFY(!SqlScript::run(db.handle(), script, &statement, &message));
        QCOMPARE(statement, failedStatement);
        QVERIFY2(message.contains(messageContains), qPrintable(message));
        // What came before ran (no transaction of its own), what came after did not.
        QCOMPARE(
            db.column("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"), u"a"_s);
    }

    void opensNoTransactionOfItsOwn()
    {
        MemoryDatabase db;
        QVERIFY(SqlScript::run(db.handle(), u"CREATE TABLE t (x);"_s));
        QCOMPARE(sqlite3_get_autocommit(db.handle()), 1);

        // Inside the caller's transaction, a rollback takes the script's work with it.
        QCOMPARE(sqlite3_exec(db.handle(), "BEGIN", nullptr, nullptr, nullptr), SQLITE_OK);
        QVERIFY(SqlScript::run(db.handle(), u"INSERT INTO t VALUES (1); CREATE TABLE u (y);"_s));
        QCOMPARE(sqlite3_get_autocommit(db.handle()), 0);
        QCOMPARE(sqlite3_exec(db.handle(), "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(db.column("SELECT count(*) FROM t"), u"0"_s);
        QCOMPARE(db.column("SELECT count(*) FROM sqlite_master WHERE name = 'u'"), u"0"_s);
    }

    void refusesMissingConnection()
    {
        QString message;
        QVERIFY(!SqlScript::run(nullptr, u"SELECT 1"_s, nullptr, &message));
        QVERIFY(!message.isEmpty());
    }

    // For PostgreSQL, which runs one statement at a time: split where SQLite's parser would.
    void splitsWhereSqliteEndsStatements_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("statements");

        QTest::newRow("one after another, last without ';'")
            << u"CREATE TABLE t (x);\nINSERT INTO t VALUES (1)"_s
            << QStringList {u"CREATE TABLE t (x);"_s, u"INSERT INTO t VALUES (1)"_s};
        QTest::newRow("semicolons in strings and comments")
            << u"-- first; comment\nINSERT INTO t VALUES ('a;b', 'it''s; x'); /* c; */"_s
            << QStringList {u"INSERT INTO t VALUES ('a;b', 'it''s; x');"_s};
        QTest::newRow("a trigger is one statement")
            << u"CREATE TRIGGER g AFTER INSERT ON t BEGIN INSERT INTO u VALUES (1); "
               "DELETE FROM v; END; SELECT 1;"_s
            << QStringList {u"CREATE TRIGGER g AFTER INSERT ON t BEGIN INSERT INTO u VALUES (1); "
                            "DELETE FROM v; END;"_s,
                   u"SELECT 1;"_s};
        QTest::newRow("only comments and blanks")
            << u"  -- nothing\n/* ; */ ;\n"_s << QStringList {};
    }

    void splitsWhereSqliteEndsStatements()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, statements);
        QCOMPARE(SqlScript::split(script), statements);
    }
};

QTEST_GUILESS_MAIN(tst_SqlScript)
#include "tst_sqlscript.moc"
