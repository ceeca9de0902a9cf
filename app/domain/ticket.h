#pragma once

#include <QString>

namespace saduak {

// The queue ticket a citizen holds ("A001"). The queue owns its life; modules only see it.
struct Ticket
{
    QString id; // UUID, the same in the hub, the outbox and central
    QString number; // "A001", per service per business day
    QString serviceCode; // "A"
};

} // namespace saduak
