#pragma once

#include <domain/counter.h>
#include <domain/ticket.h>

#include <QJsonObject>
#include <QString>
#include <optional>

namespace saduak {

// The one spelling of the queue's words in the database, the events and the LAN protocol
// ("waiting", "disabledOrPregnant", "systemDown"...). Reading an unknown word gives nullopt, so a
// newer peer's value is noticed instead of silently becoming a default.
namespace QueueJson {

QString toString(TicketState state);
std::optional<TicketState> ticketStateFrom(const QString &text);
QString toString(PriorityClass priority);
std::optional<PriorityClass> priorityFrom(const QString &text);
QString toString(Counter::State state);
std::optional<Counter::State> counterStateFrom(const QString &text);
QString toString(PauseReason reason);
std::optional<PauseReason> pauseReasonFrom(const QString &text);
QString toString(CallProfile::Mode mode);
std::optional<CallProfile::Mode> callModeFrom(const QString &text);

QJsonObject toJson(const Ticket &ticket);
std::optional<Ticket> ticketFrom(const QJsonObject &json);
QJsonObject toJson(const Counter &counter);
std::optional<Counter> counterFrom(const QJsonObject &json);

} // namespace QueueJson

} // namespace saduak
