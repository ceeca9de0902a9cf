#include "callorder.h"

#include <algorithm>

namespace saduak {

namespace {

constexpr int defaultTargetMinutes = 15;

} // namespace

CallOrder::CallOrder(QHash<QString, int> targetWaitMinutes)
    : m_targetWaitMinutes(std::move(targetWaitMinutes))
{ }

qint64 CallOrder::targetWaitMs(const QString &serviceCode) const
{
    const int minutes = m_targetWaitMinutes.value(serviceCode, defaultTargetMinutes);
    return qint64(minutes > 0 ? minutes : defaultTargetMinutes) * 60 * 1000;
}

// One waiting ticket as the rules see it: where it stands in issue order and how long it has
// waited by the rule in the header (never negative, never less than a later issued ticket).
struct CallOrder::Candidate
{
    qsizetype issueIndex = 0;
    PriorityClass priority = PriorityClass::Normal;
    qint64 waitMs = 0;
    qint64 targetMs = 0;
    bool overdue = false;
};

QList<CallOrder::Candidate> CallOrder::candidatesOf(const QList<Ticket> &waiting, qint64 nowMs) const
{
    QList<Candidate> result(waiting.size());
    qint64 earliestFromHere = nowMs; // a ticket "from the future" (clock stepped back) waited 0
    for (qsizetype i = waiting.size() - 1; i >= 0; --i) {
        const Ticket &t = waiting[i];
        earliestFromHere = std::min(earliestFromHere, t.arrivedAtMs);
        Candidate &c = result[i];
        c.issueIndex = i;
        c.priority = t.priority;
        c.waitMs = nowMs - earliestFromHere;
        c.targetMs = targetWaitMs(t.serviceCode);
        c.overdue = c.waitMs > 2 * c.targetMs;
    }
    return result;
}

bool CallOrder::comesBefore(const Candidate &a, const Candidate &b) const
{
    if (a.overdue != b.overdue)
        return a.overdue;
    if (a.overdue)
        return a.issueIndex < b.issueIndex;
    if (a.priority != b.priority)
        return a.priority < b.priority; // enumerators are in call order
    // Weighted wait compared without division: waitA / targetA > waitB / targetB. Waits are at
    // most days in ms (~1e11) and targets at most hours in ms (~1e7): no overflow in 64 bits.
    const qint64 weightedA = a.waitMs * b.targetMs;
    const qint64 weightedB = b.waitMs * a.targetMs;
    if (weightedA != weightedB)
        return weightedA > weightedB;
    return a.issueIndex < b.issueIndex;
}

std::optional<qsizetype> CallOrder::best(
    const QList<Candidate> &all, const QList<qsizetype> &candidates) const
{
    if (candidates.isEmpty())
        return std::nullopt;
    const auto it = std::min_element(candidates.cbegin(), candidates.cend(),
        [&](qsizetype a, qsizetype b) { return comesBefore(all[a], all[b]); });
    return *it;
}

std::optional<CallOrder::Choice> CallOrder::next(const QList<Ticket> &waiting,
    const CallProfile &profile, int normalCallsSincePriority, qint64 nowMs) const
{
    const QList<Candidate> candidates = candidatesOf(waiting, nowMs);
    QList<qsizetype> all, overdue, priority, normal;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        all.append(i);
        if (candidates[i].overdue)
            overdue.append(i);
        (candidates[i].priority == PriorityClass::Normal ? normal : priority).append(i);
    }
    if (const auto index = best(candidates, overdue))
        return Choice {*index, Reason::Overdue};

    if (profile.mode == CallProfile::Mode::PriorityFirst) {
        if (const auto index = best(candidates, all))
            return Choice {*index, Reason::HighestClass};
        return std::nullopt;
    }

    const bool priorityTurn
        = normalCallsSincePriority >= std::max(1, profile.normalCallsPerPriority);
    if (priorityTurn || normal.isEmpty()) {
        if (const auto index = best(candidates, priority))
            return Choice {*index, Reason::RatioPriority};
    }
    if (const auto index = best(candidates, normal))
        return Choice {*index, Reason::RatioNormal};
    return std::nullopt;
}

QList<Ticket> CallOrder::queueOrder(const QList<Ticket> &waiting, qint64 nowMs) const
{
    QList<Candidate> candidates = candidatesOf(waiting, nowMs);
    std::sort(candidates.begin(), candidates.end(),
        [&](const Candidate &a, const Candidate &b) { return comesBefore(a, b); });
    QList<Ticket> ordered;
    ordered.reserve(candidates.size());
    for (const Candidate &c : candidates)
        ordered.append(waiting[c.issueIndex]);
    return ordered;
}

} // namespace saduak
