#include "attachmentstore.h"

#include <sdk/moduletransaction.h>

using namespace Qt::StringLiterals;

namespace saduak::complaints {

std::optional<AttachmentFile> AttachmentStore::find(const QString &sha256, QString *why)
{
    const auto rows = m_tx.run(u"SELECT type, size, received, created_at_ms, complete_at_ms, "
                               "queued_at_ms FROM complaints_attachment_file WHERE sha256 = ?"_s,
        {sha256}, why);
    if (!rows || rows->rows.isEmpty())
        return std::nullopt;
    const QVariantMap &row = rows->rows.first();
    AttachmentFile file;
    file.sha256 = sha256;
    file.type = row.value(u"type"_s).toString();
    file.size = row.value(u"size"_s).toLongLong();
    file.received = row.value(u"received"_s).toLongLong();
    file.createdAtMs = row.value(u"created_at_ms"_s).toLongLong();
    file.complete = !row.value(u"complete_at_ms"_s).isNull();
    file.queued = !row.value(u"queued_at_ms"_s).isNull();
    return file;
}

bool AttachmentStore::create(
    const QString &sha256, const QString &type, qint64 size, qint64 atMs, QString *why)
{
    return m_tx
        .run(u"INSERT INTO complaints_attachment_file (sha256, type, size, received, "
             "created_at_ms) VALUES (?, ?, ?, 0, ?)"_s,
            {sha256, type, size, atMs}, why)
        .has_value();
}

bool AttachmentStore::append(
    const QString &sha256, qint64 offset, const QByteArray &bytes, QString *why)
{
    // The offset in the WHERE: a chunk lands only at the end of what is held, whatever raced.
    const auto moved = m_tx.run(u"UPDATE complaints_attachment_file SET received = received + ? "
                                "WHERE sha256 = ? AND received = ?"_s,
        {qint64(bytes.size()), sha256, offset}, why);
    if (!moved)
        return false;
    if (moved->rowsAffected != 1) {
        if (why)
            *why = u"the file holds another number of bytes than the chunk's offset"_s;
        return false;
    }
    return m_tx
        .run(u"INSERT INTO complaints_attachment_chunk (sha256, byte_offset, bytes) "
             "VALUES (?, ?, ?)"_s,
            {sha256, offset, bytes}, why)
        .has_value();
}

std::optional<QByteArray> AttachmentStore::bytesOf(const QString &sha256, QString *why)
{
    const auto rows = m_tx.run(u"SELECT bytes FROM complaints_attachment_chunk WHERE sha256 = ? "
                               "ORDER BY byte_offset"_s,
        {sha256}, why);
    if (!rows)
        return std::nullopt;
    QByteArray bytes;
    for (const QVariantMap &row : rows->rows)
        bytes += row.value(u"bytes"_s).toByteArray();
    return bytes;
}

bool AttachmentStore::markComplete(const QString &sha256, qint64 atMs, QString *why)
{
    return m_tx
        .run(u"UPDATE complaints_attachment_file SET complete_at_ms = ? WHERE sha256 = ?"_s,
            {atMs, sha256}, why)
        .has_value();
}

bool AttachmentStore::markQueued(const QString &sha256, qint64 atMs, QString *why)
{
    return m_tx.run(u"UPDATE complaints_attachment_file SET queued_at_ms = ? WHERE sha256 = ?"_s,
                   {atMs, sha256}, why)
               .has_value()
        && m_tx.run(u"DELETE FROM complaints_attachment_chunk WHERE sha256 = ?"_s, {sha256}, why)
               .has_value();
}

bool AttachmentStore::drop(const QString &sha256, QString *why)
{
    return m_tx.run(u"DELETE FROM complaints_attachment_chunk WHERE sha256 = ?"_s, {sha256}, why)
               .has_value()
        && m_tx.run(u"DELETE FROM complaints_attachment_file WHERE sha256 = ?"_s, {sha256}, why)
               .has_value();
}

std::optional<int> AttachmentStore::forgetUntakenBefore(qint64 beforeMs, QString *why)
{
    // A file a complaint took is queued in the same transaction, so "not queued" is "untaken".
    const QString untaken = u"SELECT sha256 FROM complaints_attachment_file "
                            "WHERE queued_at_ms IS NULL AND created_at_ms < ?"_s;
    if (!m_tx.run(u"DELETE FROM complaints_attachment_chunk WHERE sha256 IN ("_s + untaken + u')',
            {beforeMs}, why))
        return std::nullopt;
    const auto files = m_tx.run(u"DELETE FROM complaints_attachment_file "
                                "WHERE queued_at_ms IS NULL AND created_at_ms < ?"_s,
        {beforeMs}, why);
    if (!files)
        return std::nullopt;
    return files->rowsAffected;
}

bool AttachmentStore::addToComplaint(const QString &trackingNumber, int position,
    const QString &sha256, const QString &name, QString *why)
{
    return m_tx
        .run(u"INSERT INTO complaints_complaint_attachment (tracking_number, position, sha256, "
             "name) VALUES (?, ?, ?, ?)"_s,
            {trackingNumber, position, sha256, name}, why)
        .has_value();
}

std::optional<QList<ComplaintAttachment>> AttachmentStore::ofComplaint(
    const QString &trackingNumber, QString *why)
{
    const auto rows = m_tx.run(u"SELECT a.sha256, a.name, f.type, f.size "
                               "FROM complaints_complaint_attachment a "
                               "JOIN complaints_attachment_file f ON f.sha256 = a.sha256 "
                               "WHERE a.tracking_number = ? ORDER BY a.position"_s,
        {trackingNumber}, why);
    if (!rows)
        return std::nullopt;
    QList<ComplaintAttachment> attachments;
    for (const QVariantMap &row : rows->rows)
        attachments.append({row.value(u"sha256"_s).toString(), row.value(u"name"_s).toString(),
            row.value(u"type"_s).toString(), row.value(u"size"_s).toLongLong()});
    return attachments;
}

} // namespace saduak::complaints
