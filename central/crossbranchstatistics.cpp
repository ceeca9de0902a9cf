#include "crossbranchstatistics.h"

#include <domain/bangkoktime.h>
#include <domain/businessday.h>
#include <queue/queuesettings.h>
#include <queue/queuestatistics.h>

#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

// What a branch's figures say that central cannot know (see the class comment).
const QStringList &figuresCentralCannotKnow()
{
    static const QStringList keys {
        u"openCounters"_s, u"estimatedWaitMs"_s, u"estimateFromHistory"_s, u"withinTargetShare"_s};
    return keys;
}

// Sums over branches, for one service or for all: counts add up, averages are weighted by what
// they average over, the longest is the longest anywhere.
struct Totals
{
    int issued = 0;
    int waitingNow = 0;
    int called = 0;
    qint64 waitSum = 0;
    qint64 longestWait = 0;
    int served = 0;
    qint64 serviceSum = 0;

    void add(const QueueStatistics::ServiceFigures &f)
    {
        issued += f.issuedCount;
        waitingNow += f.waitingNow;
        called += f.calledCount;
        waitSum += f.averageWaitMs * f.calledCount;
        longestWait = std::max(longestWait, f.longestWaitMs);
        served += f.servedCount;
        serviceSum += f.averageServiceMs * f.servedCount;
    }
    QJsonObject toJson() const
    {
        return QJsonObject {{u"issuedCount"_s, issued}, {u"waitingNow"_s, waitingNow},
            {u"calledCount"_s, called}, {u"averageWaitMs"_s, called > 0 ? waitSum / called : 0},
            {u"longestWaitMs"_s, longestWait}, {u"servedCount"_s, served},
            {u"averageServiceMs"_s, served > 0 ? serviceSum / served : 0}};
    }
};

// The last millisecond of a business day at a branch that rolls over at rolloverHour.
qint64 lastMsOf(const QDate &businessDay, int rolloverHour)
{
    return BusinessDay::startUtcMs(businessDay.addDays(1), rolloverHour) - 1;
}

// The branch's rollover hour, from the day.rolledOver that began the day (the hub records it at
// its rollover with its setting); a branch that sent none (its first day, an older hub) is taken
// to keep the hubs' default.
int rolloverHourOf(const QList<QueueEvent> &events)
{
    for (const QueueEvent &e : events) {
        if (e.type == QueueEvent::DayRolledOver)
            return std::clamp(e.data.value(u"rolloverHour"_s).toInt(QueueSettings {}.rolloverHour),
                0, 23);
    }
    return QueueSettings {}.rolloverHour;
}

} // namespace

qint64 CrossBranchStatistics::measuredAt(const QDate &businessDay, qint64 nowMs)
{
    // A business day runs past midnight until its branch's rollover hour (at most 23:00).
    return std::min(nowMs, lastMsOf(businessDay, 23));
}

qint64 CrossBranchStatistics::measuredAt(
    const QDate &businessDay, const QList<QueueEvent> &events, qint64 nowMs)
{
    qint64 dayEndMs = lastMsOf(businessDay, rolloverHourOf(events));
    // The events are the branch's own word on its day: one after the end worked out (a rollover
    // hour changed since) moves the end, so no figure ends before what it measures.
    for (const QueueEvent &e : events)
        dayEndMs = std::max(dayEndMs, e.atMs);
    return std::min(nowMs, dayEndMs);
}

QJsonObject CrossBranchStatistics::compute(
    const QString &businessDay, const QList<StatisticsStore::BranchEvents> &branches, qint64 nowMs)
{
    const QDate day = QDate::fromString(businessDay, Qt::ISODate);
    Totals all;
    QMap<QString, Totals> byService;
    QJsonArray branchList;
    // Without branches, the day as the hubs' default rollover hour ends it.
    qint64 latestAtMs = branches.isEmpty() ? measuredAt(day, {}, nowMs) : 0;
    for (const StatisticsStore::BranchEvents &branch : branches) {
        // The services a branch offers are the ones its events name; codes sort the same way
        // at every branch, so the lists line up.
        // (A set, not a list's contains(): that was quadratic in a day's distinct services.)
        QSet<QString> seen;
        qint64 lastEventAtMs = 0;
        for (const QueueEvent &e : branch.events) {
            if (!e.serviceCode.isEmpty())
                seen.insert(e.serviceCode);
            lastEventAtMs = std::max(lastEventAtMs, e.atMs);
        }
        QStringList codes(seen.cbegin(), seen.cend());
        codes.sort();
        QList<Service> services;
        for (const QString &code : std::as_const(codes)) {
            Service service;
            service.code = code;
            services.append(service);
        }

        // Each branch's day ends at its own rollover hour: a ticket taken at 00:30 at a branch
        // that rolls over at 04:00 waits until 04:00 on the day it belongs to.
        const qint64 branchAtMs = measuredAt(day, branch.events, nowMs);
        latestAtMs = std::max(latestAtMs, branchAtMs);
        const QueueStatistics::Report report
            = QueueStatistics::compute(businessDay, branch.events, services, {}, branchAtMs, {});
        QJsonObject figures = report.toJson();
        QJsonArray serviceList;
        for (const QJsonValue &service : figures.value(u"services"_s).toArray()) {
            QJsonObject s = service.toObject();
            for (const QString &key : figuresCentralCannotKnow())
                s.remove(key);
            serviceList.append(s);
        }
        Totals branchTotals;
        for (const QueueStatistics::ServiceFigures &f : report.services) {
            branchTotals.add(f);
            all.add(f);
            byService[f.serviceCode].add(f);
        }
        branchList.append(
            QJsonObject {{u"code"_s, branch.branch.code}, {u"name"_s, branch.branch.name},
                {u"lastEventAt"_s, lastEventAtMs > 0 ? QJsonValue(lastEventAtMs) : QJsonValue()},
                {u"at"_s, branchAtMs},
                // Its silence after this is the revocation, not a quiet day.
                {u"revokedAt"_s,
                    branch.branch.revoked() ? QJsonValue(branch.branch.revokedAtMs) : QJsonValue()},
                {u"totals"_s, branchTotals.toJson()}, {u"services"_s, serviceList},
                {u"counters"_s, figures.value(u"counters"_s)}});
    }
    QJsonArray serviceTotals;
    for (auto it = byService.cbegin(); it != byService.cend(); ++it) {
        QJsonObject s = it.value().toJson();
        s.insert(u"serviceCode"_s, it.key());
        serviceTotals.append(s);
    }
    return QJsonObject {{u"businessDay"_s, businessDay}, {u"at"_s, latestAtMs},
        {u"branches"_s, branchList}, {u"totals"_s, all.toJson()}, {u"services"_s, serviceTotals}};
}

} // namespace saduak
