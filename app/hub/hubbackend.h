#pragma once

#include "devicestore.h"

#include <domain/translatabletext.h>

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace saduak {

struct LaterReply;

// The answer to one command: a reply body, or an error code from docs/hub-protocol.md with a
// translated message for the person at the device (in the hub's language) and, where the refusal
// has one, the same message untranslated (errorText) for the device to show in its own language.
struct HubReply
{
    // Not an aggregate, so later can be added without every {body, {}, {}, {}} naming it.
    HubReply(QJsonObject body = {}, QString errorCode = {}, QString errorMessage = {},
        TranslatableText errorText = {})
        : body(std::move(body)), errorCode(std::move(errorCode)),
          errorMessage(std::move(errorMessage)), errorText(std::move(errorText))
    {
    }

    QJsonObject body;
    QString errorCode;
    QString errorMessage;
    TranslatableText errorText;
    // Set: the answer comes later, off the hub thread (LongReads, longreads.h); body and error
    // are empty. The server sends it when it is ready, other commands' replies meanwhile.
    std::shared_ptr<const LaterReply> later;

    bool ok() const { return errorCode.isEmpty(); }
    static HubReply error(const QString &code, const QString &message)
    {
        return {{}, code, message, {}};
    }
    static HubReply error(const QString &code, const TranslatableText &text)
    {
        return {{}, code, text.toString(), text};
    }
    // The protocol's "error" message answering request re (empty: none readable).
    QJsonObject errorJson(const QString &re) const
    {
        QJsonObject error {{QStringLiteral("type"), QStringLiteral("error")},
            {QStringLiteral("code"), errorCode}, {QStringLiteral("message"), errorMessage}};
        if (!errorText.isEmpty())
            error.insert(QStringLiteral("text"), errorText.toJson());
        if (!re.isEmpty())
            error.insert(QStringLiteral("re"), re);
        return error;
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

    // The queue as one picture (the snapshot command's "snapshot"). nullopt when it could not be
    // read whole (a damaged page, an I/O error): *failure is then the storage error to answer.
    virtual std::optional<QJsonObject> snapshot(HubReply *failure) const = 0;
    virtual qint64 lastEventSeq() const = 0;
    // Events with seq > afterSeq, oldest first, at most limit; each object carries "seq". nullopt
    // as snapshot(): part of a replay would leave a device believing it had seen everything.
    virtual std::optional<QList<QJsonObject>> eventsAfter(
        qint64 afterSeq, int limit, HubReply *failure) const = 0;

    // Group commit. The server runs the commands of this type that arrive together between
    // beginBatch() and endBatch(), and answers them only after endBatch(): an ok reply means they
    // are all durable; an error reply replaces each of their replies (none of them happened).
    // beginBatch() false: the server runs them alone. The defaults batch nothing.
    virtual bool batches(const QString &type) const
    {
        Q_UNUSED(type);
        return false;
    }
    virtual bool beginBatch() { return false; }
    virtual HubReply endBatch() { return {}; }
};

} // namespace saduak
