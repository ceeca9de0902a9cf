#include "deskstate.h"

#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

bool sameTicket(const std::optional<Ticket> &a, const std::optional<Ticket> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    if (!a)
        return true;
    // What a module cares about: which ticket, for what, how far along. Recalls and call times
    // change with every snapshot and are not a new ticket.
    return a->id == b->id && a->state == b->state && a->serviceCode == b->serviceCode
        && a->priority == b->priority;
}

} // namespace

DeskState::DeskState(QObject *parent) : QObject(parent)
{
    m_workplace.device = QSysInfo::machineHostName();
    // Until somebody logs in (BranchSession follows QueueLink::staff) the OS account is the best
    // the host knows of who sits here.
    m_workplace.staff = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
}

void DeskState::setCitizen(const Citizen &citizen)
{
    m_citizen = citizen;
    Q_EMIT citizenChanged();
}

void DeskState::clearCitizen()
{
    if (!m_citizen)
        return;
    m_citizen.reset();
    Q_EMIT citizenChanged();
}

void DeskState::setTicket(const std::optional<Ticket> &ticket)
{
    const bool changed = !sameTicket(m_ticket, ticket);
    m_ticket = ticket;
    if (changed)
        Q_EMIT ticketChanged();
}

void DeskState::setScreen(Workplace::Screen screen)
{
    m_workplace.screen = screen;
}

void DeskState::setCounterNumber(int number)
{
    m_workplace.counterNumber = number;
}

void DeskState::setStaff(const QString &staff)
{
    m_workplace.staff = staff;
}

void DeskState::setLanguage(Language language)
{
    if (m_language == language)
        return;
    m_language = language;
    Q_EMIT languageChanged();
}

} // namespace saduak
