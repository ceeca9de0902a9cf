#include "recentdays.h"

#include <queue/queuemanager.h>

#include <QDate>

namespace saduak {

RecentDays::RecentDays(Database &db, QueueManager &queue) : m_events(db), m_queue(queue) { }

std::optional<QList<QueueStatistics::DaySummary>> RecentDays::before(int count, QString *why)
{
    const QDate today = QDate::fromString(m_queue.currentBusinessDay(), Qt::ISODate);
    const QString oldest = today.addDays(-maxDays).toString(Qt::ISODate);
    const QString todayText = today.toString(Qt::ISODate);
    // A clock stepped back across a rollover makes a kept day "today" again, and it may get
    // events: it is computed anew. Days too old to be asked for are let go.
    using Kept = QHash<QString, QueueStatistics::DaySummary>;
    m_days.removeIf([&](const Kept::iterator &day) {
        return day.key() >= todayText || day.key() < oldest;
    });

    QList<QueueStatistics::DaySummary> days;
    for (int back = count; back >= 1; --back) {
        const QString day = today.addDays(-back).toString(Qt::ISODate);
        if (const auto kept = m_days.constFind(day); kept != m_days.cend()) {
            days.append(*kept);
            continue;
        }
        bool ok = false;
        const QList<QueueEvent> events = m_events.ofBusinessDay(day, &ok);
        // A day read in part would be kept wrong for good: nothing is answered instead.
        if (!ok) {
            if (why)
                *why = m_events.lastError();
            return std::nullopt;
        }
        const QueueStatistics::DaySummary summary
            = QueueStatistics::summarize(day, events, m_queue.services());
        m_days.insert(day, summary);
        days.append(summary);
    }
    return days;
}

} // namespace saduak
