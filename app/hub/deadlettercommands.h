#pragma once

#include "commandtable.h"

namespace saduak {

class Database;

// The rows central refused for good (dead letters, app/sync), for the supervisor's screen
// (docs/hub-protocol.md "Dead letters"): the command deadLetters in the hub's CommandTable, for a
// supervisor's PC with a supervisor (or admin) logged in. What a row is and why central refused
// it, never its payload: a refused row may hold a citizen's personal data, and the list is read
// out to support over the phone.
class DeadLetterCommands
{
public:
    // The longest list one reply carries, newest first: a branch whose every row is refused (a
    // wrong central) would otherwise send years of them in one message.
    static constexpr int kMaxListed = 500;

    DeadLetterCommands(Database &db, CommandTable &table);

private:
    HubReply list() const;

    Database &m_db;
};

} // namespace saduak
