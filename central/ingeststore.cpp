#include "ingeststore.h"

#include "areareportstore.h"
#include "attachmentstore.h"
#include "complaintintake.h"
#include "complaintstore.h"
#include "ereportdayintake.h"
#include "personaldatacipher.h"
#include "readablefields.h"

#include <storage/database.h>
#include <storage/postgresarray.h>
#include <storage/readresult.h>
#include <storage/writetransaction.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("saduak::IngestStore", text);
}

} // namespace

std::optional<IngestStore::Columns> IngestStore::columnsOf(
    const IngestRow &row, qint64 branchId, const PersonalDataCipher *cipher)
{
    // Stored as central writes it again, never as the branch's bytes: JSON text may hold a key
    // twice, and the parse keeps one of them, so the bytes could carry a value the split never saw.
    const ReadableFields::Split split
        = ReadableFields::split(row.kind, QJsonDocument::fromJson(row.payload).object());
    const QByteArray readable = QJsonDocument(split.rest).toJson(QJsonDocument::Compact);
    if (split.sealed.isEmpty())
        return IngestStore::Columns {readable};
    if (!cipher)
        return std::nullopt;
    return IngestStore::Columns {readable,
        cipher->seal(QJsonDocument(split.sealed).toJson(QJsonDocument::Compact),
            PersonalDataCipher::rowBinding(branchId, row.uuid))};
}

namespace {

// ON CONFLICT ... DO NOTHING: SQLite 3.24+ and PostgreSQL 9.5+ spell insert-or-ignore alike, and
// RETURNING names the rows a statement inserted (not the ones stored before).
const QString kInsertHead = u"INSERT INTO ingested_row (branch_id, uuid, branch_seq, kind, payload, "
                          "created_at_ms, received_at_ms, personal) "_s;
const QString kInsertTail = u" ON CONFLICT (branch_id, uuid) DO NOTHING RETURNING uuid"_s;

void explain(QString *why, const QString &reason)
{
    if (why)
        *why = reason;
}

} // namespace

// SQLite: many rows a statement, each value bound (a bound value is a function call there).
// 500 rows are 4,000 parameters, within SQLite's 32,766.
std::optional<QSet<QString>> IngestStore::insertAsValues(qint64 branchId,
    const QList<IngestRow> &rows, const QList<Columns> &columns, qint64 now, QString *why)
{
    constexpr qsizetype kRowsPerInsert = 500;
    QSet<QString> inserted;
    for (qsizetype first = 0; first < rows.size(); first += kRowsPerInsert) {
        const qsizetype count = std::min(kRowsPerInsert, rows.size() - first);
        QString sql = kInsertHead + u"VALUES "_s;
        for (qsizetype i = 0; i < count; ++i)
            sql += i ? u", (?, ?, ?, ?, ?, ?, ?, ?)"_s : u"(?, ?, ?, ?, ?, ?, ?, ?)"_s;
        sql += kInsertTail;
        // Full chunks are one fixed statement, kept prepared; the last, shorter one is not.
        std::optional<PreparedQuery> kept;
        QSqlQuery once(m_db.connection());
        QSqlQuery *insert = &once;
        if (count == kRowsPerInsert) {
            kept.emplace(m_db.prepared(sql));
            insert = &**kept;
        } else if (!once.prepare(sql)) {
            explain(why, u"cannot prepare the insert: "_s + once.lastError().text());
            return std::nullopt;
        }
        for (qsizetype i = 0; i < count; ++i) {
            const IngestRow &row = rows.at(first + i);
            const int at = int(i) * 8;
            insert->bindValue(at + 0, branchId);
            insert->bindValue(at + 1, row.uuid);
            insert->bindValue(at + 2, row.seq);
            insert->bindValue(at + 3, row.kind);
            insert->bindValue(at + 4, QString::fromUtf8(columns.at(first + i).payload));
            insert->bindValue(at + 5, row.createdAtMs);
            insert->bindValue(at + 6, now);
            insert->bindValue(at + 7, columns.at(first + i).personal);
        }
        if (!insert->exec()) {
            explain(why,
                u"insert of rows seq "_s + QString::number(rows.at(first).seq) + u".."_s
                    + QString::number(rows.at(first + count - 1).seq) + u" failed: "_s
                    + insert->lastError().text());
            return std::nullopt;
        }
        while (insert->next())
            inserted.insert(insert->value(0).toString());
        insert->finish(); // SQLite: done before COMMIT
    }
    return inserted;
}

// PostgreSQL: the whole batch in one statement of six arrays, unnested in the batch's order (so
// central's arrival order, id, follows the branch's). QPSQL writes each bound value into the
// EXECUTE text as a literal the server parses again: 8,000 of them a batch cost more than the
// insert itself (docs/performance.md).
std::optional<QSet<QString>> IngestStore::insertAsArrays(qint64 branchId,
    const QList<IngestRow> &rows, const QList<Columns> &columns, qint64 now, QString *why)
{
    PostgresArray uuids, seqs, kinds, payloads, createdAt, personal;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const IngestRow &row = rows.at(i);
        uuids.append(row.uuid);
        seqs.append(row.seq);
        kinds.append(row.kind);
        payloads.append(QString::fromUtf8(columns.at(i).payload));
        createdAt.append(row.createdAtMs);
        if (columns.at(i).personal.isNull())
            personal.appendNull();
        else
            personal.appendBytes(columns.at(i).personal.toByteArray());
    }
    PreparedQuery insert = m_db.prepared(kInsertHead
        + u"SELECT ?, r.uuid, r.seq, r.kind, r.payload, r.created_at_ms, ?, r.personal "
          "FROM unnest(?::text[], ?::bigint[], ?::text[], ?::text[], ?::bigint[], ?::bytea[]) "
          "WITH ORDINALITY AS r (uuid, seq, kind, payload, created_at_ms, personal, n) "
          "ORDER BY r.n"_s
        + kInsertTail);
    const QString values[] = {uuids.text(), seqs.text(), kinds.text(), payloads.text(),
        createdAt.text(), personal.text()};
    insert->bindValue(0, branchId);
    insert->bindValue(1, now);
    for (int i = 0; i < 6; ++i)
        insert->bindValue(2 + i, values[i]);
    if (!insert->exec()) {
        explain(why,
            u"insert of rows seq "_s + QString::number(rows.first().seq) + u".."_s
                + QString::number(rows.last().seq) + u" failed: "_s
                + insert->lastError().text());
        return std::nullopt;
    }
    QSet<QString> inserted;
    inserted.reserve(rows.size());
    while (insert->next())
        inserted.insert(insert->value(0).toString());
    return inserted;
}

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
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    IngestOutcome outcome;
    outcome.fromSeq = rows.first().seq;
    outcome.toSeq = rows.last().seq;
    QList<Columns> columns;
    columns.reserve(rows.size());
    for (const IngestRow &row : rows) {
        std::optional<Columns> c = columnsOf(row, branchId, m_cipher);
        if (!c) // never stored in the clear: the batch waits until central has its key
            return fail(u"row seq "_s + QString::number(row.seq)
                + u" holds personal data and central has no key for it"_s);
        columns.append(std::move(*c));
    }

    std::optional<QSet<QString>> inserted = m_db.isPostgres()
        ? insertAsArrays(branchId, rows, columns, now, why)
        : insertAsValues(branchId, rows, columns, now, why);
    if (!inserted)
        return std::nullopt;
    // A uuid twice in one batch is stored once: the first is the inserted one.
    for (const IngestRow &row : rows) {
        if (inserted->remove(row.uuid)) {
            ++outcome.inserted;
            // Only a new row files: a repeated delivery of it changes nothing.
            if (m_complaints && row.kind == ComplaintIntake::kind()
                && !m_complaints->recordFiled(branchId, row, why))
                return std::nullopt;
            if (m_attachments && row.kind == AttachmentStore::partKind()
                && !m_attachments->recordPart(branchId, row, why))
                return std::nullopt;
            if (m_areaReports && row.kind == EReportDayIntake::kind()
                && !m_areaReports->recordDay(branchId, row, why))
                return std::nullopt;
        } else {
            outcome.duplicates << row.uuid;
        }
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
    if (readFailed(q)) {
        if (why)
            *why = q.lastError().text();
        return {};
    }
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

std::optional<QByteArray> IngestStore::payloadOf(
    qint64 branchId, const QString &uuid, QString *why) const
{
    auto fail = [why](const QString &reason) -> std::optional<QByteArray> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT payload, personal FROM ingested_row WHERE branch_id = ? AND uuid = ?"_s);
    q.addBindValue(branchId);
    q.addBindValue(uuid);
    if (!q.exec())
        return fail(q.lastError().text());
    if (!q.next())
        return fail(translated(
            QT_TRANSLATE_NOOP("saduak::IngestStore", "Central holds no such row of this branch.")));
    const QByteArray payload = q.value(0).toString().toUtf8();
    if (q.value(1).isNull())
        return payload;
    if (!m_cipher)
        return fail(translated(QT_TRANSLATE_NOOP("saduak::IngestStore",
            "The personal data of this row cannot be read without central's key file.")));
    const std::optional<QByteArray> personal = m_cipher->open(
        q.value(1).toByteArray(), PersonalDataCipher::rowBinding(branchId, uuid), why);
    if (!personal)
        return std::nullopt;
    QString detail;
    const std::optional<QJsonObject> merged
        = ReadableFields::merge(QJsonDocument::fromJson(payload).object(),
            QJsonDocument::fromJson(*personal).array(), &detail);
    if (!merged) {
        qWarning("ingested row %s: %s", qPrintable(uuid), qPrintable(detail));
        return fail(translated(QT_TRANSLATE_NOOP(
            "saduak::IngestStore", "The personal data of this row does not fit its payload.")));
    }
    return QJsonDocument(*merged).toJson(QJsonDocument::Compact);
}

IngestStore::KeyCheck IngestStore::checkKey(QString *why) const
{
    // The latest sealed row: if the key opens it, it is the key the data was sealed with.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT branch_id, uuid, personal FROM ingested_row WHERE personal IS NOT NULL "
                "ORDER BY id DESC LIMIT 1"_s)) {
        if (why)
            *why = q.lastError().text();
        return KeyCheck::Unreadable;
    }
    if (!q.next())
        return KeyCheck::NothingSealed;
    if (!m_cipher)
        return KeyCheck::DoesNotOpen;
    const bool opens
        = m_cipher
              ->open(q.value(2).toByteArray(),
                  PersonalDataCipher::rowBinding(q.value(0).toLongLong(), q.value(1).toString()),
                  why)
              .has_value();
    return opens ? KeyCheck::Opens : KeyCheck::DoesNotOpen;
}

} // namespace saduak
