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
    // The moment a day's "waiting now" and "served per hour" are measured at: now for today,
    // the day's last millisecond (Bangkok) for a past day.
    static qint64 measuredAt(const QDate &businessDay, qint64 nowMs);

    // nowMs: measuredAt(...) of the day.
    static QJsonObject compute(const QString &businessDay,
        const QList<StatisticsStore::BranchEvents> &branches, qint64 nowMs);
};

} // namespace saduak
