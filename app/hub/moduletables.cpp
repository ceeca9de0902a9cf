#include "moduletables.h"

#include <storage/database.h>
#include <storage/readresult.h>
#include <storage/outbox.h>

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

struct AuthorizerState
{
    const ModuleTables *tables = nullptr;
    QString denied; // the first refusal, for why
};

int authorize(void *user, int action, const char *first, const char *, const char *, const char *)
{
    auto *state = static_cast<AuthorizerState *>(user);
    QString why;
    if (state->tables->allows(action, first, &why))
        return SQLITE_OK;
    if (state->denied.isEmpty())
        state->denied = why;
    return SQLITE_DENY;
}

// Installs the authorizer for the statements prepared while it lives (SQLite checks at prepare).
class AuthorizerScope
{
public:
    AuthorizerScope(sqlite3 *handle, AuthorizerState *state) : m_handle(handle)
    {
        if (m_handle)
            sqlite3_set_authorizer(m_handle, authorize, state);
    }
    ~AuthorizerScope()
    {
        if (m_handle)
            sqlite3_set_authorizer(m_handle, nullptr, nullptr);
    }
    AuthorizerScope(const AuthorizerScope &) = delete;
    AuthorizerScope &operator=(const AuthorizerScope &) = delete;

private:
    sqlite3 *m_handle;
};

} // namespace

ModuleTables::ModuleTables(Database &db, const QString &moduleId, bool readOnly)
    : m_db(db), m_moduleId(moduleId), m_prefix(tablePrefix(moduleId)), m_readOnly(readOnly)
{ }

QString ModuleTables::tablePrefix(const QString &moduleId)
{
    QString prefix = moduleId;
    prefix.replace(u'-', u'_');
    return prefix + u'_';
}

bool ModuleTables::allows(int action, const char *first, QString *why) const
{
    const QString table = QString::fromUtf8(first ? first : "");
    switch (action) {
    case SQLITE_SELECT:
    case SQLITE_FUNCTION:
    case SQLITE_RECURSIVE:
        return true;
    case SQLITE_READ:
    case SQLITE_INSERT:
    case SQLITE_UPDATE:
    case SQLITE_DELETE:
        if (m_readOnly && action != SQLITE_READ) {
            *why = u"a query reads only; \"%1\" would change it"_s.arg(table);
            return false;
        }
        // sqlite_sequence: SQLite's own book of AUTOINCREMENT numbers for the module's tables.
        if (table.startsWith(m_prefix, Qt::CaseInsensitive) || table == u"sqlite_sequence"_s)
            return true;
        *why = u"the table \"%1\" is not the module's (its tables start with \"%2\")"_s.arg(
            table, m_prefix);
        return false;
    default:
        break;
    }
    *why = u"only SELECT, INSERT, UPDATE and DELETE on the module's tables are allowed here; "
           "tables are made by the module's migrations"_s;
    return false;
}

std::optional<SqlRows> ModuleTables::run(const QString &sql, const QVariantList &values, QString *why)
{
    AuthorizerState state {this, {}};
    QSqlQuery query(m_db.connection());
    bool prepared = false;
    {
        AuthorizerScope scope(m_db.handle(), &state);
        prepared = query.prepare(sql);
    }
    if (!prepared) {
        if (why)
            *why = state.denied.isEmpty() ? query.lastError().text() : state.denied;
        return std::nullopt;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        if (why)
            *why = query.lastError().text();
        return std::nullopt;
    }
    SqlRows result;
    if (query.isSelect()) {
        while (query.next()) {
            const QSqlRecord record = query.record();
            QVariantMap row;
            for (int i = 0; i < record.count(); ++i)
                row.insert(record.fieldName(i), record.value(i));
            result.rows.append(row);
        }
        if (readFailed(query)) { // a damaged page part-way: not a shorter answer
            if (why)
                *why = query.lastError().text();
            return std::nullopt;
        }
    } else {
        result.rowsAffected = query.numRowsAffected();
        result.lastInsertId = query.lastInsertId();
    }
    return result;
}

QString ModuleTables::appendOutbox(const QString &kind, const QJsonObject &payload, QString *why)
{
    if (m_readOnly) {
        if (why)
            *why = u"a query cannot write to the outbox"_s;
        return {};
    }
    OutboxRow row;
    row.kind = m_moduleId + u'.' + kind;
    row.payload = payload;
    return Outbox::append(m_db, row, why);
}

std::optional<QJsonObject> ModuleTables::referenceItem(const QString &dataset, const QString &key)
{
    // The sync client's copy (app/sync/migrations), read by the host for the module.
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT payload FROM sync_reference_item WHERE dataset = ? AND item_key = ?"_s);
    query.addBindValue(dataset);
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
}

QList<ReferenceItem> ModuleTables::referenceItems(
    const QString &dataset, const QString &keyPrefix, int limit)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT item_key, payload FROM sync_reference_item WHERE dataset = ?"
                  " AND substr(item_key, 1, ?) = ? ORDER BY item_key LIMIT ?"_s);
    query.addBindValue(dataset);
    query.addBindValue(keyPrefix.size());
    // A null QString binds as SQL NULL, which equals nothing: the default {} must mean "all".
    query.addBindValue(keyPrefix.isNull() ? u""_s : keyPrefix);
    query.addBindValue(std::max(0, limit));
    QList<ReferenceItem> items;
    if (!query.exec())
        return items;
    while (query.next())
        items.append({query.value(0).toString(),
            QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object()});
    return items;
}

} // namespace saduak
