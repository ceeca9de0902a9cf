#include "catalogcache.h"

#include "catalogstore.h"

#include <storage/database.h>

#include <QVariant>

using namespace Qt::StringLiterals;

namespace saduak {

CatalogCache::CatalogCache(Database &db) : m_db(db) { }

bool CatalogCache::refresh()
{
    qint64 version = -1;
    {
        PreparedQuery q = m_db.prepared(u"SELECT version FROM catalog_version WHERE id = 1"_s);
        if (!q->exec() || !q->next())
            return false;
        version = q->value(0).toLongLong();
    }
    if (version == m_version)
        return true;
    const CatalogStore store(m_db);
    bool holidaysRead = false;
    QList<Holiday> holidays = store.holidays(&holidaysRead);
    if (!holidaysRead)
        return false;
    m_holidays = std::move(holidays);
    m_services = store.services();
    m_targets.clear();
    for (const Service &s : std::as_const(m_services))
        m_targets.insert(s.code, s.targetWaitMinutes);
    m_version = version;
    return true;
}

QList<Service> CatalogCache::services(bool *ok)
{
    const bool fresh = refresh();
    if (ok)
        *ok = fresh;
    return m_services;
}

QHash<QString, int> CatalogCache::targetWaitMinutes(bool *ok)
{
    const bool fresh = refresh();
    if (ok)
        *ok = fresh;
    return m_targets;
}

QList<Holiday> CatalogCache::holidays(bool *ok)
{
    const bool fresh = refresh();
    if (ok)
        *ok = fresh;
    return m_holidays;
}

} // namespace saduak
