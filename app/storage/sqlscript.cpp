#include "sqlscript.h"

#include <QByteArray>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

// The text SQLite hands back for a statement starts where the previous one ended, so it carries
// the comments above it; a log line is easier to read without them.
QString readableStatement(const char *begin, const char *end)
{
    QString text = QString::fromUtf8(begin, end - begin).trimmed();
    for (;;) {
        if (text.startsWith(u"--"_s)) {
            const qsizetype newline = text.indexOf(u'\n');
            text = newline < 0 ? QString() : text.mid(newline + 1).trimmed();
        } else if (text.startsWith(u"/*"_s)) {
            const qsizetype close = text.indexOf(u"*/"_s, 2);
            text = close < 0 ? QString() : text.mid(close + 2).trimmed();
        } else {
            return text;
        }
    }
}

// When prepare fails, SQLite's tail points where the parser stopped, which may be inside the
// statement; run on to its ';' so the log shows the whole statement.
const char *statementEnd(const char *tail, const char *begin, const char *end)
{
    if (!tail || tail <= begin || tail > end)
        return end;
    const char *p = tail;
    while (p > begin && (p[-1] == ' ' || p[-1] == '\n' || p[-1] == '\r' || p[-1] == '\t'))
        --p;
    if (p > begin && p[-1] == ';')
        return tail;
    while (p < end && *p != ';')
        ++p;
    return p < end ? p + 1 : end;
}

} // namespace

QStringList SqlScript::split(const QString &sql)
{
    QStringList statements;
    const QByteArray utf8 = sql.toUtf8();
    qsizetype start = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8.at(i) != ';')
            continue;
        // sqlite3_complete says whether this ';' ends a statement (not one in a string, a comment
        // or a trigger body); it needs a NUL-terminated copy of the piece.
        const QByteArray piece = utf8.mid(start, i + 1 - start);
        if (!sqlite3_complete(piece.constData()))
            continue;
        const QString text = readableStatement(piece.constData(), piece.constData() + piece.size());
        if (!text.isEmpty() && text != u";"_s)
            statements.append(text);
        start = i + 1;
    }
    // A last statement without ';' (or only comments and whitespace).
    const QByteArray rest = utf8.mid(start);
    const QString text = readableStatement(rest.constData(), rest.constData() + rest.size());
    if (!text.isEmpty())
        statements.append(text);
    return statements;
}

bool SqlScript::run(
    sqlite3 *handle, const QString &sql, QString *failedStatement, QString *sqliteMessage)
{
    auto fail = [&](const char *begin, const char *end, const char *message) {
        if (failedStatement)
            *failedStatement = readableStatement(begin, end);
        if (sqliteMessage)
            *sqliteMessage = QString::fromUtf8(message);
        return false;
    };
    if (!handle)
        return fail(nullptr, nullptr, "no database connection");

    const QByteArray utf8 = sql.toUtf8();
    const char *next = utf8.constData();
    const char *const end = next + utf8.size();
    while (next < end) {
        sqlite3_stmt *statement = nullptr;
        const char *tail = nullptr;
        const int prepared = sqlite3_prepare_v2(handle, next, int(end - next), &statement, &tail);
        if (prepared != SQLITE_OK)
            return fail(next, statementEnd(tail, next, end), sqlite3_errmsg(handle));
        if (!statement) {
            // Only whitespace or comments were left.
            if (!tail || tail <= next)
                break;
            next = tail;
            continue;
        }
        int stepped = SQLITE_ROW;
        while (stepped == SQLITE_ROW)
            stepped = sqlite3_step(statement);
        if (stepped != SQLITE_DONE) {
            // The message belongs to the step; finalize afterwards so it is not overwritten.
            const QByteArray message = sqlite3_errmsg(handle);
            sqlite3_finalize(statement);
            return fail(next, tail ? tail : end, message.constData());
        }
        sqlite3_finalize(statement);
        if (!tail || tail <= next)
            break;
        next = tail;
    }
    if (failedStatement)
        failedStatement->clear();
    if (sqliteMessage)
        sqliteMessage->clear();
    return true;
}

} // namespace saduak
