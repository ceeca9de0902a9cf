#pragma once

namespace saduak {

// The queue's tunables, given to QueueManager at construction (the hub reads them from its
// settings file; tests set them directly). Not stored in the database: they are policy of the
// running hub, not history, and every event already records what happened under them.
struct QueueSettings
{
    int recallPauseSeconds = 30; // a recall sooner than this after the last call is refused
    // A recall that would be number maxRecalls + 1 marks the ticket a no-show instead.
    int maxRecalls = 3;
    int rolloverHour = 4; // Asia/Bangkok hour at which the business day changes (0..23)
    int recentCallsInSnapshot = 10; // "last N calls" for the display board
    // Estimated wait: the average service time of the last this many services of a service
    // today; with none, fallbackServiceMinutes.
    int estimateHistorySize = 10;
    int fallbackServiceMinutes = 10;
    // Answered requests older than this are forgotten at rollover (a retry comes within seconds).
    int requestRetentionDays = 2;
    // Kiosks issue tickets at any hour, whatever the services' opening hours say: for a demo or
    // a test outside office hours (queue/openAllDay). Staff at a counter always may.
    bool openAllDay = false;
};

} // namespace saduak
