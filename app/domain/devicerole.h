#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace saduak {

// What a PC of the branch is to the hub: its pairing says so, and every command names the roles
// that may run it (docs/hub-protocol.md, "Roles").
enum class DeviceRole { Counter, Kiosk, Display, Supervisor };

QString toString(DeviceRole role); // "counter", "kiosk", "display", "supervisor"
std::optional<DeviceRole> deviceRoleFromString(const QString &text);
QList<DeviceRole> allDeviceRoles();

} // namespace saduak
