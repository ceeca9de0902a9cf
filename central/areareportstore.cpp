#include "areareportstore.h"

#include "centraldatabase.h"
#include "ingeststore.h"
#include "referencelogstore.h"

#include <storage/database.h>
#include <storage/readresult.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace saduak {

AreaReportStore::AreaReportStore(Database &db) : m_db(db) { }

bool AreaReportStore::recordDay(qint64 branchId, const IngestRow &row, QString *why)
{
    const std::optional<DailyEReport> day = EReportDayIntake::read(row.payload, why);
    if (!day)
        return false;
    // The head row says which report of the day is kept; the upsert changes it (and RETURNING
    // names it) only for a later madeAt, so an older report arriving late changes nothing.
    PreparedQuery head = m_db.prepared(
        u"INSERT INTO ereport_day (branch_id, business_day, made_at_ms, row_uuid) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (branch_id, business_day) DO UPDATE SET "
        "made_at_ms = excluded.made_at_ms, row_uuid = excluded.row_uuid "
        "WHERE excluded.made_at_ms > ereport_day.made_at_ms RETURNING branch_id"_s);
    head->addBindValue(branchId);
    head->addBindValue(day->businessDay);
    head->addBindValue(day->madeAtMs);
    head->addBindValue(row.uuid);
    if (!head->exec()) {
        *why = u"daily e-report of "_s + day->businessDay + u" not kept: "_s
            + head->lastError().text();
        return false;
    }
    const bool newer = head->next();
    head->finish();
    if (!newer)
        return true;
    PreparedQuery clear = m_db.prepared(
        u"DELETE FROM ereport_day_service WHERE business_day = ? AND branch_id = ?"_s);
    clear->addBindValue(day->businessDay);
    clear->addBindValue(branchId);
    if (!clear->exec()) {
        *why = u"older daily e-report of "_s + day->businessDay + u" not replaced: "_s
            + clear->lastError().text();
        return false;
    }
    PreparedQuery insert = m_db.prepared(
        u"INSERT INTO ereport_day_service (business_day, branch_id, service_code, thai_name, "
        "english_name, target_wait_minutes, issued, called, served, no_shows, transfers_out, "
        "cancelled, within_target, wait_minutes, service_minutes) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const DailyEReportService &s : day->services) {
        insert->bindValue(0, day->businessDay);
        insert->bindValue(1, branchId);
        insert->bindValue(2, s.serviceCode);
        insert->bindValue(3, s.thaiName);
        insert->bindValue(4, s.englishName);
        insert->bindValue(5,
            s.targetWaitMinutes ? QVariant(*s.targetWaitMinutes)
                                : QVariant(QMetaType::fromType<int>()));
        insert->bindValue(6, s.issued);
        insert->bindValue(7, s.called);
        insert->bindValue(8, s.served);
        insert->bindValue(9, s.noShows);
        insert->bindValue(10, s.transfersOut);
        insert->bindValue(11, s.cancelled);
        insert->bindValue(12, s.withinTarget);
        insert->bindValue(13, s.waitMinutes.text());
        insert->bindValue(14, s.serviceMinutes.text());
        if (!insert->exec()) {
            *why = u"daily e-report of "_s + day->businessDay + u", service "_s + s.serviceCode
                + u" not kept: "_s + insert->lastError().text();
            return false;
        }
    }
    return true;
}

std::optional<AreaReport::Source> AreaReportStore::readAt(
    const QString &location, QDate from, QDate to, QString *why)
{
    StorageError error;
    const std::unique_ptr<CentralDatabase> reader
        = CentralDatabase::open(location, &error, /*readOnly=*/true);
    if (!reader) {
        if (why)
            *why = error.detail;
        return std::nullopt;
    }
    return reader->areaReports().read(from, to, why);
}

std::optional<AreaReport::Source> AreaReportStore::read(QDate from, QDate to, QString *why) const
{
    auto fail = [why](const QString &reason) -> std::optional<AreaReport::Source> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    QSqlDatabase connection = m_db.connection();
    // One snapshot for all the reads (as StatisticsStore): a day replaced between them would
    // otherwise be counted in one figure and not in another.
    if (!connection.transaction())
        return fail(u"cannot begin a read: "_s + connection.lastError().text());
    struct Finish
    {
        QSqlDatabase &c;
        ~Finish() { c.rollback(); }
    } finish {connection};
    if (m_db.isPostgres()) {
        QSqlQuery isolation(connection);
        if (!isolation.exec(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"_s))
            return fail(u"cannot set the read's isolation: "_s + isolation.lastError().text());
    }

    AreaReport::Source source;
    QHash<qint64, qsizetype> indexOf;
    {
        QString branchError;
        const auto branches = BranchStore(m_db).list(&branchError);
        if (!branches)
            return fail(branchError);
        for (const CentralBranch &branch : *branches) {
            if (branch.code == BranchStore::centralCode())
                continue; // files Open311 complaints; it has no queue
            indexOf.insert(branch.id, source.branches.size());
            source.branches.append({branch, 0, {}});
        }
    }
    const QString first = from.toString(Qt::ISODate);
    const QString last = to.toString(Qt::ISODate);
    {
        PreparedQuery days = m_db.prepared(
            u"SELECT branch_id, count(*) FROM ereport_day WHERE business_day >= ? "
            "AND business_day <= ? GROUP BY branch_id"_s);
        days->addBindValue(first);
        days->addBindValue(last);
        if (!days->exec())
            return fail(u"cannot read the days reported: "_s + days->lastError().text());
        while (days->next()) {
            const auto at = indexOf.constFind(days->value(0).toLongLong());
            if (at != indexOf.cend())
                source.branches[*at].daysReported = days->value(1).toInt();
        }
        if (readFailed(*days))
            return fail(u"cannot read the days reported: "_s + days->lastError().text());
    }
    {
        PreparedQuery rows = m_db.prepared(
            u"SELECT branch_id, business_day, service_code, thai_name, english_name, issued, "
            "called, served, no_shows, transfers_out, cancelled, within_target, wait_minutes, "
            "service_minutes FROM ereport_day_service WHERE business_day >= ? "
            "AND business_day <= ?"_s);
        rows->setForwardOnly(true);
        rows->addBindValue(first);
        rows->addBindValue(last);
        if (!rows->exec())
            return fail(u"cannot read the daily e-reports: "_s + rows->lastError().text());
        while (rows->next()) {
            const auto at = indexOf.constFind(rows->value(0).toLongLong());
            if (at == indexOf.cend())
                continue;
            const QString businessDay = rows->value(1).toString();
            const QString code = rows->value(2).toString();
            AreaServiceName &name = source.serviceNames[code];
            if (businessDay >= name.businessDay) {
                name = {rows->value(3).toString(), rows->value(4).toString(), businessDay};
            }
            const std::optional<MinuteHistogram> wait
                = MinuteHistogram::fromText(rows->value(12).toString());
            const std::optional<MinuteHistogram> service
                = MinuteHistogram::fromText(rows->value(13).toString());
            if (!wait || !service)
                return fail(u"a stored histogram of "_s + businessDay + u" is not one"_s);
            AreaFigures day;
            day.issued = rows->value(5).toLongLong();
            day.called = rows->value(6).toLongLong();
            day.served = rows->value(7).toLongLong();
            day.noShows = rows->value(8).toLongLong();
            day.transfersOut = rows->value(9).toLongLong();
            day.cancelled = rows->value(10).toLongLong();
            day.withinTarget = rows->value(11).toLongLong();
            day.waitMinutes = *wait;
            day.serviceMinutes = *service;
            source.branches[*at].services[code].add(day);
        }
        if (readFailed(*rows))
            return fail(u"cannot read the daily e-reports: "_s + rows->lastError().text());
    }
    {
        // Names of every province ("p") and amphoe ("d"): 77 and 928 items, fewer reads than one
        // a branch.
        ReferenceLogStore reference(m_db);
        for (const QString &prefix : {u"p"_s, u"d"_s}) {
            QString readError;
            const auto items = reference.liveItems(u"admin-areas"_s, prefix, &readError);
            if (!items)
                return fail(u"cannot read admin-areas: "_s + readError);
            for (const ReferenceItem &item : *items) {
                const QJsonObject o = QJsonDocument::fromJson(item.payload).object();
                source.areaNames.insert(
                    item.key, {o.value(u"th"_s).toString(), o.value(u"en"_s).toString()});
            }
        }
    }
    return source;
}

} // namespace saduak
