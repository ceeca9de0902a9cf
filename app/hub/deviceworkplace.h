#pragma once

#include "devicestore.h"
#include "hubbackend.h"
#include "staffstore.h"

#include <sdk/hubpart.h>

#include <QJsonObject>
#include <QList>
#include <variant>

namespace saduak {

// What a device may say about where it works. Its role and, for a counter PC, its counter come
// from its pairing, never from its message (docs/hub-protocol.md, "Roles"): a counter PC acts
// for its own counter only, and a kiosk or a board for none, so a kiosk cannot pass for staff
// (a ticket "issued by a counter" skips the opening hours) and counter 1's PC cannot call at
// counter 2. A supervisor's PC is not bound: a supervisor or an admin logged in there may act for
// any counter, but a counter officer for none (issue 16: an officer may not open a counter
// remotely), since an officer acts only at their own counter's PC.
class DeviceWorkplace
{
public:
    // The message as the command must see it: a counter PC's counter filled in where the command
    // takes a "counter", or the refusal (forbidden) when the message names another counter, as
    // "counter" or as a module command's "workplace.counter", or when a counter officer at a
    // supervisor's PC sends a command that acts for a counter. person: who is logged in at the
    // device (null: the command needs nobody, or a kiosk or a board sent it).
    static std::variant<QJsonObject, HubReply> bind(const Device &device,
        const StaffMember *person, const QList<CommandField> &fields, const QJsonObject &message);
};

} // namespace saduak
