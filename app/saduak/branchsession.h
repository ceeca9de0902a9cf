#pragma once

#include <modulehost/deskstate.h>
#include <modulehost/modulehost.h>
#include <modulehost/moduleloader.h>
#include <shell/shellcontext.h>
#include <storage/database.h>

#include <domain/devicerole.h>

#include <QHostAddress>
#include <QObject>
#include <QUrl>
#include <functional>
#include <memory>
#include <vector>

namespace saduak {

class AppSettings;
class BranchHub;
class HostModuleContext;
class HostModulePrinting;
class LanguageSwitcher;
class QueueLink;

// What one `saduak` process runs (DESIGN.md, "Processes"):
//  - embedded (default): the branch hub in this process on a local SQLite file, the screens
//    talking to it directly; with `serve`, also the LAN port for other PCs;
//  - client (`hubUrl` set): the screens and the modules' desk parts talk to another PC's hub; this
//    PC keeps no branch data at all.
// Either way: modules loaded; where the hub runs, their migrations applied and their hub parts
// serving; their desk parts initialized with a context each.
class BranchSession : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString databasePath;
        QString moduleFolder;
        bool seedDemo = true;
        bool serve = false;
        QHostAddress listenAddress = QHostAddress::Any;
        quint16 port = 7420;
        QUrl hubUrl; // empty: embedded
        QString hubToken;
        QByteArray hubPin; // the hub's key (PublicKeyPin) for a wss:// hubUrl
        std::function<qint64()> clock; // the embedded hub's UTC ms; empty: the system clock (tests)
        // What this PC's own screen is to its embedded hub (device "local"): a kiosk or a board
        // as such, so nobody logs in there; the supervisor's screen as a supervisor's PC; the
        // counter screen as a counter PC bound to this PC's counter (AppSettings::counterNumber,
        // or the catalog's first counter when the branch has no such counter), so a counter
        // officer logged in there works at that counter only, as at a paired counter PC
        // (docs/hub-protocol.md "Roles").
        DeviceRole localRole = DeviceRole::Counter;
    };

    // On a storage failure returns null with error set. A hub that cannot listen is not fatal:
    // the counter still works alone; serveError says why.
    static std::unique_ptr<BranchSession> open(const Options &options, AppSettings &settings,
        StorageError *error, QString *serveError = nullptr);
    ~BranchSession() override;

    bool isClient() const { return !m_hub; }
    BranchHub *hub() { return m_hub.get(); } // null for a client
    QueueLink &queue() { return *m_queue; }
    DeskState &desk() { return m_desk; } // the citizen and ticket this PC works on, for modules

    // Runs ready once the catalog is known: at once (next event-loop turn) when embedded, after
    // the hub answered when a client.
    void whenReady(std::function<void()> ready);
    bool isReady() const { return m_ready; }

    ShellContext shellContext(LanguageSwitcher *language);

    // Whether nobody could log in at this PC's counter screen: an embedded branch without an
    // active staff account (a new branch). A client PC's hub is another's: its operator adds staff
    // with saduak-hub add-staff, so this is false there.
    bool needsFirstAdmin() const;
    // Adds the branch's first administrator (StaffStore::add, role admin): false with the reason
    // to show (translated) when not made.
    bool addFirstAdmin(const QString &userName, const QString &fullName,
        const QByteArray &password, QString *why);
    void shutDown(); // modules' aboutToShutDown, once

private:
    explicit BranchSession(AppSettings &settings);
    void loadModules(const Options &options);
    void startModules();
    void setCatalog(const QList<Service> &services, const QList<Counter> &counters,
        const QList<Holiday> &holidays = {});

    AppSettings &m_settings;
    DeskState m_desk; // before the contexts that refer to it
    ModuleLoader m_loader;
    QList<ModuleLoadResult> m_refused;
    std::unique_ptr<BranchHub> m_hub;
    QUrl m_hubUrl; // a client's hub
    std::unique_ptr<QueueLink> m_queue;
    std::unique_ptr<HostModulePrinting> m_printing; // this PC's printers, shared by every module
    std::vector<std::unique_ptr<HostModuleContext>> m_contexts;
    std::unique_ptr<ModuleHost> m_host;
    QList<Service> m_services;
    QList<Counter> m_counters;
    QList<Holiday> m_holidays;
    bool m_ready = false;
    std::function<qint64()> m_clock; // the embedded hub's (Options::clock)
    std::vector<std::function<void()>> m_whenReady;
};

} // namespace saduak
