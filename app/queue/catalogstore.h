#pragma once

#include <domain/counter.h>
#include <domain/service.h>
#include <domain/weekhours.h>

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
    // The branch's holidays by date (0007); *ok false when they cannot be read.
    QList<Holiday> holidays(bool *ok = nullptr) const;
    QList<Counter> counters() const; // by number, with the services each serves
    bool isEmpty() const;

    // The demo branch (db/seed/demo_catalog.sql): five services, six counters. Applied in one
    // transaction, only when the catalog is empty, so a branch's own catalog is never touched.
    bool seedDemoIfEmpty(QString *why = nullptr);

    // Management (QueueManager's catalog commands, inside their transaction). False with why (for
    // the log) when a statement fails; the caller checked that the service or counter exists.
    bool setTargetWaitMinutes(const QString &serviceCode, int minutes, QString *why);
    bool setWeek(const QString &serviceCode, const WeekHours &week, QString *why);
    bool setHolidays(const QList<Holiday> &holidays, QString *why); // replaces the list
    bool setCounterServices(int counterNumber, const QStringList &serviceCodes, QString *why);

private:
    Database &m_db;
};

} // namespace saduak
