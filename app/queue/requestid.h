#pragma once

#include <QString>

namespace saduak {

// A caller's request id with a digest of what the request asks (RequestStore keeps both): the
// same id sent again with the same content is a retry and gets the first answer; with other
// content it is another request under a used id, refused (RequestIdReused) rather than answered
// with the first one's result — a kiosk that restarted its id counter must not hand out old
// tickets.
struct RequestId
{
    RequestId() = default;
    RequestId(const QString &id, const QString &digest = {}) : id(id), digest(digest) { }

    QString id; // empty: the command is not remembered
    // Empty: only the command's name is compared (a caller that states no content, or a row kept
    // from before digests were stored).
    QString digest;

    bool isEmpty() const { return id.isEmpty(); }
};

} // namespace saduak
