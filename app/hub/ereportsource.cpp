#include "ereportsource.h"

#include "staffstore.h"

#include <queue/catalogstore.h>
#include <queue/eventstore.h>

using namespace Qt::StringLiterals;

namespace saduak {

EReportSource::EReportSource(Database &db) : m_db(db) { }

std::optional<EReport> EReportSource::compute(QDate from, QDate to, QString *why)
{
    // A day at a time, each by the index event_day: one read of the whole range took three times
    // as long for a month of 150,000 tickets (bench_hubereport, docs/performance.md).
    EventStore events(m_db);
    QList<QueueEvent> period;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        bool ok = false;
        period += events.ofBusinessDay(day.toString(Qt::ISODate), &ok);
        if (!ok) {
            if (why)
                *why = events.lastError();
            return std::nullopt;
        }
    }
    m_services = CatalogStore(m_db).services();
    return EReport::compute(from, to, period, m_services);
}

std::optional<QHash<QString, QString>> EReportSource::officerNames(
    const EReport &report, QString *why)
{
    QString reason;
    const std::optional<QList<StaffMember>> staff = StaffStore(m_db).list(&reason);
    if (!staff) {
        if (why)
            *why = reason;
        return std::nullopt;
    }
    QHash<QString, QString> names;
    for (const EReport::Row &row : report.rowsOf(EReport::Dimension::Officer))
        names.insert(row.key, row.key);
    for (const StaffMember &m : *staff) {
        if (names.contains(m.userName))
            names.insert(m.userName, m.displayName);
    }
    return names;
}

} // namespace saduak
