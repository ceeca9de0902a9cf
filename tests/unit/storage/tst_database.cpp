#include "storagetestsupport.h"

#include <storage/database.h>
#include <storage/migration.h>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <sys/stat.h>

#include <csignal>

#include <latch>
#include <thread>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

class tst_Database : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(u"saduak%1.db"_s.arg(++m_files)); }

    static Database::Options with(QList<const MigrationSet *> sets, bool readOnly = false)
    {
        Database::Options options;
        options.migrations = sets;
        options.readOnly = readOnly;
        return options;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Qt warns, among others, when a connection is removed while still in use.
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void freshDatabaseHasCoreSchemaAndPragmas()
    {
        const MigrationSet core = MigrationSet::core();
        StorageError error;
        auto db = Database::open(newPath(), with({&core}), &error);
        QVERIFY2(db, qPrintable(error.detail));

        QCOMPARE(db->schemaVersion(u"core"_s), core.latestVersion());
        QCOMPARE(scalar(*db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(*db, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QCOMPARE(scalar(*db, u"PRAGMA busy_timeout"_s).toInt(), Database::kBusyTimeoutMs);
        QCOMPARE(scalar(*db, u"PRAGMA synchronous"_s).toInt(), 2); // FULL
        QCOMPARE(rows(*db,
                     u"SELECT scope, version, name FROM schema_migrations "
                     "WHERE version <= 2 ORDER BY version"_s),
            (QStringList {u"core|1|0001_outbox.sql"_s, u"core|2|0002_catalog.sql"_s}));
        for (const QString &table : {u"outbox"_s, u"service"_s, u"counter"_s, u"counter_service"_s})
            QVERIFY2(tableExists(*db, table), qPrintable(table));
        QVERIFY(db->connection().isOpen());
        QVERIFY(db->handle());
    }

    void createsMissingParentFolder()
    {
        const QString path = m_dir.filePath(u"branch/data/saduak.db"_s);
        StorageError error;
        auto db = Database::open(path, {}, &error);
        QVERIFY2(db, qPrintable(error.detail));
        QCOMPARE(db->path(), path);
        QVERIFY(QFile::exists(path));
    }

    // The file holds personal data (PDPA): readable by its owner only, whatever the umask, its
    // WAL and shared memory too; a file an older version left open to others is closed up.
    void filesAreTheOwnersOnly()
    {
        const mode_t umaskBefore = ::umask(0); // the widest a careless service could run with
        const QString path = newPath();
        const MigrationSet core = MigrationSet::core();
        const QFile::Permissions owner = QFile::ReadOwner | QFile::WriteOwner;
        {
            auto db = Database::open(path, with({&core}));
            QVERIFY(db);
            for (const QString &file : QStringList {path, path + u"-wal"_s, path + u"-shm"_s})
                QCOMPARE(QFile::permissions(file) & ~(QFile::ReadUser | QFile::WriteUser), owner);
        }
        QVERIFY(QFile::setPermissions(path, owner | QFile::ReadGroup | QFile::ReadOther));
        {
            auto db = Database::open(path, with({&core}));
            QVERIFY(db);
            QCOMPARE(QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser), owner);
        }
        ::umask(umaskBefore);
    }

    void closingLeavesOneCleanFile()
    {
        const QString path = newPath();
        const MigrationSet core = MigrationSet::core();
        {
            auto db = Database::open(path, with({&core}));
            QVERIFY(db);
            QVERIFY(QFile::exists(path + u"-wal"_s));
        }
        QVERIFY(QFile::exists(path));
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        QVERIFY(!QFile::exists(path + u"-shm"_s));
    }

    void upgradeRunsOnlyTheNewMigrationAndKeepsData()
    {
        const QString path = newPath();
        const MigrationSet two = testSet(u"two"_s);
        const MigrationSet three = testSet(u"three"_s);
        QStringList firstTwo;
        {
            StorageError error;
            auto db = Database::open(path, with({&two}), &error);
            QVERIFY2(db, qPrintable(error.detail));
            QCOMPARE(db->schemaVersion(u"test"_s), 2);
            QVERIFY(
                exec(*db, u"INSERT INTO person (id, name, city) VALUES (1, 'สมหญิง', 'เชียงใหม่')"_s));
            firstTwo = rows(*db, u"SELECT version, applied_at_ms FROM schema_migrations"_s);
        }
        StorageError error;
        auto db = Database::open(path, with({&three}), &error);
        QVERIFY2(db, qPrintable(error.detail)); // 0001 would fail if it ran again
        QCOMPARE(db->schemaVersion(u"test"_s), 3);
        QCOMPARE(
            rows(*db, u"SELECT version, applied_at_ms FROM schema_migrations WHERE version < 3"_s),
            firstTwo);
        QCOMPARE(
            rows(*db, u"SELECT id, name, city FROM person"_s), QStringList {u"1|สมหญิง|เชียงใหม่"_s});
        QVERIFY(exec(*db, u"INSERT INTO visit (person_id, at_ms) VALUES (1, 0)"_s));
    }

    void failedMigrationLeavesFileByteIdentical()
    {
        const QString path = newPath();
        const MigrationSet two = testSet(u"two"_s);
        const MigrationSet failing = testSet(u"failing"_s);
        {
            auto db = Database::open(path, with({&two}));
            QVERIFY(db);
            QVERIFY(exec(*db, u"INSERT INTO person (id, name) VALUES (1, 'สมชาย')"_s));
        }
        const QByteArray before = sha256Of(path);
        QVERIFY(!before.isEmpty());
        QVERIFY(!QFile::exists(path + u"-wal"_s));

        StorageError error;
        QVERIFY(!Database::open(path, with({&failing}), &error));
        QCOMPARE(error.kind, StorageError::Kind::MigrationFailed);
        QVERIFY(!error.message.isEmpty());
        QVERIFY2(error.detail.contains(path), qPrintable(error.detail));
        QVERIFY2(
            error.detail.contains(u"0003_create_visit_broken.sql"_s), qPrintable(error.detail));
        QVERIFY2(error.detail.contains(u"INSERT INTO visit (id, person_id) VALUES (1, NULL);"_s),
            qPrintable(error.detail));

        QCOMPARE(sha256Of(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        QVERIFY(!QFile::exists(path + u"-shm"_s));
    }

    // Each migration is its own transaction, so on a fresh file 0001 and 0002 of the failing run
    // stay applied; 0003 left nothing, and fixing it later continues from 2.
    void failedMigrationKeepsEarlierMigrationsOfTheSameRun()
    {
        const QString path = newPath();
        const MigrationSet failing = testSet(u"failing"_s);
        const MigrationSet three = testSet(u"three"_s);
        StorageError error;
        QVERIFY(!Database::open(path, with({&failing}), &error));
        QCOMPARE(error.kind, StorageError::Kind::MigrationFailed);

        auto db = Database::open(path, with({&three}), &error);
        QVERIFY2(db, qPrintable(error.detail));
        QCOMPARE(rows(*db, u"SELECT version, name FROM schema_migrations ORDER BY version"_s),
            (QStringList {u"1|0001_create_person.sql"_s, u"2|0002_add_person_city.sql"_s,
                u"3|0003_create_visit.sql"_s}));
        // The visit table is 0003_create_visit's, not the broken one's (which had no at_ms).
        QVERIFY(exec(*db, u"SELECT at_ms FROM visit"_s));
    }

    void refusesDatabaseFromNewerSaduakUntouched()
    {
        const QString path = newPath();
        const MigrationSet two = testSet(u"two"_s);
        const MigrationSet three = testSet(u"three"_s);
        {
            auto db = Database::open(path, with({&three}));
            QVERIFY(db);
        }
        const QByteArray before = sha256Of(path);
        QVERIFY(!QFile::exists(path + u"-wal"_s));

        StorageError error;
        QVERIFY(!Database::open(path, with({&two}), &error));
        QCOMPARE(error.kind, StorageError::Kind::NewerSchema);
        QVERIFY2(error.message.contains(u"newer version of Saduak (test schema 3; this program "
                                        "knows up to 2)"_s),
            qPrintable(error.message));
        QVERIFY2(error.detail.contains(path), qPrintable(error.detail));

        QCOMPARE(sha256Of(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        QVERIFY(!QFile::exists(path + u"-shm"_s));
    }

    // The core set would migrate this file, but the test scope is newer than the program: the
    // refusal comes first and the core tables are never made.
    void checksEverySetBeforeWritingAnything()
    {
        const QString path = newPath();
        const MigrationSet core = MigrationSet::core();
        const MigrationSet two = testSet(u"two"_s);
        const MigrationSet three = testSet(u"three"_s);
        {
            auto db = Database::open(path, with({&three}));
            QVERIFY(db);
        }
        const QByteArray before = sha256Of(path);

        StorageError error;
        QVERIFY(!Database::open(path, with({&core, &two}), &error));
        QCOMPARE(error.kind, StorageError::Kind::NewerSchema);
        QCOMPARE(sha256Of(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s));

        auto db = Database::open(path, with({&three}), &error);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(u"core"_s), 0);
    }

    // Two programs starting at once on one file: each waits for the other's migration under the
    // write lock and sees it done, so every migration is recorded exactly once.
    void concurrentOpensMigrateEachMigrationOnce()
    {
        const MigrationSet core = MigrationSet::core();
        const MigrationSet three = testSet(u"three"_s);
        const Database::Options options = with({&core, &three});

        struct Result
        {
            bool opened = false;
            StorageError error;
            int testVersion = -1;
        };
        for (int round = 0; round < 20; ++round) {
            const QString path = newPath();
            std::latch start(2);
            auto openAtOnce = [&](Result *result) {
                start.arrive_and_wait();
                auto db = Database::open(path, options, &result->error);
                result->opened = db != nullptr;
                if (db)
                    result->testVersion = db->schemaVersion(u"test"_s);
            };
            Result first;
            Result second;
            std::thread a(openAtOnce, &first);
            std::thread b(openAtOnce, &second);
            a.join();
            b.join();
            QVERIFY2(first.opened, qPrintable(first.error.detail));
            QVERIFY2(second.opened, qPrintable(second.error.detail));
            QCOMPARE(first.testVersion, 3);
            QCOMPARE(second.testVersion, 3);

            auto db = Database::open(path, options);
            QVERIFY(db);
            QCOMPARE(scalar(*db, u"SELECT count(*) FROM schema_migrations"_s).toInt(),
                core.latestVersion() + 3);
            QCOMPARE(rows(*db,
                         u"SELECT scope, version FROM schema_migrations "
                         "GROUP BY scope, version HAVING count(*) > 1"_s),
                QStringList());
        }
    }

    void readOnlyOpenReadsMigratedFileAndCannotWrite()
    {
        const QString path = newPath();
        const MigrationSet three = testSet(u"three"_s);
        {
            auto db = Database::open(path, with({&three}));
            QVERIFY(db);
            QVERIFY(exec(*db, u"INSERT INTO person (id, name) VALUES (1, 'สมชาย')"_s));
        }
        StorageError error;
        auto db = Database::open(path, with({&three}, true), &error);
        QVERIFY2(db, qPrintable(error.detail));
        QCOMPARE(rows(*db, u"SELECT name FROM person"_s), QStringList {u"สมชาย"_s});
        QVERIFY(!exec(*db, u"INSERT INTO person (id, name) VALUES (2, 'x')"_s));
    }

    void readOnlyOpenRefusesFileThatNeedsUpgrade()
    {
        const QString path = newPath();
        const MigrationSet two = testSet(u"two"_s);
        const MigrationSet three = testSet(u"three"_s);
        {
            auto db = Database::open(path, with({&two}));
            QVERIFY(db);
        }
        const QByteArray before = sha256Of(path);
        StorageError error;
        QVERIFY(!Database::open(path, with({&three}, true), &error));
        QCOMPARE(error.kind, StorageError::Kind::CannotOpen);
        QVERIFY2(error.detail.contains(u"version 2"_s), qPrintable(error.detail));
        QCOMPARE(sha256Of(path), before);
    }

    void readOnlyOpenOfMissingFileCreatesNothing()
    {
        const QString path = m_dir.filePath(u"missing/saduak.db"_s);
        StorageError error;
        QVERIFY(!Database::open(path, with({}, true), &error));
        QCOMPARE(error.kind, StorageError::Kind::CannotOpen);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QDir(m_dir.filePath(u"missing"_s)).exists());
    }

    void refusesFileThatIsNotADatabaseUntouched()
    {
        const QString path = newPath();
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray("this is a receipt, not a database\n").repeated(200));
        }
        const QByteArray before = sha256Of(path);
        const MigrationSet core = MigrationSet::core();
        StorageError error;
        QVERIFY(!Database::open(path, with({&core}), &error));
        QCOMPARE(error.kind, StorageError::Kind::CannotOpen);
        QVERIFY(!error.message.isEmpty());
        QVERIFY2(error.detail.contains(u"not a database"_s), qPrintable(error.detail));
        QCOMPARE(sha256Of(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
    }

    void refusesFolderAsFile()
    {
        StorageError error;
        QVERIFY(!Database::open(m_dir.path(), {}, &error));
        QCOMPARE(error.kind, StorageError::Kind::CannotOpen);
    }

    void refusesInvalidMigrationSetBeforeCreatingFile()
    {
        const QString path = newPath();
        const MigrationSet invalid = MigrationSet::fromFolder(u"test"_s, u":/nowhere"_s);
        StorageError error;
        QVERIFY(!Database::open(path, with({&invalid}), &error));
        QCOMPARE(error.kind, StorageError::Kind::MigrationFailed);
        QVERIFY2(error.detail.contains(u":/nowhere"_s), qPrintable(error.detail));
        QVERIFY(!QFile::exists(path));
    }

    void refusesSameScopeTwice()
    {
        const MigrationSet two = testSet(u"two"_s);
        const MigrationSet three = testSet(u"three"_s);
        StorageError error;
        QVERIFY(!Database::open(newPath(), with({&two, &three}), &error));
        QCOMPARE(error.kind, StorageError::Kind::MigrationFailed);
        QVERIFY2(error.detail.contains(u"scope test given twice"_s), qPrintable(error.detail));
    }

    void eachDatabaseHasItsOwnConnectionRemovedOnClose()
    {
        const QString path = newPath();
        QString firstName;
        QString secondName;
        {
            auto first = Database::open(path, {});
            auto second = Database::open(path, {});
            QVERIFY(first);
            QVERIFY(second);
            firstName = first->connection().connectionName();
            secondName = second->connection().connectionName();
            QVERIFY(firstName != secondName);
            QVERIFY(first->handle() != second->handle());
            QVERIFY(QSqlDatabase::connectionNames().contains(firstName));
        }
        QVERIFY(!QSqlDatabase::connectionNames().contains(firstName));
        QVERIFY(!QSqlDatabase::connectionNames().contains(secondName));
    }

    // A full disk is said as such, not as "may be damaged or not a Saduak database": that sends
    // an operator to restore a backup when making room was all it took. The process's file-size
    // limit stands in for the full disk: SQLite's first write of the shared-memory index fails
    // with EFBIG as it fails with ENOSPC, and the file itself is only read.
    void aFullDiskIsNotCalledDamage()
    {
        const MigrationSet core = MigrationSet::core();
        const QString path = newPath();
        QVERIFY(Database::open(path, with({&core})));
        QVERIFY(!QFile::exists(path + u"-shm"_s)); // closed cleanly: the next open makes it anew

        rlimit before {};
        QVERIFY(getrlimit(RLIMIT_FSIZE, &before) == 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit none = before;
        none.rlim_cur = 0;
        QVERIFY(setrlimit(RLIMIT_FSIZE, &none) == 0);
        StorageError error;
        const bool opened = Database::open(path, with({&core}), &error) != nullptr;
        setrlimit(RLIMIT_FSIZE, &before);
        std::signal(SIGXFSZ, oldHandler);

        QVERIFY(!opened);
        QVERIFY2(error.message.contains(u"is full"_s), qPrintable(error.message));
        QVERIFY2(error.message.contains(path), qPrintable(error.message));
        QVERIFY2(!error.message.contains(u"damaged"_s), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
