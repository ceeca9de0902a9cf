#pragma once

#include <domain/counter.h>
#include <domain/ticket.h>
#include <domain/translatabletext.h>

#include <QJsonObject>
#include <QString>
#include <optional>

namespace saduak {

// Why a queue command was refused: a code for programs (the LAN protocol, tests) and a
// translated message for the person at the counter; detail is for the log only. text is the
// message untranslated (source and arguments), so each device can show it in its own language.
struct QueueError
{
    enum class Code {
        None,
        TicketNotFound,
        CounterNotFound,
        ServiceNotFound,
        IllegalTransition, // the ticket's or counter's state does not allow the command
        NotAtThisCounter, // the ticket is called or served at another counter (or none)
        CounterNotOpen, // paused or closed counters cannot call
        CounterBusy, // the counter still holds a called or serving ticket
        NothingWaiting,
        RecallTooSoon, // within the recall pause; the message says how many seconds remain
        InvalidArgument,
        RequestIdReused, // the request id was used before for another command
        Storage, // the database failed; nothing was changed and nothing was remembered
        ServiceClosed, // outside the service's opening hours (a kiosk ticket)
    };
    Code code = Code::None;
    QString message;
    QString detail;
    TranslatableText text;

    static QString toString(Code code); // "illegalTransition"
    static std::optional<Code> codeFrom(const QString &text);
};

// What a command did: the ticket or counter as the command left it, or why it was refused.
// Stored as JSON under the request id, so a retry gets exactly this back.
struct QueueResult
{
    QueueError error;
    std::optional<Ticket> ticket;
    std::optional<Counter> counter;
    qint64 eventSeq = 0; // the last event the command wrote; 0 if none

    bool ok() const { return error.code == QueueError::Code::None; }

    QJsonObject toJson() const;
    static std::optional<QueueResult> fromJson(const QJsonObject &json);
};

} // namespace saduak
