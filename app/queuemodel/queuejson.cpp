#include "queuejson.h"

#include <QJsonArray>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace saduak::QueueJson {

namespace {

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, QStringView>, N> &names, Enum value)
{
    for (const auto &[e, name] : names) {
        if (e == value)
            return name.toString();
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(
    const std::array<std::pair<Enum, QStringView>, N> &names, const QString &text)
{
    for (const auto &[e, name] : names) {
        if (name == text)
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<TicketState, QStringView>, 8> ticketStates {{
    {TicketState::Waiting, u"waiting"},
    {TicketState::Called, u"called"},
    {TicketState::Serving, u"serving"},
    {TicketState::Parked, u"parked"},
    {TicketState::Done, u"done"},
    {TicketState::NoShow, u"noShow"},
    {TicketState::Cancelled, u"cancelled"},
    {TicketState::ClosedAtRollover, u"closedAtRollover"},
}};

constexpr std::array<std::pair<PriorityClass, QStringView>, 4> priorities {{
    {PriorityClass::Appointment, u"appointment"},
    {PriorityClass::Elderly, u"elderly"},
    {PriorityClass::DisabledOrPregnant, u"disabledOrPregnant"},
    {PriorityClass::Normal, u"normal"},
}};

constexpr std::array<std::pair<Counter::State, QStringView>, 3> counterStates {{
    {Counter::State::Open, u"open"},
    {Counter::State::Paused, u"paused"},
    {Counter::State::Closed, u"closed"},
}};

constexpr std::array<std::pair<PauseReason, QStringView>, 4> pauseReasons {{
    {PauseReason::None, u"none"},
    {PauseReason::Break, u"break"},
    {PauseReason::SystemDown, u"systemDown"},
    {PauseReason::OtherWork, u"otherWork"},
}};

constexpr std::array<std::pair<CallProfile::Mode, QStringView>, 2> callModes {{
    {CallProfile::Mode::PriorityFirst, u"priorityFirst"},
    {CallProfile::Mode::Ratio, u"ratio"},
}};

} // namespace

QString toString(TicketState state)
{
    return nameOf(ticketStates, state);
}
std::optional<TicketState> ticketStateFrom(const QString &text)
{
    return valueOf(ticketStates, text);
}
QString toString(PriorityClass priority)
{
    return nameOf(priorities, priority);
}
std::optional<PriorityClass> priorityFrom(const QString &text)
{
    return valueOf(priorities, text);
}
QString toString(Counter::State state)
{
    return nameOf(counterStates, state);
}
std::optional<Counter::State> counterStateFrom(const QString &text)
{
    return valueOf(counterStates, text);
}
QString toString(PauseReason reason)
{
    return nameOf(pauseReasons, reason);
}
std::optional<PauseReason> pauseReasonFrom(const QString &text)
{
    return valueOf(pauseReasons, text);
}
QString toString(CallProfile::Mode mode)
{
    return nameOf(callModes, mode);
}
std::optional<CallProfile::Mode> callModeFrom(const QString &text)
{
    return valueOf(callModes, text);
}

QJsonObject toJson(const Ticket &ticket)
{
    return QJsonObject {
        {u"id"_s, ticket.id},
        {u"number"_s, ticket.number},
        {u"serviceCode"_s, ticket.serviceCode},
        {u"priority"_s, toString(ticket.priority)},
        {u"state"_s, toString(ticket.state)},
        {u"businessDay"_s, ticket.businessDay},
        {u"arrivedAt"_s, ticket.arrivedAtMs},
        {u"counter"_s, ticket.counterNumber},
        {u"calledAt"_s, ticket.calledAtMs},
        {u"recallCount"_s, ticket.recallCount},
        {u"bookingReference"_s, ticket.bookingReference},
    };
}

std::optional<Ticket> ticketFrom(const QJsonObject &json)
{
    const auto priority = priorityFrom(json.value(u"priority"_s).toString());
    const auto state = ticketStateFrom(json.value(u"state"_s).toString());
    if (!priority || !state || json.value(u"id"_s).toString().isEmpty())
        return std::nullopt;
    Ticket t;
    t.id = json.value(u"id"_s).toString();
    t.number = json.value(u"number"_s).toString();
    t.serviceCode = json.value(u"serviceCode"_s).toString();
    t.priority = *priority;
    t.state = *state;
    t.businessDay = json.value(u"businessDay"_s).toString();
    t.arrivedAtMs = json.value(u"arrivedAt"_s).toInteger();
    t.counterNumber = json.value(u"counter"_s).toInt();
    t.calledAtMs = json.value(u"calledAt"_s).toInteger();
    t.recallCount = json.value(u"recallCount"_s).toInt();
    t.bookingReference = json.value(u"bookingReference"_s).toString();
    return t;
}

QJsonObject toJson(const Counter &counter)
{
    return QJsonObject {
        {u"number"_s, counter.number},
        {u"nameTh"_s, counter.thaiName},
        {u"nameEn"_s, counter.englishName},
        {u"state"_s, toString(counter.state)},
        {u"services"_s, QJsonArray::fromStringList(counter.serviceCodes)},
        {u"pauseReason"_s, toString(counter.pauseReason)},
        {u"callMode"_s, toString(counter.profile.mode)},
        {u"normalCallsPerPriority"_s, counter.profile.normalCallsPerPriority},
    };
}

std::optional<Counter> counterFrom(const QJsonObject &json)
{
    const auto state = counterStateFrom(json.value(u"state"_s).toString());
    const auto reason = pauseReasonFrom(json.value(u"pauseReason"_s).toString());
    const auto mode = callModeFrom(json.value(u"callMode"_s).toString());
    if (!state || !reason || !mode || json.value(u"number"_s).toInt() <= 0)
        return std::nullopt;
    Counter c;
    c.number = json.value(u"number"_s).toInt();
    c.thaiName = json.value(u"nameTh"_s).toString();
    c.englishName = json.value(u"nameEn"_s).toString();
    c.state = *state;
    for (const QJsonValue &v : json.value(u"services"_s).toArray())
        c.serviceCodes.append(v.toString());
    c.pauseReason = *reason;
    c.profile.mode = *mode;
    c.profile.normalCallsPerPriority = json.value(u"normalCallsPerPriority"_s).toInt(2);
    return c;
}

} // namespace saduak::QueueJson
