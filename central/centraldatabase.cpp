#include "centraldatabase.h"

#include "areareportstore.h"
#include "attachmentstore.h"
#include "branchstore.h"
#include "complaintstore.h"
#include "ingeststore.h"
#include "referencelogstore.h"
#include "statisticsstore.h"

#include <storage/migration.h>

#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace saduak {

MigrationSet CentralDatabase::migrations()
{
    return MigrationSet::fromFolder(u"central"_s, u":/saduak/migrations/central"_s);
}

std::unique_ptr<CentralDatabase> CentralDatabase::open(
    const QString &path, StorageError *error, bool readOnly)
{
    std::unique_ptr<CentralDatabase> central(new CentralDatabase);
    const MigrationSet own = migrations();
    Database::Options options;
    options.migrations = {&own};
    options.readOnly = readOnly;
    central->m_db = Database::open(path, options, error);
    if (!central->m_db) {
        if (error && error->kind == StorageError::Kind::Damaged)
            error->message += u' '
                + QCoreApplication::translate("saduak::CentralDatabase",
                    "To restore: stop central, copy the latest backup (saduak-central backup "
                    "FILE) to %1 and start central again. What the branches pushed after that "
                    "backup is not at central any more and is not sent again; enrolments and "
                    "reference data made since then must be made again.")
                      .arg(QDir::toNativeSeparators(path));
        return nullptr;
    }
    if (!central->m_db->isPostgres()) {
        // Central's rows are keyed by random UUIDs: every batch touches pages all over that
        // index. A 64 MiB page cache (SQLite's default is 2 MiB) keeps them in memory as the
        // table grows (docs/performance.md, "Push").
        QSqlQuery(central->m_db->connection()).exec(u"PRAGMA cache_size = -65536"_s);
    }
    central->m_branches = std::make_unique<BranchStore>(*central->m_db);
    central->m_ingest = std::make_unique<IngestStore>(*central->m_db);
    central->m_reference = std::make_unique<ReferenceLogStore>(*central->m_db);
    central->m_statistics = std::make_unique<StatisticsStore>(*central->m_db);
    central->m_complaints = std::make_unique<ComplaintStore>(
        *central->m_db, *central->m_ingest, *central->m_reference);
    central->m_ingest->setComplaints(central->m_complaints.get());
    central->m_attachments = std::make_unique<AttachmentStore>(*central->m_db, *central->m_ingest);
    central->m_ingest->setAttachments(central->m_attachments.get());
    central->m_areaReports = std::make_unique<AreaReportStore>(*central->m_db);
    central->m_ingest->setAreaReports(central->m_areaReports.get());
    return central;
}

CentralDatabase::~CentralDatabase()
{
    if (m_ingest) { // not when open() failed before making the stores
        m_ingest->setComplaints(nullptr);
        m_ingest->setAttachments(nullptr);
        m_ingest->setAreaReports(nullptr);
    }
    m_areaReports.reset();
    m_attachments.reset();
    m_complaints.reset();
    m_statistics.reset();
    m_reference.reset();
    m_ingest.reset();
    m_branches.reset();
    m_db.reset();
}

} // namespace saduak
