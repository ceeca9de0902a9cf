#pragma once

#include "hubbackend.h"

#include <QFuture>
#include <QString>

#include <functional>
#include <memory>

namespace saduak {

class Database;

// An answer that comes later (HubReply::later): a read that runs off the hub thread. The server
// sends it when the future has its result, to the connection that asked if it is still there;
// meanwhile the hub answers everything else (docs/hub-protocol.md "Long reads").
struct LaterReply
{
    QFuture<HubReply> result;
};

// The hub's long reads — a month's e-report and the like, seconds on a busy branch — on a thread
// of their own with their own read-only connection to the branch file, so a counter's callNext
// does not wait behind them. The file is WAL: this reader never blocks the hub's writes, and
// each read runs in one read transaction, so it sees the file as it was when it began (the
// queue's writes after that are not half in it).
//
// One read at a time (a month's read is disk and CPU bound: two at once would only each take
// twice as long), and at most kMaxWaiting more waiting their turn; beyond that the command is
// refused with busy. On a ":memory:" database (tests of other libraries) a second connection
// would see another, empty database: the read then runs at once on the hub's own connection.
class LongReads
{
public:
    static constexpr int kMaxWaiting = 3;

    // db: the hub's connection, whose file the reader opens again (read-only) for itself.
    explicit LongReads(Database &db);
    // Waits for the read running now (the waiting ones are answered storage, and dropped
    // with their connections anyway); the reader's connection is closed on its own thread.
    ~LongReads();
    LongReads(const LongReads &) = delete;
    LongReads &operator=(const LongReads &) = delete;

    // Runs on the reader thread with its connection, inside a read transaction: no hub object
    // may be touched there, only what the function captured by value and the database given.
    using Read = std::function<HubReply(Database &db)>;
    // A deferred reply (HubReply::later) for the read, or busy when too many wait already.
    HubReply start(Read read);

    // For tests: while held, a read stops once its transaction has begun (its snapshot is
    // taken) and waits until released — how a test makes "a callNext is answered while a month's
    // report is being read" happen every time rather than when the machine is slow enough. The
    // read itself, its thread and its connection are the real ones.
    void holdForTest(bool hold);
    // How many reads are stopped at the hold now.
    int heldForTest() const;

private:
    struct Reader;
    Database &m_db;
    std::unique_ptr<Reader> m_reader; // null on ":memory:"
};

} // namespace saduak
