#pragma once

#include <QString>
#include <QStringList>

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

    // The statements of a script, each with its ';', split where SQLite's parser would end them
    // (sqlite3_complete: strings, comments and a trigger's BEGIN ... END are understood), without
    // a connection. For running a script on PostgreSQL through QtSql, one statement at a time.
    // Pieces of only whitespace and comments are left out.
    static QStringList split(const QString &sql);
};

} // namespace saduak
