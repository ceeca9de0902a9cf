#pragma once

#include <QtGlobal>

namespace saduak {

// What central accepts in one request (docs/central-api.md, "Limits"). Qt HttpServer 6.4 has no
// limits of its own, so central enforces these itself.
struct CentralLimits
{
    qint64 maxHeaderBytes = 16 * 1024; // request line and headers together
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    int maxRows = 1000; // rows in one ingest batch
    qint64 maxPayloadBytes = 256 * 1024; // one row's compact JSON payload
};

} // namespace saduak
