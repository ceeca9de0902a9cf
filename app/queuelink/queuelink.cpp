#include "queuelink.h"

#include "queuecommandspec.h"

#include <queuemodel/queuejson.h>

#include <QJsonArray>

#include <utility>

using namespace Qt::StringLiterals;

namespace saduak {

QueueReply QueueReply::fromJson(const QJsonObject &reply)
{
    QueueReply r;
    r.ok = reply.value(u"type"_s).toString() == u"reply"_s && reply.value(u"ok"_s).toBool();
    if (!r.ok) {
        r.code = reply.value(u"code"_s).toString();
        r.message = reply.value(u"message"_s).toString();
        r.text = TranslatableText::fromJson(reply.value(u"text"_s).toObject());
        return r;
    }
    if (reply.contains(u"ticket"_s))
        r.ticket = QueueJson::ticketFrom(reply.value(u"ticket"_s).toObject());
    if (reply.contains(u"counter"_s))
        r.counter = QueueJson::counterFrom(reply.value(u"counter"_s).toObject());
    return r;
}

QString QueueReply::shownMessage() const
{
    if (!text.isEmpty() && (text.isKnown() || message.isEmpty()))
        return text.toString();
    return message;
}

void QueueLink::send(const QString &type, const QJsonObject &params, Done done)
{
    command(type, params, [done = std::move(done)](const QJsonObject &reply) {
        if (done)
            done(QueueReply::fromJson(reply));
    });
}

void QueueLink::refreshSnapshot()
{
    if (m_refreshInFlight) {
        m_refreshAgain = true;
        return;
    }
    m_refreshInFlight = true;
    command(u"snapshot"_s, {}, [this](const QJsonObject &reply) {
        m_refreshInFlight = false;
        const QList<QueueEvent> arrived = std::exchange(m_eventsDuringRefresh, {});
        if (const auto s = QueueSnapshot::fromJson(reply.value(u"snapshot"_s).toObject())) {
            // The events that arrived meanwhile may be in it already or may follow it.
            QueueSnapshot caughtUp = *s;
            for (const QueueEvent &event : arrived) {
                if (event.seq > caughtUp.lastEventSeq && !caughtUp.apply(event)) {
                    m_refreshAgain = true;
                    break;
                }
            }
            setSnapshot(caughtUp);
        } else {
            m_refreshAgain = true; // refused (e.g. storage) or malformed: ask again
        }
        if (m_refreshAgain) {
            m_refreshAgain = false;
            refreshSnapshot();
        }
    });
}

void QueueLink::setSnapshot(const QueueSnapshot &snapshot)
{
    m_snapshot = snapshot;
    Q_EMIT snapshotChanged();
}

void QueueLink::setSyncState(const std::optional<SyncState> &state)
{
    if (state == m_syncState)
        return;
    m_syncState = state;
    Q_EMIT syncStateChanged();
}

void QueueLink::handleEvent(const QJsonObject &json, bool replay)
{
    const auto event = QueueEvent::fromJson(json);
    if (!event) {
        refreshSnapshot(); // something changed that this device cannot read
        return;
    }
    // The event first, then the snapshot after it, as when the snapshot came by a round trip: a
    // board announces a call from the event, and a snapshot that holds the call already tells it
    // that the call was said.
    Q_EMIT queueEvent(*event, replay);
    if (m_followingCatalog && event->type == QueueEvent::CatalogChanged)
        refreshCatalog();
    if (m_refreshInFlight) {
        m_eventsDuringRefresh.append(*event);
    } else if (m_snapshot && event->seq <= m_snapshot->lastEventSeq) {
        // in the snapshot already (it was taken after this event)
    } else if (m_snapshot && m_snapshot->apply(*event)) {
        // In place: this link holds the only copy, so no list is copied for an event.
        Q_EMIT snapshotChanged();
    } else {
        // A gap, another business day, a replayed event without "after", a type this version
        // does not know: only a whole snapshot is sure (docs/hub-protocol.md).
        refreshSnapshot();
    }
}

void QueueLink::issueTicket(const QString &serviceCode, PriorityClass priority, Done done)
{
    send(u"issueTicket"_s,
        {{u"service"_s, serviceCode}, {u"priority"_s, QueueJson::toString(priority)}},
        std::move(done));
}

void QueueLink::callNext(int counter, Done done)
{
    send(u"callNext"_s, {{u"counter"_s, counter}}, std::move(done));
}

void QueueLink::ticketCommand(const QString &type, int counter, const QString &ticketId, Done done)
{
    send(type, {{u"counter"_s, counter}, {u"ticket"_s, ticketId}}, std::move(done));
}

void QueueLink::transfer(int counter, const QString &ticketId, const QString &toService, Done done)
{
    send(u"transfer"_s,
        {{u"counter"_s, counter}, {u"ticket"_s, ticketId}, {u"toService"_s, toService}},
        std::move(done));
}

void QueueLink::openCounter(int counter, const QStringList &services, Done done)
{
    QJsonObject params {{u"counter"_s, counter}};
    if (!services.isEmpty())
        params.insert(u"services"_s, QJsonArray::fromStringList(services));
    send(u"openCounter"_s, params, std::move(done));
}

void QueueLink::pauseCounter(int counter, PauseReason reason, Done done)
{
    send(u"pauseCounter"_s, {{u"counter"_s, counter}, {u"reason"_s, QueueJson::toString(reason)}},
        std::move(done));
}

void QueueLink::closeCounter(int counter, Done done)
{
    send(u"closeCounter"_s, {{u"counter"_s, counter}}, std::move(done));
}

void QueueLink::setCallProfile(int counter, const CallProfile &profile, Done done)
{
    send(u"setCallProfile"_s,
        {{u"counter"_s, counter}, {u"mode"_s, QueueJson::toString(profile.mode)},
            {u"normalCallsPerPriority"_s, profile.normalCallsPerPriority}},
        std::move(done));
}

bool QueueLink::may(const QString &commandType) const
{
    const std::optional<DeviceRole> r = role();
    if (!r || !queueCommandRoleMay(*r, commandType))
        return false;
    const std::optional<StaffRole> needed = queueCommandStaffRole(commandType);
    if (!needed || !needsLogIn())
        return true;
    if (!m_staff || !staffRoleCovers(m_staff->role, *needed))
        return false;
    // A counter officer at a supervisor's PC acts for no counter (the hub's DeviceWorkplace).
    return !(*r == DeviceRole::Supervisor && m_staff->role == StaffRole::Counter
        && queueCommandNeedsCounter(commandType));
}

bool QueueLink::needsLogIn() const
{
    const std::optional<DeviceRole> r = role();
    return r && (*r == DeviceRole::Counter || *r == DeviceRole::Supervisor);
}

namespace {

std::optional<StaffIdentity> staffFrom(const QJsonObject &reply)
{
    const QJsonObject staff = reply.value(u"staff"_s).toObject();
    const std::optional<StaffRole> role = staffRoleFromString(staff.value(u"role"_s).toString());
    if (!role || staff.value(u"user"_s).toString().isEmpty())
        return std::nullopt;
    return StaffIdentity {staff.value(u"user"_s).toString(), staff.value(u"name"_s).toString(),
        *role, reply.value(u"endsAt"_s).toInteger()};
}

} // namespace

void QueueLink::setStaff(const std::optional<StaffIdentity> &staff)
{
    if (m_staff == staff)
        return;
    m_staff = staff;
    Q_EMIT staffChanged();
}

void QueueLink::noticeReply(const QJsonObject &reply)
{
    if (reply.value(u"type"_s).toString() == u"error"_s
        && reply.value(u"code"_s).toString() == u"notLoggedIn"_s)
        setStaff(std::nullopt);
}

void QueueLink::logIn(const QString &user, const QString &password, Done done)
{
    command(u"logIn"_s, {{u"user"_s, user}, {u"password"_s, password}},
        [this, done = std::move(done)](const QJsonObject &reply) {
            if (reply.value(u"ok"_s).toBool())
                setStaff(staffFrom(reply));
            if (done)
                done(QueueReply::fromJson(reply));
        });
}

void QueueLink::logOut(Done done)
{
    command(u"logOut"_s, {}, [this, done = std::move(done)](const QJsonObject &reply) {
        if (reply.value(u"ok"_s).toBool())
            setStaff(std::nullopt);
        if (done)
            done(QueueReply::fromJson(reply));
    });
}

void QueueLink::refreshStaff()
{
    if (!needsLogIn()) {
        setStaff(std::nullopt);
        return;
    }
    command(u"staffSession"_s, {}, [this](const QJsonObject &reply) {
        if (reply.value(u"ok"_s).toBool())
            setStaff(staffFrom(reply));
    });
}

void QueueLink::reportDevice(const QString &status, const QString &detail)
{
    command(u"reportDevice"_s, {{u"status"_s, status}, {u"detail"_s, detail}}, {});
}

void QueueLink::requestStatistics(std::function<void(const QJsonObject &)> done)
{
    command(u"statistics"_s, {}, [done = std::move(done)](const QJsonObject &reply) {
        if (done)
            done(reply.value(u"statistics"_s).toObject());
    });
}

void QueueLink::requestRecentDays(int days, std::function<void(const QJsonArray &)> done)
{
    command(u"recentDays"_s, {{u"days"_s, days}}, [done = std::move(done)](const QJsonObject &reply) {
        if (done)
            done(reply.value(u"days"_s).toArray());
    });
}

} // namespace saduak

namespace saduak {

void QueueLink::requestCatalog(
    std::function<void(const QList<Service> &, const QList<Counter> &)> done)
{
    requestBranchCatalog([done = std::move(done)](const QList<Service> &services,
                             const QList<Counter> &counters, const QList<Holiday> &) {
        if (done)
            done(services, counters);
    });
}

namespace {

// The catalog in a "catalog" reply; nullopt when the hub refused or failed to read it.
std::optional<BranchCatalog> catalogFrom(const QJsonObject &reply)
{
    if (reply.value(u"type"_s).toString() != u"reply"_s || !reply.value(u"ok"_s).toBool())
        return std::nullopt;
    BranchCatalog catalog;
    for (const QJsonValue &v : reply.value(u"services"_s).toArray()) {
        const QJsonObject o = v.toObject();
        Service s;
        s.code = o.value(u"code"_s).toString();
        const QString prefix = o.value(u"ticketPrefix"_s).toString();
        s.ticketPrefix = prefix.isEmpty() ? QChar() : prefix.at(0);
        s.thaiName = o.value(u"nameTh"_s).toString();
        s.englishName = o.value(u"nameEn"_s).toString();
        s.targetWaitMinutes = o.value(u"targetWaitMinutes"_s).toInt();
        s.moduleId = o.value(u"moduleId"_s).toString();
        // The week; a hub from before it sends one range for every day, an older one none:
        // open all day, as it would issue.
        if (o.contains(u"week"_s)) {
            if (const auto week = WeekHours::fromJson(o.value(u"week"_s).toArray()))
                s.hours = *week;
        } else if (const auto hours = OpeningHours::parse(o.value(u"opensAt"_s).toString(),
                       o.value(u"closesAt"_s).toString())) {
            s.hours = WeekHours::everyDay(*hours);
        }
        catalog.services.append(s);
    }
    for (const QJsonValue &v : reply.value(u"counters"_s).toArray())
        if (const auto c = QueueJson::counterFrom(v.toObject()))
            catalog.counters.append(*c);
    // A hub from before holidays sends none.
    for (const QJsonValue &v : reply.value(u"holidays"_s).toArray()) {
        const QJsonObject o = v.toObject();
        const QDate date = QDate::fromString(o.value(u"date"_s).toString(), Qt::ISODate);
        if (date.isValid())
            catalog.holidays.append({date, o.value(u"name"_s).toString()});
    }
    catalog.openAllDay = reply.value(u"openAllDay"_s).toBool();
    return catalog;
}

} // namespace

void QueueLink::requestBranchCatalog(std::function<void(
        const QList<Service> &, const QList<Counter> &, const QList<Holiday> &)> done)
{
    command(u"catalog"_s, {}, [done = std::move(done)](const QJsonObject &reply) {
        const BranchCatalog catalog = catalogFrom(reply).value_or(BranchCatalog {});
        if (done)
            done(catalog.services, catalog.counters, catalog.holidays);
    });
}

void QueueLink::readBranchCatalog(std::function<void(const std::optional<BranchCatalog> &)> done)
{
    command(u"catalog"_s, {}, [done = std::move(done)](const QJsonObject &reply) {
        if (done)
            done(catalogFrom(reply));
    });
}

void QueueLink::followCatalog(const std::optional<BranchCatalog> &known)
{
    if (known)
        m_catalog = known;
    if (m_followingCatalog)
        return;
    m_followingCatalog = true;
    m_wasOnline = state() == State::Online || state() == State::Local;
    connect(this, &QueueLink::stateChanged, this, [this](State state) {
        const bool online = state == State::Online || state == State::Local;
        if (online && !m_wasOnline)
            refreshCatalog(); // back: what changed while away was not heard
        m_wasOnline = online;
    });
    if (!known && m_wasOnline)
        refreshCatalog(); // else when the link comes online
}

void QueueLink::refreshCatalog()
{
    if (m_catalogInFlight) {
        m_catalogAgain = true;
        return;
    }
    m_catalogInFlight = true;
    command(u"catalog"_s, {}, [this](const QJsonObject &reply) {
        m_catalogInFlight = false;
        if (std::optional<BranchCatalog> catalog = catalogFrom(reply)) {
            m_catalog = std::move(catalog);
            Q_EMIT catalogChanged();
        }
        if (std::exchange(m_catalogAgain, false))
            refreshCatalog();
    });
}

} // namespace saduak
