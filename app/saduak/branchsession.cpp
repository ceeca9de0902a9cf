#include "branchsession.h"

#include "hostmodulecontext.h"
#include "hostmoduleprinting.h"

#include <hub/branchhub.h>
#include <hub/devicestore.h>
#include <hub/hublimits.h>
#include <hub/hubmodules.h>
#include <hub/hubserver.h>
#include <hub/localqueuelink.h>
#include <hub/staffstore.h>
#include <queue/catalogstore.h>
#include <queue/queuemanager.h>
#include <queuelink/hubclient.h>
#include <queuelink/remotequeuelink.h>
#include <shell/appsettings.h>
#include <shell/languageswitcher.h>
#include <storage/openfilelimit.h>

#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QTimer>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcBranch, "saduak.branch")

namespace saduak {

namespace {

// The counter the embedded counter screen works: the one this PC was set to, as its counter
// picker shows it, when the branch has it; else the branch's first (a new PC's setting is 1).
int localCounter(int saved, const QList<Counter> &counters)
{
    for (const Counter &c : counters)
        if (c.number == saved)
            return saved;
    return counters.isEmpty() ? saved : counters.first().number;
}

} // namespace

BranchSession::BranchSession(AppSettings &settings) : m_settings(settings) { }

BranchSession::~BranchSession()
{
    shutDown();
    m_host.reset();
    m_contexts.clear();
    m_queue.reset(); // before the hub it talks to
}

void BranchSession::loadModules(const Options &options)
{
    // Modules first, without initializing them: a hub in this process runs their migrations and
    // starts their hub parts when it opens the branch database, before any desk part starts.
    if (QDir(options.moduleFolder).exists()) {
        for (const ModuleLoadResult &r : m_loader.loadFolder(options.moduleFolder))
            if (r.status != ModuleLoadResult::Status::Loaded)
                m_refused.append(r);
    } else {
        qCInfo(lcBranch) << "no module folder at" << options.moduleFolder;
    }
}

std::unique_ptr<BranchSession> BranchSession::open(
    const Options &options, AppSettings &settings, StorageError *error, QString *serveError)
{
    std::unique_ptr<BranchSession> session(new BranchSession(settings));
    session->m_clock = options.clock;
    session->loadModules(options);

    if (options.hubUrl.isEmpty()) {
        BranchHub::Options hubOptions;
        hubOptions.databasePath = options.databasePath;
        hubOptions.seedDemo = options.seedDemo;
        hubOptions.clock = options.clock;
        hubOptions.modules = session->m_loader.modules();
        hubOptions.settings = &settings.raw();
        hubOptions.queue = BranchHub::queueSettingsFrom(settings.raw());
        QString tlsWhy;
        if (options.serve) {
            // Serving the LAN, this PC takes the same limits as saduak-hub (hub/... settings,
            // docs/deployment.md), its connection cap sized from the descriptors it may hold.
            HubLimits defaults;
            defaults.maxConnections = HubLimits::connectionsFor(OpenFileLimit::raise().soft);
            hubOptions.limits = HubLimits::from(settings.raw(), defaults);
            // And the same certificate settings (hub/tlsCert, hub/tlsKey): wss:// only.
            hubOptions.tls = BranchHub::tlsFrom({}, {}, &settings.raw(), &tlsWhy);
        }
        session->m_hub = BranchHub::open(hubOptions, error);
        if (!session->m_hub)
            return nullptr;
        session->m_refused.append(session->m_hub->modules().failures());
        if (options.serve && !tlsWhy.isEmpty()) {
            // A certificate that was meant but cannot be used: no LAN port, rather than ws://.
            if (serveError)
                *serveError = tlsWhy;
        } else if (options.serve) {
            QString why;
            if (session->m_hub->listen(options.listenAddress, options.port, &why))
                qCInfo(lcBranch) << "serving the LAN on port" << session->m_hub->server()->port();
            else if (serveError)
                *serveError = why;
        }
        // This PC is the hub: its screen acts as its mode's device (Options::localRole).
        Device localDevice {u"local"_s, options.localRole, u"this PC"_s};
        if (options.localRole == DeviceRole::Counter)
            localDevice.counterNumber
                = localCounter(settings.counterNumber(), session->m_hub->catalog().counters());
        auto local = std::make_unique<LocalQueueLink>(session->m_hub->commands(), localDevice);
        // Pushes the outbox to central from the same settings as saduak-hub (central/url…).
        local->followSync(session->m_hub->startSyncFrom(settings.raw()));
        local->followModules(session->m_hub->modules());
        session->m_queue = std::move(local);
        session->setCatalog(session->m_hub->queue().services(),
            session->m_hub->catalog().counters(), session->m_hub->queue().holidays());
        // Read already: followed from the next change on.
        session->m_queue->followCatalog(BranchCatalog {session->m_services, session->m_counters,
            session->m_holidays, session->m_hub->queue().settings().openAllDay});
    } else {
        // A client PC keeps no records: its modules' records live at the hub (DESIGN.md).
        session->m_hubUrl = options.hubUrl;
        auto remote = std::make_unique<RemoteQueueLink>(options.hubUrl, options.hubToken);
        remote->client().setPinnedKey(options.hubPin);
        remote->start();
        session->m_queue = std::move(remote);
        session->m_queue->followCatalog(); // read when the link is up: the session is ready then
    }
    // Every screen follows the catalog from the link itself (ModeWindow); the session keeps its
    // copy for the contexts it hands out later.
    connect(session->m_queue.get(), &QueueLink::catalogChanged, session.get(),
        [self = session.get()] {
            if (const std::optional<BranchCatalog> &c = self->m_queue->catalog())
                self->setCatalog(c->services, c->counters, c->holidays);
        });
    // A module's desk part names who works here as the person logged in (the hub records the
    // same for its commands).
    BranchSession *self = session.get();
    connect(session->m_queue.get(), &QueueLink::staffChanged, self, [self] {
        const std::optional<StaffIdentity> &staff = self->m_queue->staff();
        self->m_desk.setStaff(staff ? staff->user : QString());
    });
    session->startModules();
    return session;
}

void BranchSession::startModules()
{
    // Printing is per PC, a client's too: its receipts and forms go to its own printers.
    m_printing = std::make_unique<HostModulePrinting>(m_settings);
    m_host
        = std::make_unique<ModuleHost>(m_loader, [this](const ModuleInfo &info) -> ModuleContext * {
              m_contexts.push_back(
                  std::make_unique<HostModuleContext>(info, m_queue.get(), m_settings.raw(), m_desk));
              m_contexts.back()->setPrinting(m_printing.get());
              return m_contexts.back().get();
          });
    m_host->start();
    m_refused.append(m_host->failures());
}

void BranchSession::setCatalog(const QList<Service> &services, const QList<Counter> &counters,
    const QList<Holiday> &holidays)
{
    m_services = services;
    m_counters = counters;
    m_holidays = holidays;
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
    c.holidays = m_holidays;
    c.modules = m_host ? m_host->running() : QList<LoadedModule> {};
    c.refusedModules = m_refused;
    c.databasePath = m_hub ? m_hub->database().path() : m_hubUrl.toDisplayString();
    c.sqliteVersion = QString::fromLatin1(sqlite3_libversion());
    return c;
}

bool BranchSession::needsFirstAdmin() const
{
    return m_hub && !StaffStore(m_hub->database()).anyActive();
}

bool BranchSession::addFirstAdmin(const QString &userName, const QString &fullName,
    const QByteArray &password, QString *why)
{
    if (!m_hub)
        return false;
    const qint64 now = m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
    // The audit names the PC's own user, as saduak-hub's operator commands do.
    const StaffActor actor = StaffActor::ofThisProcess(u"local"_s);
    QString reason;
    const StaffStore::Change change = StaffStore(m_hub->database())
                                          .add(userName, fullName, StaffRole::Admin, password, now,
                                              actor, &reason);
    if (change == StaffStore::Change::Done)
        return true;
    if (change == StaffStore::Change::StorageFailed) {
        qCWarning(lcBranch) << "first administrator not added:" << reason;
        reason = tr("The account could not be saved in the branch database. Please try again.");
    }
    if (why)
        *why = reason;
    return false;
}

void BranchSession::shutDown()
{
    if (m_host)
        m_host->shutDown();
}

} // namespace saduak
