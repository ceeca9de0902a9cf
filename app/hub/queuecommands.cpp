#include "queuecommands.h"

#include "recentdays.h"
#include "staffstore.h"

#include <domain/bangkoktime.h>
#include <queue/catalogstore.h>
#include <queue/queuemanager.h>
#include <queuelink/queuecommandspec.h>
#include <queuemodel/queuejson.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcHub)

namespace saduak {

namespace {

// The queue's fields beyond their JSON type, one rule per kind of field (by its name, the same in
// every command that takes it): the table refuses a value that fails with badRequest naming the
// field, so the handlers below take the values as they are.
const QHash<QString, FieldRule::Accepts> &queueFieldRules()
{
    static const QHash<QString, FieldRule::Accepts> rules {
        {u"priority"_s,
            [](const QJsonValue &v) { return QueueJson::priorityFrom(v.toString()).has_value(); }},
        {u"reason"_s,
            [](const QJsonValue &v) {
                return QueueJson::pauseReasonFrom(v.toString()).has_value();
            }},
        {u"mode"_s,
            [](const QJsonValue &v) { return QueueJson::callModeFrom(v.toString()).has_value(); }},
        // What a kiosk's printer can be (docs/hub-protocol.md, reportDevice).
        {u"status"_s,
            [](const QJsonValue &v) {
                static const QStringList known {u"ok"_s, u"paperOut"_s, u"printerOffline"_s};
                return known.contains(v.toString());
            }},
        // Service codes, each as "service" takes one: [5] is no code, not a blank one.
        {u"services"_s,
            [](const QJsonValue &v) {
                const QJsonArray codes = v.toArray();
                return std::all_of(codes.begin(), codes.end(), [](const QJsonValue &code) {
                    return code.isString() && !code.toString().isEmpty()
                        && code.toString().size() <= 200;
                });
            }},
        {u"normalCallsPerPriority"_s, [](const QJsonValue &v) { return v.toInteger() >= 1; }},
        // recentDays: a month at most (the days are kept, and computed once each).
        {u"days"_s,
            [](const QJsonValue &v) {
                return v.toInteger() >= 1 && v.toInteger() <= RecentDays::maxDays;
            }},
    };
    return rules;
}

QStringList textsOf(const QJsonValue &value)
{
    QStringList texts;
    for (const QJsonValue &v : value.toArray())
        texts << v.toString();
    return texts;
}

} // namespace

HubReply QueueCommands::replyOf(const QueueResult &result)
{
    if (!result.ok()) {
        if (!result.error.detail.isEmpty())
            qCWarning(lcHub) << "command refused:" << result.error.detail;
        HubReply reply
            = HubReply::error(QueueError::toString(result.error.code), result.error.message);
        reply.errorText = result.error.text;
        return reply;
    }
    QJsonObject body = result.toJson();
    body.remove(u"error"_s); // "none" on success; refusals travel as error messages
    return {body, {}, {}, {}};
}

QList<HubCommand> QueueCommands::specs()
{
    QList<HubCommand> commands;
    for (const QueueCommandSpec &spec : queueCommandSpecs())
        commands.append(
            {spec.name, spec.roles, spec.fields, spec.batched, spec.summary, {}, spec.staffRole});
    return commands;
}

QueueCommands::QueueCommands(
    QueueManager &queue, CatalogStore &catalog, Database &db, QObject *parent)
    : QObject(parent),
      m_queue(queue),
      m_catalog(catalog),
      m_db(db),
      m_recentDays(std::make_unique<RecentDays>(db, queue)),
      m_readFailureLog(lcHub(), QtWarningMsg, u"failed reads of the queue"_s)
{
    connect(&m_queue, &QueueManager::eventRecorded, this,
        [this](const QueueEvent &event) { Q_EMIT eventReady(event.toLiveJson()); });
    for (HubCommand command : specs()) {
        command.run = [this, type = command.name, fields = command.fields](const Device &device,
                          const QJsonObject &message, const QString &requestId,
                          const StaffMember *person) {
            // The events the command records name the officer (data.staff) for the e-report.
            const QueueManager::ActingStaff acting(m_queue, person ? person->userName : QString());
            // The digest of what is asked goes with the id: the same id with other content is
            // refused (requestIdReused) instead of answered with the first request's result.
            return run(device, type, message,
                RequestId(requestId, CommandTable::requestDigest(type, fields, message)));
        };
        QList<FieldRule> rules;
        for (const CommandField &field : std::as_const(command.fields))
            if (const auto rule = queueFieldRules().constFind(field.name);
                rule != queueFieldRules().cend())
                rules.append({field.name, rule.value()});
        m_table.add(std::move(command), std::move(rules));
    }
}

QueueCommands::~QueueCommands() = default;

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
    const Device &device, const QString &type, const QJsonObject &m, const RequestId &requestId)
{
    // Every field was checked by the table (its type, then queueFieldRules): taken as it is. (The
    // value_or defaults are never used; they keep a rule left out from becoming undefined.)
    if (type == u"statistics"_s)
        return statistics();
    if (type == u"recentDays"_s)
        return recentDays(m.value(u"days"_s).toInt(7));
    if (type == u"catalog"_s)
        return catalog();
    if (type == u"syncNow"_s) {
        // Staff who see "not reachable" after central is back need not wait out the back-off.
        const bool syncing = m_syncNow && m_syncNow();
        qCInfo(lcHub) << "device" << device.name << "asked to send to central now"
                      << (syncing ? "" : "(this hub sends nothing to central)");
        return {QJsonObject {{u"syncing"_s, syncing}}, {}, {}, {}};
    }

    if (type == u"reportDevice"_s) {
        const QString status = m.value(u"status"_s).toString();
        m_deviceStatus.insert(device.name, status);
        qCInfo(lcHub) << "device" << device.name << "reports" << status;
        Q_EMIT deviceStatusReported(device.name, status, m.value(u"detail"_s).toString());
        return {};
    }

    const int counter = m.value(u"counter"_s).toInt(); // 0 when absent: a kiosk's ticket
    const QString ticket = m.value(u"ticket"_s).toString();
    if (type == u"issueTicket"_s) {
        QueueManager::IssueOptions options;
        if (m.contains(u"priority"_s))
            options.priority = QueueJson::priorityFrom(m.value(u"priority"_s).toString())
                                   .value_or(PriorityClass::Normal);
        options.bookingReference = m.value(u"bookingReference"_s).toString();
        options.counterNumber = counter;
        return replyOf(m_queue.issueTicket(m.value(u"service"_s).toString(), options, requestId));
    }
    if (type == u"returnToQueue"_s)
        return replyOf(m_queue.returnToQueue(ticket, requestId));
    if (type == u"cancel"_s)
        return replyOf(m_queue.cancel(ticket, requestId));
    if (type == u"changePriority"_s)
        return replyOf(m_queue.changePriority(ticket,
            QueueJson::priorityFrom(m.value(u"priority"_s).toString()).value_or(PriorityClass::Normal),
            requestId));

    if (type == u"callNext"_s)
        return replyOf(m_queue.callNext(counter, requestId));
    if (type == u"openCounter"_s)
        return replyOf(m_queue.openCounter(counter, textsOf(m.value(u"services"_s)), requestId));
    if (type == u"pauseCounter"_s)
        return replyOf(m_queue.pauseCounter(counter,
            QueueJson::pauseReasonFrom(m.value(u"reason"_s).toString()).value_or(PauseReason::None),
            requestId));
    if (type == u"closeCounter"_s)
        return replyOf(m_queue.closeCounter(counter, requestId));
    if (type == u"setCallProfile"_s) {
        CallProfile profile;
        profile.mode = QueueJson::callModeFrom(m.value(u"mode"_s).toString())
                           .value_or(CallProfile::Mode::PriorityFirst);
        if (m.contains(u"normalCallsPerPriority"_s))
            profile.normalCallsPerPriority = m.value(u"normalCallsPerPriority"_s).toInt();
        return replyOf(m_queue.setCallProfile(counter, profile, requestId));
    }

    if (type == u"recall"_s)
        return replyOf(m_queue.recall(counter, ticket, requestId));
    if (type == u"startService"_s)
        return replyOf(m_queue.startService(counter, ticket, requestId));
    if (type == u"finishService"_s)
        return replyOf(m_queue.finishService(counter, ticket, requestId));
    if (type == u"markNoShow"_s)
        return replyOf(m_queue.markNoShow(counter, ticket, requestId));
    if (type == u"park"_s)
        return replyOf(m_queue.park(counter, ticket, requestId));
    if (type == u"transfer"_s)
        return QueueCommands::replyOf(
            m_queue.transfer(counter, ticket, m.value(u"toService"_s).toString(), requestId));
    // A command in queueCommandSpecs() without a branch here: the hub's mistake, said as one.
    qCWarning(lcHub) << "queue command without a handler:" << type;
    return CommandTable::badFieldReply(u"type"_s);
}

HubReply QueueCommands::statistics() const
{
    QString why;
    const auto report = m_queue.statistics(&why);
    if (!report)
        return readFailure("statistics", why);
    QJsonObject statistics = report->toJson();
    // The queue knows an officer by the user name its events carry; the name the supervisor
    // reads is in the hub's staff table. An account that is gone keeps its user name.
    bool anyOfficer = false;
    for (const QueueStatistics::CounterFigures &c : report->counters)
        anyOfficer = anyOfficer || !c.officer.isEmpty();
    if (anyOfficer) {
        QHash<QString, QString> names;
        if (const auto staff = StaffStore(m_db).list(&why)) {
            for (const StaffMember &member : *staff)
                names.insert(member.userName, member.displayName);
        } else {
            return readFailure("staff names", why);
        }
        QJsonArray counters;
        for (const QJsonValue &value : statistics.value(u"counters"_s).toArray()) {
            QJsonObject counter = value.toObject();
            if (counter.contains(u"officer"_s)) {
                QJsonObject officer = counter.value(u"officer"_s).toObject();
                const QString user = officer.value(u"user"_s).toString();
                officer.insert(u"name"_s, names.value(user, user));
                counter.insert(u"officer"_s, officer);
            }
            counters.append(counter);
        }
        statistics.insert(u"counters"_s, counters);
    }
    return {QJsonObject {{u"statistics"_s, statistics}}, {}, {}, {}};
}

HubReply QueueCommands::recentDays(int count)
{
    QString why;
    const auto days = m_recentDays->before(count, &why);
    if (!days)
        return readFailure("recent days", why);
    QJsonArray list;
    for (const QueueStatistics::DaySummary &day : *days)
        list.append(day.toJson());
    return {QJsonObject {{u"days"_s, list}}, {}, {}, {}};
}

HubReply QueueCommands::readFailure(const char *what, const QString &why) const
{
    if (m_readFailureLog.admit())
        qCWarning(lcHub) << "the queue's" << what << "could not be read:" << why;
    return HubReply::error(QueueError::toString(QueueError::Code::Storage),
        TranslatableText("saduak::QueueCommands",
            QT_TRANSLATE_NOOP("saduak::QueueCommands",
                "The hub could not read the queue from its database. Tell the supervisor: the "
                "database may be damaged (saduak-hub check).")));
}

HubReply QueueCommands::catalog() const
{
    QJsonArray services;
    // The hours the queue keeps (all day under queue/openAllDay), so kiosks grey what it refuses.
    const int today = BangkokTime::fromUtcMs(m_queue.now()).date().dayOfWeek();
    for (const Service &s : m_queue.services()) {
        QJsonObject service {{u"code"_s, s.code}, {u"ticketPrefix"_s, QString(s.ticketPrefix)},
            {u"nameTh"_s, s.thaiName}, {u"nameEn"_s, s.englishName},
            {u"targetWaitMinutes"_s, s.targetWaitMinutes}, {u"moduleId"_s, s.moduleId},
            {u"week"_s, s.hours.toJson()}};
        // Today's hours for a device from before the week (it keeps one range every day); none
        // when closed today, which such a device takes as open: the hub still refuses.
        if (const std::optional<OpeningHours> hours = s.hours.on(today)) {
            service.insert(u"opensAt"_s, hours->opensText());
            service.insert(u"closesAt"_s, hours->closesText());
        }
        services.append(service);
    }
    QJsonArray counters;
    for (const Counter &c : m_catalog.counters())
        counters.append(QueueJson::toJson(c));
    QJsonArray holidays;
    for (const Holiday &h : m_queue.holidays())
        holidays.append(
            QJsonObject {{u"date"_s, h.date.toString(Qt::ISODate)}, {u"name"_s, h.name}});
    // Under queue/openAllDay the week and holidays above are not the kept ones (every service open
    // all day, no holiday): a screen that edits them says so rather than save what it was shown.
    return {QJsonObject {{u"services"_s, services}, {u"counters"_s, counters},
                {u"holidays"_s, holidays}, {u"openAllDay"_s, m_queue.settings().openAllDay}},
        {}, {}, {}};
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

std::optional<QJsonObject> QueueCommands::snapshot(HubReply *failure) const
{
    // After an event every screen that follows the queue (30 counters, boards, kiosks) asks at
    // once; they get the one snapshot taken for that event. Nothing in the queue changes without
    // an event; the age limit covers what does (the order by waiting time, a catalog edit).
    constexpr qint64 maxAgeMs = 1000;
    const qint64 seq = m_queue.lastEventSeq();
    const qint64 now = m_queue.now();
    if (seq != m_snapshotSeq || now - m_snapshotAtMs >= maxAgeMs || now < m_snapshotAtMs) {
        QString why;
        const std::optional<QueueSnapshot> snapshot = m_queue.snapshot(&why);
        if (!snapshot) {
            if (failure)
                *failure = readFailure("snapshot", why);
            return std::nullopt;
        }
        m_snapshot = snapshot->toJson();
        m_snapshotSeq = snapshot->lastEventSeq;
        m_snapshotAtMs = now;
    }
    return m_snapshot;
}

qint64 QueueCommands::lastEventSeq() const
{
    return m_queue.lastEventSeq();
}

std::optional<QList<QJsonObject>> QueueCommands::eventsAfter(
    qint64 afterSeq, int limit, HubReply *failure) const
{
    bool ok = false;
    QString why;
    const QList<QueueEvent> events = m_queue.eventsSince(afterSeq, limit, &ok, &why);
    if (!ok) {
        if (failure)
            *failure = readFailure("events", why);
        return std::nullopt;
    }
    QList<QJsonObject> result;
    for (const QueueEvent &e : events)
        result.append(e.toJson());
    return result;
}

} // namespace saduak
