#pragma once

#include <queue/eventstore.h>
#include <queue/queuestatistics.h>

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace saduak {

class Database;
class QueueManager;

// The supervisor's last days beside today (the LAN command recentDays, docs/hub-protocol.md):
// each business day before today summed up from its own events (QueueStatistics::summarize). A
// day that is over gets no more events — the rollover records its closings on the new day — so
// each day is computed once and kept: a busy day is 40,000 events to read, and the dashboard asks
// every time it opens. Kept with the service targets of when it was computed.
class RecentDays
{
public:
    static constexpr int maxDays = 31;

    RecentDays(Database &db, QueueManager &queue);

    // The count (1..maxDays) business days before today, oldest first, each present (zeros for a
    // day without events). Nothing when the database could not be read (why: for the log).
    std::optional<QList<QueueStatistics::DaySummary>> before(int count, QString *why);

private:
    EventStore m_events;
    QueueManager &m_queue;
    QHash<QString, QueueStatistics::DaySummary> m_days; // by business day, days before today only
};

} // namespace saduak
