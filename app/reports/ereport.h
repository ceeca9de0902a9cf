#pragma once

#include <queuemodel/queueevent.h>

#include <domain/service.h>

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace saduak {

// The daily or monthly e-report: a period's queue figures per service, per counter, per officer and
// per hour of the day, computed from the hub's events alone (as the live figures are, so it can be
// recomputed for any period, at the hub or at central).
//
// Waits and service times are QueueLegs' (app/queuemodel/queuelegs.h), the definitions the live
// figures (app/queue/queuestatistics.h) use, not new ones:
//  - a ticket's visit is cut into legs, one per service; a leg's wait is its first call - its start
//    (issue, or the transfer into the service); its service time is finish (or transfer on) - start
//    of service;
//  - within target: of the legs called, the share whose wait is at most the service's
//    targetWaitMinutes.
// Who a figure belongs to:
//  - service: the leg's service (a transfer out counts for the service the ticket left);
//  - counter and officer: the counter of the event (the first call for the wait, the finish for the
//    service time, the no-show, transfer or cancel event) and the officer it names in data.staff
//    (events of counter actions name the user logged in; none: no officer row);
//  - hour: the Asia/Bangkok hour (0-23) the leg was first called; issued tickets by the hour of
//    issue, and a leg that ended uncalled (cancelled) by the hour it ended.
// Issued counts tickets issued in the period (a transfer in is not a new ticket); it is 0 in counter
// and officer rows, where no one issues.
class EReport
{
public:
    enum class Dimension { Service, Counter, Officer, Hour };

    struct Row
    {
        Dimension dimension = Dimension::Service;
        QString key; // service code, counter number, officer's user name, hour "0".."23"
        int issued = 0;
        int called = 0; // legs first called
        int served = 0;
        int noShows = 0;
        int transfersOut = 0;
        int cancelled = 0;
        int withinTarget = 0; // of called
        std::optional<qint64> waitP50Ms, waitP90Ms; // none when nothing was called
        std::optional<qint64> serviceP50Ms, serviceP90Ms; // none when nothing was served
        std::optional<double> withinTargetShare() const; // 0..1; none when nothing was called
        // How many legs waited i whole minutes (rounded down), the last index kMaxMinute counting
        // kMaxMinute minutes or more, trailing zeros dropped (empty: none); serviceMinutes the
        // same for served legs' service times. What a percentile of several branches or days
        // is computed from at central (outbox kind ereport.day), where the samples are not.
        QList<int> waitMinutes, serviceMinutes;
    };

    static constexpr int kMaxMinute = 240;

    QDate from; // the first business day of the period
    QDate to; // the last, inclusive (from for a daily report)
    // Services in the order given (every one given, then any other seen in the events, by code),
    // counters by number, officers by user name, hours 0-23: only the counters, officers and
    // hours the events name.
    QList<Row> rows;

    QList<Row> rowsOf(Dimension dimension) const;
    const Row *row(Dimension dimension, const QString &key) const;

    // events: the period's, in seq order (a month's are its days' one after another).
    static EReport compute(QDate from, QDate to, const QList<QueueEvent> &events,
        const QList<Service> &services);

    // The same figures fed a part at a time: the period's days one after another, each day's
    // events in seq order, so a month's events (some 0.4 GB of a busy branch's) need not be in
    // memory at once. finish() once, after the last add().
    class Accumulator
    {
    public:
        Accumulator(QDate from, QDate to, const QList<Service> &services);
        ~Accumulator();
        Accumulator(const Accumulator &) = delete;
        Accumulator &operator=(const Accumulator &) = delete;
        void add(const QList<QueueEvent> &events);
        EReport finish();

    private:
        struct State;
        std::unique_ptr<State> d;
    };

    // The report as the hub's eReport command answers it (docs/hub-protocol.md "Reports"):
    // {"from", "to", "rows": [{"dimension": "service"|"counter"|"officer"|"hour", "key", "issued",
    // "called", "served", "noShows", "transfersOut", "cancelled", "withinTarget", "waitP50Ms",
    // "waitP90Ms", "serviceP50Ms", "serviceP90Ms"}]}, a percentile absent when there is none.
    // The histograms stay out: a screen has the percentiles.
    QJsonObject toJson() const;
    // Back from toJson(): none, with why (for a developer), when a date, a dimension or a count
    // is not what toJson() writes.
    static std::optional<EReport> fromJson(const QJsonObject &json, QString *why = nullptr);

    // The nearest-rank percentile: the smallest sample such that at least p% of the samples are
    // at most it, i.e. the sample at 1-based rank ceil(p/100 x n) in ascending order. Always one of
    // the samples (no interpolation), so a p90 of waits is a wait somebody really had. p in 1..100;
    // none for no samples. samples is reordered.
    static std::optional<qint64> percentile(QList<qint64> &samples, int p);
};

} // namespace saduak
