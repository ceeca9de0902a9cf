#pragma once

#include <domain/staffrole.h>

#include <QString>

namespace saduak {

// A staff role as a person reads it ("Counter officer"), in the language installed now: the one
// table every screen uses, so a role is named the same everywhere.
QString staffRoleText(StaffRole role);

} // namespace saduak
