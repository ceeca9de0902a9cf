// app/storage on PostgreSQL (label postgres): the same migration files as on SQLite, run through
// the QPSQL driver on a throw-away cluster (tests/support/postgres).
#include "storagetestsupport.h"

#include <postgrescluster.h>
#include <storage/database.h>
#include <storage/migration.h>
#include <storage/postgresdialect.h>
#include <storage/writetransaction.h>

#include <QHostAddress>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

#include <latch>
#include <thread>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

class tst_PostgresStorage : public QObject
{
    Q_OBJECT

private:
    PostgresCluster m_cluster;

    QString newDatabase()
    {
        QString why;
        const QString url = m_cluster.createDatabase(u"storage"_s, &why);
        if (url.isEmpty())
            qWarning("%s", qPrintable(why));
        return url;
    }

    static Database::Options with(QList<const MigrationSet *> sets, bool readOnly = false)
    {
        Database::Options options;
        options.migrations = sets;
        options.readOnly = readOnly;
        return options;
    }

    static MigrationSet set(const QString &name)
    {
        return MigrationSet::fromFolder(u"test"_s, u":/test/migrations/"_s + name);
    }

    static bool tableExists(const Database &db, const QString &table)
    {
        return scalar(db,
                   u"SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                   "current_schema() AND table_name = '"_s
                       + table + u'\'')
                   .toInt()
            == 1;
    }

    // Everything a migration run could change, to compare before and after.
    static QStringList fingerprint(const Database &db)
    {
        return rows(db,
                   u"SELECT table_name, column_name, data_type FROM information_schema.columns "
                   "WHERE table_schema = current_schema() ORDER BY 1, 2"_s)
            + rows(db,
                u"SELECT scope, version, name, applied_at_ms FROM schema_migrations "
                "ORDER BY scope, version"_s);
    }

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_cluster.start(&why), qPrintable(why));
    }

    void migrationsRunWithTheirRewrites()
    {
        const MigrationSet three = set(u"three"_s);
        StorageError error;
        auto db = Database::open(newDatabase(), with({&three}), &error);
        QVERIFY2(db, qPrintable(error.detail));
        QVERIFY(db->isPostgres());
        QCOMPARE(db->handle(), nullptr);
        QCOMPARE(db->schemaVersion(u"test"_s), 3);
        QCOMPARE(
            rows(*db, u"SELECT scope, version, name FROM schema_migrations ORDER BY version"_s),
            (QStringList {u"test|1|0001_create_person.sql"_s, u"test|2|0002_add_person_city.sql"_s,
                u"test|3|0003_create_visit.sql"_s}));
        // INTEGER PRIMARY KEY gives ids when none is given, 64-bit; INTEGER is 64-bit.
        QCOMPARE(rows(*db,
                     u"SELECT column_name, data_type, is_identity FROM information_schema.columns "
                     "WHERE table_name = 'visit' ORDER BY ordinal_position"_s),
            (QStringList {u"id|bigint|YES"_s, u"person_id|bigint|NO"_s, u"at_ms|bigint|NO"_s}));

        PreparedQuery insert
            = db->prepared(u"INSERT INTO person (name) VALUES (?) RETURNING id, city"_s);
        insert->addBindValue(u"สมชาย"_s);
        QVERIFY2(insert->exec() && insert->next(), qPrintable(insert->lastError().text()));
        QCOMPARE(insert->value(0).toLongLong(), 1);
        QCOMPARE(insert->value(1).toString(), u"กรุงเทพมหานคร"_s);
    }

    void openingAgainAppliesNothing()
    {
        const QString url = newDatabase();
        const MigrationSet three = set(u"three"_s);
        QStringList before;
        {
            auto db = Database::open(url, with({&three}));
            QVERIFY(db);
            before = fingerprint(*db);
        }
        StorageError error;
        auto db = Database::open(url, with({&three}), &error);
        QVERIFY2(db, qPrintable(error.detail));
        QCOMPARE(fingerprint(*db), before);
    }

    void failingMigrationLeavesNothing()
    {
        const QString url = newDatabase();
        const MigrationSet failing = set(u"failing"_s);
        StorageError error;
        QVERIFY(!Database::open(url, with({&failing}), &error));
        QCOMPARE(error.kind, StorageError::Kind::MigrationFailed);
        QVERIFY2(
            error.detail.contains(u"0003_create_visit_broken.sql"_s), qPrintable(error.detail));
        QVERIFY(!error.message.isEmpty());

        // The two good ones before it stay; of the failing one, not even its first table.
        const MigrationSet two = set(u"two"_s);
        auto db = Database::open(url, with({&two}), &error);
        QVERIFY2(db, qPrintable(error.detail));
        QCOMPARE(db->schemaVersion(u"test"_s), 2);
        QVERIFY(tableExists(*db, u"person"_s));
        QVERIFY(!tableExists(*db, u"visit"_s));
    }

    void firstMigrationFailingLeavesNoBookkeeping()
    {
        const QString url = newDatabase();
        const MigrationSet selfCommit = set(u"selfcommit"_s);
        StorageError error;
        QVERIFY(!Database::open(url, with({&selfCommit}), &error));
        QCOMPARE(error.kind, StorageError::Kind::MigrationFailed);
        QVERIFY2(error.detail.contains(u"may not begin, commit or roll back"_s),
            qPrintable(error.detail));

        auto db = Database::open(url, with({}), &error);
        QVERIFY2(db, qPrintable(error.detail));
        QVERIFY(!tableExists(*db, u"half_done"_s));
        QVERIFY(!tableExists(*db, u"schema_migrations"_s));
    }

    void foreignKeyViolationFailsTheMigration()
    {
        const QString url = newDatabase();
        const MigrationSet orphan = set(u"fkviolation"_s);
        StorageError error;
        QVERIFY(!Database::open(url, with({&orphan}), &error));
        QCOMPARE(error.kind, StorageError::Kind::MigrationFailed);
        auto db = Database::open(url, with({}), &error);
        QVERIFY(db);
        QVERIFY(!tableExists(*db, u"child"_s));
    }

    void newerSchemaIsRefusedUntouched()
    {
        const QString url = newDatabase();
        const MigrationSet three = set(u"three"_s);
        const MigrationSet two = set(u"two"_s);
        QStringList before;
        {
            auto db = Database::open(url, with({&three}));
            QVERIFY(db);
            before = fingerprint(*db);
        }
        StorageError error;
        QVERIFY(!Database::open(url, with({&two}), &error));
        QCOMPARE(error.kind, StorageError::Kind::NewerSchema);
        QVERIFY2(error.message.contains(u'3') && error.message.contains(u'2'),
            qPrintable(error.message));

        auto db = Database::open(url, with({&three}), &error);
        QVERIFY2(db, qPrintable(error.detail));
        QCOMPARE(fingerprint(*db), before);
    }

    void twoMigratorsAtOnceApplyEachMigrationOnce()
    {
        const QString url = newDatabase();
        const MigrationSet three = set(u"three"_s);
        constexpr int kMigrators = 4;
        std::latch ready(kMigrators);
        QStringList failures[kMigrators];
        std::vector<std::thread> threads;
        for (int i = 0; i < kMigrators; ++i) {
            threads.emplace_back([&, i] {
                ready.arrive_and_wait(); // all open together
                StorageError error;
                auto db = Database::open(url, with({&three}), &error);
                if (!db)
                    failures[i] << error.detail;
            });
        }
        for (auto &thread : threads)
            thread.join();
        for (const QStringList &failure : failures)
            QVERIFY2(failure.isEmpty(), qPrintable(failure.join(u'\n')));

        auto db = Database::open(url, with({&three}));
        QVERIFY(db);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM schema_migrations"_s).toInt(), 3);
        QVERIFY(tableExists(*db, u"visit"_s));
    }

    void writeTransactionCommitsOrLeavesNothing()
    {
        const MigrationSet two = set(u"two"_s);
        auto db = Database::open(newDatabase(), with({&two}));
        QVERIFY(db);
        {
            WriteTransaction tx(db->connection());
            QVERIFY2(tx.isActive(), qPrintable(tx.errorText()));
            QVERIFY(exec(*db, u"INSERT INTO person (name) VALUES ('rolled back')"_s));
        } // not committed
        {
            WriteTransaction tx(db->connection());
            QVERIFY(tx.isActive());
            QVERIFY(exec(*db, u"INSERT INTO person (name) VALUES ('kept')"_s));
            QVERIFY2(tx.commit(), qPrintable(tx.errorText()));
        }
        QCOMPARE(rows(*db, u"SELECT name FROM person"_s), QStringList {u"kept"_s});
    }

    // What the stores bind: bytes (a sealed BLOB column is BYTEA here), 64-bit integers, text,
    // NULL; and a bool, which PostgreSQL will not compare with an integer flag.
    void boundValuesRoundTrip()
    {
        auto db = Database::open(newDatabase(), with({}));
        QVERIFY(db);
        QVERIFY(exec(*db,
            PostgresDialect::rewrite(
                u"CREATE TABLE v (id INTEGER PRIMARY KEY, b BLOB, n INTEGER, t TEXT, flag INTEGER)"_s)));
        QByteArray bytes;
        for (int i = 0; i < 256; ++i)
            bytes.append(char(i));
        PreparedQuery insert
            = db->prepared(u"INSERT INTO v (b, n, t, flag) VALUES (?, ?, ?, ?) RETURNING id"_s);
        for (const QVariant &blob :
            {QVariant(bytes), QVariant(QMetaType::fromType<QByteArray>())}) {
            insert->bindValue(0, blob);
            insert->bindValue(1, qint64(1) << 53);
            insert->bindValue(2, u"ไทย 'quoted' \\ back"_s);
            insert->bindValue(3, 1);
            QVERIFY2(insert->exec() && insert->next(), qPrintable(insert->lastError().text()));
            insert->finish();
        }
        QSqlQuery read(db->connection());
        QVERIFY(read.exec(u"SELECT b, n, t FROM v WHERE flag = 1 ORDER BY id"_s));
        QVERIFY(read.next());
        QCOMPARE(read.value(0).toByteArray(), bytes);
        QCOMPARE(read.value(1).toLongLong(), qint64(1) << 53);
        QCOMPARE(read.value(2).toString(), u"ไทย 'quoted' \\ back"_s);
        QVERIFY(read.next());
        QVERIFY(read.value(0).isNull());

        QSqlQuery withBool(db->connection());
        withBool.prepare(u"SELECT count(*) FROM v WHERE flag = ?"_s);
        withBool.addBindValue(true);
        QVERIFY(!withBool.exec()); // bigint = boolean: bind 1, not true (README)
    }

    void readOnlyOpenCannotWrite()
    {
        const QString url = newDatabase();
        const MigrationSet two = set(u"two"_s);
        QVERIFY(Database::open(url, with({&two})));
        StorageError error;
        auto db = Database::open(url, with({&two}, true), &error);
        QVERIFY2(db, qPrintable(error.detail));
        QVERIFY(!exec(*db, u"INSERT INTO person (name) VALUES ('x')"_s));

        // Not migrated yet: refused, as for a SQLite file.
        const MigrationSet three = set(u"three"_s);
        QVERIFY(!Database::open(url, with({&three}, true), &error));
        QCOMPARE(error.kind, StorageError::Kind::CannotOpen);
    }

    void unreachableServerIsExplainedWithoutThePassword()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        const QString url
            = u"postgresql://saduak:s3cret-pass@127.0.0.1:%1/central"_s.arg(closedPort);
        StorageError error;
        QVERIFY(!Database::open(url, with({}), &error));
        QCOMPARE(error.kind, StorageError::Kind::CannotOpen);
        QVERIFY2(error.message.contains(u"127.0.0.1:%1/central"_s.arg(closedPort)),
            qPrintable(error.message));
        QVERIFY2(error.detail.contains(QString::number(closedPort)), qPrintable(error.detail));
        QVERIFY(!error.message.contains(u"s3cret"_s));
        QVERIFY2(!error.detail.contains(u"s3cret"_s), qPrintable(error.detail));
        QVERIFY(!Database::displayLocation(url).contains(u"s3cret"_s));
    }

    void badUrlIsRefused()
    {
        StorageError error;
        QVERIFY(!Database::open(
            u"postgresql://saduak@127.0.0.1:%1/"_s.arg(m_cluster.port()), with({}), &error));
        QCOMPARE(error.kind, StorageError::Kind::CannotOpen);
    }
};

QTEST_GUILESS_MAIN(tst_PostgresStorage)
#include "tst_postgresstorage.moc"
