#include "preparedquery.h"

namespace saduak {

PreparedQuery::PreparedQuery(QSqlQuery *kept, bool *inUse) : m_query(kept), m_inUse(inUse)
{
    *m_inUse = true;
}

PreparedQuery::PreparedQuery(std::unique_ptr<QSqlQuery> fresh)
    : m_query(fresh.get()), m_fresh(std::move(fresh))
{ }

PreparedQuery::PreparedQuery(PreparedQuery &&other) noexcept
    : m_query(other.m_query), m_inUse(other.m_inUse), m_fresh(std::move(other.m_fresh))
{
    other.m_query = nullptr;
    other.m_inUse = nullptr;
}

PreparedQuery::~PreparedQuery()
{
    if (!m_query)
        return;
    m_query->finish();
    if (m_inUse)
        *m_inUse = false;
}

} // namespace saduak
