#include "hostmodulecontext.h"

#include <storage/database.h>
#include <storage/outbox.h>

#include <QSettings>

using namespace Qt::StringLiterals;

namespace saduak {

HostModuleContext::HostModuleContext(
    const ModuleInfo &info, Database &db, QSettings &settings, QObject *parent)
    : ModuleContext(parent),
      m_info(info),
      m_db(db),
      m_settings(settings),
      m_logName("saduak.module." + info.id.toUtf8()),
      m_log(m_logName.constData())
{ }

void HostModuleContext::setCitizen(std::optional<Citizen> citizen)
{
    m_citizen = std::move(citizen);
    Q_EMIT citizenChanged();
}

void HostModuleContext::setTicket(std::optional<Ticket> ticket)
{
    m_ticket = std::move(ticket);
    Q_EMIT ticketChanged();
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
