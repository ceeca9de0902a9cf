#include "branchsession.h"

#include "hostmodulecontext.h"

#include <queue/catalogstore.h>
#include <shell/appsettings.h>
#include <storage/migration.h>

#include <QDir>
#include <QLoggingCategory>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcBranch, "saduak.branch")

namespace saduak {

BranchSession::BranchSession(AppSettings &settings) : m_settings(settings) { }

BranchSession::~BranchSession()
{
    shutDown();
}

std::unique_ptr<BranchSession> BranchSession::open(
    const Options &options, AppSettings &settings, StorageError *error)
{
    std::unique_ptr<BranchSession> session(new BranchSession(settings));

    // Modules first, without initializing them: their migrations (compiled into each plugin as
    // :/saduak/migrations/<id>) must run together with the core ones before any module works.
    if (QDir(options.moduleFolder).exists()) {
        for (const ModuleLoadResult &r : session->m_loader.loadFolder(options.moduleFolder))
            if (r.status != ModuleLoadResult::Status::Loaded)
                session->m_refused.append(r);
    } else {
        qCInfo(lcBranch) << "no module folder at" << options.moduleFolder;
    }

    Database::Options dbOptions;
    session->m_migrations.push_back(std::make_unique<MigrationSet>(MigrationSet::core()));
    for (const LoadedModule &m : session->m_loader.modules()) {
        const QString folder = u":/saduak/migrations/"_s + m.info.id;
        if (!QDir(folder).exists())
            continue;
        QString why;
        auto set
            = std::make_unique<MigrationSet>(MigrationSet::fromFolder(m.info.id, folder, &why));
        if (!set->isValid()) {
            qCWarning(lcBranch) << "module" << m.info.id << "has broken migrations:" << why;
            continue;
        }
        session->m_migrations.push_back(std::move(set));
    }
    for (const auto &set : session->m_migrations)
        dbOptions.migrations.append(set.get());

    session->m_db = Database::open(options.databasePath, dbOptions, error);
    if (!session->m_db)
        return nullptr;

    CatalogStore catalog(*session->m_db);
    if (options.seedDemo) {
        QString why;
        if (!catalog.seedDemoIfEmpty(&why))
            qCWarning(lcBranch) << "demo catalog not seeded:" << why;
    }
    session->m_services = catalog.services();
    session->m_counters = catalog.counters();

    BranchSession *self = session.get();
    session->m_host = std::make_unique<ModuleHost>(
        session->m_loader, [self](const ModuleInfo &info) -> ModuleContext * {
            self->m_contexts.push_back(
                std::make_unique<HostModuleContext>(info, *self->m_db, self->m_settings.raw()));
            return self->m_contexts.back().get();
        });
    session->m_host->start();
    session->m_refused.append(session->m_host->failures());
    return session;
}

ShellContext BranchSession::shellContext(LanguageSwitcher *language) const
{
    ShellContext c;
    c.settings = &m_settings;
    c.language = language;
    c.services = m_services;
    c.counters = m_counters;
    c.modules = m_host->running();
    c.refusedModules = m_refused;
    c.databasePath = m_db->path();
    c.sqliteVersion = QString::fromLatin1(sqlite3_libversion());
    return c;
}

void BranchSession::shutDown()
{
    if (m_host)
        m_host->shutDown();
}

} // namespace saduak
