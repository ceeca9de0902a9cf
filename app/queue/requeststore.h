#pragma once

#include "queueresult.h"

#include <QString>
#include <optional>

namespace saduak {

class Database;

// The answers already given, by request id (queue_request): what makes a retried command a no-op
// that returns the first answer. Written in the same transaction as the command's effect, so a
// command is either done and remembered, or neither.
class RequestStore
{
public:
    struct Answer
    {
        QString command;
        QString digest; // of the request's content (RequestId); empty for rows kept before
        QueueResult result;
    };

    explicit RequestStore(Database &db);

    std::optional<Answer> find(const QString &requestId, bool *ok = nullptr) const;
    bool remember(const QString &requestId, const QString &digest, const QString &command,
        const QueueResult &result, qint64 atMs);
    bool forgetBefore(qint64 atMs);

    QString lastError() const { return m_lastError; }

private:
    Database &m_db;
    mutable QString m_lastError;
};

} // namespace saduak
