#include "centraldatabase.h"

#include "branchstore.h"
#include "ingeststore.h"

#include <storage/migration.h>

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
    if (!central->m_db)
        return nullptr;
    central->m_branches = std::make_unique<BranchStore>(*central->m_db);
    central->m_ingest = std::make_unique<IngestStore>(*central->m_db);
    return central;
}

CentralDatabase::~CentralDatabase()
{
    m_ingest.reset();
    m_branches.reset();
    m_db.reset();
}

} // namespace saduak
