#include "outbox.h"

#include "database.h"
#include "writetransaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace saduak {

QString Outbox::append(Database &db, const OutboxRow &row, QString *why)
{
    auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return QString();
    };

    // QtSql cannot say whether a transaction is open; SQLite can.
    if (!db.handle() || sqlite3_get_autocommit(db.handle()) != 0)
        return refuse(u"Outbox::append needs an open write transaction (WriteTransaction) so the "
                      "row commits or rolls back with the change it reports"_s);
    if (row.kind.isEmpty())
        return refuse(u"Outbox::append: kind is empty"_s);
    if (row.createdAtMs < 0)
        return refuse(u"Outbox::append: createdAtMs is negative ("_s
            + QString::number(row.createdAtMs) + u')');

    QString uuid;
    if (row.uuid.isEmpty()) {
        uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    } else {
        // One spelling per key, or central would see "{A...}" and "a..." as two rows.
        const QUuid parsed = QUuid::fromString(row.uuid);
        if (parsed.isNull())
            return refuse(u"Outbox::append: uuid '"_s + row.uuid + u"' is not a UUID"_s);
        uuid = parsed.toString(QUuid::WithoutBraces);
    }
    const qint64 createdAtMs
        = row.createdAtMs != 0 ? row.createdAtMs : QDateTime::currentMSecsSinceEpoch();

    PreparedQuery insert = db.prepared(
        u"INSERT INTO outbox (uuid, kind, payload, created_at_ms) VALUES (?, ?, ?, ?)"_s);
    insert->bindValue(0, uuid);
    insert->bindValue(1, row.kind);
    insert->bindValue(
        2, QString::fromUtf8(QJsonDocument(row.payload).toJson(QJsonDocument::Compact)));
    insert->bindValue(3, createdAtMs);
    if (!insert->exec())
        return refuse(u"Outbox::append: insert of "_s + row.kind + u" row "_s + uuid
            + u" failed: "_s + insert->lastError().text());
    if (why)
        why->clear();
    return uuid;
}

int Outbox::pendingCount(Database &db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(u"SELECT count(*) FROM outbox WHERE acked_at_ms IS NULL"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

int Outbox::pruneAcknowledged(
    Database &db, qint64 acknowledgedBeforeMs, int maxRows, QString *why)
{
    auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return -1;
    };
    WriteTransaction tx(db.connection());
    if (!tx.isActive())
        return fail(u"cannot begin pruning the outbox: "_s + tx.errorText());
    // In seq order with a limit, so a hub that kept years of rows deletes them a slice at a time
    // instead of holding the write lock (and every command behind it) for one long delete.
    QSqlQuery prune(db.connection());
    prune.prepare(u"DELETE FROM outbox WHERE seq IN (SELECT seq FROM outbox "
                  "WHERE acked_at_ms IS NOT NULL AND acked_at_ms < ? ORDER BY seq LIMIT ?)"_s);
    prune.addBindValue(acknowledgedBeforeMs);
    prune.addBindValue(std::max(0, maxRows));
    if (!prune.exec())
        return fail(u"pruning the outbox failed: "_s + prune.lastError().text());
    const int deleted = prune.numRowsAffected();
    if (!tx.commit())
        return fail(u"commit of the outbox pruning failed: "_s + tx.errorText());
    return deleted;
}

} // namespace saduak
