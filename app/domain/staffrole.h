#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace saduak {

// What a person who logs in at the branch may do (issue 16, docs/hub-protocol.md "Roles"): a
// counter officer serves at a counter, a supervisor also watches and manages the queue, an admin
// also manages staff, targets and opening hours. Each role may do what the roles before it may.
enum class StaffRole { Counter, Supervisor, Admin };

QString toString(StaffRole role); // "counter", "supervisor", "admin": the protocol's, the CLI's
std::optional<StaffRole> staffRoleFromString(const QString &text);
QList<StaffRole> allStaffRoles(); // the least first

// Whether a person of role has may do what needs at least role needed.
constexpr bool staffRoleCovers(StaffRole has, StaffRole needed)
{
    return int(has) >= int(needed);
}

} // namespace saduak
