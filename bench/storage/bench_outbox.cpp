// What one durable write costs on this machine: a bare BEGIN IMMEDIATE / INSERT / COMMIT with
// synchronous=FULL in WAL mode (the floor every queue command stands on), and the same with an
// outbox row appended through Outbox::append.
#include <storage/database.h>
#include <storage/migration.h>
#include <storage/outbox.h>
#include <storage/writetransaction.h>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;

class BenchOutbox : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> openDatabase()
    {
        const MigrationSet core = MigrationSet::core();
        Database::Options options;
        options.migrations = {&core};
        StorageError error;
        auto db = Database::open(m_dir.filePath(u"bench.sqlite"_s), options, &error);
        if (!db)
            qFatal("cannot open: %s", qPrintable(error.detail));
        return db;
    }

private Q_SLOTS:
    void bareDurableTransaction()
    {
        auto db = openDatabase();
        QSqlQuery(db->connection()).exec(u"CREATE TABLE IF NOT EXISTS floor (v INTEGER)"_s);
        QSqlQuery insert(db->connection());
        insert.prepare(u"INSERT INTO floor (v) VALUES (?)"_s);
        int i = 0;
        QBENCHMARK
        {
            WriteTransaction tx(db->connection());
            insert.addBindValue(++i);
            insert.exec();
            tx.commit();
        }
    }

    void outboxAppendInTransaction()
    {
        auto db = openDatabase();
        const QJsonObject payload {{u"type"_s, u"ticket.issued"_s}, {u"number"_s, u"A001"_s}};
        QBENCHMARK
        {
            WriteTransaction tx(db->connection());
            Outbox::append(*db, {QString(), u"event"_s, payload, 0});
            tx.commit();
        }
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(BenchOutbox)
#include "bench_outbox.moc"
