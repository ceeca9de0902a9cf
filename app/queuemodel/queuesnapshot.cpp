#include "queuesnapshot.h"

#include "queuejson.h"

#include <QJsonArray>

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

} // namespace saduak
