#pragma once

#include <QString>
#include <QStringList>

struct sqlite3;

namespace saduak {

// SQLite's own check of a database file: PRAGMA quick_check (every page's structure, fast enough
// to run at every start: docs/performance.md, "Checking a database at start") or PRAGMA
// integrity_check (also every index against its table, on demand: saduak-hub check). A damaged
// page found here is a refused start instead of a queue that reads as empty.
class DatabaseCheck
{
public:
    enum class Depth { Quick, Full };

    struct Result
    {
        bool ran = false; // false: the check itself could not run (why, sqliteCode)
        QStringList problems; // what SQLite found, at most kMaxProblems lines; empty: whole
        QString why; // when it did not run: SQLite's message
        int sqliteCode = 0; // when it did not run: SQLite's extended code
        bool whole() const { return ran && problems.isEmpty(); }
    };

    static constexpr int kMaxProblems = 20;

    // On an open connection (reads only).
    static Result run(sqlite3 *handle, Depth depth);
    // Opens path on its own, reading only (beside a live hub, no lock, no migration: a damaged file
    // must still be checkable) and checks it.
    static Result runOnFile(const QString &path, Depth depth);
};

} // namespace saduak
