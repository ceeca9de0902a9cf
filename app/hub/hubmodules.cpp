#include "hubmodules.h"

#include "commandtable.h"
#include "devicestore.h"
#include "hubbackend.h"
#include "moduletables.h"

#include <queuelink/queuecommandspec.h>
#include <sdk/hubpart.h>
#include <sdk/module.h>
#include <sdk/modulecontext.h>
#include <storage/database.h>
#include <storage/migration.h>
#include <storage/writetransaction.h>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcHub)

namespace saduak {

namespace {

TranslatableText modulesText(const char *source)
{
    return TranslatableText("saduak::HubModules", source);
}

HubReply storageFailed()
{
    return HubReply::error(u"storage"_s,
        modulesText(QT_TRANSLATE_NOOP("saduak::HubModules",
            "The branch hub could not save this, so nothing was changed. Please try again.")));
}

CommandCaller callerOf(const Device &device, const StaffMember *person, const QJsonObject &message)
{
    CommandCaller caller;
    caller.deviceId = device.id;
    caller.deviceName = device.name;
    caller.role = device.role;
    // A counter PC's counter is its pairing's (DeviceWorkplace refused any other); a supervisor's
    // PC says where it works; a kiosk or a board works at none (docs/hub-protocol.md, "Roles").
    const QJsonObject workplace = message.value(u"workplace"_s).toObject();
    const double counter = workplace.value(u"counter"_s).toDouble();
    if (device.role == DeviceRole::Counter)
        caller.counterNumber = device.counterNumber;
    else if (device.role == DeviceRole::Supervisor && counter >= 0 && counter <= 100000)
        caller.counterNumber = int(counter);
    // Who is logged in at the device, as the hub knows it; never the message's word, so no
    // device (a kiosk, a hand-made message) can put a filing on an officer's name. Empty where
    // nobody logs in (a kiosk, a board) or the command needs nobody.
    caller.staff = person ? person->userName : QString();
    return caller;
}

// Where a module message says it was made (docs/hub-protocol.md, "Module commands"): a counter
// number and a staff login, each when given. Checked as every field is, so {"counter": "3"} is
// badRequest rather than counter 0 in the module's audit row.
bool workplaceFits(const QJsonValue &value)
{
    const QJsonObject workplace = value.toObject();
    const QJsonValue counter = workplace.value(u"counter"_s);
    const QJsonValue staff = workplace.value(u"staff"_s);
    const double n = counter.toDouble(-1);
    return (counter.isUndefined() || (counter.isDouble() && n == double(int(n)) && n >= 0
                                         && n <= 100000))
        && (staff.isUndefined() || (staff.isString() && staff.toString().size() <= 100));
}

bool declares(const QList<CommandField> &fields, const QString &name)
{
    return std::any_of(fields.cbegin(), fields.cend(),
        [&name](const CommandField &field) { return field.name == name; });
}

// A module's handler, kept from taking the hub down with it: an exception is a failed command.
CommandResult handled(
    const CommandSpec &spec, ModuleTransaction &tx, const CommandRequest &request)
{
    try {
        return spec.handler(tx, request);
    } catch (const std::exception &e) {
        qCWarning(lcHub) << "module command" << request.name << "threw:" << e.what();
    } catch (...) {
        qCWarning(lcHub) << "module command" << request.name << "threw";
    }
    return CommandResult::refused(u"storage"_s, storageFailed().errorText);
}

HubReply replyOf(const CommandResult &result)
{
    if (result.isOk())
        return {result.body, {}, {}, {}};
    return HubReply::error(result.errorCode, result.errorText);
}

} // namespace

// One module's side of the hub: its settings group, its log, its commands while it initializes.
class HubModules::Context final : public HubModuleContext, public ModuleSettings
{
public:
    Context(HubModules &owner, const QString &moduleId)
        : m_owner(owner),
          m_moduleId(moduleId),
          m_logName("saduak.module." + moduleId.toUtf8()),
          m_log(m_logName.constData())
    { }

    bool registerCommand(const CommandSpec &spec, QString *why) override
    {
        const auto fail = [why](const QString &reason) {
            if (why)
                *why = reason;
            return false;
        };
        if (!m_registering)
            return fail(u"commands are registered in initialize() only"_s);
        if (!spec.handler)
            return fail(u"the command \"%1\" has no handler"_s.arg(spec.name));
        for (const CommandSpec &s : std::as_const(m_commands))
            if (s.name == spec.name)
                return fail(u"the command \"%1\" is registered twice"_s.arg(spec.name));
        m_commands.append(spec);
        return true;
    }

    void publishEvent(const QString &name, const QJsonObject &data) override
    {
        m_owner.publish(m_moduleId + u'.' + name, data);
    }

    ModuleSettings *settings() override { return this; }
    const QLoggingCategory &log() const override { return m_log; }
    QString branchFolder() const override
    {
        return QFileInfo(m_owner.m_db.path()).absolutePath();
    }
    qint64 nowMs() const override
    {
        return m_owner.m_clock ? m_owner.m_clock() : QDateTime::currentMSecsSinceEpoch();
    }

    QVariant value(const QString &key, const QVariant &defaultValue) const override
    {
        return m_owner.m_settings ? m_owner.m_settings->value(settingsKey(key), defaultValue)
                                  : defaultValue;
    }
    void setValue(const QString &key, const QVariant &value) override
    {
        if (m_owner.m_settings)
            m_owner.m_settings->setValue(settingsKey(key), value);
    }

    // After initialize() said yes: the commands go into the hub's table. False with why when one
    // cannot (the table refuses its name); then none of them is served.
    bool publishCommands(QString *why)
    {
        m_registering = false;
        QList<HubCommand> commands;
        for (const CommandSpec &spec : std::as_const(m_commands)) {
            HubCommand command;
            command.name = m_moduleId + u'.' + spec.name;
            command.roles = spec.roles;
            command.fields = spec.fields;
            // Any module message may say where it was made; the hub reads it (callerOf), so it
            // is a field like the module's own: checked, and part of what a repeat must match.
            if (!declares(command.fields, u"workplace"_s))
                command.fields.append({u"workplace"_s, CommandField::Type::Object, false});
            command.summary = spec.summary;
            command.staffRole = leastStaffRole(spec.roles);
            command.run = [owner = &m_owner, id = m_moduleId, spec, name = command.name,
                              fields = command.fields](const Device &device,
                              const QJsonObject &message, const QString &requestId,
                              const StaffMember *person) {
                // Kept with the answer: the same id with other content is requestIdReused.
                const QString digest = CommandTable::requestDigest(name, fields, message);
                return owner->run(id, spec, device, person, message, requestId, digest);
            };
            if (CommandTable probe; !probe.add(command, why))
                return false;
            if (m_owner.m_table.find(command.name)) {
                if (why)
                    *why = u"the command \"%1\" exists already"_s.arg(command.name);
                return false;
            }
            commands.append(std::move(command));
        }
        for (HubCommand &command : commands)
            m_owner.m_table.add(std::move(command), {{u"workplace"_s, workplaceFits}});
        return true;
    }

private:
    QString settingsKey(const QString &key) const
    {
        return u"modules/"_s + m_moduleId + u'/' + key;
    }

    HubModules &m_owner;
    QString m_moduleId;
    QByteArray m_logName; // QLoggingCategory keeps only the pointer: the bytes live here
    QLoggingCategory m_log;
    QList<CommandSpec> m_commands;
    bool m_registering = true;
};

HubModules::HubModules(
    Database &db, CommandTable &table, QSettings *settings, Clock clock, QObject *parent)
    : QObject(parent), m_db(db), m_table(table), m_settings(settings), m_clock(std::move(clock))
{ }

HubModules::~HubModules()
{
    shutDown();
}

std::vector<std::unique_ptr<MigrationSet>> HubModules::migrationsOf(
    const QList<LoadedModule> &modules, QStringList *why)
{
    std::vector<std::unique_ptr<MigrationSet>> sets;
    for (const LoadedModule &m : modules) {
        const QString folder = u":/saduak/migrations/"_s + m.info.id;
        if (!QDir(folder).exists())
            continue;
        QString reason;
        auto set = std::make_unique<MigrationSet>(MigrationSet::fromFolder(m.info.id, folder, &reason));
        if (!set->isValid()) {
            if (why)
                why->append(m.info.id + u": "_s + reason);
            continue;
        }
        sets.push_back(std::move(set));
    }
    return sets;
}

void HubModules::start(const QList<LoadedModule> &modules)
{
    forgetOldRequests();
    QList<LoadedModule> ordered = modules;
    std::sort(ordered.begin(), ordered.end(),
        [](const LoadedModule &a, const LoadedModule &b) { return a.info.id < b.info.id; });
    for (const LoadedModule &module : std::as_const(ordered)) {
        if (!module.instance)
            continue;
        std::unique_ptr<ModuleHubPart> part = module.instance->createHubPart();
        if (!part)
            continue; // a module that keeps no records
        auto context = std::make_unique<Context>(*this, module.info.id);
        QString why;
        const bool initialized = part->initialize(context.get(), &why);
        if (!initialized || !context->publishCommands(&why)) {
            qCWarning(lcHub).noquote()
                << "module" << module.info.id << "has no hub part here:" << why;
            m_failures.append({ModuleLoadResult::Status::LoadFailed, module.filePath,
                module.info.id, u"hub part: "_s + why});
            continue;
        }
        qCInfo(lcHub).noquote() << "module" << module.info.id << "serves its commands";
        m_running.append(module.info.id);
        m_contexts.push_back(std::move(context));
        m_parts.push_back(std::move(part));
    }
}

void HubModules::shutDown()
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    for (auto &part : m_parts)
        part->aboutToShutDown();
}

QStringList HubModules::running() const
{
    return m_running;
}

void HubModules::publish(const QString &name, const QJsonObject &data)
{
    if (m_inCommand) {
        m_heldEvents.append({name, data});
        return;
    }
    Q_EMIT eventPublished(name, data);
}

HubReply HubModules::run(const QString &moduleId, const CommandSpec &spec, const Device &device,
    const StaffMember *person, const QJsonObject &message, const QString &requestId,
    const QString &digest)
{
    const CommandRequest request {moduleId + u'.' + spec.name, requestId, message,
        callerOf(device, person, message), m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch()};
    if (spec.kind == CommandSpec::Kind::Query)
        return runQuery(moduleId, spec, request);
    return runCommand(moduleId, spec, request, digest);
}

HubReply HubModules::runQuery(
    const QString &moduleId, const CommandSpec &spec, const CommandRequest &request)
{
    // One snapshot for all the query's statements; nothing it does stays.
    QSqlQuery begin(m_db.connection());
    if (!begin.exec(u"BEGIN"_s)) {
        qCWarning(lcHub) << "module query" << request.name << "found no read transaction:"
                         << begin.lastError().text();
        return storageFailed();
    }
    ModuleTables tables(m_db, moduleId, true);
    const CommandResult result = handled(spec, tables, request);
    QSqlQuery(m_db.connection()).exec(u"ROLLBACK"_s);
    return replyOf(result);
}

HubReply HubModules::runCommand(const QString &moduleId, const CommandSpec &spec,
    const CommandRequest &request, const QString &digest)
{
    WriteTransaction tx(m_db.connection());
    if (!tx.isActive()) {
        qCWarning(lcHub) << "module command" << request.name << "found no write transaction:"
                         << tx.errorText();
        return storageFailed();
    }
    // Asked again with the same id: the first answer, nothing done again.
    QSqlQuery seen(m_db.connection());
    seen.prepare(u"SELECT command, reply, digest FROM module_request WHERE request_id = ?"_s);
    seen.addBindValue(request.requestId);
    if (!seen.exec()) {
        qCWarning(lcHub) << "module_request unreadable:" << seen.lastError().text();
        return storageFailed();
    }
    if (seen.next()) {
        // A row kept before digests were stored has none: only the command is compared.
        const QString first = seen.value(0).toString();
        const QString firstDigest = seen.value(2).toString();
        if (first != request.name || (!firstDigest.isEmpty() && firstDigest != digest))
            return HubReply::error(u"requestIdReused"_s,
                modulesText(QT_TRANSLATE_NOOP("saduak::HubModules",
                                "This request id was used before for another request (%1); "
                                "nothing was done. Send the request with a new id."))
                    .arg(first));
        return {QJsonDocument::fromJson(seen.value(1).toString().toUtf8()).object(), {}, {}, {}};
    }

    ModuleTables tables(m_db, moduleId, false);
    m_inCommand = true;
    m_heldEvents.clear();
    const CommandResult result = handled(spec, tables, request);
    m_inCommand = false;
    const auto events = std::exchange(m_heldEvents, {});
    if (!result.isOk())
        return replyOf(result); // undone by tx's destructor: a refusal changes nothing

    QSqlQuery remember(m_db.connection());
    remember.prepare(u"INSERT INTO module_request (request_id, command, reply, at_ms, digest) "
                     "VALUES (?, ?, ?, ?, ?)"_s);
    remember.addBindValue(request.requestId);
    remember.addBindValue(request.name);
    remember.addBindValue(
        QString::fromUtf8(QJsonDocument(result.body).toJson(QJsonDocument::Compact)));
    remember.addBindValue(request.atMs);
    remember.addBindValue(digest);
    if (!remember.exec() || !tx.commit()) {
        qCWarning(lcHub) << "module command" << request.name << "not saved:"
                         << remember.lastError().text() << tx.errorText();
        return storageFailed();
    }
    Q_EMIT commandCommitted();
    for (const auto &[name, data] : events)
        Q_EMIT eventPublished(name, data);
    if (++m_commandsSincePrune >= 1000)
        forgetOldRequests();
    return replyOf(result);
}

void HubModules::forgetOldRequests()
{
    m_commandsSincePrune = 0;
    const qint64 now = m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
    QSqlQuery forget(m_db.connection());
    forget.prepare(u"DELETE FROM module_request WHERE at_ms < ?"_s);
    forget.addBindValue(now - kRequestRetentionMs);
    if (!forget.exec())
        qCWarning(lcHub) << "old module answers not forgotten:" << forget.lastError().text();
}

} // namespace saduak
