#pragma once

#include <domain/counter.h>
#include <domain/ticket.h>

#include <optional>

namespace saduak {

// Which of the counter screen's actions make sense now, from the counter's state and the state of
// the ticket it holds. A convenience for the officer only: the hub decides, and a command sent
// anyway is refused there with its reason (docs/hub-protocol.md). Pure, so the table is tested
// without a window.
struct CounterActions
{
    bool open = false; // closed -> open, with the services chosen
    bool pause = false; // open and holding no ticket -> paused
    bool resume = false; // paused -> open, with the services served before the pause
    bool close = false; // open or paused, holding no ticket -> closed
    bool callNext = false;
    bool recall = false;
    bool start = false;
    bool finish = false;
    bool noShow = false;
    bool park = false;
    bool transfer = false;

    // counter: nullopt while the queue is not known yet (nothing is enabled). ticket: the state of
    // the ticket called or served at this counter, nullopt when it holds none.
    static CounterActions decide(
        std::optional<Counter::State> counter, std::optional<TicketState> ticket);

    friend bool operator==(const CounterActions &, const CounterActions &) = default;
};

} // namespace saduak
