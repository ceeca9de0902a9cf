#pragma once

#include "devicestore.h"

#include <queuelink/queuelink.h>

#include <QPointer>

namespace saduak {

class HubModules;
class QueueCommands;
class SyncClient;

// The queue in this process (the embedded default): commands go straight to QueueCommands, the
// same code the LAN server runs, with this PC as a device of the given role.
class LocalQueueLink : public QueueLink
{
    Q_OBJECT
public:
    LocalQueueLink(QueueCommands &commands, Device device, QObject *parent = nullptr);

    State state() const override { return State::Local; }
    std::optional<DeviceRole> role() const override { return m_device.role; }
    // The embedded counter screen is a counter PC of its own hub, bound to the counter it works
    // (docs/hub-protocol.md "Roles"); a supervisor or an admin logged in there may move it.
    std::optional<int> boundCounter() const override;
    bool mayChooseCounter() const override;
    void chooseCounter(int counter) override;
    void command(const QString &type, const QJsonObject &params, RawDone done) override;
    // Shows this sync client's state as syncState() (null: no central).
    void followSync(SyncClient *sync);
    // Passes the modules' events on as moduleEvent, as a subscribed device gets them.
    void followModules(HubModules &modules);

private:
    QueueCommands &m_commands;
    Device m_device;
    quint64 m_nextId = 1;
    QPointer<SyncClient> m_sync;
};

} // namespace saduak
