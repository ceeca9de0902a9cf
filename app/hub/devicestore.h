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
    qint64 lastContactMs = 0; // its last hello or the end of its last connection; 0: never
    QString clientVersion; // what its last hello said it runs ("saduak 0.1.0"); empty: unknown
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
    // A new name for a device (the supervisor's renameDevice). Inside the caller's open write
    // transaction, with its audit row. False (why, translated) for no such device or a blank name.
    bool rename(const QString &deviceId, const QString &name, QString *why = nullptr);
    // A counter PC bound to another counter (the supervisor's rebindDevice): its live sessions are
    // closed (HubServer) so it says hello again and acts for the new one. Inside the caller's open
    // write transaction. False (why, translated) for no such counter PC or a counter below 1.
    bool rebind(const QString &deviceId, int counterNumber, QString *why = nullptr);
    // revoke() inside the caller's open write transaction (with its audit row).
    bool revokeIn(const QString &deviceId, QString *why = nullptr);
    // The device as listed, revoked or not; nothing when no device has this id.
    std::optional<PairedDevice> find(const QString &deviceId, QString *why = nullptr);
    // Every device ever paired, oldest first; revoked ones too (they say when).
    QList<PairedDevice> list(QString *why = nullptr);
    // When the hub last heard from a device, and what it runs: at hello (with hello's "client",
    // cut to 100 characters) and when its connection ends (version empty: kept as it was). Not
    // per message: a command costs no write for it. False with why (for the log) when not saved.
    bool recordContact(const QString &deviceId, qint64 atMs, const QString &clientVersion = {},
        QString *why = nullptr);
    // Whether a device may have been revoked, renamed or rebound since the last call, here or by
    // another process on the same file (saduak-hub revoke-device beside a running hub): one
    // PRAGMA, cheap enough for a live hub to ask several times a second before it checks its
    // sessions' devices again.
    bool mayHaveRevoked();

private:
    bool changeWhere(const char *sql, const QVariant &value, const QString &deviceId,
        const char *noSuchDevice, QString *why);

    Database &m_db;
    qint64 m_dataVersion = -1; // SQLite's data_version when mayHaveRevoked last looked
    bool m_changedHere = false;
};

} // namespace saduak
