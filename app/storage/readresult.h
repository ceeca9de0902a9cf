#pragma once

#include <QSqlError>
#include <QSqlQuery>

namespace saduak {

// `while (q.next())` stops at the last row and also at a read error part-way through (a damaged
// page, an I/O error): QSqlQuery::next() answers false for both. Taken as the end, a damaged page
// reads as "fewer rows": a queue of 121 looks empty. So every loop that reads to the end asks
// this afterwards, and a single-row read asks it when next() found no row.
inline bool readFailed(const QSqlQuery &query)
{
    return query.lastError().type() != QSqlError::NoError;
}

} // namespace saduak
