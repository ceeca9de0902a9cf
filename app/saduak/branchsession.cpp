#include "branchsession.h"

#include "hostmodulecontext.h"

#include <hub/branchhub.h>
#include <hub/devicestore.h>
#include <hub/hubserver.h>
#include <hub/localqueuelink.h>
#include <hub/remotequeuelink.h>
#include <queue/catalogstore.h>
#include <queue/queuemanager.h>
#include <shell/appsettings.h>
#include <shell/languageswitcher.h>
#include <storage/migration.h>

#include <QDir>
#include <QLoggingCategory>
#include <QTimer>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcBranch, "saduak.branch")

namespace saduak {

BranchSession::BranchSession(AppSettings &settings) : m_settings(settings) { }

BranchSession::~BranchSession()
{
    shutDown();
    m_host.reset();
    m_contexts.clear();
    m_queue.reset(); // before the hub it talks to
}

bool BranchSession::loadModules(const Options &options, StorageError *)
{
    // Modules first, without initializing them: their migrations (compiled into each plugin as
    // :/saduak/migrations/<id>) must run together with the core ones before any module works.
    if (QDir(options.moduleFolder).exists()) {
        for (const ModuleLoadResult &r : m_loader.loadFolder(options.moduleFolder))
            if (r.status != ModuleLoadResult::Status::Loaded)
                m_refused.append(r);
    } else {
        qCInfo(lcBranch) << "no module folder at" << options.moduleFolder;
    }
    for (const LoadedModule &m : m_loader.modules()) {
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
        m_moduleMigrations.push_back(std::move(set));
    }
    return true;
}

std::unique_ptr<BranchSession> BranchSession::open(
    const Options &options, AppSettings &settings, StorageError *error, QString *serveError)
{
    std::unique_ptr<BranchSession> session(new BranchSession(settings));
    session->loadModules(options, error);
    QList<const MigrationSet *> moduleSets;
    for (const auto &set : session->m_moduleMigrations)
        moduleSets.append(set.get());

    if (options.hubUrl.isEmpty()) {
        BranchHub::Options hubOptions;
        hubOptions.databasePath = options.databasePath;
        hubOptions.seedDemo = options.seedDemo;
        hubOptions.moduleMigrations = moduleSets;
        hubOptions.queue = BranchHub::queueSettingsFrom(settings.raw());
        session->m_hub = BranchHub::open(hubOptions, error);
        if (!session->m_hub)
            return nullptr;
        if (options.serve) {
            QString why;
            if (session->m_hub->listen(options.listenAddress, options.port, &why))
                qCInfo(lcBranch) << "serving the LAN on port" << session->m_hub->server()->port();
            else if (serveError)
                *serveError = why;
        }
        // This PC is the hub: its screens act with every role.
        auto local = std::make_unique<LocalQueueLink>(session->m_hub->commands(),
            Device {u"local"_s, Device::Role::Supervisor, u"this PC"_s});
        // Pushes the outbox to central from the same settings as saduak-hub (central/url…).
        local->followSync(session->m_hub->startSyncFrom(settings.raw()));
        session->m_queue = std::move(local);
        session->setCatalog(
            session->m_hub->queue().services(), session->m_hub->catalog().counters());
    } else {
        const MigrationSet core = MigrationSet::core();
        Database::Options dbOptions;
        dbOptions.migrations = {&core};
        dbOptions.migrations.append(moduleSets);
        session->m_clientDb = Database::open(options.databasePath, dbOptions, error);
        if (!session->m_clientDb)
            return nullptr;
        auto remote = std::make_unique<RemoteQueueLink>(options.hubUrl, options.hubToken);
        remote->start();
        session->m_queue = std::move(remote);
        BranchSession *self = session.get();
        session->m_queue->requestCatalog(
            [self](const QList<Service> &services, const QList<Counter> &counters) {
                self->setCatalog(services, counters);
            });
    }
    session->startModules();
    return session;
}

Database &BranchSession::database()
{
    return m_hub ? m_hub->database() : *m_clientDb;
}

void BranchSession::startModules()
{
    m_host
        = std::make_unique<ModuleHost>(m_loader, [this](const ModuleInfo &info) -> ModuleContext * {
              m_contexts.push_back(
                  std::make_unique<HostModuleContext>(info, database(), m_settings.raw(), m_desk));
              return m_contexts.back().get();
          });
    m_host->start();
    m_refused.append(m_host->failures());
}

void BranchSession::setCatalog(const QList<Service> &services, const QList<Counter> &counters)
{
    m_services = services;
    m_counters = counters;
    m_ready = true;
    auto waiting = std::move(m_whenReady);
    m_whenReady.clear();
    for (auto &ready : waiting)
        QTimer::singleShot(0, this, ready);
}

void BranchSession::whenReady(std::function<void()> ready)
{
    if (m_ready)
        QTimer::singleShot(0, this, ready);
    else
        m_whenReady.push_back(std::move(ready));
}

ShellContext BranchSession::shellContext(LanguageSwitcher *language)
{
    ShellContext c;
    c.settings = &m_settings;
    c.language = language;
    c.queue = m_queue.get();
    c.desk = &m_desk;
    if (language) {
        // Modules format dates and names for the language shown; they hear of a switch from here.
        c.desk->setLanguage(language->current());
        connect(language, &LanguageSwitcher::languageChanged, c.desk, &DeskState::setLanguage,
            Qt::UniqueConnection);
    }
    c.services = m_services;
    c.counters = m_counters;
    c.modules = m_host ? m_host->running() : QList<LoadedModule> {};
    c.refusedModules = m_refused;
    c.databasePath = m_hub ? m_hub->database().path() : m_clientDb->path();
    c.sqliteVersion = QString::fromLatin1(sqlite3_libversion());
    return c;
}

void BranchSession::shutDown()
{
    if (m_host)
        m_host->shutDown();
}

} // namespace saduak
