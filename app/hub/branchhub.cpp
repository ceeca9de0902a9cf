#include "branchhub.h"

#include "deadlettercommands.h"
#include "devicecommands.h"
#include "managementcommands.h"
#include "ereportcommands.h"
#include "ereportpush.h"
#include "longreads.h"
#include "staffcommands.h"

#include "devicestore.h"
#include "hubmodules.h"
#include "hubserver.h"
#include "queuecommands.h"

#include <queue/catalogstore.h>
#include <queue/queuemanager.h>
#include <storage/migration.h>
#include <storage/storagefault.h>
#include <tls/owncertificate.h>
#include <tls/servertls.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSettings>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcHub)

namespace saduak {

MigrationSet BranchHub::migrations()
{
    return MigrationSet::fromFolder(u"hub"_s, u":/saduak/migrations/hub"_s);
}

QueueSettings BranchHub::queueSettingsFrom(const QSettings &settings)
{
    QueueSettings q;
    const auto read = [&settings](const QString &key, int fallback, int low, int high) {
        bool ok = false;
        const int value = settings.value(key).toInt(&ok);
        if (!settings.contains(key))
            return fallback;
        if (!ok || value < low || value > high) {
            qCWarning(lcHub) << "setting" << key << "out of range, using" << fallback;
            return fallback;
        }
        return value;
    };
    q.recallPauseSeconds = read(u"queue/recallPauseSeconds"_s, q.recallPauseSeconds, 0, 3600);
    q.maxRecalls = read(u"queue/maxRecalls"_s, q.maxRecalls, 0, 100);
    q.rolloverHour = read(u"queue/rolloverHour"_s, q.rolloverHour, 0, 23);
    q.openAllDay = settings.value(u"queue/openAllDay"_s, q.openAllDay).toBool();
    return q;
}

namespace {

// Why the branch lock was not taken. Only a lock held by a live process means "open elsewhere";
// a lock that cannot be made at all is a full disk or a folder this user may not write, and
// sending the operator to look for another Saduak program would hide that.
StorageError lockError(const QLockFile &lock, const QString &databasePath)
{
    StorageError error;
    error.kind = StorageError::Kind::CannotOpen;
    const QString lockPath = databasePath + u".hub-lock"_s;
    if (lock.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        lock.getLockInfo(&pid, &host, &app);
        error.message = QCoreApplication::translate("saduak::BranchHub",
            "This branch is already open in another Saduak program on this computer "
            "(process %1). Close it, or join it with --hub instead of opening the file "
            "a second time.")
                            .arg(pid);
        error.detail = databasePath + u" is locked by process "_s + QString::number(pid) + u" ("_s
            + app + u')';
        return error;
    }
    // QLockFile keeps errno to itself: make a file there the same way to learn which fault it is.
    const QString folder = QFileInfo(lockPath).absolutePath();
    StorageFault::Cause cause = StorageFault::probeFolder(folder);
    if (cause == StorageFault::Cause::None && lock.error() == QLockFile::PermissionError)
        cause = StorageFault::Cause::NotWritable;
    error.message = cause != StorageFault::Cause::None
        ? StorageFault::message(cause, lockPath)
        : QCoreApplication::translate("saduak::BranchHub",
            "Saduak could not create its lock file %1 beside the branch database. Check that the "
            "disk is connected and has room, then start again.")
              .arg(QDir::toNativeSeparators(lockPath));
    error.detail = lockPath + u": cannot be created ("_s + StorageFault::name(cause)
        + u", QLockFile error "_s + QString::number(int(lock.error())) + u')';
    return error;
}

} // namespace

QString BranchHub::restoreAdvice(const QString &databasePath)
{
    return QCoreApplication::translate("saduak::BranchHub",
        "To restore: stop the hub, copy the latest backup (saduak-hub backup FILE) to %1 and "
        "start the hub; what was recorded after that backup is lost here, and what central "
        "already received stays at central. With no backup: move the damaged file away and "
        "start the hub on a new one; it pulls the reference data from central again, but "
        "central does not send back this branch's tickets, statistics, module records or "
        "paired devices: set up the services and counters and pair the devices again.")
        .arg(QDir::toNativeSeparators(databasePath));
}

std::unique_ptr<BranchHub> BranchHub::open(const Options &options, StorageError *error)
{
    std::unique_ptr<BranchHub> hub(new BranchHub);
    if (options.exclusive && options.databasePath != u":memory:"_s) {
        // QLockFile notices a lock left by a killed hub (its process is gone) and takes it over.
        hub->m_lock = std::make_unique<QLockFile>(options.databasePath + u".hub-lock"_s);
        hub->m_lock->setStaleLockTime(0);
        QDir().mkpath(QFileInfo(options.databasePath).absolutePath());
        if (!hub->m_lock->tryLock(0)) {
            if (error)
                *error = lockError(*hub->m_lock, options.databasePath);
            return nullptr;
        }
    }
    const MigrationSet core = MigrationSet::core();
    const MigrationSet own = migrations();
    const MigrationSet sync = SyncClient::migrations();
    Database::Options dbOptions;
    dbOptions.migrations = {&core, &own, &sync};
    dbOptions.migrations.append(options.moduleMigrations);
    QStringList brokenMigrations;
    hub->m_moduleMigrations = HubModules::migrationsOf(options.modules, &brokenMigrations);
    for (const QString &broken : std::as_const(brokenMigrations))
        qCWarning(lcHub).noquote() << "module left without its tables:" << broken;
    for (const auto &set : hub->m_moduleMigrations)
        dbOptions.migrations.append(set.get());
    hub->m_db = Database::open(options.databasePath, dbOptions, error);
    if (!hub->m_db) {
        if (error && error->kind == StorageError::Kind::Damaged)
            error->message += u' ' + restoreAdvice(options.databasePath);
        return nullptr;
    }
    hub->m_catalog = std::make_unique<CatalogStore>(*hub->m_db);
    if (options.seedDemo) {
        QString why;
        if (!hub->m_catalog->seedDemoIfEmpty(&why))
            qCWarning(lcHub) << "demo catalog not seeded:" << why;
    }
    hub->m_queue = std::make_unique<QueueManager>(*hub->m_db, options.queue, options.clock);
    hub->m_devices = std::make_unique<DeviceStore>(*hub->m_db);
    hub->m_commands
        = std::make_unique<QueueCommands>(*hub->m_queue, *hub->m_catalog, *hub->m_db);
    hub->m_commands->setSyncNow(
        [raw = hub.get()] { return raw->m_sync && raw->m_sync->syncNow(); });
    // Before the modules: logIn, logOut and staffSession are the hub's, whatever a module calls
    // its commands (theirs are "<module>.<name>").
    hub->m_staff = std::make_unique<StaffCommands>(*hub->m_db, hub->m_commands->table(),
        options.queue.rolloverHour, options.clock);
    hub->m_deviceCommands = std::make_unique<DeviceCommands>(
        *hub->m_db, *hub->m_devices, hub->m_commands->table(), options.clock);
    hub->m_management = std::make_unique<ManagementCommands>(
        *hub->m_db, *hub->m_queue, hub->m_commands->table());
    hub->m_deadLetters
        = std::make_unique<DeadLetterCommands>(*hub->m_db, hub->m_commands->table());
    hub->m_longReads = std::make_unique<LongReads>(*hub->m_db);
    hub->m_eReports
        = std::make_unique<EReportCommands>(*hub->m_longReads, hub->m_commands->table());
    // The days that ended while the hub was off go to central now (the rollover sends the
    // others); not from a tool beside the live hub (pairing, a report), which only reads or
    // writes its own rows.
    hub->m_eReportPush = std::make_unique<EReportPush>(*hub->m_db, *hub->m_queue);
    QString pushWhy;
    if (options.exclusive && !hub->m_eReportPush->pushMissedDays(&pushWhy))
        qCWarning(lcHub).noquote() << "e-reports of past days not written for central:" << pushWhy;
    hub->m_modules = std::make_unique<HubModules>(
        *hub->m_db, hub->m_commands->table(), options.settings, options.clock);
    hub->m_modules->start(options.modules);
    hub->m_limits = options.limits;
    hub->m_tls = options.tls;
    hub->m_databasePath = options.databasePath;
    return hub;
}

BranchHub::~BranchHub()
{
    delete m_sync; // before the database it writes
    m_sync = nullptr;
    delete m_server; // before the queue and devices it refers to
    m_server = nullptr;
    if (m_modules)
        m_modules->shutDown(); // while the database they write is open
    m_commands.reset();
    m_staff.reset();
    m_deviceCommands.reset();
    m_eReports.reset();
    m_eReportPush.reset();
    m_deadLetters.reset();
    m_modules.reset();
    m_queue.reset();
    m_db.reset(); // the file closed before another hub may take the lock
}

SyncClient &BranchHub::startSync(const SyncClient::Options &options)
{
    delete m_sync;
    m_sync = new SyncClient(*m_db, options);
    connect(m_queue.get(), &QueueManager::eventRecorded, m_sync, &SyncClient::pushSoon);
    connect(m_modules.get(), &HubModules::commandCommitted, m_sync, &SyncClient::pushSoon);
    connect(m_staff.get(), &StaffCommands::audited, m_sync, &SyncClient::pushSoon);
    connect(m_deviceCommands.get(), &DeviceCommands::audited, m_sync, &SyncClient::pushSoon);
    connect(m_eReportPush.get(), &EReportPush::pushed, m_sync, &SyncClient::pushSoon);
    m_sync->start();
    connectSyncToServer();
    return *m_sync;
}

SyncClient *BranchHub::startSyncFrom(const QSettings &settings, QString *why)
{
    QString reason;
    const auto options = SyncClient::optionsFrom(settings, &reason);
    if (why)
        *why = reason;
    if (!options) {
        if (!reason.isEmpty())
            qCWarning(lcHub) << "no sync with central:" << reason;
        return nullptr;
    }
    // The token lets anyone push as this branch: the file that holds it is the hub's user's alone.
    const QFileInfo file(settings.fileName());
    if (file.exists()
        && (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)))
        qCWarning(lcHub).noquote()
            << "the settings file" << file.absoluteFilePath()
            << "holds central/token and other users of this PC can read it: chmod 600"
            << file.absoluteFilePath() << "(docs/deployment.md)";
    return &startSync(*options);
}

void BranchHub::connectSyncToServer()
{
    if (!m_server || !m_sync)
        return;
    m_server->setSyncState(m_sync->state().toJson());
    connect(m_sync, &SyncClient::stateChanged, m_server,
        [server = m_server](const SyncState &state) { server->setSyncState(state.toJson()); });
}

std::optional<QSslConfiguration> BranchHub::tlsFrom(
    QString certFile, QString keyFile, const QSettings *settings, QString *why)
{
    if (why)
        why->clear();
    const auto fromSettings = [settings](const QString &key) {
        const QString path = settings ? settings->value(key).toString().trimmed() : QString();
        if (path.isEmpty() || QFileInfo(path).isAbsolute() || settings->fileName().isEmpty())
            return path;
        return QFileInfo(settings->fileName()).dir().filePath(path);
    };
    if (certFile.isEmpty())
        certFile = fromSettings(u"hub/tlsCert"_s);
    if (keyFile.isEmpty())
        keyFile = fromSettings(u"hub/tlsKey"_s);
    if (certFile.isEmpty() && keyFile.isEmpty())
        return std::nullopt;
    if (certFile.isEmpty() || keyFile.isEmpty()) {
        if (why)
            *why = QCoreApplication::translate("saduak::BranchHub",
                "The hub's TLS needs both a certificate and its key (--tls-cert and --tls-key, or "
                "hub/tlsCert and hub/tlsKey).");
        return std::nullopt;
    }
    return ServerTls::fromPemFiles(certFile, keyFile, why);
}

std::optional<QSslConfiguration> BranchHub::lanTls(QString *why)
{
    if (m_tls)
        return m_tls;
    const QFileInfo database(m_databasePath);
    if (m_databasePath.isEmpty() || m_databasePath == u":memory:"_s) {
        if (why)
            *why = QCoreApplication::translate("saduak::BranchHub",
                "A hub without a database file has no folder for its own certificate: give it "
                "one (--tls-cert and --tls-key).");
        return std::nullopt;
    }
    // Beside the database: the branch's records and the key devices pinned go together.
    const QString stem = database.dir().filePath(database.completeBaseName() + u"-hub"_s);
    m_tls = OwnCertificate::loadOrMake(stem + u".crt"_s, stem + u".key"_s, why);
    return m_tls;
}

bool BranchHub::listen(const QHostAddress &address, quint16 port, QString *why)
{
    // Tokens and citizen IDs never cross the LAN in clear: a hub reachable from other PCs serves
    // wss:// with the certificate given or its own. Only a hub for this PC alone may serve ws://.
    if (!m_server && !m_tls && !address.isLoopback() && !lanTls(why))
        return false;
    if (!m_server) {
        m_server = new HubServer(*m_commands, *m_devices);
        m_server->setLimits(m_limits);
        if (m_tls)
            m_server->setTls(*m_tls);
        connect(m_commands.get(), &QueueCommands::eventReady, m_server, &HubServer::publishEvent);
        connect(m_modules.get(), &HubModules::eventPublished, m_server,
            &HubServer::publishModuleEvent);
        m_deviceCommands->setConnectedDevices(
            [server = m_server] { return server->connectedDeviceIds(); });
        connectSyncToServer();
    }
    return m_server->listen(address, port, why);
}

} // namespace saduak
