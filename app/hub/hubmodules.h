#pragma once

#include <modulehost/moduleloader.h>

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <functional>
#include <memory>
#include <vector>

class QSettings;

namespace saduak {

struct StaffMember;

class CommandTable;
class Database;
class MigrationSet;
class ModuleHubPart;
struct CommandRequest;
struct CommandSpec;
struct Device;
struct HubReply;

// The modules' hub parts in a hub (DESIGN.md, "Plugin modules"): creates each loaded module's
// ModuleHubPart in module id order, gives it a context, puts the commands it registers into the
// hub's CommandTable as "<module id>.<name>", and runs them:
//  - a command in a write transaction of its own (BEGIN IMMEDIATE) with its outbox rows and its
//    answer under the request id (module_request), so a repeat returns the first answer and does
//    nothing again, also after a restart; the same id with other content (a digest of its fields)
//    is refused, requestIdReused; a refusal or a failure undoes everything;
//  - a query in a read transaction, undone afterwards;
//  - the module's SQL only on its own tables (ModuleTables);
//  - the events a command published go out after its commit, never for one undone.
class HubModules : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>;

    HubModules(Database &db, CommandTable &table, QSettings *settings, Clock clock,
        QObject *parent = nullptr);
    ~HubModules() override;

    // The migrations of each module (compiled into its plugin as :/saduak/migrations/<id>), to
    // run with the core ones when the branch database opens. A module with broken ones is named
    // in why (and left out).
    static std::vector<std::unique_ptr<MigrationSet>> migrationsOf(
        const QList<LoadedModule> &modules, QStringList *why = nullptr);

    void start(const QList<LoadedModule> &modules);
    void shutDown(); // aboutToShutDown() on every hub part, once

    QStringList running() const; // module ids with a hub part
    const QList<ModuleLoadResult> &failures() const { return m_failures; }

    static constexpr qint64 kRequestRetentionMs = 2 * 24 * 3600 * 1000LL;

Q_SIGNALS:
    // "<module id>.<name>" with its data, after the commit of the command that published it.
    void eventPublished(const QString &name, const QJsonObject &data);
    // A module command was committed (its outbox rows with it): time to push to central.
    void commandCommitted();

private:
    class Context;
    friend class Context;

    HubReply run(const QString &moduleId, const CommandSpec &spec, const Device &device,
        const StaffMember *person, const QJsonObject &message, const QString &requestId,
        const QString &digest);
    HubReply runQuery(
        const QString &moduleId, const CommandSpec &spec, const CommandRequest &request);
    // digest: of what the request asks (CommandTable::requestDigest), kept with its answer.
    HubReply runCommand(const QString &moduleId, const CommandSpec &spec,
        const CommandRequest &request, const QString &digest);
    void publish(const QString &name, const QJsonObject &data);
    void forgetOldRequests();

    Database &m_db;
    CommandTable &m_table;
    QSettings *m_settings;
    Clock m_clock;
    std::vector<std::unique_ptr<Context>> m_contexts;
    std::vector<std::unique_ptr<ModuleHubPart>> m_parts;
    QStringList m_running;
    QList<ModuleLoadResult> m_failures;
    bool m_inCommand = false;
    QList<QPair<QString, QJsonObject>> m_heldEvents;
    int m_commandsSincePrune = 0;
    bool m_shutDown = false;
};

} // namespace saduak
