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

bool CallOrder::isOverdue(const Ticket &ticket, qint64 nowMs) const
{
    return nowMs - ticket.arrivedAtMs > 2 * targetWaitMs(ticket.serviceCode);
}

bool CallOrder::comesBefore(const Ticket &a, const Ticket &b, qint64 nowMs) const
{
    const bool aOverdue = isOverdue(a, nowMs);
    const bool bOverdue = isOverdue(b, nowMs);
    if (aOverdue != bOverdue)
        return aOverdue;
    if (aOverdue)
        return a.arrivedAtMs < b.arrivedAtMs;
    if (a.priority != b.priority)
        return a.priority < b.priority; // enumerators are in call order
    // Weighted wait compared without division: waitA / targetA > waitB / targetB. Waits are at
    // most days in ms (~1e11) and targets at most hours in ms (~1e7): no overflow in 64 bits.
    const qint64 weightedA = (nowMs - a.arrivedAtMs) * targetWaitMs(b.serviceCode);
    const qint64 weightedB = (nowMs - b.arrivedAtMs) * targetWaitMs(a.serviceCode);
    if (weightedA != weightedB)
        return weightedA > weightedB;
    return a.arrivedAtMs < b.arrivedAtMs;
}

std::optional<qsizetype> CallOrder::best(
    const QList<Ticket> &waiting, const QList<qsizetype> &candidates, qint64 nowMs) const
{
    if (candidates.isEmpty())
        return std::nullopt;
    // min_element keeps the first of equals: the caller's arrival/issue order breaks ties.
    const auto it = std::min_element(candidates.cbegin(), candidates.cend(),
        [&](qsizetype a, qsizetype b) { return comesBefore(waiting[a], waiting[b], nowMs); });
    return *it;
}

std::optional<CallOrder::Choice> CallOrder::next(const QList<Ticket> &waiting,
    const CallProfile &profile, int normalCallsSincePriority, qint64 nowMs) const
{
    QList<qsizetype> all, overdue, priority, normal;
    for (qsizetype i = 0; i < waiting.size(); ++i) {
        all.append(i);
        if (isOverdue(waiting[i], nowMs))
            overdue.append(i);
        (waiting[i].priority == PriorityClass::Normal ? normal : priority).append(i);
    }
    if (const auto index = best(waiting, overdue, nowMs))
        return Choice {*index, Reason::Overdue};

    if (profile.mode == CallProfile::Mode::PriorityFirst) {
        if (const auto index = best(waiting, all, nowMs))
            return Choice {*index, Reason::HighestClass};
        return std::nullopt;
    }

    const bool priorityTurn
        = normalCallsSincePriority >= std::max(1, profile.normalCallsPerPriority);
    if (priorityTurn || normal.isEmpty()) {
        if (const auto index = best(waiting, priority, nowMs))
            return Choice {*index, Reason::RatioPriority};
    }
    if (const auto index = best(waiting, normal, nowMs))
        return Choice {*index, Reason::RatioNormal};
    return std::nullopt;
}

QList<Ticket> CallOrder::queueOrder(QList<Ticket> waiting, qint64 nowMs) const
{
    std::stable_sort(waiting.begin(), waiting.end(),
        [&](const Ticket &a, const Ticket &b) { return comesBefore(a, b, nowMs); });
    return waiting;
}

} // namespace saduak
