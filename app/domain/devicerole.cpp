#include "devicerole.h"

using namespace Qt::StringLiterals;

namespace saduak {

QString toString(DeviceRole role)
{
    switch (role) {
    case DeviceRole::Counter:
        return u"counter"_s;
    case DeviceRole::Kiosk:
        return u"kiosk"_s;
    case DeviceRole::Display:
        return u"display"_s;
    case DeviceRole::Supervisor:
        return u"supervisor"_s;
    }
    return {};
}

QList<DeviceRole> allDeviceRoles()
{
    return {DeviceRole::Counter, DeviceRole::Kiosk, DeviceRole::Display, DeviceRole::Supervisor};
}

std::optional<DeviceRole> deviceRoleFromString(const QString &text)
{
    for (DeviceRole r : allDeviceRoles())
        if (toString(r) == text)
            return r;
    return std::nullopt;
}

} // namespace saduak
