#pragma once

#include <queuemodel/queueevent.h>

#include <domain/counter.h>
#include <domain/service.h>

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

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
//  - hours: per Bangkok hour of the day, the tickets issued (ticket.issued) and the legs served
//    (a service time ended: finished, or transferred on after service) in that hour, by the
//    event's time; only hours with something.
//  - a counter's officer: the person named (data.staff) by the latest event of the day at that
//    counter that names anyone (open, call, start, finish…). Only a user name: the queue does not
//    know the hub's staff table, so the hub adds the display name.
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
        QString officer; // user name; empty: no event of the day at this counter names anyone
    };
    struct HourFigures
    {
        int hour = 0; // 0..23, Asia/Bangkok
        int issuedCount = 0;
        int servedCount = 0;
        friend bool operator==(const HourFigures &, const HourFigures &) = default;
    };
    struct Report
    {
        QString businessDay;
        qint64 atMs = 0;
        QList<ServiceFigures> services; // in the order given
        QList<CounterFigures> counters; // by number: every counter given or seen in the events
        QList<HourFigures> hours; // ascending, only hours with something

        const ServiceFigures *service(const QString &code) const;
        const CounterFigures *counter(int number) const;
        // The form of the LAN protocol's `statistics` (docs/hub-protocol.md) and of central's
        // figures per branch (docs/central-api.md): {businessDay, at, services[], counters[],
        // hours[]}; a counter's officer as {"user": …} (the hub adds "name").
        QJsonObject toJson() const;
    };
    // One past business day in a few figures, for the supervisor's "last 7 days" beside today
    // (the LAN command recentDays): the services' figures added up, with the same definitions.
    struct DaySummary
    {
        QString businessDay;
        int issuedCount = 0;
        int calledCount = 0; // legs called
        int servedCount = 0; // legs served
        int noShowCount = 0; // ticket.noShow
        qint64 averageWaitMs = 0; // over the legs called
        qint64 averageServiceMs = 0; // over the legs served
        std::optional<double> withinTargetShare; // of the legs called; none when none was
        QJsonObject toJson() const; // withinTargetShare null when none was called
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

    // One business day's figures fed its events as they are recorded, in seq order: report() is
    // what compute() gives for the events added so far. The hub is asked for the day's figures
    // again and again (every dashboard, every kiosk's estimate); reading and parsing the whole
    // day each time costs a third of a second on a day of 10,000 tickets (40,000 events), adding
    // the new ones costs what they are.
    class Day
    {
    public:
        explicit Day(const QString &businessDay);
        ~Day();
        Day(Day &&) noexcept;
        Day &operator=(Day &&) noexcept;

        const QString &businessDay() const;
        void add(const QueueEvent &event);
        Report report(const QList<Service> &services, const QList<Counter> &counters,
            qint64 nowMs, const Options &options) const;

    private:
        struct State;
        std::unique_ptr<State> m_state;
    };
    // events: the day's, in seq order; services: for their target waits.
    static DaySummary summarize(
        const QString &businessDay, const QList<QueueEvent> &events, const QList<Service> &services);
};

} // namespace saduak
