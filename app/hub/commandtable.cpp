#include "commandtable.h"

#include "deviceworkplace.h"

#include <queuelink/queuecommandspec.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

TranslatableText commandsText(const char *source)
{
    return TranslatableText("saduak::CommandTable", source);
}

bool fits(const CommandField &field, const QJsonValue &value)
{
    switch (field.type) {
    case CommandField::Type::String:
        // Required text says something; optional text may be empty.
        return value.isString() && value.toString().size() <= field.maxLength
            && (!field.required || !value.toString().isEmpty());
    case CommandField::Type::Integer: {
        // A counter, a count: a whole JSON number, not negative, within int.
        if (!value.isDouble())
            return false;
        const double d = value.toDouble();
        return std::isfinite(d) && d == std::floor(d) && d >= 0 && d <= 2147483647.0;
    }
    case CommandField::Type::Number:
        return value.isDouble();
    case CommandField::Type::Boolean:
        return value.isBool();
    case CommandField::Type::Object:
        return value.isObject();
    case CommandField::Type::Array:
        return value.isArray();
    }
    return false;
}

} // namespace

bool CommandTable::add(HubCommand command, QString *why)
{
    return add(std::move(command), {}, why);
}

bool CommandTable::add(HubCommand command, QList<FieldRule> rules, QString *why)
{
    // The queue's own commands are plain words; a module's are "<module id>.<name>".
    static const QRegularExpression namePattern(
        u"^([a-z][a-zA-Z]*|[a-z0-9_-]+\\.[a-zA-Z][a-zA-Z0-9]*)$"_s);
    const auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (!namePattern.match(command.name).hasMatch())
        return fail(u"\"%1\" is not a command name"_s.arg(command.name));
    if (m_commands.contains(command.name))
        return fail(u"command \"%1\" exists already"_s.arg(command.name));
    if (command.roles.isEmpty())
        return fail(u"command \"%1\" names no role that may run it"_s.arg(command.name));
    if (!command.run)
        return fail(u"command \"%1\" has no handler"_s.arg(command.name));
    for (const CommandField &field : std::as_const(command.fields))
        if (field.name.isEmpty() || field.name == u"type"_s || field.name == u"id"_s)
            return fail(u"command \"%1\" declares the field \"%2\", which the protocol owns"_s.arg(
                command.name, field.name));
    for (const FieldRule &rule : std::as_const(rules)) {
        const bool declared = std::any_of(command.fields.cbegin(), command.fields.cend(),
            [&rule](const CommandField &field) { return field.name == rule.field; });
        if (!declared || !rule.accepts)
            return fail(u"command \"%1\" has a rule for \"%2\", which it does not declare"_s.arg(
                command.name, rule.field));
    }
    const QString name = command.name;
    m_commands.insert(name, {std::move(command), std::move(rules)});
    return true;
}

const HubCommand *CommandTable::find(const QString &name) const
{
    const auto it = m_commands.constFind(name);
    return it == m_commands.cend() ? nullptr : &it.value().command;
}

QList<const HubCommand *> CommandTable::commands() const
{
    QList<const HubCommand *> list;
    for (const Entry &e : m_commands)
        list.append(&e.command);
    std::sort(list.begin(), list.end(),
        [](const HubCommand *a, const HubCommand *b) { return a->name < b->name; });
    return list;
}

bool CommandTable::allows(const QList<DeviceRole> &roles, DeviceRole role)
{
    return rolesAllow(roles, role);
}

bool CommandTable::roleMay(DeviceRole role, const QString &name) const
{
    const HubCommand *command = find(name);
    return command && allows(command->roles, role);
}

QString CommandTable::badField(const QList<CommandField> &fields, const QJsonObject &message)
{
    return badField(fields, {}, message);
}

QString CommandTable::badField(const QList<CommandField> &fields, const QList<FieldRule> &rules,
    const QJsonObject &message)
{
    // Field by field, type then rule: the refusal names the first field at fault.
    for (const CommandField &field : fields) {
        const QJsonValue value = message.value(field.name);
        if (value.isUndefined() && !field.required)
            continue;
        if (!fits(field, value))
            return field.name;
        for (const FieldRule &rule : rules)
            if (rule.field == field.name && !rule.accepts(value))
                return field.name;
    }
    return {};
}

QString CommandTable::requestDigest(
    const QString &type, const QList<CommandField> &fields, const QJsonObject &checked)
{
    QJsonObject content {{u"type"_s, type}};
    for (const CommandField &field : fields)
        if (const QJsonValue value = checked.value(field.name); !value.isUndefined())
            content.insert(field.name, value);
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(content).toJson(QJsonDocument::Compact),
            QCryptographicHash::Sha256)
            .toHex());
}

QString CommandTable::badProtocolField(const QString &type, const QJsonObject &message)
{
    if (type == u"hello"_s) {
        // protocols: versions, numbers ("1" is text: answered as a version the hub does not
        // speak, it would send the device to update); token: text (a number is no token, and
        // must not count as a guessed one).
        static const QList<CommandField> fields {{u"protocols"_s, CommandField::Type::Array},
            {u"token"_s, CommandField::Type::String, true, 1000},
            {u"client"_s, CommandField::Type::String, false}};
        static const QList<FieldRule> rules {{u"protocols"_s, [](const QJsonValue &v) {
                                                  const QJsonArray versions = v.toArray();
                                                  return std::all_of(versions.begin(),
                                                      versions.end(), [](const QJsonValue &x) {
                                                          return x.isDouble();
                                                      });
                                              }}};
        return badField(fields, rules, message);
    }
    if (type != u"subscribe"_s)
        return {};
    // A seq is a qint64 in a JSON number: whole, not negative, within what a double holds exactly.
    static const QList<CommandField> fields {{u"afterSeq"_s, CommandField::Type::Number, false}};
    static const QList<FieldRule> rules {{u"afterSeq"_s, [](const QJsonValue &v) {
                                              const double d = v.toDouble();
                                              return std::isfinite(d) && d == std::floor(d)
                                                  && d >= 0 && d <= 9007199254740992.0;
                                          }}};
    return badField(fields, rules, message);
}

HubReply CommandTable::badFieldReply(const QString &field)
{
    return HubReply::error(u"badRequest"_s,
        commandsText(QT_TRANSLATE_NOOP("saduak::CommandTable",
                         "The field \"%1\" is missing or has the wrong type."))
            .arg(field));
}

bool CommandTable::needsPerson(const HubCommand &command, const Device &device)
{
    return command.staffRole
        && (device.role == Device::Role::Counter || device.role == Device::Role::Supervisor);
}

HubReply CommandTable::refuse(
    const Device &device, const StaffMember *person, const QString &type, HubReply refusal) const
{
    if (m_staff)
        m_staff->refused(device, person, type, refusal);
    return refusal;
}

HubReply CommandTable::execute(
    const Device &device, const QString &type, const QJsonObject &message) const
{
    const auto entry = m_commands.constFind(type);
    const HubCommand *command = entry == m_commands.cend() ? nullptr : &entry.value().command;
    if (!command)
        return HubReply::error(u"unknownCommand"_s,
            commandsText(QT_TRANSLATE_NOOP("saduak::CommandTable", "Unknown command \"%1\"."))
                .arg(type.left(64)));
    if (!allows(command->roles, device.role))
        return refuse(device, nullptr, type,
            HubReply::error(u"forbidden"_s,
                commandsText(QT_TRANSLATE_NOOP("saduak::CommandTable", "A %1 may not do \"%2\"."))
                    .arg(toString(device.role))
                    .arg(type)));
    std::optional<StaffMember> person;
    if (needsPerson(*command, device)) {
        HubReply failure;
        person = m_staff ? m_staff->personAt(device, &failure) : std::nullopt;
        if (!failure.ok())
            return failure;
        if (!person)
            return refuse(device, nullptr, type,
                HubReply::error(u"notLoggedIn"_s,
                    commandsText(QT_TRANSLATE_NOOP("saduak::CommandTable",
                        "Nobody is logged in at this PC. Log in first."))));
        if (!staffRoleCovers(person->role, *command->staffRole))
            return refuse(device, &*person, type,
                HubReply::error(u"forbidden"_s,
                    (person->role == StaffRole::Counter
                            ? commandsText(QT_TRANSLATE_NOOP("saduak::CommandTable",
                                "A counter officer may not do \"%1\"."))
                            : commandsText(QT_TRANSLATE_NOOP(
                                "saduak::CommandTable", "A supervisor may not do \"%1\".")))
                        .arg(type)));
    }
    std::variant<QJsonObject, HubReply> bound
        = DeviceWorkplace::bind(device, person ? &*person : nullptr, command->fields, message);
    if (const HubReply *refusal = std::get_if<HubReply>(&bound))
        return refuse(device, person ? &*person : nullptr, type, *refusal);
    const QJsonObject &checked = std::get<QJsonObject>(bound);
    const QString bad = badField(command->fields, entry.value().rules, checked);
    if (!bad.isEmpty())
        return badFieldReply(bad);
    // Scoped by device: two devices that happen to pick the same id never share an answer.
    const QString requestId = device.id + u'/' + checked.value(u"id"_s).toString();
    return command->run(device, checked, requestId, person ? &*person : nullptr);
}

} // namespace saduak
