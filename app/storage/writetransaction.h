#pragma once

#include <QSqlDatabase>
#include <QString>

namespace saduak {

// A write transaction that takes the write lock at once (BEGIN IMMEDIATE): a deferred transaction
// that later upgrades can fail with SQLITE_BUSY_SNAPSHOT in WAL mode. Rolls back unless committed.
// On PostgreSQL (a QPSQL connection) it is a plain BEGIN at READ COMMITTED.
//   WriteTransaction tx(db);
//   if (!tx.isActive()) ...;  ... writes ...;  if (!tx.commit()) ...;
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    QString errorText() const { return m_error; } // the engine's message, for the log

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace saduak
