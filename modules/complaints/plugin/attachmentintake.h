#pragma once

#include "attachmentstore.h"

#include <sdk/hubpart.h>

#include <QHash>
#include <QJsonArray>
#include <QList>

class QLoggingCategory;

namespace saduak::complaints {

// Staged files found damaged at their last chunk, for as long as the hub runs (the hub part keeps
// it). A refusal undoes its command, so the hub cannot drop their bytes in the command that found
// the damage; with this it acts as if it had: the file's next chunk at offset 0 begins it again,
// and any other offset is told that nothing is held. After a restart the hub has forgotten, and
// a damaged file's bytes wait for the 24-hour clean-up (or for the same damage found again).
class DamagedStagings
{
public:
    static constexpr int maxRemembered = 256; // files; the oldest is forgotten past it

    // The staging that began at createdAtMs and held received bytes when the damage was found.
    void remember(const QString &sha256, qint64 createdAtMs, qint64 received);
    bool isDamaged(const QString &sha256, qint64 createdAtMs, qint64 received) const;
    void forget(const QString &sha256);

private:
    struct Staging
    {
        qint64 createdAtMs = 0;
        qint64 received = 0;
    };
    QHash<QString, Staging> m_stagings;
    QList<QString> m_order; // oldest first
};

// Takes attachments in at the hub (README.md, "Attachments"): the chunks of complaints.attach,
// stored once per SHA-256 and checked when whole, and, when a complaint is filed with them, the
// complaints.attachmentPart rows for central that replace the staged bytes.
class AttachmentIntake
{
public:
    // Staged files no complaint took are deleted after this long (PDPA).
    static constexpr qint64 untakenForgottenAfterMs = 24 * 60 * 60 * 1000LL;

    AttachmentIntake(ModuleTransaction &tx, const QLoggingCategory &log)
        : m_tx(tx), m_store(tx), m_log(log)
    { }

    // Deletes the staged files no complaint took within untakenForgottenAfterMs. Run by the
    // commands that touch attachments (attach, file): a hub part has no clock of its own.
    bool forgetUntaken(qint64 nowMs, QString *why);

    // complaints.attach: one chunk (params sha256, size, mediaType, offset, data).
    CommandResult receive(const CommandRequest &request, DamagedStagings &damaged);

    // What a complaints.file message's "attachments" names, each stored whole here, once each
    // sha256, in the order given. A refusal (its code set) when one is malformed or missing;
    // nothing is written either way.
    struct Picked
    {
        QList<ComplaintAttachment> attachments;
        CommandResult refusal; // ok (no code): picked
    };
    Picked pick(const QJsonValue &attachments);

    // For the complaint just filed: its attachment rows, and the outbox rows of every file not
    // queued before (complaints.attachmentPart, before the complaint's own row), whose staged
    // bytes then go. False with why (developer detail) on a storage failure.
    bool file(const QString &trackingNumber, const QList<ComplaintAttachment> &attachments,
        qint64 atMs, QString *why);

    // The records' and answers' form: [{sha256, name, type, size}].
    static QJsonArray toJson(const QList<ComplaintAttachment> &attachments);

private:
    CommandResult receiveChunk(
        const CommandRequest &request, DamagedStagings &damaged, bool *began);
    bool queueParts(const AttachmentFile &file, qint64 atMs, QString *why);
    CommandResult storageFailed(const QString &what, const QString &why) const;

    ModuleTransaction &m_tx;
    AttachmentStore m_store;
    const QLoggingCategory &m_log;
};

} // namespace saduak::complaints
