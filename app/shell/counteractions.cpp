#include "counteractions.h"

namespace saduak {

CounterActions CounterActions::decide(
    std::optional<Counter::State> counter, std::optional<TicketState> ticket)
{
    CounterActions a;
    if (!counter)
        return a;
    // Only a called or serving ticket is held by a counter; anything else is not ours any more.
    const bool called = ticket == TicketState::Called;
    const bool serving = ticket == TicketState::Serving;
    const bool holding = called || serving;

    a.open = *counter == Counter::State::Closed;
    a.resume = *counter == Counter::State::Paused;
    a.pause = *counter == Counter::State::Open && !holding;
    a.close = *counter != Counter::State::Closed && !holding;
    a.callNext = *counter == Counter::State::Open && !holding;
    // A held ticket can be finished whatever the counter's state (a pause waits for it).
    a.recall = called;
    a.start = called;
    a.noShow = called;
    a.finish = serving;
    a.park = holding;
    a.transfer = holding;
    return a;
}

} // namespace saduak
