#pragma once

#include <QtGlobal>

#include <algorithm>

namespace saduak {

// What central accepts in one request and on one connection (docs/central-api.md, "Limits";
// docs/deployment.md, "Limits of saduak-central"). Qt HttpServer 6.4 has no limits of its own,
// so central enforces these itself.
struct CentralLimits
{
    qint64 maxHeaderBytes = 16 * 1024; // request line and headers together
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    int maxRows = 1000; // rows in one ingest batch
    qint64 maxPayloadBytes = 256 * 1024; // one row's compact JSON payload

    // Open connections at once; one more is answered 503 and closed. 0: no cap (main() derives
    // one from the open-file limit, defaultMaxConnections).
    int maxConnections = 0;
    // The request line and headers are complete within this of their first byte (of the
    // connection's opening, for its first request).
    int headTimeoutMs = 10 * 1000;
    // A body arrives within headTimeoutMs plus its length at this rate, however it trickles.
    qint64 minBodyBytesPerSecond = 4 * 1024;
    // A connection waits this long for its next request after the last complete one.
    int idleTimeoutMs = 120 * 1000;
    // Lines any client can cause (refused requests, missed deadlines, failed TLS handshakes): the
    // first few of a kind in this window are logged, the rest summed up when it ends (LogThrottle).
    int logWindowMs = 60 * 1000;

    // Descriptors kept back from the connection cap: the database files, PostgreSQL, the
    // listening socket, Qt's own, and a connection being refused.
    static constexpr qint64 kReservedDescriptors = 100;
    static int defaultMaxConnections(qint64 openFileSoftLimit)
    {
        return int(std::clamp<qint64>(openFileSoftLimit - kReservedDescriptors, 1, 1 << 20));
    }
};

} // namespace saduak
