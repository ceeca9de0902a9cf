#pragma once

#include <domain/devicerole.h>

#include <QString>
#include <optional>

namespace saduak {

class Database;

// A LAN client of the hub and what it may do.
struct Device
{
    using Role = DeviceRole;
    QString id;
    Role role = Role::Display;
    QString name;
};


// Pairing tokens (hub scope migrations, app/hub/migrations). A token is 32 random bytes in
// base64url, shown once; the table keeps only its SHA-256, so a copied database file lets nobody
// impersonate a counter.
class DeviceStore
{
public:
    explicit DeviceStore(Database &db);

    struct Pairing
    {
        Device device;
        QString token; // give this to the device; it is not stored
    };
    std::optional<Pairing> pair(Device::Role role, const QString &name, QString *why = nullptr);
    std::optional<Device> authenticate(const QString &token);
    bool revoke(const QString &deviceId);

private:
    Database &m_db;
};

} // namespace saduak
