#include "migrator.h"

#include "database.h"
#include "migration.h"
#include "postgresdialect.h"
#include "sqlscript.h"
#include "storagefault.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

// What the user reads when one migration fails (it was rolled back on either engine).
QString failedMigrationMessage(const Migration &migration)
{
    return QCoreApplication::translate("saduak::Database",
        "Saduak could not upgrade its database (change %1). That change was undone and the "
        "data is safe; please contact technical support.")
        .arg(migration.scope + u'/' + migration.name);
}

// A prepared statement that is finalized on every path out.
class Statement
{
public:
    Statement(sqlite3 *handle, const char *sql) : m_handle(handle)
    {
        m_rc = sqlite3_prepare_v2(handle, sql, -1, &m_statement, nullptr);
        m_prepared = m_rc == SQLITE_OK && m_statement;
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isPrepared() const { return m_prepared; }
    sqlite3_stmt *get() const { return m_statement; }
    void bindText(int index, const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    int step() { return m_rc = sqlite3_step(m_statement); }
    int resultCode() const { return m_rc; }
    QString message() const { return QString::fromUtf8(sqlite3_errmsg(m_handle)); }

private:
    sqlite3 *m_handle;
    sqlite3_stmt *m_statement = nullptr;
    int m_rc = SQLITE_OK;
    bool m_prepared = false;
};

// Keeps a migration from ending the transaction it runs in: its COMMIT would make the half-done
// schema permanent and our record of it a separate step.
int refuseTransactionControl(
    void *, int action, const char *, const char *, const char *, const char *)
{
    return action == SQLITE_TRANSACTION ? SQLITE_DENY : SQLITE_OK;
}

class AuthorizerGuard
{
public:
    explicit AuthorizerGuard(sqlite3 *handle) : m_handle(handle)
    {
        sqlite3_set_authorizer(m_handle, refuseTransactionControl, nullptr);
    }
    ~AuthorizerGuard() { sqlite3_set_authorizer(m_handle, nullptr, nullptr); }
    AuthorizerGuard(const AuthorizerGuard &) = delete;
    AuthorizerGuard &operator=(const AuthorizerGuard &) = delete;

private:
    sqlite3 *m_handle;
};

QString fileOf(sqlite3 *handle)
{
    const char *name = handle ? sqlite3_db_filename(handle, "main") : nullptr;
    return name && *name ? QString::fromUtf8(name) : u"(in memory)"_s;
}

void report(
    StorageError *error, StorageError::Kind kind, const QString &message, const QString &detail)
{
    if (!error)
        return;
    error->kind = kind;
    error->message = message;
    error->detail = detail;
}

// A file that is not a database, or damaged, cannot be opened by anyone; anything else (a lock
// held too long, a full disk) is a failure of this attempt.
StorageError::Kind kindForReadFailure(int sqliteCode)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_PERM:
        return StorageError::Kind::CannotOpen;
    default:
        return StorageError::Kind::Sql;
    }
}

bool exec(sqlite3 *handle, const char *sql, QString *message)
{
    char *raw = nullptr;
    const int rc = sqlite3_exec(handle, sql, nullptr, nullptr, &raw);
    if (rc != SQLITE_OK && message)
        *message = QString::fromUtf8(raw ? raw : sqlite3_errstr(rc));
    sqlite3_free(raw);
    return rc == SQLITE_OK;
}

// Finds the first violation, for the log; empty when there is none.
bool foreignKeyViolation(sqlite3 *handle, QString *violation)
{
    Statement check(handle, "PRAGMA foreign_key_check");
    if (!check.isPrepared()) {
        *violation = check.message();
        return true;
    }
    const int rc = check.step();
    if (rc == SQLITE_DONE)
        return false;
    if (rc != SQLITE_ROW) {
        *violation = check.message();
        return true;
    }
    auto column = [&](int i) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(check.get(), i));
        return text ? QString::fromUtf8(text) : u"NULL"_s;
    };
    *violation = u"foreign key violation: row "_s + column(1) + u" of table "_s + column(0)
        + u" references a missing row of "_s + column(2);
    return true;
}

// The bookkeeping table, the same on both engines (BIGINT: milliseconds overflow PostgreSQL's
// 32-bit INTEGER; to SQLite it is the same 64-bit integer).
const QString kCreateSchemaMigrations = u"CREATE TABLE IF NOT EXISTS schema_migrations ("
                                        " scope TEXT NOT NULL,"
                                        " version INTEGER NOT NULL,"
                                        " name TEXT NOT NULL,"
                                        " applied_at_ms BIGINT NOT NULL,"
                                        " PRIMARY KEY (scope, version))"_s;

// The key of PostgreSQL's advisory lock that serializes migrators ("SDAKMIGR").
constexpr qint64 kMigrationLockKey = 0x5344414b4d494752;

// A full disk or a file this user may not write, said as such (StorageFault); otherwise the
// message the caller had for this failure.
QString faultOr(sqlite3 *handle, int sqliteCode, const QString &otherwise)
{
    const StorageFault::Cause cause = StorageFault::fromSqlite(handle, sqliteCode);
    return cause == StorageFault::Cause::None ? otherwise
                                              : StorageFault::message(cause, fileOf(handle));
}

} // namespace

Migrator::Migrator(QSqlDatabase db, sqlite3 *handle)
    : m_db(std::move(db)), m_handle(handle), m_postgres(m_db.driverName() == u"QPSQL"_s)
{
    if (m_postgres)
        m_where = u"database "_s + m_db.hostName() + u':' + QString::number(m_db.port()) + u'/'
            + m_db.databaseName();
    else
        m_where = u"file "_s + fileOf(m_handle);
}

bool Migrator::readAppliedVersion(
    const QString &scope, int *version, int *sqliteCode, QString *sqliteMessage) const
{
    *version = 0;
    *sqliteCode = SQLITE_OK;
    if (m_postgres)
        return readAppliedVersionPostgres(scope, version, sqliteCode, sqliteMessage);
    if (!m_handle) {
        *sqliteCode = SQLITE_MISUSE;
        *sqliteMessage = u"no database connection"_s;
        return false;
    }
    // Looking at sqlite_master first keeps a file without the table (new, or not ours yet)
    // from being an error, and is the first read, so a file that is not a database fails here.
    Statement table(m_handle,
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = "
        "'schema_migrations'");
    if (!table.isPrepared() || (table.step() != SQLITE_ROW && table.resultCode() != SQLITE_DONE)) {
        *sqliteCode = table.resultCode();
        *sqliteMessage = table.message();
        return false;
    }
    if (table.resultCode() == SQLITE_DONE)
        return true;

    Statement max(
        m_handle, "SELECT coalesce(max(version), 0) FROM schema_migrations WHERE scope = ?");
    if (!max.isPrepared()) {
        *sqliteCode = max.resultCode();
        *sqliteMessage = max.message();
        return false;
    }
    max.bindText(1, scope);
    if (max.step() != SQLITE_ROW) {
        *sqliteCode = max.resultCode();
        *sqliteMessage = max.message();
        return false;
    }
    *version = sqlite3_column_int(max.get(), 0);
    return true;
}

int Migrator::appliedVersion(const QString &scope) const
{
    int version = 0;
    int code = SQLITE_OK;
    QString message;
    return readAppliedVersion(scope, &version, &code, &message) ? version : -1;
}

bool Migrator::checkNotNewer(const MigrationSet &set, StorageError *error) const
{
    int applied = 0;
    int code = SQLITE_OK;
    QString message;
    if (!readAppliedVersion(set.scope(), &applied, &code, &message)) {
        const StorageError::Kind kind = kindForReadFailure(code);
        report(error, kind,
            faultOr(m_postgres ? nullptr : m_handle, code,
                kind == StorageError::Kind::CannotOpen
                    ? QCoreApplication::translate("saduak::Database",
                        "Saduak could not open its database file %1. It may be damaged or not a "
                        "Saduak database; please contact technical support.")
                          .arg(fileOf(m_handle))
                    : QCoreApplication::translate("saduak::Database",
                        "Saduak could not read its database. Please try again; if this happens "
                        "again, contact technical support.")),
            m_where + u": reading the "_s + set.scope() + u" schema version failed: "_s + message);
        return false;
    }
    if (applied > set.latestVersion()) {
        report(error, StorageError::Kind::NewerSchema,
            QCoreApplication::translate("saduak::Database",
                "This database was written by a newer version of Saduak (%1 schema %2; this "
                "program knows up to %3). Update Saduak on this PC; the data was not changed.")
                .arg(set.scope(), QString::number(applied), QString::number(set.latestVersion())),
            m_where + u": scope "_s + set.scope() + u" is at version "_s + QString::number(applied)
                + u", the newest migration known is "_s + QString::number(set.latestVersion()));
        return false;
    }
    return true;
}

bool Migrator::migrate(const MigrationSet &set, StorageError *error)
{
    if (!set.isValid()) {
        report(error, StorageError::Kind::MigrationFailed,
            QCoreApplication::translate("saduak::Database",
                "Saduak could not upgrade its database: its list of changes is damaged. The data "
                "was not changed; please contact technical support."),
            m_where + u": invalid migration set: "_s + set.whyInvalid());
        return false;
    }
    if (!checkNotNewer(set, error))
        return false;

    // Outside a transaction, so an up-to-date file costs one read and takes no write lock.
    int applied = 0;
    int code = SQLITE_OK;
    QString message;
    if (!readAppliedVersion(set.scope(), &applied, &code, &message)) {
        report(error, kindForReadFailure(code),
            faultOr(m_postgres ? nullptr : m_handle, code,
                QCoreApplication::translate("saduak::Database",
                    "Saduak could not read its database. Please try again; if this happens "
                    "again, contact technical support.")),
            m_where + u": reading the "_s + set.scope() + u" schema version failed: "_s + message);
        return false;
    }
    for (qsizetype i = applied; i < set.migrations().size(); ++i) {
        if (!applyOne(set, int(i), error))
            return false;
    }
    return true;
}

bool Migrator::readAppliedVersionPostgres(
    const QString &scope, int *version, int *code, QString *message) const
{
    // Any failure here is of this attempt (the server went away, a permission): Kind::Sql.
    auto failed = [&](const QSqlQuery &query) {
        *code = SQLITE_ERROR;
        *message = query.lastError().text();
        return false;
    };
    QSqlQuery table(m_db);
    if (!table.exec(u"SELECT 1 FROM information_schema.tables WHERE table_schema = "
                    "current_schema() AND table_name = 'schema_migrations'"_s))
        return failed(table);
    if (!table.next())
        return true;
    QSqlQuery max(m_db);
    max.prepare(u"SELECT coalesce(max(version), 0) FROM schema_migrations WHERE scope = ?"_s);
    max.addBindValue(scope);
    if (!max.exec() || !max.next())
        return failed(max);
    *version = max.value(0).toInt();
    return true;
}

bool Migrator::applyOnePostgres(const MigrationSet &set, int index, StorageError *error)
{
    const Migration &migration = set.migrations().at(index);
    const QString where = m_where + u", migration "_s + migration.scope + u'/' + migration.name;
    const QString failedMessage = failedMigrationMessage(migration);
    auto exec = [this](const QString &sql, QString *message) {
        QSqlQuery query(m_db);
        if (query.exec(sql))
            return true;
        if (message)
            *message = query.lastError().text();
        return false;
    };

    // PostgreSQL's DDL is transactional: the migration, its record and schema_migrations itself
    // commit together or not at all. Foreign keys are checked as each statement runs.
    QString message;
    if (!exec(u"BEGIN"_s, &message)) {
        report(
            error, StorageError::Kind::Sql, failedMessage, where + u": BEGIN failed: "_s + message);
        return false;
    }
    auto rollBack = [&](StorageError::Kind kind, const QString &detail) {
        exec(u"ROLLBACK"_s, nullptr);
        report(error, kind, failedMessage, detail);
        return false;
    };
    // Two programs migrating one database at once (several saduak-central processes starting
    // together): the second waits here until the first commits, then reads the version again.
    // A transaction-level lock is released by COMMIT or ROLLBACK, whichever way this ends.
    if (!exec(u"SELECT pg_advisory_xact_lock("_s + QString::number(kMigrationLockKey) + u')',
            &message))
        return rollBack(
            StorageError::Kind::Sql, where + u": taking the migration lock failed: "_s + message);
    if (!exec(kCreateSchemaMigrations, &message))
        return rollBack(StorageError::Kind::MigrationFailed,
            where + u": creating schema_migrations failed: "_s + message);

    int applied = 0;
    int code = SQLITE_OK;
    if (!readAppliedVersionPostgres(migration.scope, &applied, &code, &message))
        return rollBack(
            StorageError::Kind::Sql, where + u": reading the schema version failed: "_s + message);
    if (applied > set.latestVersion()) {
        exec(u"ROLLBACK"_s, nullptr);
        return checkNotNewer(set, error);
    }
    if (applied >= migration.version) {
        exec(u"ROLLBACK"_s, nullptr);
        return true;
    }
    if (applied != migration.version - 1)
        return rollBack(StorageError::Kind::MigrationFailed,
            where + u": the database is at version "_s + QString::number(applied) + u", expected "_s
                + QString::number(migration.version - 1));

    static const QRegularExpression transactionControl(
        u"^(BEGIN|COMMIT|END|ROLLBACK|START|ABORT)\\b"_s,
        QRegularExpression::CaseInsensitiveOption);
    for (const QString &statement : SqlScript::split(migration.sql)) {
        // SQLite refuses these through its authorizer; here the first word says it.
        if (transactionControl.match(statement).hasMatch())
            return rollBack(StorageError::Kind::MigrationFailed,
                where + u": statement failed: "_s + statement
                    + u" -- a migration may not begin, commit or roll back a transaction"_s);
        const QString rewritten = PostgresDialect::rewrite(statement);
        if (!exec(rewritten, &message))
            return rollBack(StorageError::Kind::MigrationFailed,
                where + u": statement failed: "_s + rewritten + u" -- PostgreSQL: "_s + message);
    }

    QSqlQuery record(m_db);
    record.prepare(u"INSERT INTO schema_migrations (scope, version, name, applied_at_ms) "
                   "VALUES (?, ?, ?, ?)"_s);
    record.addBindValue(migration.scope);
    record.addBindValue(migration.version);
    record.addBindValue(migration.name);
    record.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!record.exec())
        return rollBack(StorageError::Kind::MigrationFailed,
            where + u": recording the migration failed: "_s + record.lastError().text());
    if (!exec(u"COMMIT"_s, &message))
        return rollBack(
            StorageError::Kind::MigrationFailed, where + u": COMMIT failed: "_s + message);
    return true;
}

bool Migrator::applyOne(const MigrationSet &set, int index, StorageError *error)
{
    if (m_postgres)
        return applyOnePostgres(set, index, error);
    const Migration &migration = set.migrations().at(index);
    const QString where = m_where + u", migration "_s + migration.scope + u'/' + migration.name;
    const QString failedMessage = failedMigrationMessage(migration);

    // PRAGMA foreign_keys is ignored inside a transaction, so it is switched around it.
    bool foreignKeysWereOn = false;
    {
        Statement fk(m_handle, "PRAGMA foreign_keys");
        foreignKeysWereOn
            = fk.isPrepared() && fk.step() == SQLITE_ROW && sqlite3_column_int(fk.get(), 0) != 0;
    }
    QString message;
    if (foreignKeysWereOn && !exec(m_handle, "PRAGMA foreign_keys = OFF", &message)) {
        report(error, StorageError::Kind::Sql, failedMessage,
            where + u": switching foreign keys off failed: "_s + message);
        return false;
    }
    struct RestoreForeignKeys
    {
        sqlite3 *handle;
        bool on;
        ~RestoreForeignKeys()
        {
            if (on)
                sqlite3_exec(handle, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
        }
    } restoreForeignKeys {m_handle, foreignKeysWereOn};

    if (!exec(m_handle, "BEGIN IMMEDIATE", &message)) {
        report(error, StorageError::Kind::Sql,
            faultOr(m_handle, sqlite3_extended_errcode(m_handle),
                QCoreApplication::translate("saduak::Database",
                    "Saduak could not upgrade its database because another program kept it "
                    "busy. Close other Saduak windows on this PC and start again.")),
            where + u": BEGIN IMMEDIATE failed: "_s + message);
        return false;
    }
    auto rollBack
        = [&](StorageError::Kind kind, const QString &userMessage, const QString &detail) {
              const int failedWith = sqlite3_extended_errcode(m_handle); // before ROLLBACK's
              exec(m_handle, "ROLLBACK", nullptr);
              report(error, kind, faultOr(m_handle, failedWith, userMessage), detail);
              return false;
          };

    // Created in the first migration's transaction, so a failed first migration leaves no trace.
    if (!exec(m_handle, kCreateSchemaMigrations.toUtf8().constData(), &message)) {
        return rollBack(StorageError::Kind::MigrationFailed, failedMessage,
            where + u": creating schema_migrations failed: "_s + message);
    }

    // Read again under the write lock: another process may have migrated while we waited.
    int applied = 0;
    int code = SQLITE_OK;
    if (!readAppliedVersion(migration.scope, &applied, &code, &message)) {
        return rollBack(StorageError::Kind::Sql, failedMessage,
            where + u": reading the schema version failed: "_s + message);
    }
    if (applied > set.latestVersion()) {
        exec(m_handle, "ROLLBACK", nullptr);
        return checkNotNewer(set, error);
    }
    if (applied >= migration.version) {
        exec(m_handle, "ROLLBACK", nullptr);
        return true;
    }
    if (applied != migration.version - 1) {
        return rollBack(StorageError::Kind::MigrationFailed, failedMessage,
            where + u": the file is at version "_s + QString::number(applied) + u", expected "_s
                + QString::number(migration.version - 1));
    }

    QString statement;
    bool ran = false;
    {
        const AuthorizerGuard noTransactionControl(m_handle);
        ran = SqlScript::run(m_handle, migration.sql, &statement, &message);
    }
    if (!ran) {
        return rollBack(StorageError::Kind::MigrationFailed, failedMessage,
            where + u": statement failed: "_s + statement + u" -- SQLite: "_s + message);
    }
    QString violation;
    if (foreignKeyViolation(m_handle, &violation)) {
        return rollBack(
            StorageError::Kind::MigrationFailed, failedMessage, where + u": "_s + violation);
    }

    {
        Statement record(m_handle,
            "INSERT INTO schema_migrations (scope, version, name, "
            "applied_at_ms) VALUES (?, ?, ?, ?)");
        if (record.isPrepared()) {
            record.bindText(1, migration.scope);
            sqlite3_bind_int(record.get(), 2, migration.version);
            record.bindText(3, migration.name);
            sqlite3_bind_int64(record.get(), 4, QDateTime::currentMSecsSinceEpoch());
        }
        if (!record.isPrepared() || record.step() != SQLITE_DONE) {
            return rollBack(StorageError::Kind::MigrationFailed, failedMessage,
                where + u": recording the migration failed: "_s + record.message());
        }
    }

    if (!exec(m_handle, "COMMIT", &message)) {
        return rollBack(StorageError::Kind::MigrationFailed, failedMessage,
            where + u": COMMIT failed: "_s + message);
    }
    return true;
}

} // namespace saduak
