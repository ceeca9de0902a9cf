#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace saduak {
class ModuleTransaction;
}

namespace saduak::complaints {

// A file the hub has heard of (table complaints_attachment_file), by the SHA-256 of its bytes.
struct AttachmentFile
{
    QString sha256;
    QString type;
    qint64 size = 0;
    qint64 received = 0; // bytes held while staged
    qint64 createdAtMs = 0;
    bool complete = false; // whole, its hash and type checked: it may be filed
    bool queued = false; // its parts are in the outbox for central; the hub holds no chunk of it

    bool isWhole() const { return complete || queued; }
};

// One attachment of a filed complaint, as its record and the counter's answers have it.
struct ComplaintAttachment
{
    QString sha256;
    QString name;
    QString type;
    qint64 size = 0;
};

// Reads and writes the attachments' tables (migrations/0002_attachments.sql) in the command's
// transaction. It keeps the bytes; what may be stored and when is the hub part's rule.
class AttachmentStore
{
public:
    explicit AttachmentStore(ModuleTransaction &tx) : m_tx(tx) { }

    // Empty with why empty: the hub has not heard of it.
    std::optional<AttachmentFile> find(const QString &sha256, QString *why);

    bool create(const QString &sha256, const QString &type, qint64 size, qint64 atMs, QString *why);
    // Adds the chunk at the end of what is held (offset is the bytes held so far).
    bool append(const QString &sha256, qint64 offset, const QByteArray &bytes, QString *why);
    // All the bytes held, in order.
    std::optional<QByteArray> bytesOf(const QString &sha256, QString *why);
    bool markComplete(const QString &sha256, qint64 atMs, QString *why);
    // The parts are in the outbox now: the chunks go (the outbox row is the one copy).
    bool markQueued(const QString &sha256, qint64 atMs, QString *why);
    // Forgets a file that did not add up, with its chunks.
    bool drop(const QString &sha256, QString *why);
    // Deletes the files no complaint took that began before beforeMs (PDPA: nothing kept that
    // no service record needs); how many.
    std::optional<int> forgetUntakenBefore(qint64 beforeMs, QString *why);

    bool addToComplaint(const QString &trackingNumber, int position, const QString &sha256,
        const QString &name, QString *why);
    // In the order filed; empty with why empty when it carries none.
    std::optional<QList<ComplaintAttachment>> ofComplaint(
        const QString &trackingNumber, QString *why);

private:
    ModuleTransaction &m_tx;
};

} // namespace saduak::complaints
