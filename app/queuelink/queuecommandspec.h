#pragma once

#include <domain/devicerole.h>
#include <domain/staffrole.h>
#include <sdk/hubpart.h>

#include <QList>
#include <QString>

namespace saduak {

// One of the queue's commands as the hub protocol names it (docs/hub-protocol.md, "Commands"):
// who may send it and the fields its message carries, without what runs it. The one table of
// them: the hub puts each in its CommandTable with a handler (QueueCommands), a device asks it
// what its role may offer (QueueLink::may), so the two cannot disagree.
struct QueueCommandSpec
{
    QString name;
    QList<DeviceRole> roles; // a supervisor may also run what a counter or a kiosk may
    QList<CommandField> fields; // checked in this order: the first one at fault is named
    bool batched = false; // joins the queue's group commit (HubBackend::batches)
    QString summary; // one English line: the hub's `commands` list and the protocol document
    // The least role of the person logged in at a counter or supervisor PC that may send it;
    // unset: nobody need be logged in (leastStaffRole).
    std::optional<StaffRole> staffRole = StaffRole::Counter;
};

// The queue's commands, in the order the hub lists them.
QList<QueueCommandSpec> queueCommandSpecs();

// Whether a device of this role may send a command these roles may send: the supervisor's PC
// stands in for any counter or kiosk of the branch. The hub's rule for every command.
bool rolesAllow(const QList<DeviceRole> &roles, DeviceRole role);

// Who must be logged in to send a command that devices of these roles may send, when a counter or
// supervisor PC sends it (docs/hub-protocol.md "Roles"): nobody for what a display board may ask
// too (the day's figures, the catalog); a supervisor for what only a supervisor's PC may send; a
// counter officer for the rest. The rule for module commands, and the queue's unless said.
std::optional<StaffRole> leastStaffRole(const QList<DeviceRole> &roles);

// The least role of the person who may send the queue command type; unset for one that needs
// nobody. Counter for anything not a queue command.
std::optional<StaffRole> queueCommandStaffRole(const QString &type);

// Whether role may send the queue command type; false for anything not a queue command.
bool queueCommandRoleMay(DeviceRole role, const QString &type);

// Whether the queue command type always acts for a counter (it needs a "counter"): at a
// supervisor's PC, which no counter binds, only a supervisor or an admin may send it
// (docs/hub-protocol.md "Roles"; the hub's DeviceWorkplace). False for anything else.
bool queueCommandNeedsCounter(const QString &type);

} // namespace saduak
