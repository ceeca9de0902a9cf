#include "clearingrule.h"

using namespace Qt::StringLiterals;

namespace saduak::idcard {

ClearingRule ClearingRule::fromSetting(const QVariant &value, QString *why)
{
    const QString text = value.toString().trimmed();
    if (why)
        why->clear();
    if (text.isEmpty() || text.compare(u"cardRemoved"_s, Qt::CaseInsensitive) == 0)
        return ClearingRule(On::CardRemoved);
    if (text.compare(u"ticketDone"_s, Qt::CaseInsensitive) == 0)
        return ClearingRule(On::TicketDone);
    if (why)
        *why
            = u"clearCitizenOn is \"%1\"; it may be cardRemoved or ticketDone, so cardRemoved is used"_s
                  .arg(text);
    return ClearingRule(On::CardRemoved);
}

QString ClearingRule::settingText() const
{
    return m_on == On::TicketDone ? u"ticketDone"_s : u"cardRemoved"_s;
}

bool ClearingRule::clearsOnTicketChange(
    const std::optional<Ticket> &before, const std::optional<Ticket> &after) const
{
    if (m_on != On::TicketDone || !before)
        return false; // a card read before any ticket was called stays for the ticket to come
    return !after || after->id != before->id;
}

} // namespace saduak::idcard
