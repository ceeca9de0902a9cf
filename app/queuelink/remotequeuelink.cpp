#include "remotequeuelink.h"

#include "hubclient.h"

#include <queuemodel/queuesnapshot.h>

using namespace Qt::StringLiterals;

namespace saduak {

RemoteQueueLink::RemoteQueueLink(const QUrl &hub, const QString &token, QObject *parent)
    : QueueLink(parent), m_client(new HubClient(hub, token, this))
{
    connect(m_client, &HubClient::stateChanged, this, [this] {
        // Back online: the session may have ended meanwhile (close of day, another log-in).
        if (state() == State::Online)
            refreshStaff();
        Q_EMIT stateChanged(state());
    });
    connect(m_client, &HubClient::snapshotReceived, this, [this](const QJsonObject &json, qint64) {
        if (const auto s = QueueSnapshot::fromJson(json))
            setSnapshot(*s);
    });
    connect(m_client, &HubClient::eventReceived, this,
        [this](const QJsonObject &event, qint64, bool replay) { handleEvent(event, replay); });
    connect(m_client, &HubClient::moduleEventReceived, this, &QueueLink::moduleEvent);
    connect(m_client, &HubClient::syncStateReceived, this,
        [this](const QJsonObject &sync) { setSyncState(SyncState::fromJson(sync)); });
}

void RemoteQueueLink::start()
{
    m_client->start();
}

QueueLink::State RemoteQueueLink::state() const
{
    switch (m_client->state()) {
    case HubClient::State::Ready:
        return State::Online;
    case HubClient::State::Reconnecting:
    case HubClient::State::Disconnected:
        return State::Reconnecting;
    case HubClient::State::Refused:
        return State::Refused;
    case HubClient::State::Connecting:
        break;
    }
    return State::Connecting;
}

QString RemoteQueueLink::stateMessage() const
{
    return m_client->lastError();
}

std::optional<DeviceRole> RemoteQueueLink::role() const
{
    return deviceRoleFromString(m_client->deviceRole());
}

std::optional<int> RemoteQueueLink::boundCounter() const
{
    const int counter = m_client->deviceCounter();
    return counter > 0 ? std::optional<int>(counter) : std::nullopt;
}

void RemoteQueueLink::command(const QString &type, const QJsonObject &params, RawDone done)
{
    m_client->send(type, params, [this, done = std::move(done)](const QJsonObject &reply) {
        noticeReply(reply);
        if (done)
            done(reply);
    });
}

} // namespace saduak
