#pragma once

#include <QSqlQuery>
#include <QString>
#include <memory>

namespace saduak {

// A statement of one connection, prepared once and kept by its Database (Database::prepared):
// parsing and planning the SQL is most of the CPU time of the small statements a queue command
// runs, so each is prepared the first time and only bound and run afterwards.
//
// Use it as a QSqlQuery (->, *) within one scope: bind by position, exec, read. Leaving the scope
// finishes the query (sqlite3_reset), which ends a SELECT's implicit read transaction: a kept
// statement left active would pin a WAL snapshot and stop checkpoints. Asked for the same SQL while
// the kept one is still in use (a nested call), Database hands out a fresh one instead.
class PreparedQuery
{
public:
    PreparedQuery(PreparedQuery &&other) noexcept;
    PreparedQuery &operator=(PreparedQuery &&) = delete;
    PreparedQuery(const PreparedQuery &) = delete;
    PreparedQuery &operator=(const PreparedQuery &) = delete;
    ~PreparedQuery();

    QSqlQuery &operator*() const { return *m_query; }
    QSqlQuery *operator->() const { return m_query; }

private:
    friend class Database;
    PreparedQuery(QSqlQuery *kept, bool *inUse); // a kept statement, marked in use
    explicit PreparedQuery(std::unique_ptr<QSqlQuery> fresh); // a one-off

    QSqlQuery *m_query = nullptr;
    bool *m_inUse = nullptr; // the kept statement's flag, cleared on destruction
    std::unique_ptr<QSqlQuery> m_fresh;
};

} // namespace saduak
