#include "hostmodulecontext.h"

#include <modulehost/deskstate.h>
#include <queuelink/queuelink.h>

#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace saduak {

HostModuleContext::HostModuleContext(const ModuleInfo &info, QueueLink *hub, QSettings &settings,
    DeskState &desk, QObject *parent)
    : ModuleContext(parent),
      m_info(info),
      m_hub(hub),
      m_settings(settings),
      m_desk(desk),
      m_logName("saduak.module." + info.id.toUtf8()),
      m_log(m_logName.constData())
{
    connect(&m_desk, &DeskState::citizenChanged, this, &ModuleContext::citizenChanged);
    connect(&m_desk, &DeskState::ticketChanged, this, &ModuleContext::ticketChanged);
    connect(&m_desk, &DeskState::languageChanged, this, &ModuleContext::languageChanged);
    if (m_hub) {
        const QString prefix = m_info.id + u'.';
        connect(m_hub, &QueueLink::moduleEvent, this,
            [this, prefix](const QString &name, const QJsonObject &data) {
                if (name.startsWith(prefix))
                    Q_EMIT hubEventReceived(name.mid(prefix.size()), data);
            });
        connect(m_hub, &QueueLink::stateChanged, this, &HostModuleContext::hubStateChanged);
    }
}

void HostModuleContext::hubStateChanged()
{
    const QueueLink::State state = m_hub->state();
    const bool reachable = state == QueueLink::State::Online || state == QueueLink::State::Local;
    if (!reachable) {
        m_hubLost = true;
        return;
    }
    if (m_hubLost) {
        m_hubLost = false;
        Q_EMIT hubLinkRestored();
    }
}

std::optional<Citizen> HostModuleContext::currentCitizen() const
{
    return m_desk.citizen();
}

std::optional<Ticket> HostModuleContext::currentTicket() const
{
    return m_desk.ticket();
}

void HostModuleContext::publishCitizen(const Citizen &citizen)
{
    m_desk.setCitizen(citizen);
}

void HostModuleContext::clearCitizen()
{
    m_desk.clearCitizen();
}

Workplace HostModuleContext::workplace() const
{
    return m_desk.workplace();
}

Language HostModuleContext::language() const
{
    return m_desk.language();
}

void HostModuleContext::call(
    const QString &command, const QJsonObject &params, std::function<void(const ModuleReply &)> done)
{
    const bool reachable = m_hub
        && (m_hub->state() == QueueLink::State::Online
            || m_hub->state() == QueueLink::State::Local);
    if (!reachable) {
        // Not sent at all: nothing can happen twice when the person tries again.
        qCInfo(m_log) << "call" << command << "not sent: the hub cannot be reached";
        QTimer::singleShot(0, this, [done = std::move(done)] {
            if (done)
                done(ModuleReply::hubUnreachable());
        });
        return;
    }
    QJsonObject message = params;
    const Workplace workplace = m_desk.workplace();
    message.insert(u"workplace"_s,
        QJsonObject {{u"counter"_s, workplace.counterNumber}, {u"staff"_s, workplace.staff}});
    m_hub->command(m_info.id + u'.' + command, message,
        [done = std::move(done)](const QJsonObject &reply) {
            if (done)
                done(ModuleReply::fromJson(reply));
        });
}

QString HostModuleContext::settingsKey(const QString &key) const
{
    return u"modules/"_s + m_info.id + u'/' + key;
}

QVariant HostModuleContext::value(const QString &key, const QVariant &defaultValue) const
{
    return m_settings.value(settingsKey(key), defaultValue);
}

void HostModuleContext::setValue(const QString &key, const QVariant &value)
{
    m_settings.setValue(settingsKey(key), value);
}

} // namespace saduak
