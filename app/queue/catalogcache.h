#pragma once

#include <domain/service.h>
#include <domain/weekhours.h>

#include <QHash>
#include <QList>
#include <QString>

namespace saduak {

class Database;

// The branch's services in memory for QueueManager, so a command does not read and parse the
// service table (names, hours) each time. Each use first reads catalog_version (0004), which
// triggers move on every change to service by any connection or program; a moved version reloads
// the services through CatalogStore. Use it from the thread of its Database.
class CatalogCache
{
public:
    explicit CatalogCache(Database &db);

    // In display order, as CatalogStore::services(); ok false when the version cannot be read
    // (the last copy, possibly empty, is returned).
    QList<Service> services(bool *ok = nullptr);
    // Target wait in minutes per service code, for CallOrder.
    QHash<QString, int> targetWaitMinutes(bool *ok = nullptr);
    // The branch's holidays (0007: their changes move the version too).
    QList<Holiday> holidays(bool *ok = nullptr);

private:
    bool refresh();

    Database &m_db;
    qint64 m_version = -1; // -1: never loaded
    QList<Service> m_services;
    QHash<QString, int> m_targets;
    QList<Holiday> m_holidays;
};

} // namespace saduak
