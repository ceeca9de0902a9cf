#pragma once

#include <sdk/modulecontext.h>

#include <QObject>
#include <optional>

namespace saduak {

// What this PC's screen is working on now, shared by the screen and every module's context: the
// citizen read from the ID card, the ticket at the counter, where this PC is and who works at it,
// and the language shown. One per program. The screen writes the ticket, the workplace and the
// language; the ID-card module writes the citizen through its context; everyone reads.
// Signals fire only on a real change, so a snapshot redrawn every second is not a "new ticket".
class DeskState : public QObject
{
    Q_OBJECT
public:
    explicit DeskState(QObject *parent = nullptr);

    std::optional<Citizen> citizen() const { return m_citizen; }
    void setCitizen(const Citizen &citizen);
    void clearCitizen();

    std::optional<Ticket> ticket() const { return m_ticket; }
    void setTicket(const std::optional<Ticket> &ticket);

    Workplace workplace() const { return m_workplace; }
    void setScreen(Workplace::Screen screen);
    void setCounterNumber(int number);
    void setStaff(const QString &staff);

    Language language() const { return m_language; }
    void setLanguage(Language language);

Q_SIGNALS:
    void citizenChanged();
    void ticketChanged();
    void languageChanged();

private:
    std::optional<Citizen> m_citizen;
    std::optional<Ticket> m_ticket;
    Workplace m_workplace;
    Language m_language = Language::Thai;
};

} // namespace saduak
