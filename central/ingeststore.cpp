#include "ingeststore.h"

#include <storage/database.h>
#include <storage/writetransaction.h>

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace saduak {

IngestStore::IngestStore(Database &db) : m_db(db) { }

std::optional<IngestOutcome> IngestStore::ingest(
    qint64 branchId, const QList<IngestRow> &rows, QString *why)
{
    auto fail = [why](const QString &reason) -> std::optional<IngestOutcome> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (rows.isEmpty())
        return fail(u"empty batch"_s);

    // The acknowledgement promises these rows survive a power cut: the database runs with
    // synchronous=FULL (Database::open) and the batch commits before the reply is written.
    WriteTransaction tx(m_db.connection());
    if (!tx.isActive())
        return fail(u"cannot begin the batch: "_s + tx.errorText());
    // ON CONFLICT ... DO NOTHING: SQLite 3.24+ and PostgreSQL 9.5+ spell insert-or-ignore alike.
    QSqlQuery insert(m_db.connection());
    if (!insert.prepare(u"INSERT INTO ingested_row (branch_id, uuid, branch_seq, kind, payload, "
                        "created_at_ms, received_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT (branch_id, uuid) DO NOTHING"_s))
        return fail(u"cannot prepare the insert: "_s + insert.lastError().text());

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    IngestOutcome outcome;
    outcome.fromSeq = rows.first().seq;
    outcome.toSeq = rows.last().seq;
    for (const IngestRow &row : rows) {
        insert.bindValue(0, branchId);
        insert.bindValue(1, row.uuid);
        insert.bindValue(2, row.seq);
        insert.bindValue(3, row.kind);
        insert.bindValue(4, QString::fromUtf8(row.payload));
        insert.bindValue(5, row.createdAtMs);
        insert.bindValue(6, now);
        if (!insert.exec())
            return fail(u"insert of row seq "_s + QString::number(row.seq) + u" failed: "_s
                + insert.lastError().text());
        if (insert.numRowsAffected() == 1)
            ++outcome.inserted;
        else
            outcome.duplicates << row.uuid;
    }
    if (!tx.commit())
        return fail(u"commit of the batch failed: "_s + tx.errorText());
    return outcome;
}

QList<IngestStore::StoredRow> IngestStore::rowsOf(qint64 branchId, QString *why) const
{
    QList<StoredRow> rows;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT uuid, branch_seq, kind FROM ingested_row WHERE branch_id = ? ORDER BY id"_s);
    q.addBindValue(branchId);
    if (!q.exec()) {
        if (why)
            *why = q.lastError().text();
        return rows;
    }
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString()});
    return rows;
}

qint64 IngestStore::rowCount(qint64 branchId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT count(*) FROM ingested_row WHERE branch_id = ?"_s);
    q.addBindValue(branchId);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace saduak
