#pragma once

#include "preparedquery.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

struct sqlite3;

namespace saduak {

class MigrationSet;

// Why a database could not be opened, for the user (message is translated) and the developer
// (detail names the file, statement and SQLite message).
struct StorageError
{
    enum class Kind {
        CannotOpen, // file missing/unreadable/not a database; PostgreSQL server not reachable
        NewerSchema, // written by a newer Saduak: refused, never modified
        MigrationFailed, // a migration failed: the file is as it was before
        Sql, // any other statement failed
        Damaged, // SQLite's quick_check found a damaged page: refused, never written
    };
    Kind kind = Kind::Sql;
    QString message; // translated, for a person
    QString detail; // for the log: file (or host/port/db), statement, the engine's message
};

// One SQLite file opened the way the whole system relies on: WAL journal, foreign keys on,
// a busy timeout, synchronous=FULL (an acknowledged write survives power loss), and every
// migration set given applied in order. One Database = one QSqlDatabase connection, usable
// from the thread that opened it; open another Database on the same file for another thread.
//
// Or, for saduak-central only, a PostgreSQL database given as a URL
// postgresql://user[:password]@host[:port]/dbname[?libpq-option=value&...] (Qt's QPSQL driver;
// the password may come from PGPASSWORD instead). The same migration files run there through
// PostgresDialect; the SQLite-only parts (WAL, PRAGMAs, handle(), file checks) do not apply.
class Database
{
public:
    static constexpr int kBusyTimeoutMs = 5000;

    enum class Backend { Sqlite, Postgres };

    // A location naming a PostgreSQL database (postgresql:// or postgres://) rather than a file.
    static bool isPostgresLocation(const QString &location);
    // The location for messages and logs: a URL without its password, a file path as it is.
    static QString displayLocation(const QString &location);

    struct Options
    {
        QList<const MigrationSet *>
            migrations; // core first, then modules (in a deterministic order)
        // Opens without writing anything: no WAL switch, no migrations. Refused (CannotOpen) when
        // a set has migrations the file does not have yet, as the queries would not fit the schema.
        bool readOnly = false;
    };

    // Every set is checked against the file before anything is written (a file from a newer
    // Saduak is refused untouched), then the PRAGMAs are set, then the sets are migrated in order.
    // Each migration is its own transaction: when one fails, the ones before it in the same run
    // stay applied and the failing one leaves nothing.
    // path: a file (SQLite) or a postgresql:// URL. PostgreSQL: a server that cannot be reached
    // is CannotOpen with a message for a person and host, port and database (never the password)
    // in the detail.
    static std::unique_ptr<Database> open(
        const QString &path, const Options &options, StorageError *error = nullptr);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; } // as given to open(): may hold a password
    QString displayLocation() const { return displayLocation(m_path); }
    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::Postgres; }
    // For the few things QtSql cannot say (is a transaction open?); null on PostgreSQL.
    sqlite3 *handle() const;

    // The statement for sql on this connection, prepared the first time and kept until the
    // Database closes (forward-only). Bind by position, exec, read within the PreparedQuery's
    // scope; it is finished when the scope ends. For the fixed SQL of stores, not built strings.
    PreparedQuery prepared(const QString &sql);

    // Applied version of a migration scope, 0 if none, -1 if it cannot be read.
    int schemaVersion(const QString &scope) const;

    // Whether the connection still answers a trivial query. False when it is closed or the
    // server has gone (PostgreSQL restarted: QPSQL does not notice until a statement fails).
    bool isAlive() const;
    // PostgreSQL: closes the connection and opens it again with the same session settings (a
    // connection whose server restarted never comes back by itself). The kept statements go
    // with the old connection (the server forgot them). False (error: CannotOpen) if the server
    // cannot be reached yet; call again later. SQLite: false, a file connection is not lost so.
    bool reopen(StorageError *error = nullptr);

private:
    struct KeptStatement;
    Database(QString path, QString connectionName);
    static std::unique_ptr<Database> openSqlite(
        const QString &path, const Options &options, StorageError *error);
    static std::unique_ptr<Database> openPostgres(
        const QString &location, const Options &options, StorageError *error);
    bool migrateAll(const Options &options, StorageError *error);
    QString m_path;
    Backend m_backend = Backend::Sqlite;
    QString m_connectionName;
    bool m_readOnly = false; // as opened: a reopened session is read-only again
    QSqlDatabase m_db; // reset before removeDatabase, so Qt does not warn "still in use"
    sqlite3 *m_handle = nullptr;
    QHash<QString, std::shared_ptr<KeptStatement>> m_statements; // by SQL; cleared before close
};

} // namespace saduak
