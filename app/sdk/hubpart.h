#pragma once

#include "moduletransaction.h"
#include "sdkversion.h"

#include <domain/devicerole.h>
#include <domain/translatabletext.h>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

class QLoggingCategory;

namespace saduak {

class ModuleSettings;

// Who sent a command, as the hub knows them. The device comes from its pairing, a counter PC's
// counter too; staff is the user name of the person logged in at the device (a kiosk's or a
// board's message may say one; nobody logs in there).
struct CommandCaller
{
    QString deviceId;
    QString deviceName;
    DeviceRole role = DeviceRole::Display;
    int counterNumber = 0; // 0: not at a counter (a kiosk) or not said
    QString staff; // who works at the device; may be empty
};

struct CommandRequest
{
    QString name; // "<module>.<command>"
    QString requestId; // unique per device; a repeat with the same id gets the first answer
    QJsonObject params; // the message, its fields checked against the command's CommandField list
    CommandCaller caller;
    qint64 atMs = 0; // the hub's clock, UTC ms
};

// A handler's answer: fields for the reply, or a refusal with a code and a sentence for the
// person, translated on each device (make it with QT_TRANSLATE_NOOP so lupdate finds it).
struct CommandResult
{
    QJsonObject body;
    QString errorCode; // empty: ok
    TranslatableText errorText;

    bool isOk() const { return errorCode.isEmpty(); }
    static CommandResult ok(QJsonObject body = {}) { return {std::move(body), {}, {}}; }
    static CommandResult refused(QString code, TranslatableText text)
    {
        return {{}, std::move(code), std::move(text)};
    }
};

// One field of a command's message. The hub refuses a message whose field is missing (when
// required) or of another JSON type with "badRequest" before the handler runs.
struct CommandField
{
    enum class Type { String, Integer, Number, Boolean, Object, Array };
    QString name;
    Type type = Type::String;
    bool required = true;
    int maxLength = 200; // strings: characters; longer is refused
};

// A command or query a module's hub part offers to the devices, as "<module id>.<name>".
struct CommandSpec
{
    enum class Kind {
        Command, // writes: runs in the hub's write transaction, once per request id
        Query, // reads only: runs on a read snapshot, any number of times
    };
    using Handler = std::function<CommandResult(ModuleTransaction &, const CommandRequest &)>;

    QString name; // [a-zA-Z][a-zA-Z0-9]*; the module id is put in front
    Kind kind = Kind::Command;
    // Who may run it. A supervisor may also run what a counter or a kiosk may.
    QList<DeviceRole> roles;
    QList<CommandField> fields;
    QString summary; // one English line for docs and the hub's command list
    Handler handler;
};

// What the hub gives a module's hub part. It lives as long as the hub.
class SADUAK_SDK_EXPORT HubModuleContext
{
public:
    virtual ~HubModuleContext();

    // During initialize() only. False with why when the name is taken or the spec is unusable.
    virtual bool registerCommand(const CommandSpec &spec, QString *why = nullptr) = 0;

    // Tells the devices that follow the branch (and this hub's own screens) that something
    // changed, as "<module id>.<name>". From inside a handler it goes out after the commit (never
    // for a command that was undone). Devices away at the time do not get it: they ask again
    // (a query) when they are back. Keep personal data out of it: every screen receives it.
    virtual void publishEvent(const QString &name, const QJsonObject &data) = 0;

    virtual ModuleSettings *settings() = 0; // the hub's settings file, "modules/<id>/"
    virtual const QLoggingCategory &log() const = 0; // "saduak.module.<id>"
    // The folder of the branch's database: where branch-wide files (keys) belong.
    virtual QString branchFolder() const = 0;
    virtual qint64 nowMs() const = 0; // the hub's clock, UTC ms
};

// A module's part that runs where the branch's database is: in the hub, whether that is inside
// `saduak` or the headless `saduak-hub`. No widgets. It owns the module's tables.
class SADUAK_SDK_EXPORT ModuleHubPart
{
public:
    virtual ~ModuleHubPart();
    // Register commands here. Return false with a reason to be left out (the hub runs on).
    virtual bool initialize(HubModuleContext *context, QString *why) = 0;
    virtual void aboutToShutDown();
};

} // namespace saduak
