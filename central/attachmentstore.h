#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace saduak {

class Database;
class IngestStore;
struct IngestRow;

// The attachments of complaints at central and all their SQL (docs/central-api.md,
// "Complaints"): a branch sends each file once as "complaints.attachmentPart" rows, its bytes
// sealed in those rows; this store indexes the parts as they arrive (in the ingest's transaction)
// and puts a file together again for the desk, checked against what its complaint says.
class AttachmentStore
{
public:
    static const QString &partKind(); // "complaints.attachmentPart"

    AttachmentStore(Database &db, IngestStore &ingest);

    // Indexes a new part row inside the write transaction of its batch (IngestStore). A row that
    // cannot be read as a part (its fields, or data of another length than its place in the file
    // says) indexes nothing and is logged: the row itself is kept, and a good copy from another
    // branch may still index that part. A part indexed already (the same file from a second
    // branch) is not indexed again. False (why) when the database failed: the batch is then not
    // stored.
    bool recordPart(qint64 branchId, const IngestRow &row, QString *why);

    // Which of the files (by SHA-256) have all their parts at central; nothing (why) when the
    // database failed.
    std::optional<QSet<QString>> arrived(const QStringList &sha256s, QString *why = nullptr) const;

    struct File
    {
        enum class Outcome {
            Assembled,
            NotArrived, // a part (or all) has not come yet
            Damaged, // the parts do not add up to the file the complaint names
            StorageFailed,
        };
        Outcome outcome = Outcome::StorageFailed;
        QByteArray bytes; // Assembled: the file
        QString why; // Damaged, StorageFailed: for the log
    };
    // The file with that SHA-256, its parts in order and unsealed through the ingest store, as
    // the complaint's record names it (size and type): its size and SHA-256 checked, and its type
    // read from its bytes. Never bytes that fail a check.
    File file(const QString &sha256, qint64 size, const QString &type) const;

private:
    Database &m_db;
    IngestStore &m_ingest;
};

} // namespace saduak
