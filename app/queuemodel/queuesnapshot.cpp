#include "queuesnapshot.h"

#include "queuejson.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saduak {

QJsonObject QueueSnapshot::toJson() const
{
    QJsonArray counterArray;
    for (const CounterStatus &status : counters) {
        QJsonObject json = QueueJson::toJson(status.counter);
        if (status.currentTicket)
            json.insert(u"currentTicket"_s, QueueJson::toJson(*status.currentTicket));
        counterArray.append(json);
    }
    QJsonArray queueArray;
    for (const ServiceQueue &queue : queues) {
        QJsonArray waiting;
        for (const Ticket &t : queue.waiting)
            waiting.append(QueueJson::toJson(t));
        queueArray.append(
            QJsonObject {{u"serviceCode"_s, queue.serviceCode}, {u"waiting"_s, waiting}});
    }
    QJsonArray callArray;
    for (const Call &call : recentCalls) {
        callArray.append(QJsonObject {
            {u"eventSeq"_s, call.eventSeq},
            {u"at"_s, call.atMs},
            {u"ticketId"_s, call.ticketId},
            {u"ticketNumber"_s, call.ticketNumber},
            {u"serviceCode"_s, call.serviceCode},
            {u"counter"_s, call.counterNumber},
            {u"recall"_s, call.recall},
        });
    }
    return QJsonObject {
        {u"lastEventSeq"_s, lastEventSeq},
        {u"at"_s, atMs},
        {u"businessDay"_s, businessDay},
        {u"counters"_s, counterArray},
        {u"queues"_s, queueArray},
        {u"recentCalls"_s, callArray},
    };
}

std::optional<QueueSnapshot> QueueSnapshot::fromJson(const QJsonObject &json)
{
    if (!json.value(u"lastEventSeq"_s).isDouble())
        return std::nullopt;
    QueueSnapshot s;
    s.lastEventSeq = json.value(u"lastEventSeq"_s).toInteger();
    s.atMs = json.value(u"at"_s).toInteger();
    s.businessDay = json.value(u"businessDay"_s).toString();
    for (const QJsonValue &v : json.value(u"counters"_s).toArray()) {
        const QJsonObject o = v.toObject();
        const auto counter = QueueJson::counterFrom(o);
        if (!counter)
            return std::nullopt;
        CounterStatus status {*counter, std::nullopt};
        if (o.contains(u"currentTicket"_s)) {
            status.currentTicket = QueueJson::ticketFrom(o.value(u"currentTicket"_s).toObject());
            if (!status.currentTicket)
                return std::nullopt;
        }
        s.counters.append(status);
    }
    for (const QJsonValue &v : json.value(u"queues"_s).toArray()) {
        const QJsonObject o = v.toObject();
        ServiceQueue queue;
        queue.serviceCode = o.value(u"serviceCode"_s).toString();
        for (const QJsonValue &t : o.value(u"waiting"_s).toArray()) {
            const auto ticket = QueueJson::ticketFrom(t.toObject());
            if (!ticket)
                return std::nullopt;
            queue.waiting.append(*ticket);
        }
        s.queues.append(queue);
    }
    for (const QJsonValue &v : json.value(u"recentCalls"_s).toArray()) {
        const QJsonObject o = v.toObject();
        Call call;
        call.eventSeq = o.value(u"eventSeq"_s).toInteger();
        call.atMs = o.value(u"at"_s).toInteger();
        call.ticketId = o.value(u"ticketId"_s).toString();
        call.ticketNumber = o.value(u"ticketNumber"_s).toString();
        call.serviceCode = o.value(u"serviceCode"_s).toString();
        call.counterNumber = o.value(u"counter"_s).toInt();
        call.recall = o.value(u"recall"_s).toBool();
        s.recentCalls.append(call);
    }
    return s;
}

namespace {

bool isTicketEvent(const QString &type)
{
    static const QStringList types {
        QueueEvent::TicketIssued.toString(),
        QueueEvent::TicketCalled.toString(),
        QueueEvent::TicketRecalled.toString(),
        QueueEvent::TicketStarted.toString(),
        QueueEvent::TicketFinished.toString(),
        QueueEvent::TicketNoShow.toString(),
        QueueEvent::TicketParked.toString(),
        QueueEvent::TicketReturned.toString(),
        QueueEvent::TicketTransferred.toString(),
        QueueEvent::TicketCancelled.toString(),
        QueueEvent::TicketPriorityChanged.toString(),
        QueueEvent::TicketClosedAtRollover.toString(),
    };
    return types.contains(type);
}

bool isCounterEvent(const QString &type)
{
    return type == QueueEvent::CounterOpened || type == QueueEvent::CounterPaused
        || type == QueueEvent::CounterClosed || type == QueueEvent::CounterProfileChanged;
}

} // namespace

std::optional<QueueSnapshot> QueueSnapshot::applied(const QueueEvent &event) const
{
    if (event.seq != lastEventSeq + 1 || event.businessDay != businessDay)
        return std::nullopt;
    QueueSnapshot s = *this;
    s.lastEventSeq = event.seq;
    s.atMs = event.atMs;

    if (isCounterEvent(event.type)) {
        if (!event.after.counter || event.after.counter->number != event.counterNumber)
            return std::nullopt;
        for (CounterStatus &status : s.counters) {
            if (status.counter.number == event.counterNumber) {
                status.counter = *event.after.counter;
                return s;
            }
        }
        return std::nullopt; // a counter this picture does not know: the catalog changed
    }
    if (!isTicketEvent(event.type) || !event.after.ticket || event.after.ticket->id != event.ticketId)
        return std::nullopt;

    // The ticket is wherever its state after the event puts it, and nowhere else.
    const Ticket &ticket = *event.after.ticket;
    for (ServiceQueue &queue : s.queues)
        queue.waiting.removeIf([&](const Ticket &t) { return t.id == ticket.id; });
    for (CounterStatus &status : s.counters) {
        if (status.currentTicket && status.currentTicket->id == ticket.id)
            status.currentTicket.reset();
    }
    if (ticket.state == TicketState::Called || ticket.state == TicketState::Serving) {
        const auto at = std::find_if(s.counters.begin(), s.counters.end(),
            [&](const CounterStatus &c) { return c.counter.number == ticket.counterNumber; });
        if (at == s.counters.end())
            return std::nullopt;
        at->currentTicket = ticket;
    } else if (ticket.state == TicketState::Waiting) {
        const auto queue = std::find_if(s.queues.begin(), s.queues.end(),
            [&](const ServiceQueue &q) { return q.serviceCode == ticket.serviceCode; });
        // The hub says where the ticket stands in the call order (which depends on the classes,
        // the arrival times and the service's target wait): a screen never decides the order.
        if (queue == s.queues.end() || event.after.position < 0
            || event.after.position > queue->waiting.size())
            return std::nullopt;
        queue->waiting.insert(event.after.position, ticket);
    }

    if (event.type == QueueEvent::TicketCalled || event.type == QueueEvent::TicketRecalled) {
        s.recentCalls.prepend({event.seq, event.atMs, ticket.id, ticket.number, ticket.serviceCode,
            event.counterNumber, event.type == QueueEvent::TicketRecalled});
        if (s.recentCalls.size() > maxRecentCalls)
            s.recentCalls.resize(maxRecentCalls);
    }
    return s;
}

} // namespace saduak
