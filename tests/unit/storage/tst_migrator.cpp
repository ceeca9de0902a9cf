#include "storagetestsupport.h"

#include <storage/database.h>
#include <storage/migration.h>
#include <storage/migrator.h>

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

class tst_Migrator : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    // A database with no migration sets applied, so each test drives the Migrator itself.
    std::unique_ptr<Database> openPlain()
    {
        StorageError error;
        auto db = Database::open(m_dir.filePath(u"db%1.sqlite"_s.arg(++m_files)), {}, &error);
        if (!db)
            qWarning("open failed: %s", qPrintable(error.detail));
        return db;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void migratesFreshDatabaseAndRecordsEachMigration()
    {
        auto db = openPlain();
        QVERIFY(db);
        Migrator migrator(db->connection(), db->handle());
        const MigrationSet three = testSet(u"three"_s);
        QVERIFY2(three.isValid(), qPrintable(three.whyInvalid()));

        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        StorageError error;
        QVERIFY2(migrator.migrate(three, &error), qPrintable(error.detail));
        const qint64 after = QDateTime::currentMSecsSinceEpoch();

        QCOMPARE(migrator.appliedVersion(u"test"_s), 3);
        QCOMPARE(
            rows(*db, u"SELECT scope, version, name FROM schema_migrations ORDER BY version"_s),
            (QStringList {u"test|1|0001_create_person.sql"_s, u"test|2|0002_add_person_city.sql"_s,
                u"test|3|0003_create_visit.sql"_s}));
        QVERIFY(scalar(*db, u"SELECT min(applied_at_ms) FROM schema_migrations"_s).toLongLong()
            >= before);
        QVERIFY(scalar(*db, u"SELECT max(applied_at_ms) FROM schema_migrations"_s).toLongLong()
            <= after);
        QVERIFY(tableExists(*db, u"visit"_s));
        QCOMPARE(sqlite3_get_autocommit(db->handle()), 1);
    }

    void runsOnlyMigrationsNotYetApplied()
    {
        auto db = openPlain();
        QVERIFY(db);
        Migrator migrator(db->connection(), db->handle());
        StorageError error;
        QVERIFY2(migrator.migrate(testSet(u"two"_s), &error), qPrintable(error.detail));
        QVERIFY(exec(*db, u"INSERT INTO person (id, name) VALUES (1, 'สมชาย')"_s));
        const QStringList firstTwo
            = rows(*db, u"SELECT version, applied_at_ms FROM schema_migrations ORDER BY version"_s);

        // 0001 creates its table without IF NOT EXISTS, so running it again would fail.
        QVERIFY2(migrator.migrate(testSet(u"three"_s), &error), qPrintable(error.detail));
        QCOMPARE(migrator.appliedVersion(u"test"_s), 3);
        QCOMPARE(rows(*db,
                     u"SELECT version, applied_at_ms FROM schema_migrations WHERE version < 3 "
                     "ORDER BY version"_s),
            firstTwo);
        QCOMPARE(
            rows(*db, u"SELECT name, city FROM person"_s), QStringList {u"สมชาย|กรุงเทพมหานคร"_s});
        QVERIFY(tableExists(*db, u"visit"_s));
    }

    void migratingUpToDateFileWritesNothing()
    {
        auto db = openPlain();
        QVERIFY(db);
        Migrator migrator(db->connection(), db->handle());
        StorageError error;
        QVERIFY(migrator.migrate(testSet(u"three"_s), &error));
        const int changes = sqlite3_total_changes(db->handle());
        QVERIFY(migrator.migrate(testSet(u"three"_s), &error));
        QCOMPARE(sqlite3_total_changes(db->handle()), changes);
        QCOMPARE(scalar(*db, u"SELECT count(*) FROM schema_migrations"_s).toInt(), 3);
    }

    // Each migration is its own transaction: in one run, the ones before a failure stay applied
    // and the failing one leaves nothing.
    void failedMigrationKeepsEarlierOnesOfTheRunAndLeavesNothingOfItself()
    {
        auto db = openPlain();
        QVERIFY(db);
        Migrator migrator(db->connection(), db->handle());
        StorageError error;
        QVERIFY(!migrator.migrate(testSet(u"failing"_s), &error));

        QCOMPARE(error.kind, StorageError::Kind::MigrationFailed);
        QVERIFY2(error.message.contains(u"test/0003_create_visit_broken.sql"_s),
            qPrintable(error.message));
        QVERIFY2(error.detail.contains(u"test/0003_create_visit_broken.sql"_s),
            qPrintable(error.detail));
        QVERIFY2(error.detail.contains(u"INSERT INTO visit (id, person_id) VALUES (1, NULL);"_s),
            qPrintable(error.detail));
        QVERIFY2(error.detail.contains(u"NOT NULL constraint failed: visit.person_id"_s),
            qPrintable(error.detail));
        QVERIFY2(error.detail.contains(db->path()), qPrintable(error.detail));

        QCOMPARE(migrator.appliedVersion(u"test"_s), 2);
        QVERIFY(tableExists(*db, u"person"_s));
        QVERIFY(!tableExists(*db, u"visit"_s)); // made by 0003's first statement, rolled back
        QCOMPARE(
            scalar(*db, u"SELECT count(*) FROM schema_migrations WHERE version = 3"_s).toInt(), 0);
        QCOMPARE(sqlite3_get_autocommit(db->handle()), 1);
        QCOMPARE(scalar(*db, u"PRAGMA foreign_keys"_s).toInt(), 1);
    }

    void triggerWithBeginEndAndSemicolonsInStringsMigrate()
    {
        auto db = openPlain();
        QVERIFY(db);
        Migrator migrator(db->connection(), db->handle());
        StorageError error;
        QVERIFY2(migrator.migrate(testSet(u"trigger"_s), &error), qPrintable(error.detail));
        QCOMPARE(rows(*db, u"SELECT name FROM person"_s), QStringList {u"a;b;'c;'"_s});
        QCOMPARE(rows(*db, u"SELECT note FROM audit ORDER BY id"_s),
            (QStringList {u"added; a;b;'c;'"_s, u"second; statement; of the trigger"_s}));
    }

    // Foreign keys are off while a migration runs: with them on, dropping the old counter table
    // during the rebuild would cascade-delete every counter_service row.
    void rebuildingReferencedTableKeepsItsChildren()
    {
        auto db = openPlain();
        QVERIFY(db);
        QCOMPARE(scalar(*db, u"PRAGMA foreign_keys"_s).toInt(), 1);
        Migrator migrator(db->connection(), db->handle());
        StorageError error;
        QVERIFY2(migrator.migrate(testSet(u"rebuild"_s), &error), qPrintable(error.detail));
        QCOMPARE(rows(*db, u"SELECT counter_number, service FROM counter_service ORDER BY 1"_s),
            (QStringList {u"1|A"_s, u"2|B"_s}));
        QCOMPARE(rows(*db, u"SELECT number, state FROM counter ORDER BY 1"_s),
            (QStringList {u"1|closed"_s, u"2|closed"_s}));
        QCOMPARE(scalar(*db, u"PRAGMA foreign_keys"_s).toInt(), 1);
    }

    void foreignKeyViolationFailsTheMigration()
    {
        auto db = openPlain();
        QVERIFY(db);
        Migrator migrator(db->connection(), db->handle());
        StorageError error;
        QVERIFY(!migrator.migrate(testSet(u"fkviolation"_s), &error));
        QCOMPARE(error.kind, StorageError::Kind::MigrationFailed);
        QVERIFY2(error.detail.contains(u"foreign key violation"_s), qPrintable(error.detail));
        QVERIFY2(error.detail.contains(u"child"_s), qPrintable(error.detail));
        QVERIFY(!tableExists(*db, u"child"_s));
        QVERIFY(!tableExists(*db, u"schema_migrations"_s));
        QCOMPARE(scalar(*db, u"PRAGMA foreign_keys"_s).toInt(), 1);
    }

    void migrationThatCommitsItselfIsRefused()
    {
        auto db = openPlain();
        QVERIFY(db);
        Migrator migrator(db->connection(), db->handle());
        StorageError error;
        QVERIFY(!migrator.migrate(testSet(u"selfcommit"_s), &error));
        QCOMPARE(error.kind, StorageError::Kind::MigrationFailed);
        QVERIFY2(error.detail.contains(u"statement failed: COMMIT;"_s), qPrintable(error.detail));
        QVERIFY2(error.detail.contains(u"not authorized"_s), qPrintable(error.detail));
        QVERIFY(!tableExists(*db, u"half_done"_s));
        QVERIFY(!tableExists(*db, u"schema_migrations"_s));
        QCOMPARE(sqlite3_get_autocommit(db->handle()), 1);
    }

    void checkNotNewer_data()
    {
        QTest::addColumn<QString>("appliedSet"); // empty: nothing applied
        QTest::addColumn<QString>("appliedScope");
        QTest::addColumn<QString>("checkedSet");
        QTest::addColumn<QString>("checkedScope");
        QTest::addColumn<bool>("passes");

        QTest::newRow("fresh file passes")
            << QString() << QString() << u"two"_s << u"test"_s << true;
        QTest::newRow("same version passes")
            << u"three"_s << u"test"_s << u"three"_s << u"test"_s << true;
        QTest::newRow("older file passes")
            << u"two"_s << u"test"_s << u"three"_s << u"test"_s << true;
        QTest::newRow("newer file is refused")
            << u"three"_s << u"test"_s << u"two"_s << u"test"_s << false;
        QTest::newRow("other scope is not compared")
            << u"three"_s << u"test"_s << u"two"_s << u"complaints"_s << true;
    }

    void checkNotNewer()
    {
        QFETCH(QString, appliedSet);
        QFETCH(QString, appliedScope);
        QFETCH(QString, checkedSet);
        QFETCH(QString, checkedScope);
        QFETCH(bool, passes);

        auto db = openPlain();
        QVERIFY(db);
        Migrator migrator(db->connection(), db->handle());
        StorageError error;
        if (!appliedSet.isEmpty())
            QVERIFY(migrator.migrate(testSet(appliedSet, appliedScope), &error));
        const int changes = sqlite3_total_changes(db->handle());

        QCOMPARE(migrator.checkNotNewer(testSet(checkedSet, checkedScope), &error), passes);
        QCOMPARE(sqlite3_total_changes(db->handle()), changes);
        if (!passes) {
            QCOMPARE(error.kind, StorageError::Kind::NewerSchema);
            QVERIFY2(error.message.contains(u"test schema 3; this program knows up to 2"_s),
                qPrintable(error.message));
            QVERIFY2(error.detail.contains(db->path()), qPrintable(error.detail));
        }
    }

    void migrateRefusesNewerFileAndChangesNothing()
    {
        auto db = openPlain();
        QVERIFY(db);
        Migrator migrator(db->connection(), db->handle());
        StorageError error;
        QVERIFY(migrator.migrate(testSet(u"three"_s), &error));
        const int changes = sqlite3_total_changes(db->handle());
        QVERIFY(!migrator.migrate(testSet(u"two"_s), &error));
        QCOMPARE(error.kind, StorageError::Kind::NewerSchema);
        QCOMPARE(sqlite3_total_changes(db->handle()), changes);
    }

    void scopesAreMigratedIndependently()
    {
        auto db = openPlain();
        QVERIFY(db);
        Migrator migrator(db->connection(), db->handle());
        StorageError error;
        QVERIFY2(migrator.migrate(testSet(u"two"_s, u"alpha"_s), &error), qPrintable(error.detail));
        QVERIFY2(
            migrator.migrate(testSet(u"rebuild"_s, u"beta"_s), &error), qPrintable(error.detail));
        QCOMPARE(migrator.appliedVersion(u"alpha"_s), 2);
        QCOMPARE(migrator.appliedVersion(u"beta"_s), 2);
        QCOMPARE(migrator.appliedVersion(u"gamma"_s), 0);
        QCOMPARE(rows(*db, u"SELECT scope, version FROM schema_migrations ORDER BY 1, 2"_s),
            (QStringList {u"alpha|1"_s, u"alpha|2"_s, u"beta|1"_s, u"beta|2"_s}));
    }

    void appliedVersionOfNewFileIsZero()
    {
        auto db = openPlain();
        QVERIFY(db);
        QCOMPARE(Migrator(db->connection(), db->handle()).appliedVersion(u"test"_s), 0);
        QVERIFY(!tableExists(*db, u"schema_migrations"_s));
    }

    void invalidSetIsRefused()
    {
        auto db = openPlain();
        QVERIFY(db);
        Migrator migrator(db->connection(), db->handle());
        StorageError error;
        const MigrationSet invalid = MigrationSet::fromFolder(u"test"_s, u":/nowhere"_s);
        QVERIFY(!migrator.migrate(invalid, &error));
        QCOMPARE(error.kind, StorageError::Kind::MigrationFailed);
        QVERIFY2(error.detail.contains(u":/nowhere"_s), qPrintable(error.detail));
    }
};

QTEST_GUILESS_MAIN(tst_Migrator)
#include "tst_migrator.moc"
