#pragma once

#include <QList>
#include <QSet>
#include <QVariant>
#include <QString>
#include <QStringList>
#include <optional>

namespace saduak {

class AreaReportStore;
class AttachmentStore;
class ComplaintStore;
class Database;
class PersonalDataCipher;

// One outbox row as a branch sent it, checked already (IngestRequest).
struct IngestRow
{
    QString uuid; // lowercase, without braces
    qint64 seq = 0; // the branch's outbox order
    QString kind;
    QByteArray payload; // compact JSON object
    qint64 createdAtMs = 0;
};

// What one batch did: every row from fromSeq to toSeq that was handed in is now stored, either by
// this batch (inserted) or by an earlier delivery (duplicates, by uuid).
struct IngestOutcome
{
    qint64 fromSeq = 0;
    qint64 toSeq = 0;
    int inserted = 0;
    QStringList duplicates;
};

// Stores branches' outbox rows, idempotent on (branch, uuid): insert-or-ignore in the one
// transaction of the batch, so a batch is all stored or not at all and a row is never stored
// twice. All SQL about ingested rows is here.
// What a payload's kind does not declare readable (ReadableFields) is stored apart, sealed by the
// cipher, in the same transaction as the row (docs/central-api.md, "Personal data at central").
class IngestStore
{
public:
    explicit IngestStore(Database &db);

    // The key for personal data; not owned. Without one, a batch with personal data is refused
    // (never stored in the clear) and payloadOf cannot give such a row back.
    void setCipher(const PersonalDataCipher *cipher) { m_cipher = cipher; }
    // Files the complaint of each new "complaints.complaint" row in the batch's transaction;
    // not owned (CentralDatabase sets it).
    void setComplaints(ComplaintStore *complaints) { m_complaints = complaints; }
    // Indexes each new "complaints.attachmentPart" row in the batch's transaction; not owned.
    void setAttachments(AttachmentStore *attachments) { m_attachments = attachments; }
    // Keeps the figures of each new "ereport.day" row in the batch's transaction; not owned.
    void setAreaReports(AreaReportStore *areaReports) { m_areaReports = areaReports; }

    // rows must be in seq order and not empty. Returns nothing (why set) when the batch could
    // not be stored; then nothing of it is.
    std::optional<IngestOutcome> ingest(
        qint64 branchId, const QList<IngestRow> &rows, QString *why = nullptr);

    struct StoredRow
    {
        QString uuid;
        qint64 branchSeq = 0;
        QString kind;
    };
    // A branch's rows in central's arrival order (for checks and tests).
    QList<StoredRow> rowsOf(qint64 branchId, QString *why = nullptr) const;
    qint64 rowCount(qint64 branchId) const; // -1 if it cannot be read

    // A row's payload as the branch sent it (compact JSON), the personal fields decrypted and put
    // back. Nothing (why: a translated message) when there is no such row or its personal data
    // does not decrypt (another key, a changed value): never a payload with parts missing.
    std::optional<QByteArray> payloadOf(
        qint64 branchId, const QString &uuid, QString *why = nullptr) const;

    // Whether the cipher opens the personal data already stored (checked on the latest sealed
    // row), so central refuses to start with a wrong key instead of mixing two keys.
    enum class KeyCheck { NothingSealed, Opens, DoesNotOpen, Unreadable };
    KeyCheck checkKey(QString *why = nullptr) const;

private:
    // What goes into the payload and personal columns: what the row's kind does not declare
    // readable moves out of the payload into one sealed value bound to the row; NULL when
    // everything is readable.
    struct Columns
    {
        QByteArray payload;
        QVariant personal {QMetaType::fromType<QByteArray>()};
    };
    // Nothing when something must be sealed and there is no cipher.
    static std::optional<Columns> columnsOf(
        const IngestRow &row, qint64 branchId, const PersonalDataCipher *cipher);
    // The uuids the statement(s) inserted; nothing (why set) on a failure.
    std::optional<QSet<QString>> insertAsValues(qint64 branchId, const QList<IngestRow> &rows,
        const QList<Columns> &columns, qint64 now, QString *why);
    std::optional<QSet<QString>> insertAsArrays(qint64 branchId, const QList<IngestRow> &rows,
        const QList<Columns> &columns, qint64 now, QString *why);

    Database &m_db;
    const PersonalDataCipher *m_cipher = nullptr;
    ComplaintStore *m_complaints = nullptr;
    AttachmentStore *m_attachments = nullptr;
    AreaReportStore *m_areaReports = nullptr;
};

} // namespace saduak
