#pragma once

#include <QString>

struct sqlite3;

namespace saduak {

// Runs a script of several SQL statements on an open connection, statement by statement, split by
// SQLite's own parser. Runs inside whatever transaction the caller holds; opens none itself.
// On failure returns false and sets failedStatement (the text) and sqliteMessage.
class SqlScript
{
public:
    static bool run(sqlite3 *handle, const QString &sql, QString *failedStatement = nullptr,
        QString *sqliteMessage = nullptr);
};

} // namespace saduak
