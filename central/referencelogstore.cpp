#include "referencelogstore.h"

#include <storage/database.h>
#include <storage/readresult.h>
#include <storage/writetransaction.h>

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

// Any constant of our own: the key of the PostgreSQL advisory lock that serializes writers of
// reference data. "SADUAKRF" in ASCII.
constexpr qint64 kWritersLockKey = 0x53414455414B5246LL;

template<typename Result>
Result failWith(QString *why, const QString &reason, Result result = {})
{
    if (why)
        *why = reason;
    return result;
}

} // namespace

ReferenceLogStore::ReferenceLogStore(Database &db) : m_db(db) { }

std::optional<ReferencePage> ReferenceLogStore::page(
    const QString &dataset, qint64 after, int limit, qint64 floor, QString *why)
{
    using Out = std::optional<ReferencePage>;
    QSqlDatabase connection = m_db.connection();
    // One read transaction with one snapshot (SQLite's is; PostgreSQL's is made REPEATABLE READ),
    // so the page and the state it is checked against agree: a compaction is either wholly in it
    // or not at all. As writers commit in change_seq order, the snapshot holds every change up to
    // its last_seq and none after: the last page may end at last_seq.
    if (!connection.transaction())
        return failWith<Out>(why, u"cannot begin the read: "_s + connection.lastError().text());
    if (connection.driverName() == u"QPSQL"_s) {
        QSqlQuery isolation(connection);
        if (!isolation.exec(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"_s)) {
            const QString error = isolation.lastError().text();
            connection.rollback();
            return failWith<Out>(why, u"cannot set the read's isolation: "_s + error);
        }
    }
    ReferencePage page;
    {
        PreparedQuery q
            = m_db.prepared(u"SELECT item_key, payload, deleted, change_seq FROM reference_item "
                            "WHERE dataset = ? AND change_seq > ? ORDER BY change_seq LIMIT ?"_s);
        q->bindValue(0, dataset);
        q->bindValue(1, after);
        q->bindValue(2, limit + 1); // one more than asked: is there more?
        if (!q->exec()) {
            const QString error = q->lastError().text();
            connection.rollback();
            return failWith<Out>(why, u"cannot read the page: "_s + error);
        }
        page.items.reserve(limit);
        while (q->next()) {
            if (page.items.size() == limit) {
                page.more = true;
                break;
            }
            ReferenceItem item;
            item.key = q->value(0).toString();
            item.deleted = q->value(2).toInt() != 0;
            if (!item.deleted)
                item.payload = q->value(1).toString().toUtf8();
            item.changeSeq = q->value(3).toLongLong();
            page.items.append(std::move(item));
        }
        if (readFailed(*q)) { // part of a page is not a page
            const QString error = q->lastError().text();
            connection.rollback();
            return failWith<Out>(why, u"cannot read the page: "_s + error);
        }
    }
    qint64 lastSeq = 0;
    qint64 minCursor = 0;
    {
        PreparedQuery q = m_db.prepared(
            u"SELECT last_seq, min_cursor FROM reference_dataset WHERE dataset = ?"_s);
        q->bindValue(0, dataset);
        if (!q->exec()) {
            const QString error = q->lastError().text();
            connection.rollback();
            return failWith<Out>(why, u"cannot read the data set's state: "_s + error);
        }
        if (q->next()) {
            lastSeq = q->value(0).toLongLong();
            minCursor = q->value(1).toLongLong();
        }
    }
    connection.commit();
    // A cursor beyond the last change was not given out by this central (a database restored
    // from an older backup): the branch's copy cannot be trusted either way, so it starts again.
    // A compaction always raises min_cursor when it drops a tombstone, so floor == min_cursor
    // means none was dropped since the client's read from 0 began.
    if (after != 0 && (after > lastSeq || (after < minCursor && floor != minCursor))) {
        ReferencePage tooOld;
        tooOld.cursor = after;
        tooOld.cursorTooOld = true;
        return tooOld;
    }
    page.cursor = page.items.isEmpty() ? after : page.items.last().changeSeq;
    // The last page ends at last_seq, also when the newest changes were tombstones compaction
    // dropped: otherwise the branch's cursor would stay below min_cursor, too old at once.
    if (!page.more)
        page.cursor = std::max(page.cursor, lastSeq);
    page.minCursor = minCursor;
    return page;
}

bool ReferenceLogStore::lockWriters(const QString &dataset, qint64 *lastSeq, QString *why)
{
    if (m_db.connection().driverName() == u"QPSQL"_s) {
        QSqlQuery lock(m_db.connection());
        if (!lock.exec(
                u"SELECT pg_advisory_xact_lock("_s + QString::number(kWritersLockKey) + u')'))
            return failWith(
                why, u"cannot take the writers' lock: "_s + lock.lastError().text(), false);
    }
    {
        PreparedQuery q = m_db.prepared(
            u"INSERT INTO reference_dataset (dataset) VALUES (?) ON CONFLICT (dataset) DO NOTHING"_s);
        q->bindValue(0, dataset);
        if (!q->exec())
            return failWith(why, u"cannot add the data set: "_s + q->lastError().text(), false);
    }
    PreparedQuery q = m_db.prepared(u"SELECT last_seq FROM reference_dataset WHERE dataset = ?"_s);
    q->bindValue(0, dataset);
    if (!q->exec() || !q->next())
        return failWith(why, u"cannot read last_seq: "_s + q->lastError().text(), false);
    *lastSeq = q->value(0).toLongLong();
    return true;
}

bool ReferenceLogStore::storeLastSeq(const QString &dataset, qint64 lastSeq, QString *why)
{
    PreparedQuery q
        = m_db.prepared(u"UPDATE reference_dataset SET last_seq = ? WHERE dataset = ?"_s);
    q->bindValue(0, lastSeq);
    q->bindValue(1, dataset);
    if (!q->exec())
        return failWith(why, u"cannot store last_seq: "_s + q->lastError().text(), false);
    return true;
}

bool ReferenceLogStore::upsert(
    const QString &dataset, const QList<Upsert> &items, Counts *counts, QString *why)
{
    WriteTransaction tx(m_db.connection());
    if (!tx.isActive())
        return failWith(why, u"cannot begin: "_s + tx.errorText(), false);
    Counts done;
    if (!upsertInTransaction(dataset, items, &done, why))
        return false;
    if (!tx.commit())
        return failWith(why, u"commit failed: "_s + tx.errorText(), false);
    if (counts) {
        counts->changed += done.changed;
        counts->unchanged += done.unchanged;
    }
    return true;
}

bool ReferenceLogStore::upsertInTransaction(
    const QString &dataset, const QList<Upsert> &items, Counts *counts, QString *why)
{
    qint64 seq = 0;
    if (!lockWriters(dataset, &seq, why))
        return false;
    Counts done;
    {
        // An unchanged payload is no change: the row is left alone (no new change_seq), so a
        // re-import of the same file costs the branches nothing.
        PreparedQuery q = m_db.prepared(
            u"INSERT INTO reference_item (dataset, item_key, payload, change_seq, deleted) "
            "VALUES (?, ?, ?, ?, 0) ON CONFLICT (dataset, item_key) DO UPDATE SET "
            "payload = excluded.payload, change_seq = excluded.change_seq, deleted = 0 "
            "WHERE reference_item.payload <> excluded.payload OR reference_item.deleted <> 0"_s);
        for (const Upsert &item : items) {
            q->bindValue(0, dataset);
            q->bindValue(1, item.key);
            q->bindValue(2, QString::fromUtf8(item.payload));
            q->bindValue(3, seq + 1);
            if (!q->exec())
                return failWith(why,
                    u"cannot store item "_s + item.key + u": "_s + q->lastError().text(), false);
            if (q->numRowsAffected() > 0) {
                ++seq;
                ++done.changed;
            } else {
                ++done.unchanged;
            }
        }
    }
    if (!storeLastSeq(dataset, seq, why))
        return false;
    if (counts) {
        counts->changed += done.changed;
        counts->unchanged += done.unchanged;
    }
    return true;
}

bool ReferenceLogStore::remove(
    const QString &dataset, const QStringList &keys, Counts *counts, QString *why)
{
    WriteTransaction tx(m_db.connection());
    if (!tx.isActive())
        return failWith(why, u"cannot begin: "_s + tx.errorText(), false);
    qint64 seq = 0;
    if (!lockWriters(dataset, &seq, why))
        return false;
    int deleted = 0;
    {
        PreparedQuery q = m_db.prepared(
            u"UPDATE reference_item SET deleted = 1, payload = '{}', change_seq = ? "
            "WHERE dataset = ? AND item_key = ? AND deleted = 0"_s);
        for (const QString &key : keys) {
            q->bindValue(0, seq + 1);
            q->bindValue(1, dataset);
            q->bindValue(2, key);
            if (!q->exec())
                return failWith(
                    why, u"cannot delete item "_s + key + u": "_s + q->lastError().text(), false);
            if (q->numRowsAffected() > 0) {
                ++seq;
                ++deleted;
            }
        }
    }
    if (!storeLastSeq(dataset, seq, why))
        return false;
    if (!tx.commit())
        return failWith(why, u"commit failed: "_s + tx.errorText(), false);
    if (counts)
        counts->deleted += deleted;
    return true;
}

std::optional<QStringList> ReferenceLogStore::liveKeys(const QString &dataset, QString *why) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT item_key FROM reference_item WHERE dataset = ? AND deleted = 0"_s);
    q.addBindValue(dataset);
    if (!q.exec())
        return failWith<std::optional<QStringList>>(why, q.lastError().text());
    QStringList keys;
    while (q.next())
        keys << q.value(0).toString();
    if (readFailed(q))
        return failWith<std::optional<QStringList>>(why, q.lastError().text());
    return keys;
}

std::optional<ReferenceLogStore::Compaction> ReferenceLogStore::compact(
    const QString &dataset, QString *why)
{
    using Out = std::optional<Compaction>;
    WriteTransaction tx(m_db.connection());
    if (!tx.isActive())
        return failWith<Out>(why, u"cannot begin: "_s + tx.errorText());
    qint64 seq = 0;
    if (!lockWriters(dataset, &seq, why))
        return std::nullopt;
    QSqlQuery q(m_db.connection());
    Compaction result;
    q.prepare(u"SELECT max(change_seq), count(*) FROM reference_item "
              "WHERE dataset = ? AND deleted = 1"_s);
    q.addBindValue(dataset);
    if (!q.exec() || !q.next())
        return failWith<Out>(why, u"cannot read the tombstones: "_s + q.lastError().text());
    const qint64 lastTombstone = q.value(0).isNull() ? 0 : q.value(0).toLongLong();
    result.dropped = q.value(1).toInt();
    q.finish();
    q.prepare(u"DELETE FROM reference_item WHERE dataset = ? AND deleted = 1"_s);
    q.addBindValue(dataset);
    if (!q.exec())
        return failWith<Out>(why, u"cannot drop the tombstones: "_s + q.lastError().text());
    // Never lowered: a cursor found too old once stays too old.
    q.prepare(u"UPDATE reference_dataset SET min_cursor = ? "
              "WHERE dataset = ? AND min_cursor < ?"_s);
    q.addBindValue(lastTombstone);
    q.addBindValue(dataset);
    q.addBindValue(lastTombstone);
    if (!q.exec())
        return failWith<Out>(why, u"cannot raise min_cursor: "_s + q.lastError().text());
    q.prepare(u"SELECT min_cursor FROM reference_dataset WHERE dataset = ?"_s);
    q.addBindValue(dataset);
    if (!q.exec() || !q.next())
        return failWith<Out>(why, u"cannot read min_cursor: "_s + q.lastError().text());
    result.minCursor = q.value(0).toLongLong();
    q.finish();
    if (!tx.commit())
        return failWith<Out>(why, u"commit failed: "_s + tx.errorText());
    return result;
}

std::optional<QList<ReferenceItem>> ReferenceLogStore::liveItems(
    const QString &dataset, const QString &keyPrefix, QString *why) const
{
    using Out = std::optional<QList<ReferenceItem>>;
    // substr, not LIKE: codes may hold '_', and both engines have it.
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT item_key, payload, change_seq FROM reference_item WHERE dataset = ? "
              "AND deleted = 0 AND substr(item_key, 1, ?) = ? ORDER BY item_key"_s);
    q.addBindValue(dataset);
    q.addBindValue(int(keyPrefix.size()));
    q.addBindValue(keyPrefix.isNull() ? QString(u""_s) : keyPrefix); // null binds as SQL NULL
    if (!q.exec())
        return failWith<Out>(why, u"cannot read the items: "_s + q.lastError().text());
    QList<ReferenceItem> items;
    while (q.next()) {
        items.append(ReferenceItem {
            q.value(0).toString(), q.value(1).toByteArray(), false, q.value(2).toLongLong()});
    }
    return items;
}

qint64 ReferenceLogStore::lastSeq(const QString &dataset) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT last_seq FROM reference_dataset WHERE dataset = ?"_s);
    q.addBindValue(dataset);
    if (!q.exec())
        return -1;
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 ReferenceLogStore::itemCount(const QString &dataset, bool withTombstones) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(withTombstones
            ? u"SELECT count(*) FROM reference_item WHERE dataset = ?"_s
            : u"SELECT count(*) FROM reference_item WHERE dataset = ? AND deleted = 0"_s);
    q.addBindValue(dataset);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace saduak
