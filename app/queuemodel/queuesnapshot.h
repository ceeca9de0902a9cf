#pragma once

#include "queueevent.h"

#include <domain/counter.h>
#include <domain/ticket.h>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace saduak {

// The whole queue at one event seq: what a screen needs to draw itself before it follows the
// events after lastEventSeq (the LAN hub's resync: snapshot + eventsSince(lastEventSeq)).
struct QueueSnapshot
{
    struct CounterStatus
    {
        Counter counter; // serviceCodes: what it serves while open, else what it may serve
        std::optional<Ticket> currentTicket; // called or serving there
    };
    struct ServiceQueue
    {
        QString serviceCode;
        QList<Ticket> waiting; // in the order a counter serving only this service would call
    };
    struct Call
    {
        qint64 eventSeq = 0;
        qint64 atMs = 0;
        QString ticketId;
        QString ticketNumber;
        QString serviceCode;
        int counterNumber = 0;
        bool recall = false;
    };

    qint64 lastEventSeq = 0;
    qint64 atMs = 0;
    QString businessDay;
    QList<CounterStatus> counters; // by number
    QList<ServiceQueue> queues; // every service, in display order
    QList<Call> recentCalls; // newest first

    // The hub keeps this many recent calls (docs/hub-protocol.md, "Snapshot").
    static constexpr int maxRecentCalls = 10;

    QJsonObject toJson() const;
    static std::optional<QueueSnapshot> fromJson(const QJsonObject &json);

    // This picture with the next event applied, as the hub's own snapshot would show it after
    // that event: how a screen follows the queue without asking for a whole snapshot per event.
    // nullopt when the event cannot be applied, and the screen must take a snapshot: it is not
    // the next seq (a gap), it belongs to another business day (the rollover), its type is
    // unknown, or it lacks what it changed (QueueEvent::after: a replayed event).
    // atMs becomes the event's time.
    std::optional<QueueSnapshot> applied(const QueueEvent &event) const;
    // The same in place (no copy of the lists): false, and this picture unchanged, when applied()
    // would give nullopt.
    bool apply(const QueueEvent &event);
};

} // namespace saduak
