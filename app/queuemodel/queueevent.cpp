#include "queueevent.h"

#include "queuejson.h"

using namespace Qt::StringLiterals;

namespace saduak {

QJsonObject QueueEvent::toJson() const
{
    return QJsonObject {
        {u"seq"_s, seq},
        {u"type"_s, type},
        {u"at"_s, atMs},
        {u"businessDay"_s, businessDay},
        {u"ticketId"_s, ticketId},
        {u"ticketNumber"_s, ticketNumber},
        {u"serviceCode"_s, serviceCode},
        {u"counter"_s, counterNumber},
        {u"data"_s, data},
    };
}

QJsonObject QueueEvent::After::toJson() const
{
    QJsonObject json;
    if (ticket)
        json.insert(u"ticket"_s, QueueJson::toJson(*ticket));
    if (counter)
        json.insert(u"counter"_s, QueueJson::toJson(*counter));
    if (position >= 0)
        json.insert(u"position"_s, position);
    return json;
}

std::optional<QueueEvent::After> QueueEvent::After::fromJson(const QJsonObject &json)
{
    After a;
    if (json.contains(u"ticket"_s)) {
        a.ticket = QueueJson::ticketFrom(json.value(u"ticket"_s).toObject());
        if (!a.ticket)
            return std::nullopt;
    }
    if (json.contains(u"counter"_s)) {
        a.counter = QueueJson::counterFrom(json.value(u"counter"_s).toObject());
        if (!a.counter)
            return std::nullopt;
    }
    if (json.contains(u"position"_s)) {
        const QJsonValue v = json.value(u"position"_s);
        if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(v.toInt()))
            return std::nullopt;
        a.position = v.toInt();
    }
    return a;
}

QJsonObject QueueEvent::toLiveJson() const
{
    QJsonObject json = toJson();
    if (!after.isEmpty())
        json.insert(u"after"_s, after.toJson());
    return json;
}

std::optional<QueueEvent> QueueEvent::fromJson(const QJsonObject &json)
{
    if (!json.value(u"seq"_s).isDouble() || json.value(u"type"_s).toString().isEmpty())
        return std::nullopt;
    QueueEvent e;
    e.seq = json.value(u"seq"_s).toInteger();
    e.type = json.value(u"type"_s).toString();
    e.atMs = json.value(u"at"_s).toInteger();
    e.businessDay = json.value(u"businessDay"_s).toString();
    e.ticketId = json.value(u"ticketId"_s).toString();
    e.ticketNumber = json.value(u"ticketNumber"_s).toString();
    e.serviceCode = json.value(u"serviceCode"_s).toString();
    e.counterNumber = json.value(u"counter"_s).toInt();
    e.data = json.value(u"data"_s).toObject();
    // A malformed "after" is dropped, not the event: the screen then takes a snapshot instead.
    if (json.contains(u"after"_s))
        e.after = After::fromJson(json.value(u"after"_s).toObject()).value_or(After {});
    return e;
}

} // namespace saduak
