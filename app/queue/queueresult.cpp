#include "queueresult.h"

#include <queuemodel/queuejson.h>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

constexpr std::array<std::pair<QueueError::Code, QStringView>, 14> codeNames {{
    {QueueError::Code::None, u"none"},
    {QueueError::Code::TicketNotFound, u"ticketNotFound"},
    {QueueError::Code::CounterNotFound, u"counterNotFound"},
    {QueueError::Code::ServiceNotFound, u"serviceNotFound"},
    {QueueError::Code::IllegalTransition, u"illegalTransition"},
    {QueueError::Code::NotAtThisCounter, u"notAtThisCounter"},
    {QueueError::Code::CounterNotOpen, u"counterNotOpen"},
    {QueueError::Code::CounterBusy, u"counterBusy"},
    {QueueError::Code::NothingWaiting, u"nothingWaiting"},
    {QueueError::Code::RecallTooSoon, u"recallTooSoon"},
    {QueueError::Code::InvalidArgument, u"invalidArgument"},
    {QueueError::Code::RequestIdReused, u"requestIdReused"},
    {QueueError::Code::Storage, u"storage"},
    {QueueError::Code::ServiceClosed, u"serviceClosed"},
}};

} // namespace

QString QueueError::toString(Code code)
{
    for (const auto &[c, name] : codeNames) {
        if (c == code)
            return name.toString();
    }
    return {};
}

std::optional<QueueError::Code> QueueError::codeFrom(const QString &text)
{
    for (const auto &[c, name] : codeNames) {
        if (name == text)
            return c;
    }
    return std::nullopt;
}

QJsonObject QueueResult::toJson() const
{
    QJsonObject errorJson {
        {u"code"_s, QueueError::toString(error.code)},
        {u"message"_s, error.message},
        {u"detail"_s, error.detail},
    };
    if (!error.text.isEmpty())
        errorJson.insert(u"text"_s, error.text.toJson());
    QJsonObject json {
        {u"error"_s, errorJson},
        {u"eventSeq"_s, eventSeq},
    };
    if (ticket)
        json.insert(u"ticket"_s, QueueJson::toJson(*ticket));
    if (counter)
        json.insert(u"counter"_s, QueueJson::toJson(*counter));
    return json;
}

std::optional<QueueResult> QueueResult::fromJson(const QJsonObject &json)
{
    const QJsonObject error = json.value(u"error"_s).toObject();
    const auto code = QueueError::codeFrom(error.value(u"code"_s).toString());
    if (!code)
        return std::nullopt;
    QueueResult result;
    result.error.code = *code;
    result.error.message = error.value(u"message"_s).toString();
    result.error.detail = error.value(u"detail"_s).toString();
    result.error.text = TranslatableText::fromJson(error.value(u"text"_s).toObject());
    result.eventSeq = json.value(u"eventSeq"_s).toInteger();
    if (json.contains(u"ticket"_s)) {
        result.ticket = QueueJson::ticketFrom(json.value(u"ticket"_s).toObject());
        if (!result.ticket)
            return std::nullopt;
    }
    if (json.contains(u"counter"_s)) {
        result.counter = QueueJson::counterFrom(json.value(u"counter"_s).toObject());
        if (!result.counter)
            return std::nullopt;
    }
    return result;
}

} // namespace saduak
