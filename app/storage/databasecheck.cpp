#include "databasecheck.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace saduak {

DatabaseCheck::Result DatabaseCheck::run(sqlite3 *handle, Depth depth)
{
    Result result;
    const QByteArray sql = "PRAGMA " + QByteArray(depth == Depth::Quick ? "quick_check" : "integrity_check")
        + "(" + QByteArray::number(kMaxProblems) + ")";
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_prepare_v2(handle, sql.constData(), -1, &statement, nullptr);
    QStringList lines;
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
            // One row may hold several findings, one a line, under a "*** in database main ***"
            // heading that says nothing to a reader.
            for (const QString &line : QString::fromUtf8(text ? text : "").split(u'\n')) {
                if (!line.trimmed().isEmpty() && !line.startsWith(u"*** "_s))
                    lines << line.trimmed();
            }
        }
    }
    const int code = sqlite3_extended_errcode(handle);
    const QString message = QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(statement);
    if (rc == SQLITE_DONE) {
        result.ran = true;
        if (!(lines.size() == 1 && lines.first() == u"ok"_s))
            result.problems = lines;
        return result;
    }
    // A page so damaged that the check stops on it is damage too; anything else (a full disk
    // while SQLite builds its shared-memory index, a file that is no database) is not a finding.
    if ((code & 0xff) == SQLITE_CORRUPT) {
        result.ran = true;
        result.problems = lines << message;
        return result;
    }
    result.why = message;
    result.sqliteCode = code;
    return result;
}

DatabaseCheck::Result DatabaseCheck::runOnFile(const QString &path, Depth depth)
{
    Result result;
    if (!QFileInfo(path).isFile()) {
        result.why = u"no such file"_s;
        result.sqliteCode = SQLITE_CANTOPEN;
        return result;
    }
    // Read-write without create, though it only reads: a read-only connection leaves an empty
    // -wal and -shm behind when it was the last one, and the file looked untouched before.
    sqlite3 *handle = nullptr;
    const int rc = sqlite3_open_v2(
        QFile::encodeName(path).constData(), &handle, SQLITE_OPEN_READWRITE, nullptr);
    if (rc != SQLITE_OK) {
        result.why = QString::fromUtf8(handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc));
        result.sqliteCode = rc;
        sqlite3_close(handle);
        return result;
    }
    sqlite3_busy_timeout(handle, 5000);
    result = run(handle, depth);
    sqlite3_close(handle);
    return result;
}

} // namespace saduak
