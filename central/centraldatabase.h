#pragma once

#include <storage/database.h>

#include <memory>

namespace saduak {

class AreaReportStore;
class AttachmentStore;
class BranchStore;
class ComplaintStore;
class IngestStore;
class MigrationSet;
class ReferenceLogStore;
class StatisticsStore;

// Central's database and its stores: one SQLite file, or a PostgreSQL database given as a
// postgresql:// URL (Database::open), migrated with central's own scope ("central",
// central/migrations; the same files on both). saduak-central runs one; tests open another on
// the same location to check what central stored.
class CentralDatabase
{
public:
    static MigrationSet migrations();
    static std::unique_ptr<CentralDatabase> open(
        const QString &path, StorageError *error = nullptr, bool readOnly = false);
    ~CentralDatabase();

    Database &database() { return *m_db; }
    BranchStore &branches() { return *m_branches; }
    IngestStore &ingest() { return *m_ingest; }
    ReferenceLogStore &reference() { return *m_reference; }
    ComplaintStore &complaints() { return *m_complaints; }
    AttachmentStore &attachments() { return *m_attachments; }
    StatisticsStore &statistics() { return *m_statistics; }
    AreaReportStore &areaReports() { return *m_areaReports; }

private:
    CentralDatabase() = default;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<BranchStore> m_branches;
    std::unique_ptr<IngestStore> m_ingest;
    std::unique_ptr<ReferenceLogStore> m_reference;
    std::unique_ptr<ComplaintStore> m_complaints;
    std::unique_ptr<AttachmentStore> m_attachments;
    std::unique_ptr<StatisticsStore> m_statistics;
    std::unique_ptr<AreaReportStore> m_areaReports;
};

} // namespace saduak
