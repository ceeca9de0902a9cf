#pragma once

#include "hublimits.h"

#include <modulehost/moduleloader.h>
#include <queue/queuesettings.h>
#include <storage/database.h>
#include <sync/syncclient.h>

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <functional>
#include <optional>

class QLockFile;
class QSettings;
#include <memory>
#include <vector>

namespace saduak {

class CatalogStore;
class DeadLetterCommands;
class DeviceCommands;
class ManagementCommands;
class DeviceStore;
class EReportCommands;
class EReportPush;
class LongReads;
class HubModules;
class HubServer;
class MigrationSet;
class QueueCommands;
class StaffCommands;
class QueueManager;

// A whole branch hub: the branch database (core and hub migrations), the demo catalog on an empty
// database, the QueueManager, paired devices, and — once listen() is called — the LAN server.
// saduak-hub runs one; `saduak --serve` runs one inside the counter program.
class BranchHub : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString databasePath;
        bool seedDemo = true;
        QList<const MigrationSet *> moduleMigrations; // after core and hub, in this order
        // Loaded modules: their migrations run after those above, and their hub parts serve
        // their commands (HubModules). The loader that loaded them must outlive the hub.
        QList<LoadedModule> modules;
        QSettings *settings = nullptr; // the modules' settings ("modules/<id>/"); may be null
        // The one live hub of this file: a second one would run its own queue beside it and
        // neither would see the other's tickets. Off for tools that only write, like pairing.
        bool exclusive = true;
        QueueSettings queue;
        std::function<qint64()> clock; // UTC ms; empty: the system clock (tests fix the time)
        HubLimits limits; // the LAN server's, once listen() is called
        // The LAN server's certificate and key (tlsFrom): wss:// only. None: the hub's own on the
        // LAN, ws:// on loopback (listen()).
        std::optional<QSslConfiguration> tls;
    };

    static std::unique_ptr<BranchHub> open(const Options &options, StorageError *error);
    ~BranchHub() override;

    // How to get a branch back when its database file is damaged (a backup, or a new file that
    // pulls the reference data again), and what each way loses; translated.
    static QString restoreAdvice(const QString &databasePath);

    // The hub's own migrations (devices), scope "hub".
    static MigrationSet migrations();

    // The queue's tunables from a settings file ("queue/recallPauseSeconds", "queue/maxRecalls",
    // "queue/rolloverHour", "queue/openAllDay"); absent or out-of-range keys keep the defaults of
    // QueueSettings.
    static QueueSettings queueSettingsFrom(const QSettings &settings);

    // The LAN server's TLS from certFile and keyFile, or where they are empty from the settings'
    // hub/tlsCert and hub/tlsKey (a relative path is from the settings file's folder). Nothing,
    // why empty: no certificate given (the hub's own serves, lanTls()). Nothing, why set: a file cannot be
    // used, or only one of the two is given.
    static std::optional<QSslConfiguration> tlsFrom(
        QString certFile, QString keyFile, const QSettings *settings, QString *why);

    // The certificate devices pin: the one given (Options::tls), else the hub's own beside its
    // database (<folder>/<name>-hub.crt and <name>-hub.key, OwnCertificate), made at first need.
    // Nothing, why set: it cannot be made or read.
    std::optional<QSslConfiguration> lanTls(QString *why);

    // Serves devices at address:port: wss:// with lanTls() unless the address is this PC's
    // loopback and no certificate was given (ws://, for this PC's own programs only).
    bool listen(const QHostAddress &address, quint16 port, QString *why = nullptr);

    // Starts pushing the outbox to central (app/sync); every recorded queue event asks for a
    // push soon. The sync client's tables are migrated by open() whether or not it runs.
    // The server, once listening, carries its state to the devices (HubServer::setSyncState).
    SyncClient &startSync(const SyncClient::Options &options);
    // The one way both programs start it from their settings (central/url, central/token…,
    // SyncClient::optionsFrom): null when no central is configured (why empty) or the settings are
    // wrong (why says what).
    SyncClient *startSyncFrom(const QSettings &settings, QString *why = nullptr);
    SyncClient *sync() { return m_sync; } // null until startSync()

    Database &database() { return *m_db; }
    QueueManager &queue() { return *m_queue; }
    CatalogStore &catalog() { return *m_catalog; }
    DeviceStore &devices() { return *m_devices; }
    QueueCommands &commands() { return *m_commands; }
    HubModules &modules() { return *m_modules; }
    HubServer *server() { return m_server; } // null until listen()
    LongReads &longReads() { return *m_longReads; }

private:
    BranchHub() = default;
    void connectSyncToServer();

    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CatalogStore> m_catalog;
    std::unique_ptr<QueueManager> m_queue;
    std::unique_ptr<DeviceStore> m_devices;
    std::unique_ptr<QueueCommands> m_commands;
    std::unique_ptr<StaffCommands> m_staff; // logIn, logOut; who is logged in where
    std::unique_ptr<DeviceCommands> m_deviceCommands; // devices, renameDevice, rebindDevice, …
    // setServiceTarget, setServiceHours, setHolidays, setCounterServices, moveTicket
    std::unique_ptr<ManagementCommands> m_management;
    // A month's e-report and the like, off the hub thread (longreads.h)
    std::unique_ptr<LongReads> m_longReads;
    std::unique_ptr<EReportCommands> m_eReports; // eReport
    std::unique_ptr<EReportPush> m_eReportPush; // ereport.day rows for central
    std::unique_ptr<DeadLetterCommands> m_deadLetters; // deadLetters: what central refused
    std::vector<std::unique_ptr<MigrationSet>> m_moduleMigrations;
    std::unique_ptr<HubModules> m_modules;
    HubServer *m_server = nullptr;
    SyncClient *m_sync = nullptr;
    HubLimits m_limits;
    std::optional<QSslConfiguration> m_tls;
    QString m_databasePath;
};

} // namespace saduak
