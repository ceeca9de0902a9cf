#include "attachmentintake.h"

#include <attachmentrule.h>

#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>

using namespace Qt::StringLiterals;

namespace saduak::complaints {

namespace {

constexpr auto kContext = "saduak::complaints::AttachmentIntake";

TranslatableText intakeText(const char *source)
{
    return TranslatableText(kContext, source);
}

// An answer to a chunk: how many bytes the hub holds and whether the file is stored whole.
CommandResult held(const QString &sha256, qint64 received, bool stored)
{
    return CommandResult::ok(
        {{u"sha256"_s, sha256}, {u"received"_s, double(received)}, {u"stored"_s, stored}});
}

CommandResult damagedFile()
{
    return CommandResult::refused(u"attachmentDamaged"_s,
        intakeText(QT_TRANSLATE_NOOP("saduak::complaints::AttachmentIntake",
            "The file that reached the branch hub is not the one that was sent (its size or "
            "checksum does not add up), so it was not kept. Please attach it again.")));
}

CommandResult wrongType()
{
    return CommandResult::refused(u"attachmentType"_s,
        intakeText(QT_TRANSLATE_NOOP("saduak::complaints::AttachmentIntake",
            "The file is not the type it was sent as, or not a type a complaint may carry: only "
            "photos (JPEG or PNG) and PDF documents can be attached.")));
}

} // namespace

void DamagedStagings::remember(const QString &sha256, qint64 createdAtMs, qint64 received)
{
    if (!m_stagings.contains(sha256)) {
        m_order.append(sha256);
        if (m_order.size() > maxRemembered)
            m_stagings.remove(m_order.takeFirst());
    }
    m_stagings.insert(sha256, {createdAtMs, received});
}

bool DamagedStagings::isDamaged(const QString &sha256, qint64 createdAtMs, qint64 received) const
{
    const auto it = m_stagings.constFind(sha256);
    return it != m_stagings.cend() && it->createdAtMs == createdAtMs && it->received == received;
}

void DamagedStagings::forget(const QString &sha256)
{
    if (m_stagings.remove(sha256))
        m_order.removeOne(sha256);
}

CommandResult AttachmentIntake::storageFailed(const QString &what, const QString &why) const
{
    qCWarning(m_log).noquote() << what << "failed:" << why;
    return CommandResult::refused(u"storage"_s,
        intakeText(QT_TRANSLATE_NOOP("saduak::complaints::AttachmentIntake",
            "The branch hub could not read or save the attachment, so nothing was changed. "
            "Please try again.")));
}

bool AttachmentIntake::forgetUntaken(qint64 nowMs, QString *why)
{
    const auto forgotten = m_store.forgetUntakenBefore(nowMs - untakenForgottenAfterMs, why);
    if (forgotten && *forgotten > 0)
        qCInfo(m_log) << *forgotten << "attachments no complaint took in 24 hours deleted";
    return forgotten.has_value();
}

CommandResult AttachmentIntake::receive(const CommandRequest &request, DamagedStagings &damaged)
{
    bool began = false;
    const CommandResult result = receiveChunk(request, damaged, &began);
    // Damaged bytes are gone once a new beginning is committed (an answer, not a refusal): until
    // then the hub still holds them and goes on treating them as dropped.
    if (began && result.isOk())
        damaged.forget(request.params.value(u"sha256"_s).toString());
    return result;
}

CommandResult AttachmentIntake::receiveChunk(
    const CommandRequest &request, DamagedStagings &damaged, bool *began)
{
    const QJsonObject &m = request.params;
    const QString sha256 = m.value(u"sha256"_s).toString();
    const qint64 size = qint64(m.value(u"size"_s).toDouble());
    const QString type = m.value(u"mediaType"_s).toString();
    const qint64 offset = qint64(m.value(u"offset"_s).toDouble());
    if (!AttachmentRule::isSha256(sha256))
        return CommandResult::refused(u"badRequest"_s,
            intakeText(QT_TRANSLATE_NOOP("saduak::complaints::AttachmentIntake",
                "An attachment is named by the SHA-256 of its bytes: 64 digits 0-9 and a-f in "
                "lower case.")));
    if (size > AttachmentRule::maxBytes)
        return CommandResult::refused(u"attachmentTooBig"_s,
            intakeText(QT_TRANSLATE_NOOP("saduak::complaints::AttachmentIntake",
                           "The file is larger than %1 MB. Please scan it at a lower resolution "
                           "or attach it in parts."))
                .arg(int(AttachmentRule::maxBytes / (1024 * 1024))));
    if (size < 1)
        return damagedFile();
    if (!AttachmentRule::isKnownType(type))
        return wrongType();
    const auto decoded = QByteArray::fromBase64Encoding(
        m.value(u"data"_s).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || (*decoded).size() > AttachmentRule::chunkBytes)
        return CommandResult::refused(u"badRequest"_s,
            intakeText(QT_TRANSLATE_NOOP("saduak::complaints::AttachmentIntake",
                           "The field \"data\" holds the next bytes of the file in base64, at "
                           "most %1 bytes a message."))
                .arg(AttachmentRule::chunkBytes));
    const QByteArray &bytes = *decoded;

    QString why;
    if (!forgetUntaken(request.atMs, &why))
        return storageFailed(u"forgetting untaken attachments"_s, why);
    std::optional<AttachmentFile> file = m_store.find(sha256, &why);
    if (!file && !why.isEmpty())
        return storageFailed(u"finding an attachment"_s, why);
    // Stored once: the same photo attached again (to this complaint or another) is not sent again.
    if (file && file->isWhole())
        return held(sha256, file->size, true);
    // Found damaged before: as if its bytes had been dropped then (DamagedStagings says why not).
    if (file && damaged.isDamaged(sha256, file->createdAtMs, file->received)) {
        if (offset != 0)
            return held(sha256, 0, false);
        if (!m_store.drop(sha256, &why))
            return storageFailed(u"dropping a damaged attachment"_s, why);
        file.reset();
    }
    // Begun as another size or type: the start of a new attempt replaces it; more of it cannot be.
    if (file && (file->size != size || file->type != type)) {
        if (offset != 0)
            return damagedFile();
        if (!m_store.drop(sha256, &why))
            return storageFailed(u"dropping an attachment begun otherwise"_s, why);
        file.reset();
    }
    const qint64 received = file ? file->received : 0;
    // A repeated chunk, or one after a lost answer: the client goes on from what the hub holds.
    if (offset != received || bytes.isEmpty())
        return held(sha256, received, false);
    if (offset + bytes.size() > size)
        return damagedFile();
    // The type is the signature's, at the file's start (AttachmentRule::typeOf reads no further),
    // so the first chunk decides it: a file of another type is refused before any of it is kept.
    if (offset == 0 && AttachmentRule::typeOf(bytes) != type)
        return wrongType();

    if (!file) {
        if (!m_store.create(sha256, type, size, request.atMs, &why))
            return storageFailed(u"staging an attachment"_s, why);
        *began = true;
    }
    if (!m_store.append(sha256, offset, bytes, &why))
        return storageFailed(u"staging a chunk of an attachment"_s, why);
    const qint64 now = offset + bytes.size();
    if (now < size)
        return held(sha256, now, false);

    const auto whole = m_store.bytesOf(sha256, &why);
    if (!whole)
        return storageFailed(u"reading a staged attachment"_s, why);
    if (whole->size() != size || AttachmentRule::sha256Of(*whole) != sha256) {
        // The refusal undoes this command, so what the hub held before this chunk stays: from
        // now on it counts as dropped. A file whose first chunk was its last left nothing.
        if (offset > 0)
            damaged.remember(sha256, file->createdAtMs, offset);
        return damagedFile();
    }
    if (!m_store.markComplete(sha256, request.atMs, &why))
        return storageFailed(u"keeping an attachment"_s, why);
    qCInfo(m_log).noquote() << "attachment" << sha256.left(12) << "stored," << size << "bytes";
    return held(sha256, size, true);
}

AttachmentIntake::Picked AttachmentIntake::pick(const QJsonValue &value)
{
    Picked picked;
    if (value.isUndefined())
        return picked;
    const QJsonArray given = value.toArray();
    const CommandResult malformed = CommandResult::refused(u"badRequest"_s,
        intakeText(QT_TRANSLATE_NOOP("saduak::complaints::AttachmentIntake",
            "Each attachment of a complaint is an object with the file's sha256 (64 digits 0-9 "
            "and a-f in lower case) and its name.")));
    QSet<QString> seen;
    for (const QJsonValue &entry : given) {
        const QJsonObject o = entry.toObject();
        const QString sha256 = o.value(u"sha256"_s).toString();
        const QString name = o.value(u"name"_s).toString();
        // The name's transport limit, as the form's texts have one: the kept name is 120 at most.
        if (!entry.isObject() || !AttachmentRule::isSha256(sha256) || !o.value(u"name"_s).isString()
            || name.size() > 4 * AttachmentRule::maxNameLength)
            return {{}, malformed};
        if (seen.contains(sha256)) // the same file twice counts once
            continue;
        seen.insert(sha256);
        const QString shown = AttachmentRule::shownName(name);
        if (shown.isEmpty())
            return {{}, malformed};
        picked.attachments.append({sha256, shown, {}, 0});
    }
    if (picked.attachments.size() > AttachmentRule::maxPerComplaint)
        return {{},
            CommandResult::refused(u"invalidField"_s,
                intakeText(QT_TRANSLATE_NOOP("saduak::complaints::AttachmentIntake",
                               "A complaint can carry at most %1 files. Please leave some out."))
                    .arg(AttachmentRule::maxPerComplaint))};
    for (ComplaintAttachment &attachment : picked.attachments) {
        QString why;
        const auto file = m_store.find(attachment.sha256, &why);
        if (!file && !why.isEmpty())
            return {{}, storageFailed(u"finding an attachment"_s, why)};
        if (!file || !file->isWhole())
            return {{},
                CommandResult::refused(u"attachmentMissing"_s,
                    intakeText(QT_TRANSLATE_NOOP("saduak::complaints::AttachmentIntake",
                                   "The file \"%1\" has not reached the branch hub whole, or it "
                                   "was sent more than a day ago. Please attach it again."))
                        .arg(attachment.name))};
        attachment.type = file->type;
        attachment.size = file->size;
    }
    return picked;
}

bool AttachmentIntake::file(const QString &trackingNumber,
    const QList<ComplaintAttachment> &attachments, qint64 atMs, QString *why)
{
    for (int position = 0; position < attachments.size(); ++position) {
        const ComplaintAttachment &attachment = attachments.at(position);
        const auto file = m_store.find(attachment.sha256, why);
        if (!file)
            return false;
        if (!file->queued && !queueParts(*file, atMs, why))
            return false;
        if (!m_store.addToComplaint(
                trackingNumber, position, attachment.sha256, attachment.name, why))
            return false;
    }
    return true;
}

bool AttachmentIntake::queueParts(const AttachmentFile &file, qint64 atMs, QString *why)
{
    const auto bytes = m_store.bytesOf(file.sha256, why);
    if (!bytes)
        return false;
    if (bytes->size() != file.size) { // checked when whole; a changed file here is a broken hub
        if (why)
            *why = u"the staged attachment %1 holds %2 bytes, not %3"_s.arg(
                file.sha256, QString::number(bytes->size()), QString::number(file.size));
        return false;
    }
    const qint64 count = (file.size + AttachmentRule::partBytes - 1) / AttachmentRule::partBytes;
    for (qint64 index = 0; index < count; ++index) {
        const QByteArray part
            = bytes->mid(index * AttachmentRule::partBytes, AttachmentRule::partBytes);
        const QJsonObject record {{u"sha256"_s, file.sha256}, {u"type"_s, file.type},
            {u"size"_s, double(file.size)}, {u"index"_s, double(index)},
            {u"count"_s, double(count)}, {u"data"_s, QString::fromLatin1(part.toBase64())}};
        if (m_tx.appendOutbox(u"attachmentPart"_s, record, why).isEmpty())
            return false;
    }
    // The outbox rows are the one copy at the hub now.
    return m_store.markQueued(file.sha256, atMs, why);
}

QJsonArray AttachmentIntake::toJson(const QList<ComplaintAttachment> &attachments)
{
    QJsonArray array;
    for (const ComplaintAttachment &a : attachments)
        array.append(QJsonObject {{u"sha256"_s, a.sha256}, {u"name"_s, a.name}, {u"type"_s, a.type},
            {u"size"_s, double(a.size)}});
    return array;
}

} // namespace saduak::complaints
