#include "complaintstore.h"

#include "complaintintake.h"
#include "ingeststore.h"
#include "referencelogstore.h"

#include <trackingnumber.h>

#include <domain/bangkoktime.h>
#include <storage/database.h>
#include <storage/readresult.h>
#include <storage/writetransaction.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace saduak::complaints;

Q_LOGGING_CATEGORY(lcComplaints, "saduak.central.complaints")

namespace saduak {

namespace {

constexpr char kContext[] = "saduak::ComplaintStore";

template<typename Result>
Result failWith(QString *why, const QString &reason, Result result = {})
{
    if (why)
        *why = reason;
    return result;
}

// A bound null QString is SQL NULL; the text columns are NOT NULL, empty when there is nothing.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(u""_s) : QVariant(value);
}

// The columns every read of a complaint takes, in CentralComplaint's order.
const QString kColumns = u"c.tracking_number, b.code, c.filed_at_ms, c.due_at_ms, c.category, "
                         "c.province_code, c.amphoe_code, c.tambon_code, c.state, c.agency, "
                         "c.duplicate_of, c.reopen_count, c.changed_at_ms"_s;
const QString kFrom = u" FROM complaint c JOIN branch b ON b.id = c.branch_id"_s;

CentralComplaint complaintAt(const QSqlQuery &q, qint64 nowMs)
{
    CentralComplaint c;
    c.trackingNumber = q.value(0).toString();
    c.branchCode = q.value(1).toString();
    c.filedAtMs = q.value(2).toLongLong();
    c.dueAtMs = q.value(3).toLongLong();
    c.category = q.value(4).toString();
    c.provinceCode = q.value(5).toString();
    c.amphoeCode = q.value(6).toString();
    c.tambonCode = q.value(7).toString();
    // Only this store writes the column, from toString(): an unknown name is a damaged row.
    c.state = complaintStateFromString(q.value(8).toString()).value_or(ComplaintState::Received);
    c.agency = q.value(9).toString();
    c.duplicateOf = q.value(10).toString();
    c.reopenCount = q.value(11).toInt();
    c.changedAtMs = q.value(12).toLongLong();
    c.overdue = isOverdue(c.state, c.dueAtMs, nowMs);
    return c;
}

// "c.due_at_ms < ? AND c.state NOT IN (…)" with the told states of core's table, so the rule
// of overdue lives in one place (complaints::isOverdue) and the SQL only follows it.
QString overdueCondition(QList<QVariant> *binds, qint64 nowMs)
{
    QStringList told;
    binds->append(nowMs);
    for (const ComplaintState state : allComplaintStates())
        if (hasToldComplainant(state)) {
            told << u"?"_s;
            binds->append(toString(state));
        }
    return u"(c.due_at_ms < ? AND c.state NOT IN ("_s + told.join(u", "_s) + u"))"_s;
}

} // namespace

struct ComplaintStore::Stored
{
    qint64 id = 0;
    qint64 branchId = 0;
    QString rowUuid;
    qint64 version = 0;
    CentralComplaint complaint;
};

const QString &ComplaintStore::statusDataset()
{
    static const QString name = u"complaint-status"_s;
    return name;
}

ComplaintStore::ComplaintStore(Database &db, IngestStore &ingest, ReferenceLogStore &reference)
    : m_db(db), m_ingest(ingest), m_reference(reference)
{ }

bool ComplaintStore::recordFiled(qint64 branchId, const IngestRow &row, QString *why)
{
    QString problem;
    const std::optional<FiledComplaint> filed = ComplaintIntake::read(row.payload, &problem);
    if (!filed) {
        // The server refuses such a row before it gets here; another caller's row is kept.
        qCWarning(lcComplaints) << "row" << row.uuid << "files no complaint:" << problem;
        return true;
    }
    PreparedQuery insert = m_db.prepared(
        u"INSERT INTO complaint (tracking_number, branch_id, row_uuid, filed_at_ms, due_at_ms, "
        "category, province_code, amphoe_code, tambon_code, state, changed_at_ms) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (tracking_number) DO NOTHING RETURNING id"_s);
    const QVariant values[] = {filed->trackingNumber, branchId, row.uuid, filed->filedAtMs,
        filed->dueAtMs, text(filed->category), text(filed->provinceCode), text(filed->amphoeCode),
        text(filed->tambonCode), toString(ComplaintState::Received), filed->filedAtMs};
    for (int i = 0; i < int(std::size(values)); ++i)
        insert->bindValue(i, values[i]);
    if (!insert->exec())
        return failWith(why,
            u"cannot file complaint "_s + filed->trackingNumber + u": "_s
                + insert->lastError().text(),
            false);
    if (!insert->next()) {
        insert->finish();
        // The same number in a second row (another uuid): the first filing stands.
        qCWarning(lcComplaints) << "row" << row.uuid << "files" << filed->trackingNumber
                                << "again; central keeps the first filing";
        return true;
    }
    const qint64 id = insert->value(0).toLongLong();
    insert->finish(); // SQLite: done before the next statement and COMMIT
    ComplaintHistoryEntry first;
    first.atMs = filed->filedAtMs;
    first.actor = filed->branchCode;
    first.action = u"file"_s;
    first.state = ComplaintState::Received;
    // Published at filing too: any other branch can look the number up before the desk acts.
    return addHistory(id, first, why) && publish(filed->trackingNumber, why);
}

std::optional<ComplaintStore::Stored> ComplaintStore::find(
    const QString &trackingNumber, QString *why) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kColumns + u", c.id, c.branch_id, c.row_uuid, c.version"_s + kFrom
        + u" WHERE c.tracking_number = ?"_s);
    q.addBindValue(trackingNumber);
    if (!q.exec())
        return failWith<std::optional<Stored>>(why, q.lastError().text());
    if (!q.next()) {
        if (readFailed(q))
            return failWith<std::optional<Stored>>(why, q.lastError().text());
        if (why)
            why->clear();
        return std::nullopt;
    }
    Stored stored;
    stored.complaint = complaintAt(q, 0);
    stored.id = q.value(13).toLongLong();
    stored.branchId = q.value(14).toLongLong();
    stored.rowUuid = q.value(15).toString();
    stored.version = q.value(16).toLongLong();
    return stored;
}

std::optional<QList<ComplaintHistoryEntry>> ComplaintStore::historyOf(
    qint64 complaintId, QString *why) const
{
    using Out = std::optional<QList<ComplaintHistoryEntry>>;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT at_ms, actor, action, state, note FROM complaint_history "
              "WHERE complaint_id = ? ORDER BY id"_s);
    q.addBindValue(complaintId);
    if (!q.exec())
        return failWith<Out>(why, q.lastError().text());
    QList<ComplaintHistoryEntry> history;
    while (q.next())
        history.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            complaintStateFromString(q.value(3).toString()).value_or(ComplaintState::Received),
            q.value(4).toString()});
    if (readFailed(q))
        return failWith<Out>(why, q.lastError().text());
    return history;
}

bool ComplaintStore::addHistory(
    qint64 complaintId, const ComplaintHistoryEntry &entry, QString *why)
{
    PreparedQuery q = m_db.prepared(
        u"INSERT INTO complaint_history (complaint_id, at_ms, actor, action, state, note) "
        "VALUES (?, ?, ?, ?, ?, ?)"_s);
    q->bindValue(0, complaintId);
    q->bindValue(1, entry.atMs);
    q->bindValue(2, text(entry.actor));
    q->bindValue(3, entry.action);
    q->bindValue(4, toString(entry.state));
    q->bindValue(5, text(entry.note));
    if (!q->exec())
        return failWith(why, u"cannot add to the history: "_s + q->lastError().text(), false);
    return true;
}

bool ComplaintStore::publish(const QString &trackingNumber, QString *why)
{
    const std::optional<Stored> stored = find(trackingNumber, why);
    if (!stored)
        return failWith(
            why, u"cannot read complaint "_s + trackingNumber + u" to publish it"_s, false);
    const std::optional<QList<ComplaintHistoryEntry>> history = historyOf(stored->id, why);
    if (!history)
        return false;
    // README.md's complaint-status payload. Every branch pulls it and any screen may show it:
    // no actor (an officer's name), nothing of the complainant — the note is the officer's
    // word to the complainant and is published as such.
    QJsonArray entries;
    for (const ComplaintHistoryEntry &entry : *history)
        entries.append(QJsonObject {
            {u"state"_s, toString(entry.state)}, {u"atMs"_s, entry.atMs}, {u"note"_s, entry.note}});
    const CentralComplaint &c = stored->complaint;
    const QJsonObject payload {{u"trackingNumber"_s, c.trackingNumber},
        {u"state"_s, toString(c.state)}, {u"category"_s, c.category}, {u"agency"_s, c.agency},
        {u"reopenCount"_s, c.reopenCount}, {u"dueAtMs"_s, c.dueAtMs}, {u"history"_s, entries}};
    return m_reference.upsertInTransaction(statusDataset(),
        {{c.trackingNumber, QJsonDocument(payload).toJson(QJsonDocument::Compact)}}, nullptr, why);
}

ComplaintStore::ChangeResult ComplaintStore::change(
    const QString &trackingNumber, const ChangeRequest &request, const QString &actor, qint64 nowMs)
{
    using Outcome = ChangeResult::Outcome;
    ChangeResult result;
    const auto storageFailed = [&result](const QString &why) {
        result.outcome = Outcome::StorageFailed;
        result.why = why;
        result.message = TranslatableText(kContext,
            QT_TRANSLATE_NOOP("saduak::ComplaintStore",
                "Central could not store the change; nothing was changed. Try again later."));
        return result;
    };
    const auto refused
        = [&result](Outcome outcome, const QString &code, const TranslatableText &text) {
              result.outcome = outcome;
              result.refusalCode = code;
              result.message = text;
              return result;
          };
    TranslatableText notANumber;
    const std::optional<TrackingNumber> number = TrackingNumber::parse(trackingNumber, &notANumber);
    if (!number)
        return refused(Outcome::NotFound, u"notFound"_s, notANumber);
    if (nowMs < 0)
        nowMs = BangkokTime::nowUtcMs();

    WriteTransaction tx(m_db.connection());
    if (!tx.isActive())
        return storageFailed(u"cannot begin the change: "_s + tx.errorText());
    QString why;
    const std::optional<Stored> stored = find(number->text(), &why);
    if (!stored && !why.isEmpty())
        return storageFailed(why);
    if (!stored)
        return refused(Outcome::NotFound, u"notFound"_s,
            TranslatableText(kContext,
                QT_TRANSLATE_NOOP("saduak::ComplaintStore", "Central has no complaint %1."))
                .arg(number->text()));
    const CentralComplaint &now = stored->complaint;
    const ChangeOutcome checked = checkChange({now.state, now.trackingNumber, now.agency}, request);
    if (!checked.isAllowed())
        return refused(Outcome::Refused, checked.refusalCode, checked.refusal);

    // What core leaves to its caller: the category is one of complaint-categories, the
    // original of a duplicate is a complaint central has.
    QString category = now.category;
    if (request.action == ComplaintAction::Register) {
        const std::optional<QStringList> categories
            = m_reference.liveKeys(u"complaint-categories"_s, &why);
        if (!categories)
            return storageFailed(why);
        if (!categories->contains(request.category))
            return refused(Outcome::Refused, u"categoryUnknown"_s,
                TranslatableText(kContext,
                    QT_TRANSLATE_NOOP("saduak::ComplaintStore",
                        "There is no complaint category \"%1\" (complaint-categories)."))
                    .arg(request.category));
        category = request.category;
    }
    QString duplicateOf = now.duplicateOf;
    if (request.action == ComplaintAction::MarkDuplicate) {
        const std::optional<Stored> original = find(checked.duplicateOf, &why);
        if (!original && !why.isEmpty())
            return storageFailed(why);
        if (!original)
            return refused(Outcome::Refused, u"originalUnknown"_s,
                TranslatableText(kContext,
                    QT_TRANSLATE_NOOP("saduak::ComplaintStore",
                        "Central has no complaint %1 to be the original."))
                    .arg(checked.duplicateOf));
        duplicateOf = checked.duplicateOf;
    }
    const QString agency
        = request.action == ComplaintAction::Forward ? request.agency.trimmed() : now.agency;
    const int reopenCount = now.reopenCount + (checked.countsReopening ? 1 : 0);

    {
        PreparedQuery update = m_db.prepared(
            u"UPDATE complaint SET state = ?, category = ?, agency = ?, duplicate_of = ?, "
            "reopen_count = ?, changed_at_ms = ?, version = version + 1 "
            "WHERE id = ? AND version = ?"_s);
        const QVariant values[] = {toString(*checked.newState), text(category), text(agency),
            text(duplicateOf), reopenCount, nowMs, stored->id, stored->version};
        for (int i = 0; i < int(std::size(values)); ++i)
            update->bindValue(i, values[i]);
        if (!update->exec())
            return storageFailed(u"cannot change the complaint: "_s + update->lastError().text());
        if (update->numRowsAffected() != 1)
            return refused(Outcome::Conflict, u"changedMeanwhile"_s,
                TranslatableText(kContext,
                    QT_TRANSLATE_NOOP("saduak::ComplaintStore",
                        "Someone else changed complaint %1 meanwhile; read it again and "
                        "decide."))
                    .arg(now.trackingNumber));
    }
    ComplaintHistoryEntry entry;
    entry.atMs = nowMs;
    entry.actor = actor;
    entry.action = toString(request.action);
    entry.state = *checked.newState;
    entry.note = request.note.trimmed();
    if (!addHistory(stored->id, entry, &why) || !publish(now.trackingNumber, &why))
        return storageFailed(why);
    if (!tx.commit())
        return storageFailed(u"commit of the change failed: "_s + tx.errorText());
    result.outcome = Outcome::Changed;
    result.state = *checked.newState;
    return result;
}

std::optional<QList<CentralComplaint>> ComplaintStore::list(
    const ComplaintFilter &filter, qint64 nowMs, QString *why) const
{
    using Out = std::optional<QList<CentralComplaint>>;
    QList<QVariant> binds;
    const QString overdue = overdueCondition(&binds, nowMs);
    QString sql = u"SELECT "_s + kColumns + u", CASE WHEN "_s + overdue
        + u" THEN 1 ELSE 0 END AS overdue"_s + kFrom + u" WHERE 1 = 1"_s;
    if (filter.state) {
        sql += u" AND c.state = ?"_s;
        binds.append(toString(*filter.state));
    }
    if (!filter.category.isEmpty()) {
        sql += u" AND c.category = ?"_s;
        binds.append(filter.category);
    }
    if (!filter.branchCode.isEmpty()) {
        sql += u" AND b.code = ?"_s;
        binds.append(filter.branchCode);
    }
    if (!filter.area.isEmpty()) {
        sql += u" AND (c.province_code = ? OR c.amphoe_code = ? OR c.tambon_code = ?)"_s;
        binds << filter.area << filter.area << filter.area;
    }
    if (filter.overdueOnly)
        sql += u" AND "_s + overdueCondition(&binds, nowMs);
    // Overdue first, the longest overdue first; then the newest filed. A subquery, as
    // PostgreSQL takes an output column's name in ORDER BY only on its own.
    sql = u"SELECT * FROM ("_s + sql
        + u") AS x ORDER BY x.overdue DESC, CASE WHEN x.overdue = 1 THEN x.due_at_ms ELSE 0 END, "
          "x.filed_at_ms DESC, x.tracking_number LIMIT ?"_s;
    binds.append(filter.limit > 0 ? filter.limit : 1000);

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return failWith<Out>(why, q.lastError().text());
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        return failWith<Out>(why, q.lastError().text());
    QList<CentralComplaint> complaints;
    while (q.next())
        complaints.append(complaintAt(q, nowMs));
    if (readFailed(q))
        return failWith<Out>(why, q.lastError().text());
    return complaints;
}

ComplaintStore::Lookup ComplaintStore::get(const QString &trackingNumber, qint64 nowMs) const
{
    Lookup lookup;
    const std::optional<TrackingNumber> number = TrackingNumber::parse(trackingNumber);
    if (!number)
        return lookup;
    QString why;
    std::optional<Stored> stored = find(number->text(), &why);
    if (!stored) {
        lookup.storageFailure = why;
        return lookup;
    }
    const std::optional<QList<ComplaintHistoryEntry>> history = historyOf(stored->id, &why);
    if (!history) {
        lookup.storageFailure = why;
        return lookup;
    }
    stored->complaint.overdue
        = isOverdue(stored->complaint.state, stored->complaint.dueAtMs, nowMs);
    stored->complaint.history = *history;
    lookup.complaint = stored->complaint;
    return lookup;
}

ComplaintStore::Lookup ComplaintStore::whole(const QString &trackingNumber, qint64 nowMs) const
{
    Lookup lookup = get(trackingNumber, nowMs);
    if (!lookup.complaint)
        return lookup;
    QString why;
    const std::optional<Stored> stored = find(lookup.complaint->trackingNumber, &why);
    if (!stored) {
        lookup.complaint.reset();
        lookup.storageFailure = why.isEmpty() ? u"the complaint went away"_s : why;
        return lookup;
    }
    const std::optional<QByteArray> record
        = m_ingest.payloadOf(stored->branchId, stored->rowUuid, &why);
    if (!record) {
        lookup.complaint.reset();
        lookup.storageFailure = why;
        return lookup;
    }
    lookup.filed = QJsonDocument::fromJson(*record).object();
    return lookup;
}

} // namespace saduak
