#pragma once

#include <storage/database.h>

#include <memory>

namespace saduak {

class BranchStore;
class IngestStore;
class MigrationSet;

// Central's database and its stores: one SQLite file migrated with central's own scope
// ("central", central/migrations). saduak-central runs one; tests open another on the same file
// to check what central stored.
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

private:
    CentralDatabase() = default;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<BranchStore> m_branches;
    std::unique_ptr<IngestStore> m_ingest;
};

} // namespace saduak
