#pragma once

#include <QtGlobal>

namespace saduak {

// The servers (saduak-hub, saduak-central) hold one file descriptor per connection, and Linux
// starts a process with a soft limit of 1024 descriptors: about a thousand idle connections would
// then refuse every real client. At start each server raises its soft limit to the hard limit
// (which a systemd unit sets with LimitNOFILE=, docs/deployment.md) and sizes its connection cap
// below what it got.
struct OpenFileLimit
{
    qint64 soft = 0; // after raising
    qint64 hard = 0;

    // Raises the soft limit to the hard one (never above `ceiling`, as some systems report
    // "unlimited") and reads both back. Never fails: on error the limit stays as it was.
    static OpenFileLimit raise(qint64 ceiling = 1 << 20);
};

} // namespace saduak
