#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace saduak {

class MigrationSet;
struct StorageError;

// Applies migration sets forward. Each migration runs in its own BEGIN IMMEDIATE transaction
// together with its row in schema_migrations, so a failure leaves the file exactly as it was
// and a second process migrating the same file at the same time waits, then sees it done.
// The SQL is split with SQLite's own parser (sqlite3_prepare_v2's tail), so triggers with
// BEGIN ... END and semicolons inside strings are fine.
// Foreign keys are off while a migration runs (SQLite cannot switch them inside a transaction, and
// rebuilding a referenced table with them on would cascade-delete its children); the migration
// fails if PRAGMA foreign_key_check finds a violation before COMMIT. A migration may not BEGIN,
// COMMIT or ROLLBACK itself.
//
// On PostgreSQL (a QPSQL connection, handle null) the same files run statement by statement
// (SqlScript::split), each through PostgresDialect::rewrite, in one BEGIN ... COMMIT with the
// schema_migrations row; concurrent migrators are serialized by pg_advisory_xact_lock, and the
// version is read again under that lock. No PRAGMAs: foreign keys are enforced as statements run.
class Migrator
{
public:
    Migrator(QSqlDatabase db, sqlite3 *handle);

    // Refuses (NewerSchema) if the file has a version of this scope newer than the set knows.
    bool checkNotNewer(const MigrationSet &set, StorageError *error) const;
    bool migrate(const MigrationSet &set, StorageError *error);
    int appliedVersion(const QString &scope) const; // 0 if none, -1 if it cannot be read

private:
    bool readAppliedVersion(
        const QString &scope, int *version, int *sqliteCode, QString *sqliteMessage) const;
    bool readAppliedVersionPostgres(
        const QString &scope, int *version, int *code, QString *message) const;
    bool applyOne(const MigrationSet &set, int index, StorageError *error);
    bool applyOnePostgres(const MigrationSet &set, int index, StorageError *error);

    QSqlDatabase m_db; // held so the connection behind m_handle stays open while we run
    sqlite3 *m_handle; // null on PostgreSQL
    bool m_postgres = false;
    QString m_where; // "file PATH" or "database HOST:PORT/NAME", for details (no password)
};

} // namespace saduak
