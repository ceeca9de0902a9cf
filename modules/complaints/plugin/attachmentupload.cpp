#include "attachmentupload.h"

#include <attachmentrule.h>

#include <QJsonObject>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace saduak::complaints {

AttachmentUpload::AttachmentUpload(ModuleContext &context, QObject *parent)
    : QObject(parent), m_context(context), m_answerTimer(new QTimer(this))
{
    m_answerTimer->setSingleShot(true);
    connect(m_answerTimer, &QTimer::timeout, this, [this] {
        // The link holds the request and sends it again once the hub is back; this run does not
        // wait for that (the person is told now), and the next run starts from the hub's count.
        ModuleReply silent;
        silent.code = u"hubSilent"_s;
        silent.text = TranslatableText("saduak::complaints::AttachmentUpload",
            QT_TRANSLATE_NOOP("saduak::complaints::AttachmentUpload",
                "The branch hub stopped answering while the attachments were being sent. "
                "Nothing is lost: when the network is back, press File the complaint again to "
                "go on."));
        silent.message = silent.text.toString();
        fail(silent);
    });
}

void AttachmentUpload::start(const QList<PendingAttachment> &files)
{
    if (m_running)
        return;
    m_files = files;
    m_totalBytes = 0;
    for (const PendingAttachment &file : std::as_const(m_files))
        m_totalBytes += file.bytes.size();
    m_current = 0;
    m_running = true;
    ++m_generation;
    // Never inside the call: the caller connects and updates its screen first.
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation == m_generation && m_running)
            sendNext();
    });
}

void AttachmentUpload::forget()
{
    m_received.clear();
    m_stored.clear();
}

qint64 AttachmentUpload::heldBytes() const
{
    qint64 held = 0;
    for (const PendingAttachment &file : std::as_const(m_files))
        held += m_stored.value(file.sha256) ? file.bytes.size() : m_received.value(file.sha256);
    return held;
}

void AttachmentUpload::sendNext()
{
    while (m_current < m_files.size() && m_stored.value(m_files.at(m_current).sha256))
        ++m_current;
    if (m_current >= m_files.size()) {
        m_running = false;
        Q_EMIT progressed(100);
        Q_EMIT finished();
        return;
    }
    const PendingAttachment &file = m_files.at(m_current);
    const qint64 size = file.bytes.size();
    const qint64 offset = std::clamp(m_received.value(file.sha256), qint64(0), size - 1);
    const QByteArray piece = file.bytes.mid(offset, AttachmentRule::chunkBytes);
    const QJsonObject params {{u"sha256"_s, file.sha256}, {u"size"_s, size},
        // "mediaType": a hub message's own "type" is its command (docs/hub-protocol.md).
        {u"mediaType"_s, file.type}, {u"offset"_s, offset},
        {u"data"_s, QString::fromLatin1(piece.toBase64())}};
    m_sentOffset = offset;
    QPointer<AttachmentUpload> self(this);
    m_answerTimer->start(m_answerTimeoutMs);
    m_context.call(u"attach"_s, params, [self, generation = m_generation](const ModuleReply &r) {
        if (self)
            self->answered(generation, r);
    });
}

void AttachmentUpload::answered(int generation, const ModuleReply &reply)
{
    if (generation != m_generation || !m_running)
        return; // a run given up: the hub's count is asked again by the next one
    m_answerTimer->stop();
    if (m_current >= m_files.size())
        return;
    const PendingAttachment &file = m_files.at(m_current);
    if (!reply.ok) {
        // The hub dropped the bytes it had of a damaged file: the next run sends it from the
        // start (it would say so too, with received 0, one piece later).
        if (reply.code == u"attachmentDamaged"_s)
            m_received.remove(file.sha256);
        fail(reply);
        return;
    }
    const qint64 size = file.bytes.size();
    if (reply.body.value(u"stored"_s).toBool()) {
        m_stored.insert(file.sha256, true);
        ++m_current;
    } else {
        const qint64 received = reply.body.value(u"received"_s).toInteger(-1);
        // Not stored, the hub holds no more than before this piece, or all of it and yet it is
        // not stored: going on would send the same piece for ever.
        if (received < 0 || received >= size || received == m_sentOffset) {
            ModuleReply bad;
            bad.code = u"badReply"_s;
            bad.text = TranslatableText("saduak::complaints::AttachmentUpload",
                QT_TRANSLATE_NOOP("saduak::complaints::AttachmentUpload",
                    "The branch hub gave an answer this computer does not understand, so the "
                    "attachments were not sent. Please tell the branch's IT support."));
            bad.message = bad.text.toString();
            fail(bad);
            return;
        }
        m_received.insert(file.sha256, received);
    }
    const qint64 held = heldBytes();
    Q_EMIT progressed(m_totalBytes > 0 ? int(held * 100 / m_totalBytes) : 100);
    if (m_running) // a slot of progressed may have started over
        sendNext();
}

void AttachmentUpload::fail(const ModuleReply &reply)
{
    m_answerTimer->stop();
    m_running = false;
    ++m_generation;
    Q_EMIT failed(reply);
}

QJsonArray AttachmentUpload::filingField(const QList<PendingAttachment> &files)
{
    QJsonArray field;
    for (const PendingAttachment &file : files)
        field.append(QJsonObject {{u"sha256"_s, file.sha256}, {u"name"_s, file.name}});
    return field;
}

} // namespace saduak::complaints
