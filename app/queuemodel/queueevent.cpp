#include "queueevent.h"

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
    return e;
}

} // namespace saduak
