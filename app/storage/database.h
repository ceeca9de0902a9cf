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
        CannotOpen, // file missing/unreadable/not a database
        NewerSchema, // written by a newer Saduak: refused, never modified
        MigrationFailed, // a migration failed: the file is as it was before
        Sql, // any other statement failed
    };
    Kind kind = Kind::Sql;
    QString message; // translated, for a person
    QString detail; // for the log: file, statement, SQLite message
};

// One SQLite file opened the way the whole system relies on: WAL journal, foreign keys on,
// a busy timeout, synchronous=FULL (an acknowledged write survives power loss), and every
// migration set given applied in order. One Database = one QSqlDatabase connection, usable
// from the thread that opened it; open another Database on the same file for another thread.
class Database
{
public:
    static constexpr int kBusyTimeoutMs = 5000;

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
    static std::unique_ptr<Database> open(
        const QString &path, const Options &options, StorageError *error = nullptr);
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    sqlite3 *handle() const; // for the few things QtSql cannot say (is a transaction open?)

    // The statement for sql on this connection, prepared the first time and kept until the
    // Database closes (forward-only). Bind by position, exec, read within the PreparedQuery's
    // scope; it is finished when the scope ends. For the fixed SQL of stores, not built strings.
    PreparedQuery prepared(const QString &sql);

    // Applied version of a migration scope, 0 if none, -1 if it cannot be read.
    int schemaVersion(const QString &scope) const;

private:
    struct KeptStatement;
    Database(QString path, QString connectionName);
    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db; // reset before removeDatabase, so Qt does not warn "still in use"
    sqlite3 *m_handle = nullptr;
    QHash<QString, std::shared_ptr<KeptStatement>> m_statements; // by SQL; cleared before close
};

} // namespace saduak
