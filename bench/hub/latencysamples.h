#pragma once

#include <QList>
#include <QtGlobal>

namespace saduak::bench {

// Now on the monotonic clock, in nanoseconds; the same clock in every thread, so a time taken on
// the hub thread can be subtracted from one taken on the client thread.
qint64 nowNs();

// Durations of one measured kind (a command's round trip, an event's delivery), with the figures
// docs/performance.md reports: nearest-rank percentiles and the maximum.
class LatencySamples
{
public:
    void add(qint64 ns) { m_ns.append(ns); }
    void clear() { m_ns.clear(); }
    qsizetype count() const { return m_ns.size(); }

    double percentileMs(double fraction) const; // 0.5 = p50; 0 when empty
    double maxMs() const;
    double meanMs() const;

    // One line in a fixed format, e.g.
    //   hub.paced.callNext          n=   400  p50=   1.234 ms  p99=   3.456 ms  max=   5.678 ms
    //   ...  12345.6 ops/s
    // opsPerSecond <= 0 leaves the rate out.
    void print(const char *name, double opsPerSecond = 0) const;

private:
    QList<qint64> m_ns;
};

// A rate line without latencies ("hub.saturated.cycle ... 123.4 ops/s").
void printRate(const char *name, qsizetype count, double seconds);

} // namespace saduak::bench
