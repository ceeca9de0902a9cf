#pragma once

#include "devicestore.h"
#include "hubbackend.h"
#include "staffstore.h"

#include <sdk/hubpart.h>

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

namespace saduak {

// What a field's value must be beyond its JSON type (CommandField): one of the protocol's words,
// a list of service codes, a whole number from 1. The table asks it about a value present and of
// the declared type, before the command runs, so a handler takes its fields as they are.
struct FieldRule
{
    using Accepts = std::function<bool(const QJsonValue &)>;
    QString field;
    Accepts accepts;
};

// One command a device may send the hub: its name, who may send it, the fields its message must
// carry, and what runs it. Queue commands and module commands ("<module>.<name>") alike.
struct HubCommand
{
    // person: who is logged in at the device (the table checked their role); null where the
    // command needs nobody (staffRole unset) or the device is a kiosk or a board.
    using Run = std::function<HubReply(const Device &device, const QJsonObject &message,
        const QString &requestId, const StaffMember *person)>;

    QString name;
    QList<DeviceRole> roles; // a supervisor may also run what a counter or a kiosk may
    QList<CommandField> fields; // checked in this order before run
    bool batched = false; // joins the queue's group commit (HubBackend::batches)
    QString summary; // one English line: the hub's `commands` list and the protocol document
    Run run;
    // The least role of the person who must be logged in at a counter or supervisor PC that sends
    // it (leastStaffRole, app/queuelink); unset: nobody need be (what a board may also ask, and
    // logging in itself). Kiosks and boards are paired devices: nobody logs in there.
    std::optional<StaffRole> staffRole = StaffRole::Counter;
};

// Who is logged in at a device, as the table's person check asks it, and where the table's
// refusals are audited (StaffCommands, from the hub's staff sessions).
class StaffGate
{
public:
    virtual ~StaffGate() = default;
    // The person logged in at the device now; nothing when nobody is. A storage failure sets
    // *failure (the reply to give) and returns nothing.
    virtual std::optional<StaffMember> personAt(const Device &device, HubReply *failure) = 0;
    // A command refused for who sent it (forbidden, notLoggedIn): an audit row.
    virtual void refused(const Device &device, const StaffMember *person, const QString &command,
        const HubReply &refusal)
        = 0;
};

// Every command the hub serves, in one place: the type checks, the role rules and the list the
// protocol document is checked against come from here instead of an if-chain per command.
class CommandTable
{
public:
    bool add(HubCommand command, QString *why = nullptr);
    // With what some of its fields must be beyond their type (each a field it declares).
    bool add(HubCommand command, QList<FieldRule> rules, QString *why = nullptr);
    const HubCommand *find(const QString &name) const;
    QList<const HubCommand *> commands() const; // by name

    // Who is logged in where. Without one nobody is: a counter or supervisor PC is refused every
    // command that needs a person (notLoggedIn).
    void setStaffGate(StaffGate *gate) { m_staff = gate; }

    // Unknown command, forbidden device role, nobody logged in, forbidden person role, a bad
    // field: the refusal; otherwise the command's answer. The request id is scoped by device, so
    // two devices that pick the same id never share one.
    HubReply execute(const Device &device, const QString &type, const QJsonObject &message) const;

    // Whether the command needs somebody logged in when this device sends it.
    static bool needsPerson(const HubCommand &command, const Device &device);

    bool roleMay(DeviceRole role, const QString &name) const;
    static bool allows(const QList<DeviceRole> &roles, DeviceRole role);
    // The first field of message that is missing or of the wrong type; empty when all fit.
    static QString badField(const QList<CommandField> &fields, const QJsonObject &message);
    // The first field missing, of the wrong type or refused by its rule; empty when all fit.
    static QString badField(const QList<CommandField> &fields, const QList<FieldRule> &rules,
        const QJsonObject &message);
    static HubReply badFieldReply(const QString &field);
    // The same check for the protocol's own messages that carry fields and that HubServer
    // answers itself (docs/hub-protocol.md, "Staying in step"): subscribe's afterSeq, a whole
    // number from 0 when given ("0" is text, not a seq); hello's protocols (numbers), token
    // (text) and client (text, optional).
    static QString badProtocolField(const QString &type, const QJsonObject &message);

    // What a request asks, as a digest kept with its answer (RequestId, module_request): SHA-256
    // (hex) of the command's name and its declared fields present in the checked message, as
    // compact JSON (object keys sorted: the order a device wrote them in does not count). Fields
    // the command does not declare do not count; a counter PC's counter filled in by the hub does.
    static QString requestDigest(
        const QString &type, const QList<CommandField> &fields, const QJsonObject &checked);

private:
    struct Entry
    {
        HubCommand command;
        QList<FieldRule> rules;
    };
    HubReply refuse(const Device &device, const StaffMember *person, const QString &type,
        HubReply refusal) const;

    QHash<QString, Entry> m_commands;
    StaffGate *m_staff = nullptr;
};

} // namespace saduak
