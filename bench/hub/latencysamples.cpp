#include "latencysamples.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace saduak::bench {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double LatencySamples::percentileMs(double fraction) const
{
    if (m_ns.isEmpty())
        return 0;
    QList<qint64> sorted = m_ns;
    std::sort(sorted.begin(), sorted.end());
    // Nearest rank: the smallest sample with at least this fraction of samples at or below it.
    const auto rank = qsizetype(std::ceil(fraction * double(sorted.size())));
    return double(sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1))) / 1e6;
}

double LatencySamples::maxMs() const
{
    return m_ns.isEmpty() ? 0 : double(*std::max_element(m_ns.cbegin(), m_ns.cend())) / 1e6;
}

double LatencySamples::meanMs() const
{
    if (m_ns.isEmpty())
        return 0;
    return double(std::accumulate(m_ns.cbegin(), m_ns.cend(), qint64(0))) / double(m_ns.size())
        / 1e6;
}

void LatencySamples::print(const char *name, double opsPerSecond) const
{
    std::printf("  %-34s n=%6lld  p50=%8.3f ms  p99=%8.3f ms  max=%8.3f ms", name,
        static_cast<long long>(count()), percentileMs(0.5), percentileMs(0.99), maxMs());
    if (opsPerSecond > 0)
        std::printf("  %9.1f ops/s", opsPerSecond);
    std::printf("\n");
    std::fflush(stdout);
}

void printRate(const char *name, qsizetype count, double seconds)
{
    std::printf("  %-34s n=%6lld  in %.3f s%*s%9.1f ops/s\n", name, static_cast<long long>(count),
        seconds, 45, "", seconds > 0 ? double(count) / seconds : 0.);
    std::fflush(stdout);
}

} // namespace saduak::bench
