#pragma once

#include <domain/devicerole.h>

#include <QList>
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
    // A counter PC's own counter, bound at pairing: the hub takes the counter of its commands
    // from here (DeviceWorkplace). 0: not a counter PC, or one paired before binding existed.
    int counterNumber = 0;
};

// A paired device as the hub's operator sees it (saduak-hub list-devices).
struct PairedDevice
{
    Device device;
    qint64 pairedAtMs = 0;
    qint64 revokedAtMs = 0; // 0: still valid
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
    // A counter PC is paired with its counter (counterNumber > 0), every other role without
    // one; anything else is refused (why, translated, for the operator).
    std::optional<Pairing> pair(
        Device::Role role, const QString &name, int counterNumber, QString *why = nullptr);
    std::optional<Device> authenticate(const QString &token);
    // The device with this id if it is still paired (not revoked): a live session asks again
    // after a revocation.
    std::optional<Device> stillPaired(const QString &deviceId);
    // From now on the device's token opens nothing (the hub closes its live sessions, too).
    // False (why, translated) when there is no such device or it is revoked already.
    bool revoke(const QString &deviceId, QString *why = nullptr);
    // Every device ever paired, oldest first; revoked ones too (they say when).
    QList<PairedDevice> list(QString *why = nullptr);
    // Whether a device may have been revoked since the last call, here or by another process on
    // the same file (saduak-hub revoke-device beside a running hub): one PRAGMA, cheap enough for
    // a live hub to ask several times a second before it checks its sessions' devices again.
    bool mayHaveRevoked();

private:
    Database &m_db;
    qint64 m_dataVersion = -1; // SQLite's data_version when mayHaveRevoked last looked
    bool m_revokedHere = false;
};

} // namespace saduak
