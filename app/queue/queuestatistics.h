#pragma once

#include <queuemodel/queueevent.h>

#include <domain/counter.h>
#include <domain/service.h>

#include <QJsonObject>
#include <QList>
#include <QString>

namespace saduak {

// Live figures for the supervisor, computed from one business day's events (never from ticket
// state, so they can be recomputed for any day and central can compute the same from the outbox).
//
// A ticket's visit is cut into legs, one per service (QueueLegs, app/queuemodel/queuelegs.h, which
// the e-report shares): a leg starts at ticket.issued or at
// ticket.transferred (into the new service) and its wait runs from that moment to the leg's first
// ticket.called. So a transferred ticket's wait at the second service starts at the transfer,
// even though its place in the queue keeps the original arrival.
//  - wait: first call - leg start; average and longest over legs called today.
//  - longestWaitingNow: now - leg start, over legs waiting now.
//  - walk: ticket.started - the last call or recall before it (the one the citizen answered).
//  - service: ticket.finished (or ticket.transferred out of serving) - ticket.started. Either
//    counts the ticket as served by that service and at that counter.
//  - withinTargetShare: of the legs called, the share called within the service's target wait.
//  - servedPerHour: served / hours since the service's first leg started today.
//  - estimatedWait for a new ticket: waitingNow x average service time of the service's last
//    historySize services today / open counters serving it (at least 1: with none open, as if one
//    opens now). With no service finished today the average is fallbackServiceMinutes. Priority
//    tickets that may arrive later are not foreseen; counters serving several services are
//    counted whole for each.
// Every interval is at least 0: one the wall clock was stepped back across counts as 0, so no
// figure is ever negative.
class QueueStatistics
{
public:
    struct ServiceFigures
    {
        QString serviceCode;
        int issuedCount = 0; // tickets issued for this service today (transfers in not counted)
        int waitingNow = 0;
        int calledCount = 0;
        qint64 averageWaitMs = 0;
        qint64 longestWaitMs = 0;
        qint64 longestWaitingNowMs = 0;
        qint64 averageWalkMs = 0;
        int servedCount = 0;
        qint64 averageServiceMs = 0;
        double withinTargetShare = 0; // 0..1
        double servedPerHour = 0;
        int openCounters = 0;
        qint64 estimatedWaitMs = 0;
        bool estimateFromHistory = false; // false: the fallback service time was used
    };
    struct CounterFigures
    {
        int counterNumber = 0;
        int servedCount = 0;
    };
    struct Report
    {
        QString businessDay;
        qint64 atMs = 0;
        QList<ServiceFigures> services; // in the order given
        QList<CounterFigures> counters; // by number: every counter given or seen in the events

        const ServiceFigures *service(const QString &code) const;
        const CounterFigures *counter(int number) const;
        // The form of the LAN protocol's `statistics` (docs/hub-protocol.md) and of central's
        // figures per branch (docs/central-api.md): {businessDay, at, services[], counters[]}.
        QJsonObject toJson() const;
    };
    struct Options
    {
        int historySize = 10;
        int fallbackServiceMinutes = 10;
    };

    // events: one business day's, in seq order. counters: their live state now.
    static Report compute(const QString &businessDay, const QList<QueueEvent> &events,
        const QList<Service> &services, const QList<Counter> &counters, qint64 nowMs,
        const Options &options);
};

} // namespace saduak
