#include "storagefault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace saduak {

StorageFault::Cause StorageFault::fromErrno(int error)
{
    switch (error) {
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
        return Cause::DiskFull;
    case EROFS:
    case EACCES:
    case EPERM:
        return Cause::NotWritable;
    case ENOENT:
    case ENOTDIR:
        return Cause::NoFolder;
    default:
        return Cause::None;
    }
}

StorageFault::Cause StorageFault::fromSqlite(sqlite3 *handle, int rc)
{
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return Cause::DiskFull;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Cause::NotWritable;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
        // SQLite says only that a system call failed; errno says which fault it was.
        return handle ? fromErrno(sqlite3_system_errno(handle)) : Cause::None;
    default:
        return Cause::None;
    }
}

StorageFault::Cause StorageFault::probeFolder(const QString &folder)
{
    const QByteArray probe = QFile::encodeName(
        QDir(folder).filePath(u".saduak-write-probe-"_s + QString::number(::getpid())));
    const int fd = ::open(probe.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return fromErrno(errno);
    // Creating a file on a full disk often works (inodes are left); its first byte does not.
    const bool written = ::write(fd, "x", 1) == 1 && ::fsync(fd) == 0;
    const int error = errno;
    ::close(fd);
    ::unlink(probe.constData());
    return written ? Cause::None : fromErrno(error);
}

QString StorageFault::message(Cause cause, const QString &path)
{
    const QString where = QDir::toNativeSeparators(path);
    switch (cause) {
    case Cause::None:
        return {};
    case Cause::DiskFull:
        return QCoreApplication::translate("saduak::StorageFault",
            "The disk that holds %1 is full (or the file may not grow any more). Make room on "
            "it, then start Saduak again; nothing was changed.")
            .arg(where);
    case Cause::NotWritable:
        return QCoreApplication::translate("saduak::StorageFault",
            "Saduak may not write %1: the file or its folder is read-only or belongs to another "
            "user. Give the user Saduak runs as the right to write there (or choose another "
            "folder), then start Saduak again.")
            .arg(where);
    case Cause::NoFolder:
        return QCoreApplication::translate("saduak::StorageFault",
            "The folder of %1 cannot be used: a part of the path does not exist or is a file, "
            "not a folder. Check the path, then start Saduak again.")
            .arg(where);
    }
    return {};
}

QString StorageFault::name(Cause cause)
{
    switch (cause) {
    case Cause::None:
        return u"none"_s;
    case Cause::DiskFull:
        return u"disk full"_s;
    case Cause::NotWritable:
        return u"not writable"_s;
    case Cause::NoFolder:
        return u"no such folder"_s;
    }
    return {};
}

} // namespace saduak
