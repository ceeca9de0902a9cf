#include "writetransaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

bool execute(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

WriteTransaction::WriteTransaction(QSqlDatabase db) : m_db(std::move(db))
{
    // Not QSqlDatabase::transaction(): QSQLITE sends a plain (deferred) BEGIN, which takes the
    // write lock only at the first write and can then fail with SQLITE_BUSY_SNAPSHOT.
    // PostgreSQL has no database write lock to take: a plain BEGIN (READ COMMITTED), whose
    // writers meet on row locks and unique keys (INSERT ... ON CONFLICT waits for the other
    // transaction, then sees its row); a writer that needs more order takes an advisory lock.
    m_active = execute(
        m_db, m_db.driverName() == u"QPSQL"_s ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s, &m_error);
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

bool WriteTransaction::commit()
{
    if (!m_active) {
        m_error = u"commit without an active transaction"_s;
        return false;
    }
    // On failure (SQLITE_BUSY, a full disk) the transaction stays ours to roll back.
    if (!execute(m_db, u"COMMIT"_s, &m_error))
        return false;
    m_active = false;
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    // After some failures (an I/O error) SQLite has already rolled back and ROLLBACK reports
    // that no transaction is active; either way none is left.
    QString error;
    if (!execute(m_db, u"ROLLBACK"_s, &error))
        m_error = error;
}

} // namespace saduak
