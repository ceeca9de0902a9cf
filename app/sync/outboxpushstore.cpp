#include "outboxpushstore.h"

#include <storage/database.h>
#include <storage/readresult.h>
#include <storage/writetransaction.h>

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

bool fail(QString *why, const QString &what, const QSqlQuery &q)
{
    if (why)
        *why = what + u": "_s + q.lastError().text();
    return false;
}

} // namespace

OutboxPushStore::OutboxPushStore(Database &db) : m_db(db) { }

QList<PushRow> OutboxPushStore::nextBatch(int limit, QString *why, bool *full) const
{
    return nextBatchAfter(0, limit, why, full);
}

QList<PushRow> OutboxPushStore::nextBatchAfter(
    qint64 afterSeq, int limit, QString *why, bool *full) const
{
    QList<PushRow> rows;
    if (full)
        *full = false;
    // The partial index outbox_pending (seq WHERE acked_at_ms IS NULL) serves this in seq order.
    PreparedQuery q = m_db.prepared(
        u"SELECT o.seq, o.uuid, o.kind, o.payload, o.created_at_ms FROM outbox o "
        "WHERE o.acked_at_ms IS NULL AND o.seq > ? "
        "AND NOT EXISTS (SELECT 1 FROM sync_dead_letter d WHERE d.outbox_seq = o.seq) "
        "ORDER BY o.seq LIMIT ?"_s);
    q->addBindValue(afterSeq);
    q->addBindValue(limit);
    if (!q->exec()) {
        fail(why, u"reading the outbox"_s, *q);
        return rows;
    }
    rows.reserve(limit);
    qsizetype bytes = 0;
    bool cut = false;
    while (q->next()) {
        QByteArray payload = q->value(3).toString().toUtf8();
        if (!rows.isEmpty() && bytes + payload.size() > kMaxBatchPayloadBytes) {
            cut = true; // this row starts the next batch
            break;
        }
        bytes += payload.size();
        rows.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
            std::move(payload), q->value(4).toLongLong()});
    }
    if (readFailed(*q)) { // the rows before a damaged page are not "all there is"
        fail(why, u"reading the outbox"_s, *q);
        return {};
    }
    if (full)
        *full = cut || rows.size() >= limit;
    return rows;
}

bool OutboxPushStore::acknowledge(const QList<qint64> &sent, const QList<Refusal> &refused,
    int httpStatus, qint64 nowMs, QString *why)
{
    WriteTransaction tx(m_db.connection());
    if (!tx.isActive()) {
        if (why)
            *why = u"cannot begin: "_s + tx.errorText();
        return false;
    }
    QSqlQuery dead(m_db.connection());
    dead.prepare(u"INSERT OR REPLACE INTO sync_dead_letter (outbox_seq, http_status, reason, "
                 "refused_at_ms) VALUES (?, ?, ?, ?)"_s);
    for (const Refusal &r : refused) {
        dead.bindValue(0, r.seq);
        dead.bindValue(1, httpStatus);
        dead.bindValue(2, r.reason);
        dead.bindValue(3, nowMs);
        if (!dead.exec())
            return fail(why, u"dead-lettering row "_s + QString::number(r.seq), dead);
    }
    // One statement for the batch: nextBatch hands out a run of pending rows in seq order, so
    // every row in [first, last] that is still pending and not dead-lettered was sent.
    if (!sent.isEmpty()) {
        QSqlQuery ack(m_db.connection());
        ack.prepare(
            u"UPDATE outbox SET acked_at_ms = ? WHERE seq BETWEEN ? AND ? "
            "AND acked_at_ms IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM sync_dead_letter d WHERE d.outbox_seq = outbox.seq)"_s);
        ack.addBindValue(nowMs);
        ack.addBindValue(sent.first());
        ack.addBindValue(sent.last());
        if (!ack.exec())
            return fail(why,
                u"acknowledging rows "_s + QString::number(sent.first()) + u".."_s
                    + QString::number(sent.last()),
                ack);
    }
    QSqlQuery status(m_db.connection());
    status.prepare(u"UPDATE sync_status SET last_success_ms = ?, last_error = NULL, "
                   "last_error_at_ms = NULL WHERE id = 1"_s);
    status.addBindValue(nowMs);
    if (!status.exec())
        return fail(why, u"recording the last success"_s, status);
    if (!tx.commit()) {
        if (why)
            *why = u"commit: "_s + tx.errorText();
        return false;
    }
    return true;
}

bool OutboxPushStore::deadLetter(
    qint64 seq, int httpStatus, const QString &reason, qint64 nowMs, QString *why)
{
    WriteTransaction tx(m_db.connection());
    QSqlQuery dead(m_db.connection());
    dead.prepare(u"INSERT OR REPLACE INTO sync_dead_letter (outbox_seq, http_status, reason, "
                 "refused_at_ms) VALUES (?, ?, ?, ?)"_s);
    dead.addBindValue(seq);
    dead.addBindValue(httpStatus);
    dead.addBindValue(reason);
    dead.addBindValue(nowMs);
    if (!tx.isActive() || !dead.exec())
        return fail(why, u"dead-lettering row "_s + QString::number(seq), dead);
    if (!tx.commit()) {
        if (why)
            *why = u"commit: "_s + tx.errorText();
        return false;
    }
    return true;
}

bool OutboxPushStore::figures(Figures *out, QString *why) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(u"SELECT count(*), min(o.created_at_ms) FROM outbox o WHERE o.acked_at_ms IS NULL "
                "AND NOT EXISTS (SELECT 1 FROM sync_dead_letter d WHERE d.outbox_seq = o.seq)"_s)
        || !q.next())
        return fail(why, u"counting pending rows"_s, q);
    out->pending = q.value(0).toInt();
    out->oldestPendingCreatedAtMs = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
    if (!q.exec(u"SELECT (SELECT count(*) FROM sync_dead_letter), last_success_ms, last_error, "
                "last_error_at_ms FROM sync_status WHERE id = 1"_s)
        || !q.next())
        return fail(why, u"reading the sync status"_s, q);
    out->deadLetters = q.value(0).toInt();
    out->lastSuccessMs = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
    out->lastError = q.value(2).toString();
    out->lastErrorAtMs = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
    return true;
}

bool OutboxPushStore::recordError(const QString &words, qint64 nowMs, QString *why)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"UPDATE sync_status SET last_error = ?, last_error_at_ms = ? WHERE id = 1"_s);
    q.addBindValue(words.isEmpty() ? QVariant() : QVariant(words));
    q.addBindValue(words.isEmpty() ? QVariant() : QVariant(nowMs));
    return q.exec() || fail(why, u"recording the last error"_s, q);
}

namespace {

// The columns readDeadLetters reads, in its order.
constexpr auto kDeadLetterColumns
    = "SELECT d.outbox_seq, o.uuid, o.kind, d.http_status, d.reason, d.refused_at_ms, "
      "o.created_at_ms FROM sync_dead_letter d JOIN outbox o ON o.seq = d.outbox_seq ";

QList<DeadLetter> readDeadLetters(QSqlQuery &q, QString *why)
{
    QList<DeadLetter> list;
    if (!q.exec()) {
        fail(why, u"reading dead letters"_s, q);
        return list;
    }
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toInt(), q.value(4).toString(), q.value(5).toLongLong(),
            q.value(6).toLongLong()});
    if (readFailed(q)) {
        fail(why, u"reading dead letters"_s, q);
        return {};
    }
    return list;
}

} // namespace

QList<DeadLetter> OutboxPushStore::deadLetters(QString *why) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(kDeadLetterColumns) + u"ORDER BY d.outbox_seq"_s);
    return readDeadLetters(q, why);
}

QList<DeadLetter> OutboxPushStore::newestDeadLetters(int limit, QString *why) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QString::fromLatin1(kDeadLetterColumns)
        + u"ORDER BY d.refused_at_ms DESC, d.outbox_seq DESC LIMIT ?"_s);
    q.addBindValue(qMax(0, limit));
    return readDeadLetters(q, why);
}

} // namespace saduak
