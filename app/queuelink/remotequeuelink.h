#pragma once

#include "queuelink.h"

#include <QUrl>

namespace saduak {

class HubClient;

// The queue on a hub across the LAN (`saduak --hub ws://host:port`), through HubClient: commands
// are kept and retried with their ids until answered, events arrive pushed.
class RemoteQueueLink : public QueueLink
{
    Q_OBJECT
public:
    RemoteQueueLink(const QUrl &hub, const QString &token, QObject *parent = nullptr);

    HubClient &client() { return *m_client; }
    void start();

    State state() const override;
    QString stateMessage() const override;
    std::optional<DeviceRole> role() const override;
    std::optional<int> boundCounter() const override;
    void command(const QString &type, const QJsonObject &params, RawDone done) override;

private:
    HubClient *m_client = nullptr;
};

} // namespace saduak
