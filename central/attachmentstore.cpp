#include "attachmentstore.h"

#include "ingeststore.h"

#include <attachmentrule.h>

#include <storage/database.h>
#include <storage/readresult.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

using namespace Qt::StringLiterals;
using saduak::complaints::AttachmentRule;

Q_LOGGING_CATEGORY(lcAttachments, "saduak.central.attachments")

namespace saduak {

namespace {

// What a part row says of itself, checked against the contract (modules/complaints/README.md).
struct Part
{
    QString sha256;
    QString type;
    qint64 size = 0;
    qint64 index = 0;
    qint64 count = 0;
};

qint64 partCountOf(qint64 size)
{
    return (size + AttachmentRule::partBytes - 1) / AttachmentRule::partBytes;
}

qint64 partLengthOf(qint64 size, qint64 index)
{
    return std::min(size, (index + 1) * AttachmentRule::partBytes)
        - index * AttachmentRule::partBytes;
}

std::optional<qint64> integerOf(const QJsonValue &value)
{
    const double d = value.toDouble(std::nan(""));
    if (!value.isDouble() || !std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9.0e15)
        return std::nullopt;
    return qint64(d);
}

std::optional<QByteArray> dataOf(const QJsonObject &payload)
{
    const QJsonValue data = payload.value(u"data"_s);
    if (!data.isString())
        return std::nullopt;
    QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        data.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return std::move(decoded.decoded);
}

// The part, or nothing with the reason (for the log: no bytes of the file in it).
std::optional<Part> readPart(const QByteArray &json, QString *why)
{
    const QJsonObject payload = QJsonDocument::fromJson(json).object();
    Part part;
    part.sha256 = payload.value(u"sha256"_s).toString();
    part.type = payload.value(u"type"_s).toString();
    const auto size = integerOf(payload.value(u"size"_s));
    const auto index = integerOf(payload.value(u"index"_s));
    const auto count = integerOf(payload.value(u"count"_s));
    if (!AttachmentRule::isSha256(part.sha256))
        *why = u"sha256 is not 64 lower-case hex digits"_s;
    else if (!AttachmentRule::isKnownType(part.type))
        *why = u"type is not image/jpeg, image/png or application/pdf"_s;
    else if (!size || *size < 1 || *size > AttachmentRule::maxBytes)
        *why = u"size is not 1.."_s + QString::number(AttachmentRule::maxBytes);
    else if (!count || *count != partCountOf(*size))
        *why = u"count is not the number of parts of the size"_s;
    else if (!index || *index < 0 || *index >= *count)
        *why = u"index is not 0..count-1"_s;
    else {
        const std::optional<QByteArray> data = dataOf(payload);
        if (!data)
            *why = u"data is not base64"_s;
        else if (data->size() != partLengthOf(*size, *index))
            *why = u"data holds %1 bytes, not the %2 of part %3"_s.arg(data->size())
                       .arg(partLengthOf(*size, *index))
                       .arg(*index);
        else {
            part.size = *size;
            part.index = *index;
            part.count = *count;
            return part;
        }
    }
    return std::nullopt;
}

} // namespace

const QString &AttachmentStore::partKind()
{
    static const QString name = u"complaints.attachmentPart"_s;
    return name;
}

AttachmentStore::AttachmentStore(Database &db, IngestStore &ingest) : m_db(db), m_ingest(ingest) { }

bool AttachmentStore::recordPart(qint64 branchId, const IngestRow &row, QString *why)
{
    QString problem;
    const std::optional<Part> part = readPart(row.payload, &problem);
    if (!part) {
        qCWarning(lcAttachments) << "row" << row.uuid << "is no attachment part:" << problem;
        return true;
    }
    PreparedQuery insert = m_db.prepared(
        u"INSERT INTO complaint_attachment_part (sha256, part_index, part_count, type, size, "
        "branch_id, row_uuid) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (sha256, part_index) DO NOTHING"_s);
    const QVariant values[]
        = {part->sha256, part->index, part->count, part->type, part->size, branchId, row.uuid};
    for (int i = 0; i < int(std::size(values)); ++i)
        insert->bindValue(i, values[i]);
    if (!insert->exec()) {
        if (why)
            *why = u"cannot index attachment part "_s + row.uuid + u": "_s
                + insert->lastError().text();
        return false;
    }
    insert->finish();
    return true;
}

std::optional<QSet<QString>> AttachmentStore::arrived(
    const QStringList &sha256s, QString *why) const
{
    QSet<QString> whole;
    if (sha256s.isEmpty())
        return whole;
    QStringList marks;
    for (qsizetype i = 0; i < sha256s.size(); ++i)
        marks << u"?"_s;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT sha256, count(*), min(part_count), max(part_count) "
              "FROM complaint_attachment_part WHERE sha256 IN ("_s
        + marks.join(u", "_s) + u") GROUP BY sha256"_s);
    for (qsizetype i = 0; i < sha256s.size(); ++i)
        q.bindValue(int(i), sha256s.at(i));
    if (!q.exec()) {
        if (why)
            *why = q.lastError().text();
        return std::nullopt;
    }
    while (q.next())
        if (q.value(1).toLongLong() == q.value(2).toLongLong()
            && q.value(2).toLongLong() == q.value(3).toLongLong())
            whole.insert(q.value(0).toString());
    if (readFailed(q)) {
        if (why)
            *why = q.lastError().text();
        return std::nullopt;
    }
    return whole;
}

AttachmentStore::File AttachmentStore::file(
    const QString &sha256, qint64 size, const QString &type) const
{
    using Outcome = File::Outcome;
    const auto fail = [](Outcome outcome, const QString &why) { return File {outcome, {}, why}; };
    if (!AttachmentRule::isSha256(sha256) || size < 1 || size > AttachmentRule::maxBytes)
        return fail(Outcome::Damaged, u"the complaint names no file central could hold"_s);
    struct Row
    {
        qint64 index, count, size, branchId;
        QString type, uuid;
    };
    QList<Row> rows;
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(u"SELECT part_index, part_count, size, branch_id, type, row_uuid "
                  "FROM complaint_attachment_part WHERE sha256 = ? ORDER BY part_index"_s);
        q.addBindValue(sha256);
        if (!q.exec())
            return fail(Outcome::StorageFailed, q.lastError().text());
        while (q.next())
            rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString()});
        if (readFailed(q))
            return fail(Outcome::StorageFailed, q.lastError().text());
    }
    const qint64 count = partCountOf(size);
    if (rows.size() < count)
        return fail(Outcome::NotArrived, {});
    QByteArray bytes;
    bytes.reserve(size);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row &row = rows.at(i);
        // The parts say what the complaint says, or they are of another file.
        if (row.index != i || row.count != count || row.size != size || row.type != type)
            return fail(Outcome::Damaged,
                u"part %1 of %2 does not match the complaint's record"_s.arg(i).arg(sha256));
        QString why;
        const std::optional<QByteArray> payload = m_ingest.payloadOf(row.branchId, row.uuid, &why);
        if (!payload)
            return fail(
                Outcome::StorageFailed, u"part %1 of %2 not read: "_s.arg(i).arg(sha256) + why);
        const std::optional<QByteArray> data = dataOf(QJsonDocument::fromJson(*payload).object());
        if (!data || data->size() != partLengthOf(size, i))
            return fail(Outcome::Damaged,
                u"part %1 of %2 holds no data of its length"_s.arg(i).arg(sha256));
        bytes += *data;
    }
    if (bytes.size() != size || AttachmentRule::sha256Of(bytes) != sha256)
        return fail(Outcome::Damaged, u"the parts of %1 do not add up to it"_s.arg(sha256));
    if (AttachmentRule::typeOf(bytes) != type)
        return fail(Outcome::Damaged, u"%1 is not the type its complaint says"_s.arg(sha256));
    return File {Outcome::Assembled, bytes, {}};
}

} // namespace saduak
