#include "staffroletext.h"

#include <QCoreApplication>

namespace saduak {

namespace {

struct RoleText
{
    StaffRole role;
    const char *text;
};

constexpr RoleText kRoleTexts[] = {
    {StaffRole::Counter, QT_TRANSLATE_NOOP("saduak::StaffRole", "Counter officer")},
    {StaffRole::Supervisor, QT_TRANSLATE_NOOP("saduak::StaffRole", "Supervisor")},
    {StaffRole::Admin, QT_TRANSLATE_NOOP("saduak::StaffRole", "Admin")},
};

} // namespace

QString staffRoleText(StaffRole role)
{
    for (const RoleText &t : kRoleTexts)
        if (t.role == role)
            return QCoreApplication::translate("saduak::StaffRole", t.text);
    return toString(role);
}

} // namespace saduak
