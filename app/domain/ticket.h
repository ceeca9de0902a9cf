#pragma once

#include <QString>

namespace saduak {

// Who is called first (the rule): appointment > elderly > disabled/pregnant > normal.
// The order of the enumerators is the call order; the queue compares them as numbers.
enum class PriorityClass {
    Appointment, // checked in with the QR of an online booking
    Elderly, // 60 or older (from the ID card at the kiosk, or staff)
    DisabledOrPregnant, // set by staff, who see the person
    Normal,
};

// A ticket's life: waiting -> called -> serving -> done, with the side roads of the issue.
// The last four are final: nothing leaves them.
enum class TicketState {
    Waiting,
    Called,
    Serving,
    Parked, // stepped away from the counter (a photocopy, a missing paper); back via the queue
    Done,
    NoShow,
    Cancelled,
    ClosedAtRollover, // still open when its business day ended
};

inline bool isFinal(TicketState state)
{
    return state == TicketState::Done || state == TicketState::NoShow
        || state == TicketState::Cancelled || state == TicketState::ClosedAtRollover;
}

// The queue ticket a citizen holds ("A001"). The queue owns its life; modules only see it.
// id, number and serviceCode are what the module SDK relies on; the rest is the queue's view.
struct Ticket
{
    QString id; // UUID, the same in the hub, the outbox and central
    QString number; // "A001", per service per business day
    QString serviceCode; // "A"; after a transfer the service it now waits for (number unchanged)

    PriorityClass priority = PriorityClass::Normal;
    TicketState state = TicketState::Waiting;
    QString businessDay; // ISO date of the business day it was issued on
    // When the citizen first took the ticket (UTC ms). Kept on transfer and on return from park,
    // so a one-stop visit is never sent to the back of the next service's queue.
    qint64 arrivedAtMs = 0;
    int counterNumber = 0; // the counter holding it while called or serving; 0 otherwise
    qint64 calledAtMs = 0; // last call or recall (UTC ms); 0 if never called
    int recallCount = 0; // recalls since the last call
    QString bookingReference; // appointment tickets: the booking checked in
};

} // namespace saduak
