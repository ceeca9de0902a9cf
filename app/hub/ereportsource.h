#pragma once

#include <reports/ereport.h>

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace saduak {

class Database;

// The e-report of a period from a branch database: its days' events (EventStore) and the services
// of the catalog, computed by EReport. One place for the eReport command, saduak-hub report and
// the daily push to central, so the three give the same figures for the same day.
class EReportSource
{
public:
    // At most this many business days a report: a month (the screens' and the CLI's periods) and
    // no more, so a request cannot make the hub read years of events while devices wait.
    static constexpr int kMaxDays = 31;

    explicit EReportSource(Database &db);

    // from..to inclusive. Nothing, with why (for the log), when the database cannot be read.
    std::optional<EReport> compute(QDate from, QDate to, QString *why = nullptr);
    // The services the report was computed with (the catalog's, in display order): names and
    // targets for its CSV, PDF and the push to central.
    const QList<Service> &services() const { return m_services; }

    // The display names of the report's officers by user name, from the hub's staff table; an
    // account that is gone keeps its user name as its name.
    std::optional<QHash<QString, QString>> officerNames(const EReport &report, QString *why = nullptr);

private:
    Database &m_db;
    QList<Service> m_services;
};

} // namespace saduak
