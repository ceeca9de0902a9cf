#pragma once

#include "queueevent.h"

#include <QHash>
#include <QString>
#include <optional>

namespace saduak {

// One service's part of a ticket's visit. A leg starts at ticket.issued, or at ticket.transferred
// (into the new service); it ends when the ticket is finished, transferred on, marked a no-show,
// cancelled or closed at rollover.
struct QueueLeg
{
    QString ticketId;
    QString serviceCode;
    qint64 startedAtMs = 0; // entered this service's queue
    qint64 firstCallAtMs = 0; // 0: not called yet
    int firstCallCounter = 0; // the counter of the first call
    qint64 lastCallAtMs = 0; // the last call or recall
    qint64 serviceStartAtMs = 0; // 0: service not started
    bool waiting = true; // in the queue now (not called, not parked)
};

// Walks a list of events (in seq order) and cuts each ticket's visit into legs: the one set of
// definitions behind the live figures (QueueStatistics) and the daily and monthly e-report
// (EReport), so that the two can never disagree about what "wait" or "service time" means.
//  - wait: the leg's first ticket.called - the leg's start. A transferred ticket's wait at the
//    second service starts at the transfer, though its place in the queue keeps its arrival.
//  - walk: ticket.started - the last call or recall before it (the one the citizen answered).
//  - service time: ticket.finished, or ticket.transferred out of serving, - ticket.started. Either
//    counts the ticket as served by the leg's service, at the event's counter.
// Every interval is at least 0 (elapsedMs).
class QueueLegs
{
public:
    // What one event did to the legs.
    struct Step
    {
        std::optional<QueueLeg> leg; // the leg open after the event (a new one: legStarted)
        bool legStarted = false; // ticket.issued, or ticket.transferred into a new service
        std::optional<qint64> waitMs; // the leg's first call: its wait
        std::optional<qint64> walkMs; // ticket.started: the walk to the counter
        // The leg that ended (finished, transferred on, no-show, cancelled, closed at rollover),
        // as it was just before the event.
        std::optional<QueueLeg> ended;
        std::optional<qint64> serviceMs; // ended after a ticket.started: its service time
    };

    // Events without a ticket, and events of a ticket with no open leg (one issued on an earlier
    // day than the first event given), leave an empty Step.
    Step apply(const QueueEvent &event);

    // The legs still open, by ticket id.
    const QHash<QString, QueueLeg> &open() const { return m_open; }

    // The time from one event to a later one. The wall clock can be stepped back between them (an
    // NTP correction), which would make the difference negative and pull every figure below zero:
    // such an interval counts as 0, the most that is known about it.
    static qint64 elapsedMs(qint64 fromMs, qint64 toMs) { return toMs > fromMs ? toMs - fromMs : 0; }

private:
    QHash<QString, QueueLeg> m_open;
};

} // namespace saduak
