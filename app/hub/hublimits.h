#pragma once

#include <QtGlobal>

class QSettings;

namespace saduak {

// What one connection may cost the hub and how long it may stay without saying hello or answering
// (docs/hub-protocol.md "Limits", docs/deployment.md "The branch hub"). A branch has tens of
// devices; the limits keep a broken or hostile peer on the LAN from taking the hub's memory or its
// file descriptors from them.
struct HubLimits
{
    // Connections at once, those still in their handshake or hello included; more are closed at
    // once (close code 4001). The default fits a process left at Linux's 1024 descriptors.
    int maxConnections = 896;
    // Bytes sent to a device that it has not taken yet. A full snapshot of a busy day is well under
    // 1 MiB; a device this far behind does not read, and is closed (4004) before it costs more.
    qint64 maxQueuedBytes = 4 * 1024 * 1024;
    // A message (or the unfinished fragments of one) before hello: a hello is a few hundred bytes.
    qint64 maxMessageBytesBeforeHello = 4 * 1024;
    int maxErrorsBeforeHello = 3; // error replies before hello; then the connection is closed
    int helloTimeoutMs = 10'000; // from connect to welcome (a trickle does not extend it)
    int pingIntervalMs = 30'000; // a device quiet this long gets a WebSocket ping
    int idleTimeoutMs = 90'000; // nothing heard (no message, no pong) this long: closed (4003)
    int maxFailedHellos = 5; // unknown or revoked tokens from one address within the window...
    int failedHelloWindowMs = 60'000; // ...after which its hellos are refused until the window ends
    // Addresses whose failed hellos are remembered at once; past it the oldest is forgotten (its
    // summary logged), so many addresses (an IPv6 prefix holds plenty) cannot take the memory.
    int maxFailedHelloAddresses = 10'000;
    // Lines a peer can cause at will (failed TLS handshakes, failed hellos): the first few of a
    // kind in this window are logged, the rest summed up in one line when it ends (LogThrottle).
    int logWindowMs = 60'000;
    int closeGraceMs = 2'000; // a peer that does not finish the close in time is cut off

    // Descriptors kept for the database, its WAL, the modules and the link to central.
    static constexpr qint64 kReservedDescriptors = 128;
    static constexpr int kDefaultCeiling = 1000;
    // The default connection cap for a process allowed `openFiles` descriptors.
    static int connectionsFor(qint64 openFiles);

    // The "hub/..." keys of a settings file (docs/deployment.md) over `defaults`; absent or
    // out-of-range keys keep the default (and a warning names them).
    static HubLimits from(const QSettings &settings, HubLimits defaults);
};

} // namespace saduak
