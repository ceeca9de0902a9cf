#include "queuelegs.h"

namespace saduak {

QueueLegs::Step QueueLegs::apply(const QueueEvent &e)
{
    Step step;
    if (e.ticketId.isEmpty())
        return step; // counter and day events
    auto startLeg = [&] {
        QueueLeg leg;
        leg.ticketId = e.ticketId;
        leg.serviceCode = e.serviceCode;
        leg.startedAtMs = e.atMs;
        m_open.insert(e.ticketId, leg);
        step.leg = leg;
        step.legStarted = true;
    };
    if (e.type == QueueEvent::TicketIssued) {
        startLeg();
        return step;
    }
    const auto it = m_open.find(e.ticketId);
    if (it == m_open.end())
        return step;
    QueueLeg &leg = *it;
    auto end = [&] {
        step.ended = leg;
        if (leg.serviceStartAtMs != 0)
            step.serviceMs = elapsedMs(leg.serviceStartAtMs, e.atMs);
    };
    if (e.type == QueueEvent::TicketCalled) {
        leg.waiting = false;
        leg.lastCallAtMs = e.atMs;
        if (leg.firstCallAtMs == 0) {
            leg.firstCallAtMs = e.atMs;
            leg.firstCallCounter = e.counterNumber;
            step.waitMs = elapsedMs(leg.startedAtMs, e.atMs);
        }
    } else if (e.type == QueueEvent::TicketRecalled) {
        leg.lastCallAtMs = e.atMs;
    } else if (e.type == QueueEvent::TicketStarted) {
        leg.serviceStartAtMs = e.atMs;
        step.walkMs = elapsedMs(leg.lastCallAtMs, e.atMs);
    } else if (e.type == QueueEvent::TicketTransferred
        && e.data.value(QStringLiteral("from")).toString() == QStringLiteral("waiting")) {
        // Moved by a supervisor while waiting (moveTicket): the same wait, for another service;
        // the citizen's wait still runs from the arrival.
        leg.serviceCode = e.serviceCode;
    } else if (e.type == QueueEvent::TicketTransferred) {
        end();
        startLeg();
        return step;
    } else if (e.type == QueueEvent::TicketParked) {
        leg.waiting = false;
    } else if (e.type == QueueEvent::TicketReturned) {
        leg.waiting = true;
    } else if (e.type == QueueEvent::TicketFinished || e.type == QueueEvent::TicketNoShow
        || e.type == QueueEvent::TicketCancelled || e.type == QueueEvent::TicketClosedAtRollover) {
        // Only a finish counts the service time as a service; a cancel or a rollover of a ticket
        // being served ends the leg without one (as the live figures always did).
        end();
        if (e.type != QueueEvent::TicketFinished)
            step.serviceMs.reset();
        m_open.erase(it);
        return step;
    }
    step.leg = leg;
    return step;
}

} // namespace saduak
