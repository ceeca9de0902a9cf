#include "queuecommandspec.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saduak {

QList<QueueCommandSpec> queueCommandSpecs()
{
    using Type = CommandField::Type;
    const QList<DeviceRole> everyone = allDeviceRoles();
    const QList<DeviceRole> kiosk {DeviceRole::Kiosk};
    const QList<DeviceRole> kioskAndCounter {DeviceRole::Kiosk, DeviceRole::Counter};
    const QList<DeviceRole> counter {DeviceRole::Counter};
    const CommandField counterField {u"counter"_s, Type::Integer};
    const CommandField ticketField {u"ticket"_s, Type::String};
    const auto ticketCommand = [&](const QString &name, const QString &summary) {
        return QueueCommandSpec {name, counter, {counterField, ticketField}, true, summary};
    };
    // In the order the fields are checked: the first one at fault is named in the refusal.
    QList<QueueCommandSpec> specs {
        {u"statistics"_s, everyone, {}, false, u"the day's figures"_s},
        {u"catalog"_s, everyone, {}, false, u"services and counters"_s},
        {u"recentDays"_s, {DeviceRole::Supervisor}, {{u"days"_s, Type::Integer, false}}, false,
            u"the figures of the last business days"_s},
        {u"syncNow"_s, counter, {}, false, u"send to central now"_s},
        {u"issueTicket"_s, kioskAndCounter,
            {{u"service"_s, Type::String}, {u"priority"_s, Type::String, false},
                {u"bookingReference"_s, Type::String, false}, {u"counter"_s, Type::Integer, false}},
            true, u"a new ticket"_s},
        {u"reportDevice"_s, kiosk,
            {{u"status"_s, Type::String}, {u"detail"_s, Type::String, false, 2000}}, false,
            u"a kiosk's printer state"_s},
        {u"callNext"_s, counter, {counterField}, true, u"call the next ticket"_s},
        ticketCommand(u"recall"_s, u"call the ticket again"_s),
        ticketCommand(u"startService"_s, u"the citizen came: serving"_s),
        ticketCommand(u"finishService"_s, u"served"_s),
        ticketCommand(u"markNoShow"_s, u"the citizen did not come"_s),
        ticketCommand(u"park"_s, u"the citizen stepped away"_s),
        {u"transfer"_s, counter, {counterField, ticketField, {u"toService"_s, Type::String}}, true,
            u"the next step of a visit"_s},
        {u"returnToQueue"_s, counter, {ticketField}, true, u"a parked ticket waits again"_s},
        {u"cancel"_s, counter, {ticketField}, true, u"the ticket is cancelled"_s},
        {u"changePriority"_s, counter, {ticketField, {u"priority"_s, Type::String}}, true,
            u"another priority class"_s},
        {u"openCounter"_s, counter, {counterField, {u"services"_s, Type::Array, false}}, true,
            u"open for services"_s},
        {u"pauseCounter"_s, counter, {counterField, {u"reason"_s, Type::String}}, true,
            u"pause with a reason"_s},
        {u"closeCounter"_s, counter, {counterField}, true, u"close"_s},
        {u"setCallProfile"_s, counter,
            {counterField, {u"mode"_s, Type::String},
                {u"normalCallsPerPriority"_s, Type::Integer, false}},
            true, u"call order of the counter"_s},
    };
    for (QueueCommandSpec &spec : specs)
        spec.staffRole = leastStaffRole(spec.roles);
    return specs;
}

std::optional<StaffRole> leastStaffRole(const QList<DeviceRole> &roles)
{
    if (roles.contains(DeviceRole::Display))
        return std::nullopt;
    if (roles == QList<DeviceRole> {DeviceRole::Supervisor})
        return StaffRole::Supervisor;
    return StaffRole::Counter;
}

std::optional<StaffRole> queueCommandStaffRole(const QString &type)
{
    static const QList<QueueCommandSpec> specs = queueCommandSpecs();
    for (const QueueCommandSpec &spec : specs)
        if (spec.name == type)
            return spec.staffRole;
    return StaffRole::Counter;
}

bool rolesAllow(const QList<DeviceRole> &roles, DeviceRole role)
{
    if (roles.contains(role))
        return true;
    // The supervisor's PC stands in for any counter or kiosk of the branch.
    return role == DeviceRole::Supervisor
        && (roles.contains(DeviceRole::Counter) || roles.contains(DeviceRole::Kiosk));
}

bool queueCommandRoleMay(DeviceRole role, const QString &type)
{
    static const QList<QueueCommandSpec> specs = queueCommandSpecs();
    for (const QueueCommandSpec &spec : specs)
        if (spec.name == type)
            return rolesAllow(spec.roles, role);
    return false;
}

bool queueCommandNeedsCounter(const QString &type)
{
    static const QList<QueueCommandSpec> specs = queueCommandSpecs();
    for (const QueueCommandSpec &spec : specs)
        if (spec.name == type)
            return std::any_of(spec.fields.cbegin(), spec.fields.cend(),
                [](const CommandField &f) { return f.name == u"counter"_s && f.required; });
    return false;
}

} // namespace saduak
