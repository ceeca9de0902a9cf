#pragma once

#include <QString>

struct sqlite3;

namespace saduak {

// Why the file system refused a write, in words a person can act on. A full disk, a read-only
// folder and a damaged file each need a different fix; one "may be damaged" for all of them sends
// an operator to restore a backup when making room on the disk was all it took.
class StorageFault
{
public:
    enum class Cause {
        None, // nothing the file system said: the caller's own message stands
        DiskFull, // ENOSPC, EDQUOT, or the process's file-size limit (EFBIG)
        NotWritable, // read-only file system, no permission
        NoFolder, // a part of the path is missing or is a file
    };

    // From an errno value.
    static Cause fromErrno(int error);
    // From what SQLite answered (rc, extended or not) and the errno of its last system call.
    static Cause fromSqlite(sqlite3 *handle, int rc);
    // Creates and removes a file of one byte in folder to learn why files cannot be made there:
    // None when one can.
    static Cause probeFolder(const QString &folder);

    // For the person at the counter or the operator (translated): what is wrong with path and
    // what to do. Empty for None.
    static QString message(Cause cause, const QString &path);
    // For the log: the cause's name.
    static QString name(Cause cause);
};

} // namespace saduak
