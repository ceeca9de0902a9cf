#include "queuecommands.h"

#include <queue/catalogstore.h>
#include <queue/queuemanager.h>
#include <queuelink/queuecommandspec.h>
#include <queuemodel/queuejson.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcHub)

namespace saduak {

namespace {

HubReply fromResult(const QueueResult &result)
{
    if (!result.ok()) {
        // The detail (SQL, file) stays in the hub's log; the device gets the code and message.
        if (!result.error.detail.isEmpty())
            qCWarning(lcHub) << "queue command refused:" << result.error.detail;
        HubReply reply
            = HubReply::error(QueueError::toString(result.error.code), result.error.message);
        reply.errorText = result.error.text;
        return reply;
    }
    QJsonObject body = result.toJson();
    body.remove(u"error"_s); // "none" on success; refusals travel as error messages
    return {body, {}, {}, {}};
}

HubReply badField(const QString &field)
{
    return CommandTable::badFieldReply(field);
}

// Fields are checked strictly: a counter number is a JSON number, a ticket id a string.
std::optional<int> intField(const QJsonObject &m, const QString &name)
{
    const QJsonValue v = m.value(name);
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d != double(int(d)) || d < 0 || d > 100000)
        return std::nullopt;
    return int(d);
}

std::optional<QString> stringField(const QJsonObject &m, const QString &name)
{
    const QJsonValue v = m.value(name);
    if (!v.isString() || v.toString().isEmpty() || v.toString().size() > 200)
        return std::nullopt;
    return v.toString();
}

} // namespace

QList<HubCommand> QueueCommands::specs()
{
    QList<HubCommand> commands;
    for (const QueueCommandSpec &spec : queueCommandSpecs())
        commands.append({spec.name, spec.roles, spec.fields, spec.batched, spec.summary, {}});
    return commands;
}

QueueCommands::QueueCommands(QueueManager &queue, CatalogStore &catalog, QObject *parent)
    : QObject(parent), m_queue(queue), m_catalog(catalog)
{
    connect(&m_queue, &QueueManager::eventRecorded, this,
        [this](const QueueEvent &event) { Q_EMIT eventReady(event.toJson()); });
    for (HubCommand command : specs()) {
        command.run = [this, type = command.name](const Device &device, const QJsonObject &message,
                          const QString &requestId) { return run(device, type, message, requestId); };
        m_table.add(std::move(command));
    }
}

bool QueueCommands::roleMay(Device::Role role, const QString &type)
{
    return queueCommandRoleMay(role, type);
}

HubReply QueueCommands::execute(
    const Device &device, const QString &type, const QJsonObject &message)
{
    return m_table.execute(device, type, message);
}

HubReply QueueCommands::run(
    const Device &device, const QString &type, const QJsonObject &m, const QString &requestId)
{
    if (type == u"statistics"_s)
        return statistics();
    if (type == u"catalog"_s)
        return catalog();

    if (type == u"reportDevice"_s) {
        const auto status = stringField(m, u"status"_s);
        if (!status)
            return badField(u"status"_s);
        m_deviceStatus.insert(device.name, *status);
        qCInfo(lcHub) << "device" << device.name << "reports" << *status;
        Q_EMIT deviceStatusReported(device.name, *status, m.value(u"detail"_s).toString());
        return {};
    }

    if (type == u"issueTicket"_s) {
        const auto service = stringField(m, u"service"_s);
        if (!service)
            return badField(u"service"_s);
        QueueManager::IssueOptions options;
        if (m.contains(u"priority"_s)) {
            const auto priority = QueueJson::priorityFrom(m.value(u"priority"_s).toString());
            if (!priority)
                return badField(u"priority"_s);
            options.priority = *priority;
        }
        options.bookingReference = m.value(u"bookingReference"_s).toString();
        if (m.contains(u"counter"_s)) {
            const auto counter = intField(m, u"counter"_s);
            if (!counter)
                return badField(u"counter"_s);
            options.counterNumber = *counter;
        }
        return fromResult(m_queue.issueTicket(*service, options, requestId));
    }

    if (type == u"returnToQueue"_s || type == u"cancel"_s || type == u"changePriority"_s) {
        const auto ticket = stringField(m, u"ticket"_s);
        if (!ticket)
            return badField(u"ticket"_s);
        if (type == u"returnToQueue"_s)
            return fromResult(m_queue.returnToQueue(*ticket, requestId));
        if (type == u"cancel"_s)
            return fromResult(m_queue.cancel(*ticket, requestId));
        const auto priority = QueueJson::priorityFrom(m.value(u"priority"_s).toString());
        if (!priority)
            return badField(u"priority"_s);
        return fromResult(m_queue.changePriority(*ticket, *priority, requestId));
    }

    const auto counter = intField(m, u"counter"_s);
    if (!counter)
        return badField(u"counter"_s);

    if (type == u"callNext"_s)
        return fromResult(m_queue.callNext(*counter, requestId));
    if (type == u"openCounter"_s) {
        QStringList services;
        for (const QJsonValue &v : m.value(u"services"_s).toArray())
            services << v.toString();
        return fromResult(m_queue.openCounter(*counter, services, requestId));
    }
    if (type == u"pauseCounter"_s) {
        const auto reason = QueueJson::pauseReasonFrom(m.value(u"reason"_s).toString());
        if (!reason)
            return badField(u"reason"_s);
        return fromResult(m_queue.pauseCounter(*counter, *reason, requestId));
    }
    if (type == u"closeCounter"_s)
        return fromResult(m_queue.closeCounter(*counter, requestId));
    if (type == u"setCallProfile"_s) {
        CallProfile profile;
        const auto mode = QueueJson::callModeFrom(m.value(u"mode"_s).toString());
        if (!mode)
            return badField(u"mode"_s);
        profile.mode = *mode;
        if (m.contains(u"normalCallsPerPriority"_s)) {
            const auto n = intField(m, u"normalCallsPerPriority"_s);
            if (!n || *n < 1)
                return badField(u"normalCallsPerPriority"_s);
            profile.normalCallsPerPriority = *n;
        }
        return fromResult(m_queue.setCallProfile(*counter, profile, requestId));
    }

    const auto ticket = stringField(m, u"ticket"_s);
    if (!ticket)
        return badField(u"ticket"_s);
    if (type == u"recall"_s)
        return fromResult(m_queue.recall(*counter, *ticket, requestId));
    if (type == u"startService"_s)
        return fromResult(m_queue.startService(*counter, *ticket, requestId));
    if (type == u"finishService"_s)
        return fromResult(m_queue.finishService(*counter, *ticket, requestId));
    if (type == u"markNoShow"_s)
        return fromResult(m_queue.markNoShow(*counter, *ticket, requestId));
    if (type == u"park"_s)
        return fromResult(m_queue.park(*counter, *ticket, requestId));
    // transfer
    const auto toService = stringField(m, u"toService"_s);
    if (!toService)
        return badField(u"toService"_s);
    return fromResult(m_queue.transfer(*counter, *ticket, *toService, requestId));
}

HubReply QueueCommands::statistics() const
{
    return {QJsonObject {{u"statistics"_s, m_queue.statistics().toJson()}}, {}, {}, {}};
}

HubReply QueueCommands::catalog() const
{
    QJsonArray services;
    // The hours the queue keeps (all day under queue/openAllDay), so kiosks grey what it refuses.
    for (const Service &s : m_queue.services())
        services.append(
            QJsonObject {{u"code"_s, s.code}, {u"ticketPrefix"_s, QString(s.ticketPrefix)},
                {u"nameTh"_s, s.thaiName}, {u"nameEn"_s, s.englishName},
                {u"targetWaitMinutes"_s, s.targetWaitMinutes}, {u"moduleId"_s, s.moduleId},
                {u"opensAt"_s, s.hours.opensText()}, {u"closesAt"_s, s.hours.closesText()}});
    QJsonArray counters;
    for (const Counter &c : m_catalog.counters())
        counters.append(QueueJson::toJson(c));
    return {QJsonObject {{u"services"_s, services}, {u"counters"_s, counters}}, {}, {}, {}};
}

bool QueueCommands::batches(const QString &type) const
{
    // The commands that write the queue; reads, reportDevice and module commands run alone.
    const HubCommand *command = m_table.find(type);
    return command && command->batched;
}

bool QueueCommands::beginBatch()
{
    QString why;
    if (m_queue.beginBatch(&why))
        return true;
    qCWarning(lcHub) << "commands run one by one:" << why;
    return false;
}

HubReply QueueCommands::endBatch()
{
    QString why;
    if (m_queue.commitBatch(&why))
        return {};
    qCWarning(lcHub) << "queue commands not saved:" << why;
    return HubReply::error(QueueError::toString(QueueError::Code::Storage),
        TranslatableText("saduak::QueueCommands",
            QT_TRANSLATE_NOOP("saduak::QueueCommands",
                "The queue could not be saved, so nothing was changed. Please try again.")));
}

QJsonObject QueueCommands::snapshot() const
{
    // After an event every screen that follows the queue (30 counters, boards, kiosks) asks at
    // once; they get the one snapshot taken for that event. Nothing in the queue changes without
    // an event; the age limit covers what does (the order by waiting time, a catalog edit).
    constexpr qint64 maxAgeMs = 1000;
    const qint64 seq = m_queue.lastEventSeq();
    const qint64 now = m_queue.now();
    if (seq != m_snapshotSeq || now - m_snapshotAtMs >= maxAgeMs || now < m_snapshotAtMs) {
        const QueueSnapshot snapshot = m_queue.snapshot();
        m_snapshot = snapshot.toJson();
        m_snapshotSeq = snapshot.lastEventSeq;
        m_snapshotAtMs = now;
    }
    return m_snapshot;
}

qint64 QueueCommands::lastEventSeq() const
{
    return m_queue.lastEventSeq();
}

QList<QJsonObject> QueueCommands::eventsAfter(qint64 afterSeq, int limit) const
{
    QList<QJsonObject> result;
    for (const QueueEvent &e : m_queue.eventsSince(afterSeq, limit))
        result.append(e.toJson());
    return result;
}

} // namespace saduak
