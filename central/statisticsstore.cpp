#include "statisticsstore.h"

#include <domain/bangkoktime.h>
#include <storage/database.h>

#include <QDate>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

constexpr qint64 dayMs = 24LL * 3600 * 1000;

} // namespace

StatisticsStore::StatisticsStore(Database &db) : m_db(db) { }

std::optional<QList<StatisticsStore::BranchEvents>> StatisticsStore::eventsOfDay(
    const QString &businessDay, QString *why) const
{
    auto fail = [why](const QString &reason) -> std::optional<QList<BranchEvents>> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    const QDate day = QDate::fromString(businessDay, Qt::ISODate);
    if (!day.isValid())
        return fail(u"not a date: "_s + businessDay);

    // An event's row is stamped with the time it happened (created_at_ms), and the business day
    // is a Bangkok calendar day; a day either side covers rollover events written just after
    // midnight, and the payload's own businessDay decides. The window keeps the read on the
    // (kind, created_at_ms) index instead of every row central ever received.
    const qint64 dayStartMs = QDateTime(day, QTime(0, 0), BangkokTime::zone()).toMSecsSinceEpoch();

    QSqlDatabase connection = m_db.connection();
    // One snapshot for both reads: a branch enrolled between them would otherwise be missing.
    // SQLite's read transaction is one; PostgreSQL's default (READ COMMITTED) takes a snapshot
    // per statement, so ask for REPEATABLE READ there.
    if (!connection.transaction())
        return fail(u"cannot begin a read: "_s + connection.lastError().text());
    auto finish = [&connection] { connection.rollback(); };
    if (m_db.isPostgres()) {
        QSqlQuery isolation(connection);
        if (!isolation.exec(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"_s)) {
            const QString error = isolation.lastError().text();
            finish();
            return fail(u"cannot set the read's isolation: "_s + error);
        }
    }

    QList<BranchEvents> result;
    QHash<qint64, qsizetype> indexOf;
    {
        // The branches through their store, in this transaction: the same snapshot.
        QString branchError;
        const auto branches = BranchStore(m_db).list(&branchError);
        if (!branches) {
            finish();
            return fail(branchError);
        }
        for (const CentralBranch &branch : *branches) {
            // Central's own row files Open311 complaints; it has no queue to compare.
            if (branch.code == BranchStore::centralCode())
                continue;
            indexOf.insert(branch.id, result.size());
            result.append({branch, {}});
        }
    }
    {
        PreparedQuery events = m_db.prepared(
            u"SELECT branch_id, payload FROM ingested_row WHERE kind = 'event' "
            "AND created_at_ms >= ? AND created_at_ms < ? ORDER BY branch_id, branch_seq"_s);
        events->addBindValue(dayStartMs - dayMs);
        events->addBindValue(dayStartMs + 2 * dayMs);
        if (!events->exec()) {
            const QString error = events->lastError().text();
            finish();
            return fail(u"cannot read events: "_s + error);
        }
        while (events->next()) {
            const auto branch = indexOf.constFind(events->value(0).toLongLong());
            if (branch == indexOf.cend())
                continue;
            const auto event = QueueEvent::fromJson(
                QJsonDocument::fromJson(events->value(1).toString().toUtf8()).object());
            // A row that is not a queue event central understands is stored (it was a valid
            // outbox row) but not counted; the branch's own figures skip nothing they know.
            if (event && event->businessDay == businessDay)
                result[*branch].events.append(*event);
        }
    }
    finish();
    return result;
}

} // namespace saduak
