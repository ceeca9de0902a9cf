#pragma once

#include "devicestore.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace saduak {

// The answer to one command: a reply body, or an error code from docs/hub-protocol.md with a
// translated message for the person at the device.
struct HubReply
{
    QJsonObject body;
    QString errorCode;
    QString errorMessage;

    bool ok() const { return errorCode.isEmpty(); }
    static HubReply error(const QString &code, const QString &message)
    {
        return {{}, code, message};
    }
};

// What the hub server serves: the commands and the event stream. The server owns transport,
// authentication and limits; the backend owns what commands mean (QueueCommands binds it to the
// QueueManager).
class HubBackend
{
public:
    virtual ~HubBackend() = default;

    // Runs one command (any type the server does not handle itself) for an authenticated device.
    virtual HubReply execute(const Device &device, const QString &type, const QJsonObject &message)
        = 0;

    virtual QJsonObject snapshot() const = 0;
    virtual qint64 lastEventSeq() const = 0;
    // Events with seq > afterSeq, oldest first, at most limit; each object carries "seq".
    virtual QList<QJsonObject> eventsAfter(qint64 afterSeq, int limit) const = 0;
};

} // namespace saduak
