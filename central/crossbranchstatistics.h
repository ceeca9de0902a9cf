#pragma once

#include "statisticsstore.h"

#include <QDate>
#include <QJsonObject>

namespace saduak {

// Cross-branch queue figures of one business day (GET /v1/statistics, docs/central-api.md):
// each branch's figures computed from the events it pushed with QueueStatistics — the same
// computation the branch's supervisor sees live over the LAN — and totals over all branches.
//
// Central knows no branch's counters or service targets, so the figures that need them
// (openCounters, estimatedWaitMs, estimateFromHistory, withinTargetShare) are left out rather
// than shown wrong. A branch that has not pushed since is as fresh as its lastEventAt says.
class CrossBranchStatistics
{
public:
    // The latest moment any branch's figures of a day can be measured at: now, or for a past day
    // its last millisecond at the latest rollover hour (a business day runs past midnight until
    // its branch's rollover hour, docs/central-api.md).
    static qint64 measuredAt(const QDate &businessDay, qint64 nowMs);
    // The moment one branch's "waiting now" and "served per hour" are measured at: now, or the
    // day's last millisecond at the branch's rollover hour (from the day.rolledOver among its
    // events of the day; the hubs' default 04:00 without one), never before its last event.
    static qint64 measuredAt(
        const QDate &businessDay, const QList<QueueEvent> &events, qint64 nowMs);

    // nowMs: measuredAt(businessDay, nowMs). The answer's "at" is the latest branch's moment.
    static QJsonObject compute(const QString &businessDay,
        const QList<StatisticsStore::BranchEvents> &branches, qint64 nowMs);
};

} // namespace saduak
