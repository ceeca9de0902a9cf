#pragma once

#include "areareport.h"

#include <QDate>
#include <QString>

#include <optional>

namespace saduak {

class Database;
struct IngestRow;

// The branches' daily e-reports at central (tables ereport_day and ereport_day_service, migration
// 0012): written in the ingest transaction of each new "ereport.day" row, read for the area
// e-report. All SQL about them is here.
class AreaReportStore
{
public:
    explicit AreaReportStore(Database &db);

    // Keeps the day of a new row (read by EReportDayIntake, which ingest has checked already)
    // unless the branch's day has one with a later or equal madeAt: the latest report of a day
    // wins, whatever order they arrive in. False (why set) when a statement failed.
    bool recordDay(qint64 branchId, const IngestRow &row, QString *why);

    // Every enrolled branch (central's own row left out) with the days from..to it reported,
    // summed per service; service names of the latest day; the names of admin-areas' provinces
    // and amphoes. One snapshot (REPEATABLE READ on PostgreSQL).
    std::optional<AreaReport::Source> read(QDate from, QDate to, QString *why) const;

    // read() on a read-only connection of its own, opened on location on the calling thread (a
    // heavy-read thread: a Database is used from the thread that opened it).
    static std::optional<AreaReport::Source> readAt(
        const QString &location, QDate from, QDate to, QString *why);

private:
    Database &m_db;
};

} // namespace saduak
