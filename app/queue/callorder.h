#pragma once

#include <domain/counter.h>
#include <domain/ticket.h>

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace saduak {

// Who is called next: the rules as a pure function of the waiting tickets, the services'
// target waits, the counter's work profile and the time. No SQL, no state: QueueManager feeds it.
//
// Priority-first profile, in this order:
//  1. Starvation guard: a ticket waiting longer than twice its service's target wait goes first,
//     earliest issued first, whatever its class. No ticket is overtaken by priority past that.
//  2. The highest class waiting (appointment > elderly > disabled/pregnant > normal).
//  3. Within it, the longest weighted wait: wait / that service's target wait. For one service
//     this is plain FIFO; across services a ticket of a 15-minute service waiting 10 minutes goes
//     before one of a 30-minute service waiting 15.
// Ratio profile: the guard first, then after normalCallsPerPriority normal calls one priority
// ticket (any class but normal, best by 2 and 3) if one waits; otherwise the best normal ticket;
// with no normal ticket waiting the best priority one. Neither kind is ever blocked.
//
// Order is the issue order, never the wall clock: the caller lists the tickets in the order the
// database issued them (TicketStore: the ticket's rowid), and every tie goes to the earlier issued.
// Wait is measured from Ticket::arrivedAtMs, which a transfer and a return from park keep, but a
// clock stepped back (an NTP correction) can give a later ticket an earlier arrival. So a ticket's
// wait counts from the earliest arrival of itself and every ticket issued after it in the list,
// and never below 0: without a step that is its own arrival; with one, the earlier ticket is never
// judged to have waited less than a later one, and no wait is negative.
class CallOrder
{
public:
    enum class Reason {
        Overdue, // rule 1
        HighestClass, // priority-first rules 2 and 3
        RatioPriority, // ratio: the priority turn (or only priority tickets wait)
        RatioNormal, // ratio: a normal turn
    };
    struct Choice
    {
        qsizetype index = -1; // into the waiting list given
        Reason reason = Reason::HighestClass;
    };

    // Target wait in minutes per service code; a service missing here counts as 15 minutes.
    explicit CallOrder(QHash<QString, int> targetWaitMinutes);

    // waiting: the tickets the counter may call (its services, state waiting), in issue order;
    // equal candidates are taken in that order.
    // normalCallsSincePriority: the counter's ratio count (ignored by priority-first).
    std::optional<Choice> next(const QList<Ticket> &waiting, const CallProfile &profile,
        int normalCallsSincePriority, qint64 nowMs) const;

    // The tickets in the order a priority-first counter would call them, if none arrived: what
    // the display board and the kiosk show as a service's queue.
    // waiting in issue order, as for next().
    QList<Ticket> queueOrder(const QList<Ticket> &waiting, qint64 nowMs) const;

    qint64 targetWaitMs(const QString &serviceCode) const;

private:
    struct Candidate;
    QList<Candidate> candidatesOf(const QList<Ticket> &waiting, qint64 nowMs) const;
    // The priority-first order as a strict weak ordering (a lexicographic key per ticket).
    bool comesBefore(const Candidate &a, const Candidate &b) const;
    std::optional<qsizetype> best(
        const QList<Candidate> &all, const QList<qsizetype> &candidates) const;

    QHash<QString, int> m_targetWaitMinutes;
};

} // namespace saduak
