#pragma once

#include "devicestore.h"
#include "hubbackend.h"

#include <sdk/hubpart.h>

#include <QJsonObject>
#include <QList>
#include <variant>

namespace saduak {

// What a device may say about where it works. Its role and, for a counter PC, its counter come
// from its pairing, never from its message (docs/hub-protocol.md, "Roles"): a counter PC acts
// for its own counter only, and a kiosk or a board for none, so a kiosk cannot pass for staff
// (a ticket "issued by a counter" skips the opening hours) and counter 1's PC cannot call at
// counter 2. A supervisor's PC is not bound: it may act for any counter.
class DeviceWorkplace
{
public:
    // The message as the command must see it: a counter PC's counter filled in where the command
    // takes a "counter", or the refusal (forbidden) when the message names another counter, as
    // "counter" or as a module command's "workplace.counter".
    static std::variant<QJsonObject, HubReply> bind(
        const Device &device, const QList<CommandField> &fields, const QJsonObject &message);
};

} // namespace saduak
