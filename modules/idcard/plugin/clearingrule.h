#pragma once

#include <domain/ticket.h>

#include <QString>
#include <QVariant>
#include <optional>

namespace saduak::idcard {

// When the citizen read from a card stops being "the person being served" on this PC
// (module setting clearCitizenOn):
//   cardRemoved (default): when the card leaves the reader. The citizen keeps the card in while
//     served, and a pulled card means they have gone; the next card replaces it anyway.
//   ticketDone: when the ticket that was at the counter leaves it (done, no-show, parked,
//     transferred, or another one called). For counters where the officer hands the card back at
//     once and keeps working with the data.
class ClearingRule
{
public:
    enum class On { CardRemoved, TicketDone };

    static constexpr QLatin1StringView kSettingKey {"clearCitizenOn"};

    // Unknown text falls back to cardRemoved (the stricter one for privacy) with why set.
    static ClearingRule fromSetting(const QVariant &value, QString *why = nullptr);
    explicit ClearingRule(On on = On::CardRemoved) : m_on(on) { }

    On on() const { return m_on; }
    QString settingText() const; // "cardRemoved" / "ticketDone"

    bool clearsOnCardRemoved() const { return m_on == On::CardRemoved; }
    // before: the ticket at the counter until now; after: from now on.
    bool clearsOnTicketChange(
        const std::optional<Ticket> &before, const std::optional<Ticket> &after) const;

private:
    On m_on;
};

} // namespace saduak::idcard
