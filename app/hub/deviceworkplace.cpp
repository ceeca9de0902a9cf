#include "deviceworkplace.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

TranslatableText workplaceText(const char *source)
{
    return TranslatableText("saduak::DeviceWorkplace", source);
}

HubReply forbidden(const TranslatableText &text)
{
    return HubReply::error(u"forbidden"_s, text);
}

bool takesCounter(const QList<CommandField> &fields)
{
    return std::any_of(fields.cbegin(), fields.cend(),
        [](const CommandField &field) { return field.name == u"counter"_s; });
}

bool needsCounter(const QList<CommandField> &fields)
{
    return std::any_of(fields.cbegin(), fields.cend(), [](const CommandField &field) {
        return field.name == u"counter"_s && field.required;
    });
}

// 0 (or nothing) is no counter: a kiosk's ticket, a module call made away from any counter.
bool namesACounter(const QJsonValue &said)
{
    return !said.isUndefined() && !(said.isDouble() && said.toDouble() == 0);
}

} // namespace

std::variant<QJsonObject, HubReply> DeviceWorkplace::bind(const Device &device,
    const StaffMember *person, const QList<CommandField> &fields, const QJsonObject &message)
{
    if (device.role == Device::Role::Supervisor) {
        // Bound to no counter, the supervisor's PC acts for a counter only with a supervisor (or
        // an admin) at it. What acts for no counter stays an officer's there too: a ticket for a
        // citizen at the desk (issueTicket without a counter, within the opening hours as at a
        // kiosk), a ticket's priority, a module's record made away from any counter.
        const bool actsForCounter = needsCounter(fields)
            || namesACounter(message.value(u"counter"_s))
            || namesACounter(message.value(u"workplace"_s).toObject().value(u"counter"_s));
        if (person && person->role == StaffRole::Counter && actsForCounter)
            return forbidden(workplaceText(QT_TRANSLATE_NOOP("saduak::DeviceWorkplace",
                "A counter officer acts only at their own counter's PC. Log in there, or ask a "
                "supervisor.")));
        return message;
    }
    const bool namesCounter = message.contains(u"counter"_s);
    const QJsonObject workplace = message.value(u"workplace"_s).toObject();
    const bool workplaceNamesCounter
        = workplace.contains(u"counter"_s) && workplace.value(u"counter"_s).toDouble() != 0;

    if (device.role != Device::Role::Counter) {
        // A kiosk or a board works at no counter; what it says otherwise is refused, not
        // quietly dropped, so a wrong client is found at once.
        if (namesCounter || workplaceNamesCounter)
            return forbidden(workplaceText(QT_TRANSLATE_NOOP("saduak::DeviceWorkplace",
                "A kiosk or a display board does not act for a counter.")));
        return message;
    }

    if (!takesCounter(fields) && !namesCounter && !workplaceNamesCounter)
        return message;
    if (device.counterNumber <= 0)
        return forbidden(workplaceText(QT_TRANSLATE_NOOP("saduak::DeviceWorkplace",
            "This counter PC was paired without a counter number. Ask the branch's "
            "administrator to pair it again with its counter (saduak-hub pair-device --counter).")));
    const auto own = [&](const QJsonValue &said) {
        return said.isUndefined() || (said.isDouble() && said.toDouble() == device.counterNumber);
    };
    if (!own(message.value(u"counter"_s))
        || (workplaceNamesCounter && !own(workplace.value(u"counter"_s))))
        return forbidden(workplaceText(QT_TRANSLATE_NOOP("saduak::DeviceWorkplace",
            "This PC is paired as counter %1 and may act for that counter only."))
                             .arg(device.counterNumber));
    QJsonObject bound = message;
    if (takesCounter(fields))
        bound.insert(u"counter"_s, device.counterNumber);
    return bound; // a module command's caller gets the counter from the device (HubModules)
}

} // namespace saduak
