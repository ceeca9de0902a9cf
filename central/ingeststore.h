#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace saduak {

class Database;

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
class IngestStore
{
public:
    explicit IngestStore(Database &db);

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

private:
    Database &m_db;
};

} // namespace saduak
