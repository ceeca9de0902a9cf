#include "commandtransaction.h"

#include <storage/database.h>

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace saduak {

CommandTransaction::CommandTransaction(Database &db, bool inBatch) : m_db(db), m_inBatch(inBatch)
{
    // BEGIN IMMEDIATE, not a deferred BEGIN: see WriteTransaction.
    m_active = execute(m_inBatch ? u"SAVEPOINT queue_command"_s : u"BEGIN IMMEDIATE"_s);
}

CommandTransaction::~CommandTransaction()
{
    if (!m_active)
        return;
    // After some failures (an I/O error) SQLite has rolled back the whole transaction already;
    // the statements below then fail, and the batch's COMMIT fails too, so nothing is kept.
    if (m_inBatch) {
        execute(u"ROLLBACK TO queue_command"_s);
        execute(u"RELEASE queue_command"_s);
    } else {
        execute(u"ROLLBACK"_s);
    }
}

bool CommandTransaction::commit()
{
    if (!m_active) {
        m_error = u"commit without an active transaction"_s;
        return false;
    }
    // On failure (SQLITE_BUSY, a full disk) the transaction stays ours to roll back.
    if (!execute(m_inBatch ? u"RELEASE queue_command"_s : u"COMMIT"_s))
        return false;
    m_active = false;
    return true;
}

bool CommandTransaction::execute(const QString &sql)
{
    PreparedQuery query = m_db.prepared(sql);
    if (query->exec())
        return true;
    m_error = query->lastError().text();
    return false;
}

} // namespace saduak
