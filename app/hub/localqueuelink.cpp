#include "localqueuelink.h"

#include "hubmodules.h"
#include "longreads.h"
#include "queuecommands.h"

#include <sync/syncclient.h>

#include <QFutureWatcher>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace saduak {

LocalQueueLink::LocalQueueLink(QueueCommands &commands, Device device, QObject *parent)
    : QueueLink(parent), m_commands(commands), m_device(std::move(device))
{
    // Whoever was logged in at this PC when the program last ran still is, until close of day.
    QTimer::singleShot(0, this, &QueueLink::refreshStaff);
    connect(&m_commands, &QueueCommands::eventReady, this,
        [this](const QJsonObject &event) { handleEvent(event, false); });
    refreshSnapshot();
}

std::optional<int> LocalQueueLink::boundCounter() const
{
    if (m_device.role != DeviceRole::Counter || m_device.counterNumber <= 0)
        return std::nullopt;
    return m_device.counterNumber;
}

bool LocalQueueLink::mayChooseCounter() const
{
    // An officer works at the counter this PC was set to; moving the PC to another counter is
    // a supervisor's decision, as rebindDevice is for a paired counter PC.
    return m_device.role == DeviceRole::Counter && staff()
        && staffRoleCovers(staff()->role, StaffRole::Supervisor);
}

void LocalQueueLink::chooseCounter(int counter)
{
    if (!mayChooseCounter() || counter <= 0 || counter == m_device.counterNumber)
        return;
    m_device.counterNumber = counter;
    Q_EMIT stateChanged(state());
}

void LocalQueueLink::followSync(SyncClient *sync)
{
    if (m_sync)
        m_sync->disconnect(this);
    m_sync = sync;
    if (!sync) {
        setSyncState(std::nullopt);
        return;
    }
    setSyncState(sync->state());
    connect(sync, &SyncClient::stateChanged, this,
        [this](const SyncState &state) { setSyncState(state); });
    connect(sync, &QObject::destroyed, this, [this] {
        m_sync = nullptr;
        setSyncState(std::nullopt);
    });
}

void LocalQueueLink::followModules(HubModules &modules)
{
    connect(&modules, &HubModules::eventPublished, this, &QueueLink::moduleEvent,
        Qt::UniqueConnection);
}

namespace {

// A command's answer as a device over the LAN reads it.
QJsonObject jsonOf(const HubReply &r, const QString &id)
{
    QJsonObject reply;
    if (r.ok()) {
        reply = r.body;
        reply.insert(u"type"_s, u"reply"_s);
        reply.insert(u"ok"_s, true);
    } else {
        reply = r.errorJson(id);
    }
    reply.insert(u"re"_s, id);
    return reply;
}

} // namespace

void LocalQueueLink::command(const QString &type, const QJsonObject &params, RawDone done)
{
    // A fresh id per command: locally there is no lost answer to retry.
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QJsonObject reply;
    if (type == u"snapshot"_s) {
        HubReply failure;
        if (const auto snapshot = m_commands.snapshot(&failure))
            reply = {{u"type"_s, u"reply"_s}, {u"re"_s, id}, {u"ok"_s, true},
                {u"seq"_s, m_commands.lastEventSeq()}, {u"snapshot"_s, *snapshot}};
        else
            reply = failure.errorJson(id);
    } else {
        QJsonObject message = params;
        message.insert(u"type"_s, type);
        message.insert(u"id"_s, id);
        const HubReply r = m_commands.execute(m_device, type, message);
        if (r.later) { // a long read (LongReads): answered when it is ready
            auto *watcher = new QFutureWatcher<HubReply>(this);
            connect(watcher, &QFutureWatcherBase::finished, this,
                [this, watcher, id, done = std::move(done)] {
                    watcher->deleteLater();
                    const QFuture<HubReply> result = watcher->future();
                    if (result.resultCount() == 0)
                        return; // the hub is stopping
                    const QJsonObject reply = jsonOf(result.result(), id);
                    noticeReply(reply);
                    if (done)
                        done(reply);
                });
            watcher->setFuture(r.later->result);
            return;
        }
        reply = jsonOf(r, id);
    }
    // Answered on the next turn of the event loop, as over the LAN.
    QTimer::singleShot(0, this, [this, done = std::move(done), reply] {
        noticeReply(reply);
        if (done)
            done(reply);
    });
}

} // namespace saduak
