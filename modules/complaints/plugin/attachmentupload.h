#pragma once

#include "attachmentlistmodel.h"

#include <sdk/modulecontext.h>

#include <QHash>
#include <QJsonArray>
#include <QObject>

class QTimer;

namespace saduak::complaints {

// Sends a complaint's attachments to the hub before the complaint is filed (README.md, "The desk
// part"): each file with complaints.attach in AttachmentRule::chunkBytes pieces, one after the
// other, always going on from the byte the hub says it holds ("received"). So a run broken by a
// dropped link or a refusal is started again with start() and goes on where the hub is: nothing
// sent again that the hub already holds, nothing lost. A file the hub stored whole is not asked
// about again until forget().
class AttachmentUpload : public QObject
{
    Q_OBJECT
public:
    explicit AttachmentUpload(ModuleContext &context, QObject *parent = nullptr);

    // How long one piece may go unanswered before the run is given up as a lost link (the
    // request stays queued at the link, and its late answer is ignored: the next run asks the hub
    // where it is).
    void setAnswerTimeoutMs(int ms) { m_answerTimeoutMs = ms; }

    // Sends files (those not yet stored whole); finished or failed follows, never inside the call.
    void start(const QList<PendingAttachment> &files);
    bool isRunning() const { return m_running; }
    // Forgets what the hub stored (after the complaint is filed, or when the hub no longer has
    // a file it stored: it deletes what no complaint took within 24 hours).
    void forget();

    // complaints.file's "attachments" for files: {sha256, name}.
    static QJsonArray filingField(const QList<PendingAttachment> &files);

Q_SIGNALS:
    void progressed(int percent); // of all the files' bytes, held by the hub
    void finished();
    // reply: the hub's refusal, hubUnreachable, or code "hubSilent" when no answer came in time.
    void failed(const saduak::ModuleReply &reply);

private:
    void sendNext();
    void answered(int generation, const ModuleReply &reply);
    void fail(const ModuleReply &reply);
    qint64 heldBytes() const;

    ModuleContext &m_context;
    QTimer *m_answerTimer = nullptr;
    int m_answerTimeoutMs = 15000;
    QList<PendingAttachment> m_files;
    QHash<QString, qint64> m_received; // sha256 → bytes the hub said it holds
    QHash<QString, bool> m_stored; // sha256 → the hub holds it whole
    qint64 m_totalBytes = 0;
    int m_current = 0;
    qint64 m_sentOffset = -1; // of the piece waiting for its answer
    int m_generation = 0; // answers of an abandoned run are ignored
    bool m_running = false;
};

} // namespace saduak::complaints
