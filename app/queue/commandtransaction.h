#pragma once

#include <QString>

namespace saduak {

class Database;

// The transaction of one queue command. Alone it is its own BEGIN IMMEDIATE … COMMIT. Inside a
// batch (QueueManager::beginBatch, the hub's group commit) it is a SAVEPOINT … RELEASE in the
// batch's transaction: the command's writes stay all or nothing, and a command that fails rolls
// back to its savepoint without touching the commands before it, while the batch pays for one
// COMMIT (one fsync) for all. Rolls back unless committed.
class CommandTransaction
{
public:
    CommandTransaction(Database &db, bool inBatch);
    ~CommandTransaction();
    CommandTransaction(const CommandTransaction &) = delete;
    CommandTransaction &operator=(const CommandTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit(); // COMMIT, or RELEASE of the savepoint (durable only with the batch's COMMIT)
    QString errorText() const { return m_error; } // SQLite's message, for the log

private:
    bool execute(const QString &sql);

    Database &m_db;
    bool m_inBatch = false;
    bool m_active = false;
    QString m_error;
};

} // namespace saduak
