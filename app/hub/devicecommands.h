#pragma once

#include "commandtable.h"

#include <QObject>
#include <QSet>

#include <functional>

namespace saduak {

class Database;
class DeviceStore;

// Managing the branch's paired devices from the supervisor's screen (docs/hub-protocol.md
// "Managing devices"): the commands devices, renameDevice, rebindDevice and revokeDevice in the
// hub's CommandTable, for a supervisor's PC with a supervisor (or admin) logged in. Each change
// is written with its audit row (outbox kind staff.audit, actions deviceRenamed, deviceRebound,
// deviceRevoked) in one transaction. The sessions of a revoked or rebound device are closed by
// HubServer, which notices the change within a second (DeviceStore::mayHaveRevoked).
class DeviceCommands : public QObject
{
    Q_OBJECT
public:
    DeviceCommands(Database &db, DeviceStore &devices, CommandTable &table,
        std::function<qint64()> clock, QObject *parent = nullptr);

    // Which devices are connected now (HubServer::connectedDeviceIds); none until the hub listens.
    void setConnectedDevices(std::function<QSet<QString>()> connected);

Q_SIGNALS:
    // Audit rows were committed to the outbox: the sync client may push.
    void audited();

private:
    enum class Change { Rename, Rebind, Revoke };
    HubReply list() const;
    HubReply change(Change change, const Device &at, const StaffMember *person,
        const QJsonObject &message);
    qint64 now() const;

    Database &m_db;
    DeviceStore &m_devices;
    std::function<qint64()> m_clock;
    std::function<QSet<QString>()> m_connected;
};

} // namespace saduak
