#include "staffrole.h"

using namespace Qt::StringLiterals;

namespace saduak {

QString toString(StaffRole role)
{
    switch (role) {
    case StaffRole::Counter:
        return u"counter"_s;
    case StaffRole::Supervisor:
        return u"supervisor"_s;
    case StaffRole::Admin:
        return u"admin"_s;
    }
    return {};
}

QList<StaffRole> allStaffRoles()
{
    return {StaffRole::Counter, StaffRole::Supervisor, StaffRole::Admin};
}

std::optional<StaffRole> staffRoleFromString(const QString &text)
{
    for (StaffRole r : allStaffRoles())
        if (toString(r) == text)
            return r;
    return std::nullopt;
}

} // namespace saduak
