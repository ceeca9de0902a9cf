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
    QueueSnapshot s = *this;
    if (!s.apply(event))
        return std::nullopt;
    return s;
}

bool QueueSnapshot::apply(const QueueEvent &event)
{
    // Everything is checked before anything changes: a refused event leaves the picture as it was.
    if (event.seq != lastEventSeq + 1 || event.businessDay != businessDay)
        return false;
    const auto counterAt = [this](int number) -> qsizetype {
        for (qsizetype c = 0; c < counters.size(); ++c)
            if (counters.at(c).counter.number == number)
                return c;
        return -1;
    };

    if (isCounterEvent(event.type)) {
        if (!event.after.counter || event.after.counter->number != event.counterNumber)
            return false;
        const qsizetype c = counterAt(event.counterNumber);
        if (c < 0)
            return false; // a counter this picture does not know: the catalog changed
        counters[c].counter = *event.after.counter;
    } else {
        if (!isTicketEvent(event.type) || !event.after.ticket
            || event.after.ticket->id != event.ticketId)
            return false;
        const Ticket &ticket = *event.after.ticket;
        // Where it was. A waiting ticket changes service only when moved (moveTicket: its
        // ticket.transferred names fromService; a transfer starts from called or serving), so it
        // can only be in that service's list; a held one is at the event's counter. Searching
        // only there keeps a busy morning's events cheap.
        const QString wasFor = event.data.value(QStringLiteral("fromService")).toString();
        const QString &waitedFor = wasFor.isEmpty() ? ticket.serviceCode : wasFor;
        qsizetype fromQueue = -1, fromIndex = -1, target = -1;
        for (qsizetype q = 0; q < queues.size() && fromQueue < 0; ++q) {
            if (queues.at(q).serviceCode != waitedFor)
                continue;
            const QList<Ticket> &waiting = queues.at(q).waiting;
            for (qsizetype i = 0; i < waiting.size(); ++i) {
                if (waiting.at(i).id == ticket.id) {
                    fromQueue = q;
                    fromIndex = i;
                    break;
                }
            }
        }
        const qsizetype fromCounter = counterAt(event.counterNumber);
        const bool wasHeld = fromCounter >= 0 && counters.at(fromCounter).currentTicket
            && counters.at(fromCounter).currentTicket->id == ticket.id;
        // Where it goes.
        const bool held = ticket.state == TicketState::Called || ticket.state == TicketState::Serving;
        if (held) {
            target = counterAt(ticket.counterNumber);
            if (target < 0)
                return false;
        } else if (ticket.state == TicketState::Waiting) {
            for (qsizetype q = 0; q < queues.size() && target < 0; ++q)
                if (queues.at(q).serviceCode == ticket.serviceCode)
                    target = q;
            // The hub says where the ticket stands in the call order (which depends on the
            // classes, the arrival times and the service's target wait): a screen never decides.
            if (target < 0 || event.after.position < 0
                || event.after.position
                    > queues.at(target).waiting.size() - (fromQueue == target ? 1 : 0))
                return false;
        }

        if (fromQueue >= 0)
            queues[fromQueue].waiting.removeAt(fromIndex);
        if (wasHeld)
            counters[fromCounter].currentTicket.reset();
        if (held)
            counters[target].currentTicket = ticket;
        else if (ticket.state == TicketState::Waiting)
            queues[target].waiting.insert(event.after.position, ticket);

        if (event.type == QueueEvent::TicketCalled || event.type == QueueEvent::TicketRecalled) {
            recentCalls.prepend({event.seq, event.atMs, ticket.id, ticket.number,
                ticket.serviceCode, event.counterNumber, event.type == QueueEvent::TicketRecalled});
            if (recentCalls.size() > maxRecentCalls)
                recentCalls.resize(maxRecentCalls);
        }
    }
    lastEventSeq = event.seq;
    atMs = event.atMs;
    return true;
}

} // namespace saduak
