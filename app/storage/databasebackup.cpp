#include "databasebackup.h"

#include "databasecheck.h"
#include "storagefault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("saduak::DatabaseBackup", text);
}

bool syncPath(const QByteArray &path, int flags)
{
    const int fd = ::open(path.constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

} // namespace

DatabaseBackup::Result DatabaseBackup::copy(const QString &source, const QString &target)
{
    Result result;
    const QString shownSource = QDir::toNativeSeparators(source);
    const QString shownTarget = QDir::toNativeSeparators(target);
    if (!QFileInfo(source).isFile()) {
        result.why = translated(
            QT_TRANSLATE_NOOP("saduak::DatabaseBackup", "There is no database file %1 to back up."))
                         .arg(shownSource);
        return result;
    }
    if (QFileInfo::exists(target)) {
        result.why = translated(
            QT_TRANSLATE_NOOP("saduak::DatabaseBackup",
                "%1 exists already; a backup never overwrites a file. Give a new name."))
                         .arg(shownTarget);
        return result;
    }
    const QFileInfo targetInfo(target);
    if (!targetInfo.absoluteDir().exists()) {
        result.why = translated(QT_TRANSLATE_NOOP("saduak::DatabaseBackup",
                                    "The folder %1 for the backup does not exist."))
                         .arg(QDir::toNativeSeparators(targetInfo.absolutePath()));
        return result;
    }

    // Made empty and private first: VACUUM INTO writes into an empty file and keeps its mode.
    const QString partial = target + u".partial"_s;
    const QByteArray partialName = QFile::encodeName(partial);
    const int fd = ::open(partialName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        const StorageFault::Cause cause = StorageFault::fromErrno(errno);
        result.why = cause != StorageFault::Cause::None
            ? StorageFault::message(cause, partial)
            : translated(QT_TRANSLATE_NOOP(
                             "saduak::DatabaseBackup", "The backup file %1 could not be made."))
                  .arg(QDir::toNativeSeparators(partial));
        return result;
    }
    ::close(fd);
    auto failed = [&](const QString &why) {
        QFile::remove(partial);
        result.why = why;
        return result;
    };

    // Read-write without create, though it only reads: a read-only connection that is the last
    // one on a WAL file leaves an empty -wal and -shm behind.
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(
        QFile::encodeName(source).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    QString sqliteWhy;
    StorageFault::Cause cause = StorageFault::Cause::None;
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(db, 5000);
        sqlite3_stmt *vacuum = nullptr;
        rc = sqlite3_prepare_v2(db, "VACUUM INTO ?", -1, &vacuum, nullptr);
        if (rc == SQLITE_OK) {
            sqlite3_bind_text(
                vacuum, 1, partialName.constData(), int(partialName.size()), SQLITE_TRANSIENT);
            rc = sqlite3_step(vacuum);
            if (rc == SQLITE_DONE)
                rc = SQLITE_OK;
        }
        sqlite3_finalize(vacuum);
        if (rc != SQLITE_OK) {
            sqliteWhy = QString::fromUtf8(sqlite3_errmsg(db));
            cause = StorageFault::fromSqlite(db, sqlite3_extended_errcode(db));
        }
    } else {
        sqliteWhy = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    }
    sqlite3_close(db);
    if (rc != SQLITE_OK) {
        if (cause != StorageFault::Cause::None)
            return failed(StorageFault::message(cause, partial));
        return failed(
            translated(QT_TRANSLATE_NOOP("saduak::DatabaseBackup",
                           "%1 could not be copied (SQLite: %2). Check it with the check command."))
                .arg(shownSource, sqliteWhy));
    }

    if (!syncPath(partialName, O_RDONLY))
        return failed(translated(QT_TRANSLATE_NOOP("saduak::DatabaseBackup",
                                     "The backup %1 could not be written to the disk."))
                          .arg(shownTarget));
    const DatabaseCheck::Result check
        = DatabaseCheck::runOnFile(partial, DatabaseCheck::Depth::Quick);
    if (!check.whole())
        return failed(translated(QT_TRANSLATE_NOOP("saduak::DatabaseBackup",
                                     "The copy of %1 is not whole (%2); it was not kept."))
                          .arg(shownSource, check.ran ? check.problems.value(0) : check.why));
    // link, not rename: a file that took the name meanwhile is never replaced.
    if (::link(partialName.constData(), QFile::encodeName(target).constData()) != 0)
        return failed(translated(QT_TRANSLATE_NOOP("saduak::DatabaseBackup",
                                     "The backup could not be given its name %1."))
                          .arg(shownTarget));
    QFile::remove(partial);
    syncPath(QFile::encodeName(targetInfo.absolutePath()), O_RDONLY | O_DIRECTORY);
    result.ok = true;
    result.bytes = QFileInfo(target).size();
    return result;
}

} // namespace saduak
