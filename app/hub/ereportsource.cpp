#include "ereportsource.h"

#include "staffstore.h"

#include <queue/catalogstore.h>
#include <queue/eventstore.h>

using namespace Qt::StringLiterals;

namespace saduak {

EReportSource::EReportSource(Database &db) : m_db(db) { }

std::optional<EReport> EReportSource::compute(QDate from, QDate to, QString *why)
{
    // A day at a time, each by the index event_day, and counted before the next is read: one
    // read of a busy month's whole range took three times as long, and held some 0.4 GB of
    // events (bench_hubereport, docs/performance.md).
    m_services = CatalogStore(m_db).services();
    EReport::Accumulator figures(from, to, m_services);
    EventStore events(m_db);
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        bool ok = false;
        figures.add(events.ofBusinessDay(day.toString(Qt::ISODate), &ok));
        if (!ok) {
            if (why)
                *why = events.lastError();
            return std::nullopt;
        }
    }
    return figures.finish();
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
