#include "database.h"

#include "databasecheck.h"
#include "migration.h"
#include "migrator.h"
#include "storagefault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <atomic>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

QString cannotOpenMessage(const QString &path)
{
    return QCoreApplication::translate("saduak::Database",
        "Saduak could not open its database file %1. Check that the disk is connected and "
        "the file is not damaged; if this happens again, contact technical support.")
        .arg(QDir::toNativeSeparators(path));
}

// Runs one PRAGMA and hands back its first column (journal_mode answers with the mode it ended
// up in, which is how a refusal to switch shows).
bool pragma(
    sqlite3 *handle, const char *sql, QString *result, QString *message, int *code = nullptr)
{
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr);
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            if (result && result->isNull()) {
                const auto *text
                    = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
                *result = QString::fromUtf8(text ? text : "");
            }
        }
    }
    if (rc != SQLITE_DONE && rc != SQLITE_OK)
        *message = QString::fromUtf8(sqlite3_errmsg(handle));
    if (code)
        *code = rc;
    sqlite3_finalize(statement);
    return rc == SQLITE_DONE || rc == SQLITE_OK;
}

// What every way of failing to open sets: error (if given), and no database.
std::unique_ptr<Database> failedOpen(StorageError *error, StorageError::Kind kind,
    const QString &message, const QString &detail)
{
    if (error) {
        error->kind = kind;
        error->message = message;
        error->detail = detail;
    }
    return nullptr;
}

// A branch's or central's database holds personal data (PDPA): only the user the program runs as
// may read it, whatever the umask. SQLite gives the WAL and shared-memory files the main file's
// mode, so the main file is created 0600 before SQLite opens it; a file (or WAL, or SHM) that an
// earlier version left open to group or others is closed up. False (why) if that cannot be done.
bool keepPrivate(const QString &path, QString *why, int *error)
{
    const QByteArray file = QFile::encodeName(path);
    const int fd = ::open(file.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = errno;
        *why = u"cannot open it for writing: "_s + QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    ::close(fd);
    for (const QByteArray &part : {file, QByteArray(file + "-wal"), QByteArray(file + "-shm")}) {
        struct stat st {};
        if (::stat(part.constData(), &st) != 0 || (st.st_mode & 0077) == 0)
            continue;
        if (::chmod(part.constData(), 0600) != 0) {
            *error = errno;
            *why = QString::fromLocal8Bit(part) + u" is open to other users and cannot be made "
                                                   "private: "_s
                + QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
    }
    return true;
}

// NOTICEs ("relation already exists, skipping") are not for the log; a read-only open gets
// a session that cannot write even by mistake. At every open and reopen of a connection.
bool postgresSession(const QSqlDatabase &db, bool readOnly, QString *why)
{
    QStringList session {u"SET client_min_messages = warning"_s};
    if (readOnly)
        session << u"SET default_transaction_read_only = on"_s;
    for (const QString &sql : std::as_const(session)) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            *why = sql + u" failed: "_s + query.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace

struct Database::KeptStatement
{
    explicit KeptStatement(QSqlQuery prepared) : query(std::move(prepared)) { }
    QSqlQuery query;
    bool inUse = false;
};

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{ }

Database::~Database()
{
    // Closing here, not when the last copy of the handle goes, makes the close (and with it the
    // WAL checkpoint that leaves a single clean file) happen at a known point. Kept statements
    // go first: a live statement would keep the connection "in use".
    m_statements.clear();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    m_handle = nullptr;
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(
    const QString &path, const Options &options, StorageError *error)
{
    auto fail = [error](StorageError::Kind kind, const QString &message, const QString &detail) {
        return failedOpen(error, kind, message, detail);
    };

    if (path.isEmpty())
        return fail(StorageError::Kind::CannotOpen, cannotOpenMessage(path), u"empty path"_s);

    // A broken set is a build mistake; find it before anything exists on disk (or on the server).
    QSet<QString> scopes;
    for (const MigrationSet *set : options.migrations) {
        if (!set || !set->isValid() || scopes.contains(set->scope())) {
            const QString why = !set ? u"a migration set is null"_s
                : !set->isValid()    ? set->whyInvalid()
                                     : u"scope "_s + set->scope() + u" given twice"_s;
            return fail(StorageError::Kind::MigrationFailed,
                QCoreApplication::translate("saduak::Database",
                    "Saduak could not upgrade its database: its list of changes is "
                    "damaged. The data was not changed; please contact technical support."),
                (isPostgresLocation(path) ? u"database "_s : u"file "_s) + displayLocation(path)
                    + u": "_s + why);
        }
        scopes.insert(set->scope());
    }

    std::unique_ptr<Database> db = isPostgresLocation(path) ? openPostgres(path, options, error)
                                                            : openSqlite(path, options, error);
    if (!db || !db->migrateAll(options, error))
        return nullptr;
    return db;
}

std::unique_ptr<Database> Database::openSqlite(
    const QString &path, const Options &options, StorageError *error)
{
    auto fail = [error](StorageError::Kind kind, const QString &message, const QString &detail) {
        return failedOpen(error, kind, message, detail);
    };

    // ":memory:" is allowed for tests of other libraries; it has no file, folder or WAL.
    const bool inMemory = path == u":memory:"_s;
    if (!inMemory) {
        const QFileInfo info(path);
        if (info.isDir())
            return fail(StorageError::Kind::CannotOpen, cannotOpenMessage(path),
                u"file "_s + path + u": is a folder"_s);
        if (options.readOnly && !info.exists())
            return fail(StorageError::Kind::CannotOpen, cannotOpenMessage(path),
                u"file "_s + path + u": does not exist (read-only open creates nothing)"_s);
        if (!options.readOnly && !QDir().mkpath(info.absolutePath()))
            return fail(StorageError::Kind::CannotOpen, cannotOpenMessage(path),
                u"file "_s + path + u": cannot create folder "_s + info.absolutePath());
        QString why;
        int systemError = 0;
        if (!options.readOnly && !keepPrivate(path, &why, &systemError)) {
            // A read-only file (or one of another user) is said as such, not as "damaged".
            const StorageFault::Cause cause = StorageFault::fromErrno(systemError);
            return fail(StorageError::Kind::CannotOpen,
                cause == StorageFault::Cause::None ? cannotOpenMessage(path)
                                                   : StorageFault::message(cause, path),
                u"file "_s + path + u": "_s + why);
        }
    }

    static std::atomic<quint64> s_connections {0};
    const QString name = u"saduak.storage."_s + QString::number(++s_connections);
    std::unique_ptr<Database> db(new Database(path, name));
    db->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    if (!db->m_db.isValid())
        return fail(StorageError::Kind::CannotOpen, cannotOpenMessage(path),
            u"the Qt SQLite driver (QSQLITE) is not available"_s);
    db->m_db.setDatabaseName(path);
    QString connectOptions = u"QSQLITE_BUSY_TIMEOUT="_s + QString::number(kBusyTimeoutMs);
    if (options.readOnly)
        connectOptions += u";QSQLITE_OPEN_READONLY"_s;
    db->m_db.setConnectOptions(connectOptions);
    if (!db->m_db.open())
        return fail(StorageError::Kind::CannotOpen, cannotOpenMessage(path),
            u"file "_s + path + u": "_s + db->m_db.lastError().text());
    const QVariant handle = db->m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        db->m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    if (!db->m_handle)
        return fail(StorageError::Kind::CannotOpen, cannotOpenMessage(path),
            u"the QSQLITE driver gave no sqlite3* handle"_s);

    // Before anything reads a table: a damaged page would read as fewer rows (a queue of 121 as
    // empty) or fail later, half-way through a day. A file that is no database at all, or a disk
    // that refuses SQLite's shared-memory index, is left for the version check to name.
    if (!inMemory) {
        const DatabaseCheck::Result check
            = DatabaseCheck::run(db->m_handle, DatabaseCheck::Depth::Quick);
        if (check.ran && !check.whole())
            return fail(StorageError::Kind::Damaged,
                QCoreApplication::translate("saduak::Database",
                    "The database file %1 is damaged: %2. Saduak does not start on a damaged "
                    "file, so nothing more is lost. Keep the file for technical support and "
                    "restore the latest backup (README, \"Backup, check and restore\").")
                    .arg(QDir::toNativeSeparators(path), check.problems.first()),
                u"file "_s + path + u": PRAGMA quick_check found: "_s
                    + check.problems.join(u"; "_s));
    }

    Migrator migrator(db->m_db, db->m_handle);

    // Nothing has written yet: QSQLITE's open runs no SQL, and the checks only read. A file from a
    // newer Saduak is refused here, before the journal_mode switch or any migration touches it.
    for (const MigrationSet *set : options.migrations) {
        if (!migrator.checkNotNewer(*set, error))
            return nullptr;
    }

    QString result;
    QString message;
    if (!options.readOnly && !inMemory) {
        // Switching a new file to WAL upgrades a read lock to a write lock, and for that SQLite
        // answers SQLITE_BUSY at once instead of calling the busy handler (it cannot know the
        // other side is not waiting for us). Two programs creating the file together meet this,
        // so wait as the busy handler would have.
        bool switched = false;
        int code = SQLITE_OK;
        for (int waitedMs = 0;; waitedMs += 10) {
            result.clear();
            switched = pragma(db->m_handle, "PRAGMA journal_mode = WAL", &result, &message, &code);
            if (switched || (code & 0xff) != SQLITE_BUSY || waitedMs >= kBusyTimeoutMs)
                break;
            sqlite3_sleep(10);
        }
        if (!switched)
            return fail(StorageError::Kind::CannotOpen, cannotOpenMessage(path),
                u"file "_s + path + u": PRAGMA journal_mode = WAL failed: "_s + message);
        // SQLite stays in its old mode where WAL cannot work (some network file systems); the
        // rest of the system relies on WAL's readers-do-not-block-the-writer.
        if (result.compare(u"wal"_s, Qt::CaseInsensitive) != 0)
            return fail(StorageError::Kind::CannotOpen, cannotOpenMessage(path),
                u"file "_s + path + u": journal_mode stayed '"_s + result
                    + u"', WAL is required (is the file on a network drive?)"_s);
    }
    const QByteArray busyTimeout = "PRAGMA busy_timeout = " + QByteArray::number(kBusyTimeoutMs);
    const char *const pragmas[]
        = {"PRAGMA foreign_keys = ON", busyTimeout.constData(), "PRAGMA synchronous = FULL"};
    for (const char *sql : pragmas) {
        if (!pragma(db->m_handle, sql, nullptr, &message))
            return fail(StorageError::Kind::CannotOpen, cannotOpenMessage(path),
                u"file "_s + path + u": "_s + QString::fromUtf8(sql) + u" failed: "_s + message);
    }

    // A file SQLite could open only for reading (write-protected, a read-only mount) would start
    // and then fail every command; a write lock that cannot be taken (no -wal or -shm in a
    // read-only folder) likewise. Both are refused now, with the path and what to do. A busy
    // lock is not a fault of the file, and the migrations below wait for it anyway.
    if (!options.readOnly && !inMemory) {
        int code = SQLITE_OK;
        if (sqlite3_db_readonly(db->m_handle, "main") == 1)
            return fail(StorageError::Kind::CannotOpen,
                StorageFault::message(StorageFault::Cause::NotWritable, path),
                u"file "_s + path + u": SQLite opened it read-only"_s);
        if (!pragma(db->m_handle, "BEGIN IMMEDIATE", nullptr, &message, &code)) {
            const StorageFault::Cause cause = StorageFault::fromSqlite(db->m_handle, code);
            if (cause != StorageFault::Cause::None)
                return fail(StorageError::Kind::CannotOpen, StorageFault::message(cause, path),
                    u"file "_s + path + u": BEGIN IMMEDIATE failed: "_s + message);
        } else {
            pragma(db->m_handle, "ROLLBACK", nullptr, &message);
        }
    }

    return db;
}

bool Database::isPostgresLocation(const QString &location)
{
    return location.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
        || location.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

QString Database::displayLocation(const QString &location)
{
    if (!isPostgresLocation(location))
        return location;
    QUrl url(location, QUrl::StrictMode);
    if (!url.isValid()) // QUrl says nothing of an invalid one; the text may hold the password
        return u"postgresql://(unreadable address)"_s;
    url.setPassword(QString());
    return url.toString();
}

std::unique_ptr<Database> Database::openPostgres(
    const QString &location, const Options &options, StorageError *error)
{
    // Never the password: detail goes to logs and terminals.
    const QUrl url(location, QUrl::StrictMode);
    QString where = u"(unreadable address)"_s;
    if (url.isValid() && url.host().isEmpty())
        where = u"local socket, "_s + url.path().mid(1);
    else if (url.isValid())
        where = url.host() + u':' + QString::number(url.port(5432)) + url.path();
    auto fail = [&](const QString &message, const QString &detail) {
        if (error) {
            error->kind = StorageError::Kind::CannotOpen;
            error->message = message;
            error->detail = detail;
        }
        return std::unique_ptr<Database>();
    };
    const QString cannotReach = QCoreApplication::translate("saduak::Database",
        "Saduak could not connect to its database server (%1). Check that PostgreSQL is running "
        "there, that this computer may connect to it, and the user name and password; if this "
        "happens again, contact technical support.")
                                    .arg(where);

    const QString database = url.path(QUrl::FullyDecoded).mid(1);
    if (!url.isValid() || database.isEmpty() || database.contains(u'/')) {
        return fail(QCoreApplication::translate("saduak::Database",
                        "The database address is not valid. Write it as "
                        "postgresql://user@host:port/database."),
            u"database URL "_s + displayLocation(location)
                + u": expected postgresql://user[:password]@host[:port]/dbname"_s);
    }

    static std::atomic<quint64> s_connections {0};
    const QString name = u"saduak.storage.pg."_s + QString::number(++s_connections);
    std::unique_ptr<Database> db(new Database(location, name));
    db->m_backend = Backend::Postgres;
    db->m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    if (!db->m_db.isValid())
        return fail(QCoreApplication::translate("saduak::Database",
                        "Saduak cannot use a PostgreSQL database on this computer: Qt's PostgreSQL "
                        "driver is not installed (Debian package libqt6sql6-psql)."),
            u"database "_s + where + u": the Qt PostgreSQL driver (QPSQL) is not available"_s);

    // An empty host is libpq's default (the local socket); ?host=/run/postgresql as well.
    db->m_db.setHostName(url.host());
    db->m_db.setPort(url.port(5432));
    db->m_db.setDatabaseName(database);
    db->m_db.setUserName(url.userName(QUrl::FullyDecoded));
    // libpq would read PGPASSWORD by itself; said here so the rule is visible.
    const QString password = url.password(QUrl::FullyDecoded);
    db->m_db.setPassword(password.isEmpty() ? qEnvironmentVariable("PGPASSWORD") : password);
    // Other libpq settings (sslmode, sslrootcert, application_name...) ride in the query. A
    // server that does not answer must not hang the start: connect_timeout unless one is given.
    QStringList connectOptions;
    bool timeoutGiven = false;
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        connectOptions << key + u'=' + value;
        timeoutGiven = timeoutGiven || key == u"connect_timeout"_s;
    }
    if (!timeoutGiven)
        connectOptions << u"connect_timeout=10"_s;
    db->m_db.setConnectOptions(connectOptions.join(u';'));
    if (!db->m_db.open())
        return fail(cannotReach,
            u"database "_s + displayLocation(location) + u": "_s + db->m_db.lastError().text());

    db->m_readOnly = options.readOnly;
    QString sessionProblem;
    if (!postgresSession(db->m_db, options.readOnly, &sessionProblem))
        return fail(
            cannotReach, u"database "_s + displayLocation(location) + u": "_s + sessionProblem);

    // Before any migration of any set writes: a database of a newer Saduak is left untouched.
    Migrator migrator(db->m_db, nullptr);
    for (const MigrationSet *set : options.migrations) {
        if (!migrator.checkNotNewer(*set, error))
            return nullptr;
    }
    return db;
}

bool Database::migrateAll(const Options &options, StorageError *error)
{
    Migrator migrator(m_db, m_handle);
    for (const MigrationSet *set : options.migrations) {
        if (options.readOnly) {
            const int applied = migrator.appliedVersion(set->scope());
            if (applied == set->latestVersion())
                continue;
            if (error) {
                error->kind = StorageError::Kind::CannotOpen;
                error->message = isPostgres()
                    ? QCoreApplication::translate("saduak::Database",
                        "Saduak could not open its database %1 for reading: it needs an "
                        "upgrade first. Start Saduak normally once with this database.")
                          .arg(displayLocation())
                    : QCoreApplication::translate("saduak::Database",
                        "Saduak could not open its database file %1 for reading: it "
                        "needs an upgrade first. Start Saduak normally once on this PC.")
                          .arg(QDir::toNativeSeparators(m_path));
                error->detail = (isPostgres() ? u"database "_s : u"file "_s) + displayLocation()
                    + u": read-only open, scope "_s + set->scope() + u" is at version "_s
                    + QString::number(applied) + u", the set has "_s
                    + QString::number(set->latestVersion());
            }
            return false;
        } else if (!migrator.migrate(*set, error)) {
            return false;
        }
    }
    return true;
}

QSqlDatabase Database::connection() const
{
    return m_db;
}

sqlite3 *Database::handle() const
{
    return m_handle;
}

PreparedQuery Database::prepared(const QString &sql)
{
    const auto kept = m_statements.constFind(sql);
    if (kept != m_statements.cend() && !(*kept)->inUse)
        return PreparedQuery(&(*kept)->query, &(*kept)->inUse);

    auto query = std::make_unique<QSqlQuery>(m_db);
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        // exec() on it fails too, but with a vaguer message than this one.
        qWarning("saduak.storage: cannot prepare statement: %s in: %s",
            qPrintable(query->lastError().text()), qPrintable(sql));
        return PreparedQuery(std::move(query));
    }
    if (kept != m_statements.cend()) // the kept one is in use further up the stack
        return PreparedQuery(std::move(query));
    const auto inserted
        = m_statements.insert(sql, std::make_shared<KeptStatement>(std::move(*query)));
    return PreparedQuery(&(*inserted)->query, &(*inserted)->inUse);
}

int Database::schemaVersion(const QString &scope) const
{
    return Migrator(m_db, m_handle).appliedVersion(scope);
}

bool Database::isAlive() const
{
    if (!m_db.isOpen())
        return false;
    QSqlQuery probe(m_db);
    return probe.exec(u"SELECT 1"_s) && probe.next();
}

bool Database::reopen(StorageError *error)
{
    auto fail = [&](const QString &detail) {
        if (error) {
            error->kind = StorageError::Kind::CannotOpen;
            error->message = QCoreApplication::translate("saduak::Database",
                "Saduak could not connect to its database server (%1). Check that PostgreSQL is "
                "running there, that this computer may connect to it, and the user name and "
                "password; if this happens again, contact technical support.")
                                 .arg(displayLocation());
            error->detail = u"database "_s + displayLocation() + u": "_s + detail;
        }
        return false;
    };
    if (!isPostgres())
        return fail(u"only a PostgreSQL connection is reopened"_s);
    // The kept statements were prepared on the server of the old connection.
    m_statements.clear();
    m_db.close();
    if (!m_db.open())
        return fail(m_db.lastError().text());
    QString why;
    if (!postgresSession(m_db, m_readOnly, &why)) {
        m_db.close();
        return fail(why);
    }
    return true;
}

} // namespace saduak
