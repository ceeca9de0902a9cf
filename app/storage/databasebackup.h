#pragma once

#include <QString>

namespace saduak {

// A consistent copy of a live SQLite database (saduak-hub backup, saduak-central backup).
//
// VACUUM INTO rather than SQLite's backup API: it is one statement in one read transaction, so
// the copy is the database as of one moment while the hub goes on writing beside it (WAL readers
// do not block the writer); the backup API, stepped page by page, starts again whenever another
// process writes, which a busy hub may never stop doing, and run in one step it is the same
// snapshot with more code. VACUUM INTO also leaves free pages out. It does not fsync its output
// (SQLite's documentation says so), so the copy is written under a temporary name, synced, checked
// with quick_check and only then renamed to the name asked for: a copy that exists is whole.
class DatabaseBackup
{
public:
    struct Result
    {
        bool ok = false;
        QString why; // translated, when not ok
        qint64 bytes = 0; // the copy's size, when ok
    };

    // target must not exist (a backup never overwrites one); its folder must. The copy is made
    // readable by this user only (it holds personal data, as the database does).
    static Result copy(const QString &source, const QString &target);
};

} // namespace saduak
