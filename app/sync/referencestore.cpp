#include "referencestore.h"

#include <storage/database.h>
#include <storage/writetransaction.h>

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

bool fail(QString *why, const QString &reason)
{
    if (why)
        *why = reason;
    return false;
}

} // namespace

ReferenceStore::ReferenceStore(Database &db) : m_db(db) { }

std::optional<QJsonObject> ReferenceStore::item(
    const QString &dataset, const QString &key, QString *why) const
{
    PreparedQuery q = m_db.prepared(
        u"SELECT payload FROM sync_reference_item WHERE dataset = ? AND item_key = ?"_s);
    q->bindValue(0, dataset);
    q->bindValue(1, key);
    if (!q->exec()) {
        fail(why, q->lastError().text());
        return std::nullopt;
    }
    if (!q->next())
        return std::nullopt;
    return QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
}

qint64 ReferenceStore::itemCount(const QString &dataset) const
{
    PreparedQuery q
        = m_db.prepared(u"SELECT count(*) FROM sync_reference_item WHERE dataset = ?"_s);
    q->bindValue(0, dataset);
    if (!q->exec() || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

ReferencePullState ReferenceStore::state(const QString &dataset, QString *why) const
{
    ReferencePullState state;
    PreparedQuery q = m_db.prepared(
        u"SELECT cursor, generation, snapshot_in_progress, last_pull_ms, scan_floor "
        "FROM sync_reference_pull WHERE dataset = ?"_s);
    q->bindValue(0, dataset);
    if (!q->exec()) {
        fail(why, q->lastError().text());
        return state;
    }
    if (q->next()) {
        state.cursor = q->value(0).toLongLong();
        state.generation = q->value(1).toLongLong();
        state.snapshotInProgress = q->value(2).toInt() != 0;
        state.lastPullMs = q->value(3).toLongLong();
        state.scanFloor = q->value(4).isNull() ? -1 : q->value(4).toLongLong();
    }
    return state;
}

bool ReferenceStore::beginSnapshot(const QString &dataset, QString *why)
{
    WriteTransaction tx(m_db.connection());
    if (!tx.isActive())
        return fail(why, u"cannot begin: "_s + tx.errorText());
    {
        PreparedQuery q = m_db.prepared(
            u"INSERT INTO sync_reference_pull (dataset, cursor, generation, snapshot_in_progress) "
            "VALUES (?, 0, 1, 1) ON CONFLICT (dataset) DO UPDATE SET cursor = 0, "
            "generation = generation + 1, snapshot_in_progress = 1, scan_floor = NULL"_s);
        q->bindValue(0, dataset);
        if (!q->exec())
            return fail(why, u"cannot start the snapshot: "_s + q->lastError().text());
    }
    if (!tx.commit())
        return fail(why, u"commit failed: "_s + tx.errorText());
    return true;
}

bool ReferenceStore::applyPage(const QString &dataset, qint64 after, const QList<PulledItem> &items,
    qint64 cursor, bool last, qint64 minCursor, qint64 nowMs, QString *why)
{
    WriteTransaction tx(m_db.connection());
    if (!tx.isActive())
        return fail(why, u"cannot begin: "_s + tx.errorText());
    // Read inside the transaction: the state the page is applied on is the one it commits over.
    QString error;
    const ReferencePullState now = state(dataset, &error);
    if (!error.isEmpty())
        return fail(why, u"cannot read the pull state: "_s + error);
    if (now.cursor != after)
        return fail(why,
            u"the stored cursor is "_s + QString::number(now.cursor) + u", not "_s
                + QString::number(after) + u" the page was asked with"_s);
    {
        PreparedQuery upsert = m_db.prepared(
            u"INSERT INTO sync_reference_item (dataset, item_key, payload, generation) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (dataset, item_key) DO UPDATE SET "
            "payload = excluded.payload, generation = excluded.generation"_s);
        PreparedQuery remove = m_db.prepared(
            u"DELETE FROM sync_reference_item WHERE dataset = ? AND item_key = ?"_s);
        for (const PulledItem &item : items) {
            QSqlQuery &q = item.deleted ? *remove : *upsert;
            q.bindValue(0, dataset);
            q.bindValue(1, item.key);
            if (!item.deleted) {
                q.bindValue(2, QString::fromUtf8(item.payload));
                q.bindValue(3, now.generation);
            }
            if (!q.exec())
                return fail(
                    why, u"cannot apply item "_s + item.key + u": "_s + q.lastError().text());
        }
    }
    const bool snapshotEnds = last && now.snapshotInProgress;
    if (snapshotEnds) {
        // Items central dropped while this branch was behind: not in the snapshot, so gone.
        PreparedQuery q = m_db.prepared(
            u"DELETE FROM sync_reference_item WHERE dataset = ? AND generation < ?"_s);
        q->bindValue(0, dataset);
        q->bindValue(1, now.generation);
        if (!q->exec())
            return fail(why, u"cannot end the snapshot: "_s + q->lastError().text());
    }
    {
        PreparedQuery q = m_db.prepared(
            u"INSERT INTO sync_reference_pull (dataset, cursor, generation, snapshot_in_progress, "
            "last_pull_ms, scan_floor) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (dataset) DO UPDATE "
            "SET cursor = excluded.cursor, snapshot_in_progress = excluded.snapshot_in_progress, "
            "last_pull_ms = coalesce(excluded.last_pull_ms, last_pull_ms), "
            "scan_floor = coalesce(excluded.scan_floor, scan_floor)"_s);
        q->bindValue(0, dataset);
        q->bindValue(1, cursor);
        q->bindValue(2, now.generation);
        q->bindValue(3, now.snapshotInProgress && !snapshotEnds ? 1 : 0);
        // Braces: with parentheses clang reads this line as a function declaration.
        const QVariant null {QMetaType(QMetaType::LongLong)};
        q->bindValue(4, last ? QVariant(nowMs) : null);
        q->bindValue(5, after == 0 ? QVariant(minCursor) : null);
        if (!q->exec())
            return fail(why, u"cannot store the cursor: "_s + q->lastError().text());
    }
    if (!tx.commit())
        return fail(why, u"commit failed: "_s + tx.errorText());
    return true;
}

} // namespace saduak
