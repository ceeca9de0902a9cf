// Fuzz target: hub message handling, both ends of the LAN protocol (docs/hub-protocol.md). The
// input is one text message (UTF-8).
//
// Hub side: HubMessage::read (what HubServer checks before anything runs), then the hub's one
// CommandTable with the queue's commands (QueueCommands::specs(), the table the hub serves) and a
// module command and a supervisor's module command, executed for a device of each role, with a
// person logged in at the counter and supervisor PCs (a gate standing in for the hub's staff
// sessions: an officer at a counter PC, a supervisor at the supervisor's PC, an officer at another
// supervisor's PC) and one counter PC where nobody is. Each handler only checks what it was given: a command runs only for a role that may send it,
// with every field of the type its table says, a counter PC only for its own counter and a kiosk
// or board for none, a person given exactly when the command needs one and of a role that covers
// it, never at the PC where nobody is logged in, and the request id scoped by device; every
// refusal is a documented code with a message.
// Device side: what a screen reads from the hub — QueueEvent, QueueSnapshot, SyncState,
// TranslatableText — read, written and read again gives the same value.

#include "fuzzcheck.h"

#include <hub/commandtable.h>
#include <hub/hubmessage.h>
#include <hub/hubserver.h>
#include <hub/queuecommands.h>
#include <queuelink/queuecommandspec.h>

#include <queuemodel/queueevent.h>
#include <queuemodel/queuejson.h>
#include <queuemodel/queuesnapshot.h>
#include <queuemodel/syncstate.h>

#include <QJsonArray>
#include <QJsonDocument>

#include <cstdint>

using namespace saduak;
using namespace Qt::StringLiterals;

namespace {

constexpr int kCounterOfThePc = 3;
const QString kNobodysPc = u"dev-counter-nobody"_s;
const QString kOfficerAtSupervisorsPc = u"dev-supervisor-officer"_s;

// Who is logged in where: an officer at each counter PC but one, a supervisor at the supervisor's
// PC. The table is pure; the hub's own gate (StaffCommands) reads the same from its database.
class FuzzStaffGate : public StaffGate
{
public:
    std::optional<StaffMember> personAt(const Device &device, HubReply *) override
    {
        if (device.id == kNobodysPc)
            return std::nullopt;
        StaffMember person;
        person.id = 1;
        const bool supervisor
            = device.role == DeviceRole::Supervisor && device.id != kOfficerAtSupervisorsPc;
        person.userName = supervisor ? u"supervisor"_s : u"officer"_s;
        person.role = supervisor ? StaffRole::Supervisor : StaffRole::Counter;
        return person;
    }
    void refused(const Device &, const StaffMember *, const QString &, const HubReply &refusal) override
    {
        FUZZ_CHECK(refusal.errorCode == u"forbidden"_s || refusal.errorCode == u"notLoggedIn"_s,
            "only refusals of who sent it are reported for the audit");
    }
};

HubReply checkRun(const HubCommand &command, const Device &device, const QJsonObject &message,
    const QString &requestId, const StaffMember *person)
{
    FUZZ_CHECK(CommandTable::allows(command.roles, device.role), "run only for a role that may");
    // The rule itself, not the table's needsPerson: a person logs in at counter and supervisor PCs.
    const bool needsPerson = command.staffRole
        && (device.role == DeviceRole::Counter || device.role == DeviceRole::Supervisor);
    FUZZ_CHECK(device.id != kNobodysPc || !needsPerson,
        "nothing that needs a person runs where nobody is logged in");
    FUZZ_CHECK((person != nullptr) == needsPerson, "a person exactly when the command needs one");
    FUZZ_CHECK(!person || staffRoleCovers(person->role, *command.staffRole),
        "run only for a person whose role covers it");
    FUZZ_CHECK(CommandTable::badField(command.fields, message).isEmpty(),
        "run only with every field as declared");
    FUZZ_CHECK(requestId == device.id + u'/' + message.value(u"id"_s).toString(),
        "the request id is scoped by device");
    const QJsonValue counter = message.value(u"counter"_s);
    const double workplaceCounter
        = message.value(u"workplace"_s).toObject().value(u"counter"_s).toDouble();
    if (device.role == DeviceRole::Counter) {
        FUZZ_CHECK(counter.isUndefined() || counter.toDouble() == kCounterOfThePc,
            "a counter PC acts for its own counter");
        FUZZ_CHECK(workplaceCounter == 0 || workplaceCounter == kCounterOfThePc,
            "a counter PC's module command names its own counter");
    } else if (device.role != DeviceRole::Supervisor) {
        FUZZ_CHECK(counter.isUndefined() && workplaceCounter == 0,
            "a kiosk or a board acts for no counter");
    }
    return {{{u"done"_s, true}}, {}, {}, {}};
}

const CommandTable &table()
{
    static const CommandTable commands = [] {
        CommandTable t;
        QList<HubCommand> all = QueueCommands::specs();
        // A module's command, as HubModules adds one: "<module>.<name>", a workplace object.
        all.append({u"complaints.file"_s, {DeviceRole::Counter, DeviceRole::Kiosk},
            {{u"category"_s, CommandField::Type::String, true, 40},
                {u"workplace"_s, CommandField::Type::Object, false},
                {u"people"_s, CommandField::Type::Array, false},
                {u"amount"_s, CommandField::Type::Number, false},
                {u"urgent"_s, CommandField::Type::Boolean, false}},
            false, u"File a complaint."_s, {}});
        // One only a supervisor's PC may send, so a supervisor must be logged in (leastStaffRole).
        HubCommand assign {u"complaints.assign"_s, {DeviceRole::Supervisor},
            {{u"complaint"_s, CommandField::Type::String}, {u"to"_s, CommandField::Type::String}},
            false, u"Give a complaint to an officer."_s, {}};
        assign.staffRole = leastStaffRole(assign.roles);
        FUZZ_CHECK(assign.staffRole == StaffRole::Supervisor, "a supervisor's command");
        all.append(assign);
        for (HubCommand &command : all) {
            const QString name = command.name;
            command.run = [name](const Device &device, const QJsonObject &message,
                              const QString &requestId, const StaffMember *person) {
                return checkRun(*table().find(name), device, message, requestId, person);
            };
            QString why;
            FUZZ_CHECK(t.add(command, &why), "the hub's commands go in its table");
        }
        static FuzzStaffGate gate;
        t.setStaffGate(&gate);
        return t;
    }();
    return commands;
}

void checkHubSide(const QString &text)
{
    const HubMessage message = HubMessage::read(text, HubServer::kMaxMessageBytes);
    FUZZ_CHECK((message.problem == HubMessage::Problem::TooLarge)
            == (text.size() > HubServer::kMaxMessageBytes),
        "tooLarge exactly over the limit");
    const HubMessage small = HubMessage::read(text, 64);
    FUZZ_CHECK((small.problem == HubMessage::Problem::TooLarge) == (text.size() > 64),
        "tooLarge exactly over a small limit");
    if (message.problem == HubMessage::Problem::BadRequest)
        FUZZ_CHECK(message.id.size() <= 128, "the re of a badRequest is short");
    if (message.problem != HubMessage::Problem::None)
        return;
    FUZZ_CHECK(!message.id.isEmpty() && message.id.size() <= 128, "an id of 1-128 characters");
    FUZZ_CHECK(message.json.value(u"id"_s).toString() == message.id
            && message.json.value(u"type"_s).toString() == message.type,
        "id and type as sent");

    static const QList<Device> devices = {
        {u"dev-counter"_s, DeviceRole::Counter, u"Counter 3"_s, kCounterOfThePc},
        {u"dev-kiosk"_s, DeviceRole::Kiosk, u"Kiosk"_s, 0},
        {u"dev-board"_s, DeviceRole::Display, u"Board"_s, 0},
        {u"dev-supervisor"_s, DeviceRole::Supervisor, u"Supervisor"_s, 0},
        {u"dev-old-counter"_s, DeviceRole::Counter, u"Counter paired before binding"_s, 0},
        {kNobodysPc, DeviceRole::Counter, u"Counter 3, nobody logged in"_s, kCounterOfThePc},
        {kOfficerAtSupervisorsPc, DeviceRole::Supervisor, u"Supervisor PC, an officer"_s, 0}};
    for (const Device &device : devices) {
        const HubReply reply = table().execute(device, message.type, message.json);
        if (reply.ok())
            continue;
        FUZZ_CHECK(reply.errorCode == u"unknownCommand"_s || reply.errorCode == u"forbidden"_s
                || reply.errorCode == u"badRequest"_s
                || (reply.errorCode == u"notLoggedIn"_s && device.id == kNobodysPc),
            "a documented refusal");
        FUZZ_CHECK(!reply.errorMessage.isEmpty(), "a refusal says why");
        const QJsonObject error = reply.errorJson(message.id);
        FUZZ_CHECK(error.value(u"re"_s).toString() == message.id, "the refusal answers the id");
        FUZZ_CHECK(TranslatableText::fromJson(error.value(u"text"_s).toObject()).toString()
                == reply.errorMessage,
            "the untranslated text reads back as the message");
    }
}

void checkDeviceSide(const QJsonObject &json)
{
    for (const QJsonObject &candidate : {json, json.value(u"event"_s).toObject()}) {
        if (const std::optional<QueueEvent> event = QueueEvent::fromJson(candidate)) {
            const std::optional<QueueEvent> again = QueueEvent::fromJson(event->toJson());
            FUZZ_CHECK(again && *again == *event, "an event reads back as written");
        }
    }
    for (const QJsonObject &candidate : {json, json.value(u"snapshot"_s).toObject()}) {
        if (const std::optional<QueueSnapshot> snapshot = QueueSnapshot::fromJson(candidate)) {
            const QJsonObject written = snapshot->toJson();
            const std::optional<QueueSnapshot> again = QueueSnapshot::fromJson(written);
            FUZZ_CHECK(again && again->toJson() == written, "a snapshot reads back as written");
        }
    }
    for (const QJsonValue &candidate : {QJsonValue(json), json.value(u"sync"_s)}) {
        if (const std::optional<SyncState> sync = SyncState::fromJson(candidate)) {
            const std::optional<SyncState> again = SyncState::fromJson(sync->toJson());
            FUZZ_CHECK(again && *again == *sync, "a sync state reads back as written");
        }
    }
    if (const std::optional<Ticket> ticket = QueueJson::ticketFrom(json)) {
        const QJsonObject written = QueueJson::toJson(*ticket);
        const std::optional<Ticket> again = QueueJson::ticketFrom(written);
        FUZZ_CHECK(again && QueueJson::toJson(*again) == written, "a ticket reads back as written");
    }
    if (const std::optional<Counter> counter = QueueJson::counterFrom(json)) {
        const QJsonObject written = QueueJson::toJson(*counter);
        const std::optional<Counter> again = QueueJson::counterFrom(written);
        FUZZ_CHECK(again && QueueJson::toJson(*again) == written, "a counter reads back as written");
    }
    const TranslatableText text = TranslatableText::fromJson(json.value(u"text"_s).toObject());
    if (!text.isEmpty())
        FUZZ_CHECK(TranslatableText::fromJson(text.toJson()).toString() == text.toString(),
            "a hub's sentence reads back as written");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    checkHubSide(text);
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    checkDeviceSide(json);
    return 0;
}
