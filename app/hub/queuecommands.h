#pragma once

#include "commandtable.h"
#include "hubbackend.h"

#include <logging/logthrottle.h>
#include <queue/requestid.h>

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace saduak {

class CatalogStore;
class Database;
class QueueManager;
class RecentDays;
struct QueueResult;

// What the hub serves (HubBackend): the queue's commands (docs/hub-protocol.md, "Commands") on the
// QueueManager, registered in the hub's one CommandTable beside the modules' commands (HubModules
// adds those); the snapshot and the event stream; the queue's group commit. A queue command runs
// with the message id as the request id (scoped by device, so two devices can never collide) and
// its result becomes a reply or an error. Forwards every queue event to the server as it is
// committed. The supervisor's figures are joined here with what only the hub knows: the officers'
// names from its staff table (statistics) and the past days it keeps (recentDays).
class QueueCommands : public QObject, public HubBackend
{
    Q_OBJECT
public:
    QueueCommands(
        QueueManager &queue, CatalogStore &catalog, Database &db, QObject *parent = nullptr);
    ~QueueCommands() override;

    // A queue result as the hub's reply: the result's JSON, or its refusal as an error message
    // (the detail, SQL or file, stays in the hub's log; the device gets the code and message).
    // Every command that runs the QueueManager answers through it (queue and management alike).
    static HubReply replyOf(const QueueResult &result);

    HubReply execute(
        const Device &device, const QString &type, const QJsonObject &message) override;
    std::optional<QJsonObject> snapshot(HubReply *failure) const override;
    qint64 lastEventSeq() const override;
    std::optional<QList<QJsonObject>> eventsAfter(
        qint64 afterSeq, int limit, HubReply *failure) const override;
    // The queue's write commands share one commit (QueueManager::beginBatch).
    bool batches(const QString &type) const override;
    bool beginBatch() override;
    HubReply endBatch() override;

    // The queue's commands (queueCommandSpecs(), app/queuelink), without handlers.
    static QList<HubCommand> specs();
    // queueCommandRoleMay: what QueueLink::may asks on any device.
    static bool roleMay(Device::Role role, const QString &type);

    // What syncNow runs: asks the hub's sync client to try central now; false when the hub sends
    // nothing to central. Unset: no sync.
    void setSyncNow(std::function<bool()> syncNow) { m_syncNow = std::move(syncNow); }

    CommandTable &table() { return m_table; }
    const CommandTable &table() const { return m_table; }

    // What kiosks last reported about their printers ("ok", "paperOut", "printerOffline").
    QHash<QString, QString> deviceStatuses() const { return m_deviceStatus; }

Q_SIGNALS:
    void eventReady(const QJsonObject &event); // connect to HubServer::publishEvent
    void deviceStatusReported(
        const QString &deviceName, const QString &status, const QString &detail);

private:
    HubReply run(const Device &device, const QString &type, const QJsonObject &m,
        const RequestId &requestId);
    HubReply statistics() const;
    HubReply recentDays(int count);
    HubReply catalog() const;
    // The storage error for a read of the queue that failed, logged (throttled: every screen
    // asks at once, and a damaged page fails each of them).
    HubReply readFailure(const char *what, const QString &why) const;

    QueueManager &m_queue;
    CatalogStore &m_catalog;
    Database &m_db;
    std::unique_ptr<RecentDays> m_recentDays;
    CommandTable m_table;
    QHash<QString, QString> m_deviceStatus;
    std::function<bool()> m_syncNow;
    // The last snapshot: every subscribed screen asks for one after each event, all at once.
    mutable QJsonObject m_snapshot;
    mutable qint64 m_snapshotSeq = -1;
    mutable qint64 m_snapshotAtMs = 0;
    mutable LogThrottle m_readFailureLog;
};

} // namespace saduak
