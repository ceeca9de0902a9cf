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

} // namespace

std::variant<QJsonObject, HubReply> DeviceWorkplace::bind(
    const Device &device, const QList<CommandField> &fields, const QJsonObject &message)
{
    if (device.role == Device::Role::Supervisor)
        return message;
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
