#pragma once

#include <domain/counter.h>
#include <domain/service.h>

#include <QList>
#include <QString>

namespace saduak {

class Database;

// Reads and writes the branch catalog: services and counters (db/migrations/0002_catalog.sql).
class CatalogStore
{
public:
    explicit CatalogStore(Database &db);

    QList<Service> services() const; // in display order
    QList<Counter> counters() const; // by number, with the services each serves
    bool isEmpty() const;

    // The demo branch (db/seed/demo_catalog.sql): five services, six counters. Applied in one
    // transaction, only when the catalog is empty, so a branch's own catalog is never touched.
    bool seedDemoIfEmpty(QString *why = nullptr);

private:
    Database &m_db;
};

} // namespace saduak
