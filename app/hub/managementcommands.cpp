#include "managementcommands.h"

#include "queuecommands.h"

#include "staffaudit.h"

#include <queue/queuemanager.h>
#include <queue/requestid.h>
#include <storage/outbox.h>

#include <QJsonArray>
#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcHub)

namespace saduak {

namespace {

std::optional<QList<Holiday>> holidaysFrom(const QJsonArray &list)
{
    QList<Holiday> holidays;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const QDate date = QDate::fromString(o.value(u"date"_s).toString(), Qt::ISODate);
        const QString name = o.value(u"name"_s).toString().trimmed();
        if (!v.isObject() || !date.isValid() || name.isEmpty() || name.size() > 100
            || holidayOn(holidays, date))
            return std::nullopt;
        holidays.append({date, name});
    }
    std::sort(holidays.begin(), holidays.end(),
        [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    return holidays;
}

bool isServiceList(const QJsonValue &v)
{
    const QJsonArray codes = v.toArray();
    return !codes.isEmpty() && std::all_of(codes.begin(), codes.end(), [](const QJsonValue &c) {
        return c.isString() && !c.toString().isEmpty() && c.toString().size() <= 200;
    });
}

QStringList textsOf(const QJsonValue &value)
{
    QStringList texts;
    for (const QJsonValue &v : value.toArray())
        texts << v.toString();
    return texts;
}

} // namespace

ManagementCommands::ManagementCommands(Database &db, QueueManager &queue, CommandTable &table)
    : m_db(db), m_queue(queue)
{
    using Type = CommandField::Type;
    const QList<DeviceRole> supervisorPc {DeviceRole::Supervisor};
    const CommandField service {u"service"_s, Type::String, true, 200};
    const auto add = [&](Change change, const QString &name, QList<CommandField> fields,
                         const QString &summary, StaffRole least, QList<FieldRule> rules) {
        HubCommand command {name, supervisorPc, fields, false, summary,
            [this, change, fields](const Device &at, const QJsonObject &message,
                const QString &requestId, const StaffMember *person) {
                return run(change, at, person, message, requestId, fields);
            },
            least};
        QString why;
        if (!table.add(std::move(command), std::move(rules), &why))
            qCWarning(lcHub) << "management command not served:" << why;
    };
    add(Change::Target, u"setServiceTarget"_s,
        {service, {u"targetWaitMinutes"_s, Type::Integer}},
        u"a service's target wait (1-600 minutes)"_s, StaffRole::Admin,
        {{u"targetWaitMinutes"_s,
            [](const QJsonValue &v) { return v.toInteger() >= 1 && v.toInteger() <= 600; }}});
    add(Change::Hours, u"setServiceHours"_s, {service, {u"week"_s, Type::Array}},
        u"a service's opening hours by day of the week"_s, StaffRole::Admin,
        {{u"week"_s,
            [](const QJsonValue &v) { return WeekHours::fromJson(v.toArray()).has_value(); }}});
    add(Change::Holidays, u"setHolidays"_s, {{u"holidays"_s, Type::Array}},
        u"the branch's holidays (replaces the list)"_s, StaffRole::Admin,
        {{u"holidays"_s,
            [](const QJsonValue &v) { return holidaysFrom(v.toArray()).has_value(); }}});
    add(Change::CounterServices, u"setCounterServices"_s,
        {{u"counter"_s, Type::Integer}, {u"services"_s, Type::Array}},
        u"the services a counter may serve"_s, StaffRole::Supervisor,
        {{u"counter"_s, [](const QJsonValue &v) { return v.toInteger() >= 1; }},
            {u"services"_s, isServiceList}});
    add(Change::Move, u"moveTicket"_s,
        {{u"ticket"_s, Type::String, true, 100}, {u"toService"_s, Type::String, true, 200}},
        u"a waiting ticket waits for another service, keeping its arrival"_s,
        StaffRole::Supervisor, {});
}

HubReply ManagementCommands::run(Change change, const Device &at, const StaffMember *person,
    const QJsonObject &message, const QString &requestId, const QList<CommandField> &fields)
{
    const QString type = message.value(u"type"_s).toString();
    const RequestId id(requestId, CommandTable::requestDigest(type, fields, message));
    // The events the command records name who did it (data.staff), as the queue's commands do.
    const QueueManager::ActingStaff acting(m_queue, person ? person->userName : QString());
    // The staff audit's row: where (the supervisor's PC) and who; what changed is added below.
    StaffAudit row;
    row.atMs = m_queue.now();
    row.device = at.id;
    row.deviceRole = toString(at.role);
    row.counter = at.counterNumber;
    row.user = person ? person->userName : QString();
    QJsonObject details;
    // Written by the queue inside the command's transaction, after the change.
    const QueueManager::AlsoWrite audit = [&](QString *why) {
        QJsonObject payload = row.toPayload();
        for (auto it = details.constBegin(); it != details.constEnd(); ++it)
            payload.insert(it.key(), it.value());
        return !Outbox::append(m_db, {{}, StaffAudit::kind(), payload, row.atMs}, why).isEmpty();
    };
    const QString service = message.value(u"service"_s).toString();
    QueueResult result;
    switch (change) {
    case Change::Target: {
        const int minutes = int(message.value(u"targetWaitMinutes"_s).toInteger());
        row.action = u"serviceTargetSet"_s;
        details = {{u"target"_s, service}, {u"targetWaitMinutes"_s, minutes}};
        for (const Service &s : m_queue.services())
            if (s.code == service)
                details.insert(u"oldTargetWaitMinutes"_s, s.targetWaitMinutes);
        result = m_queue.setServiceTarget(service, minutes, id, audit);
        break;
    }
    case Change::Hours: {
        const WeekHours week
            = WeekHours::fromJson(message.value(u"week"_s).toArray()).value_or(WeekHours::closed());
        row.action = u"serviceHoursSet"_s;
        details = {{u"target"_s, service}, {u"week"_s, week.toJson()}};
        result = m_queue.setServiceHours(service, week, id, audit);
        break;
    }
    case Change::Holidays: {
        const QList<Holiday> holidays
            = holidaysFrom(message.value(u"holidays"_s).toArray()).value_or(QList<Holiday> {});
        QJsonArray dates;
        for (const Holiday &h : holidays)
            dates.append(h.date.toString(Qt::ISODate));
        row.action = u"holidaysSet"_s;
        details = {{u"dates"_s, dates}};
        result = m_queue.setHolidays(holidays, id, audit);
        break;
    }
    case Change::CounterServices: {
        const int counter = int(message.value(u"counter"_s).toInteger());
        QStringList services = textsOf(message.value(u"services"_s));
        services.removeDuplicates();
        services.sort();
        row.action = u"counterServicesSet"_s;
        details = {{u"targetCounter"_s, counter},
            {u"services"_s, QJsonArray::fromStringList(services)}};
        if (const std::optional<Counter> before = m_queue.counter(counter))
            details.insert(u"oldServices"_s, QJsonArray::fromStringList(before->serviceCodes));
        result = m_queue.setCounterServices(counter, services, id, audit);
        break;
    }
    case Change::Move: {
        const QString ticket = message.value(u"ticket"_s).toString();
        const QString toService = message.value(u"toService"_s).toString();
        row.action = u"ticketMoved"_s;
        details = {{u"ticket"_s, ticket}, {u"toService"_s, toService}};
        if (const std::optional<Ticket> before = m_queue.ticket(ticket)) {
            details.insert(u"ticketNumber"_s, before->number);
            details.insert(u"fromService"_s, before->serviceCode);
        }
        result = m_queue.moveTicket(ticket, toService, id, audit);
        break;
    }
    }
    if (result.ok())
        qCInfo(lcHub).noquote() << row.action << "by" << at.name;
    return QueueCommands::replyOf(result);
}

} // namespace saduak
