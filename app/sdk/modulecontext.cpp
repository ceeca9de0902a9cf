#include "modulecontext.h"

#include "hubpart.h"
#include "moduleprinting.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace saduak {

// Out of line so each interface's vtable is emitted once, in the SDK library, and the host's
// implementations and the plugins agree on one type.
ModuleSettings::~ModuleSettings() = default;
ModuleContext::~ModuleContext() = default;
ModuleTransaction::~ModuleTransaction() = default;
HubModuleContext::~HubModuleContext() = default;
ModuleHubPart::~ModuleHubPart() = default;

void ModuleHubPart::aboutToShutDown() { }
ModulePrinting::~ModulePrinting() = default;

ModulePrinting *ModuleContext::printing()
{
    return nullptr;
}

// A context that has no shared citizen (a test's) lets publishing fall through.
void ModuleContext::publishCitizen(const Citizen &citizen)
{
    Q_UNUSED(citizen);
}

void ModuleContext::clearCitizen() { }

Workplace ModuleContext::workplace() const
{
    return {};
}

Language ModuleContext::language() const
{
    return Language::Thai;
}

// A context without a hub (a test's) answers every call as a PC that cannot reach one.
void ModuleContext::call(
    const QString &command, const QJsonObject &params, std::function<void(const ModuleReply &)> done)
{
    Q_UNUSED(command);
    Q_UNUSED(params);
    QTimer::singleShot(0, this, [done = std::move(done)] {
        if (done)
            done(ModuleReply::hubUnreachable());
    });
}

QString ModuleReply::shownMessage() const
{
    if (!text.isEmpty() && text.isKnown())
        return text.toString();
    return message;
}

ModuleReply ModuleReply::fromJson(const QJsonObject &message)
{
    ModuleReply reply;
    reply.ok = message.value(u"type"_s).toString() == u"reply"_s
        && message.value(u"ok"_s).toBool();
    if (reply.ok) {
        reply.body = message;
        for (const QString &key : {u"type"_s, u"re"_s, u"ok"_s})
            reply.body.remove(key);
        return reply;
    }
    reply.code = message.value(u"code"_s).toString();
    if (reply.code.isEmpty())
        reply.code = u"badReply"_s;
    reply.message = message.value(u"message"_s).toString();
    reply.text = TranslatableText::fromJson(message.value(u"text"_s).toObject());
    return reply;
}

ModuleReply ModuleReply::hubUnreachable()
{
    ModuleReply reply;
    reply.code = u"hubUnreachable"_s;
    reply.text = TranslatableText("saduak::ModuleContext",
        QT_TRANSLATE_NOOP("saduak::ModuleContext",
            "This computer cannot reach the branch hub, so nothing was saved. Check the network "
            "cable, then try again."));
    reply.message = reply.text.toString();
    return reply;
}

} // namespace saduak
