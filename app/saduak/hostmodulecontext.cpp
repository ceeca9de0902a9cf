#include "hostmodulecontext.h"

#include <modulehost/deskstate.h>
#include <storage/database.h>
#include <storage/outbox.h>

#include <QSettings>

using namespace Qt::StringLiterals;

namespace saduak {

HostModuleContext::HostModuleContext(
    const ModuleInfo &info, Database &db, QSettings &settings, DeskState &desk, QObject *parent)
    : ModuleContext(parent),
      m_info(info),
      m_db(db),
      m_settings(settings),
      m_desk(desk),
      m_logName("saduak.module." + info.id.toUtf8()),
      m_log(m_logName.constData())
{
    connect(&m_desk, &DeskState::citizenChanged, this, &ModuleContext::citizenChanged);
    connect(&m_desk, &DeskState::ticketChanged, this, &ModuleContext::ticketChanged);
    connect(&m_desk, &DeskState::languageChanged, this, &ModuleContext::languageChanged);
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

QSqlDatabase HostModuleContext::database()
{
    return m_db.connection();
}

QString HostModuleContext::append(const QString &kind, const QJsonObject &payload, QString *why)
{
    OutboxRow row;
    row.kind = m_info.id + u'.' + kind;
    row.payload = payload;
    return Outbox::append(m_db, row, why);
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
