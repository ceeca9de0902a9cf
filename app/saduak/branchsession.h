#pragma once

#include <modulehost/modulehost.h>
#include <modulehost/moduleloader.h>
#include <shell/shellcontext.h>
#include <storage/database.h>

#include <memory>
#include <vector>

namespace saduak {

class AppSettings;
class HostModuleContext;
class LanguageSwitcher;
class MigrationSet;

// One branch in this process (the embedded default of DESIGN.md): the branch database with every
// migration applied, the demo catalog on first start, and the modules loaded and initialized.
class BranchSession
{
public:
    struct Options
    {
        QString databasePath;
        QString moduleFolder;
        bool seedDemo = true;
    };

    static std::unique_ptr<BranchSession> open(
        const Options &options, AppSettings &settings, StorageError *error);
    ~BranchSession();

    Database &database() { return *m_db; }
    ShellContext shellContext(LanguageSwitcher *language) const;
    void shutDown(); // modules' aboutToShutDown, once

private:
    explicit BranchSession(AppSettings &settings);

    AppSettings &m_settings;
    ModuleLoader m_loader;
    QList<ModuleLoadResult> m_refused;
    std::vector<std::unique_ptr<MigrationSet>> m_migrations;
    std::unique_ptr<Database> m_db;
    std::vector<std::unique_ptr<HostModuleContext>> m_contexts;
    std::unique_ptr<ModuleHost> m_host;
    QList<Service> m_services;
    QList<Counter> m_counters;
};

} // namespace saduak
