#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace saduak {

class Database;

// An outbox row on its way to central.
struct PushRow
{
    qint64 seq = 0;
    QString uuid;
    QString kind;
    QByteArray payload; // the stored compact JSON, sent as it is
    qint64 createdAtMs = 0;
};

struct DeadLetter
{
    qint64 seq = 0;
    QString uuid;
    QString kind;
    int httpStatus = 0;
    QString reason;
    qint64 refusedAtMs = 0;
    qint64 createdAtMs = 0; // when the row was written to the outbox
};

// The sync client's SQL over the hub database: which outbox rows are still to go, marking rows
// acknowledged or dead-lettered, and the figures of the sync state. Every write is one
// BEGIN IMMEDIATE transaction on a database opened with synchronous=FULL (Database::open), so a
// row marked acknowledged stays so after a power cut.
class OutboxPushStore
{
public:
    explicit OutboxPushStore(Database &db);

    // A batch stops adding rows once their payloads would pass this many bytes (the first row
    // always goes): half of central's 8 MiB body limit, so a run of big rows (complaint
    // attachment parts, ~175 KB each) goes in batches central takes instead of one it refuses
    // with 413 and the client halves (docs/central-api.md, "Limits").
    static constexpr qsizetype kMaxBatchPayloadBytes = 4 * 1024 * 1024;

    // The first rows in seq order that are neither acknowledged nor dead-lettered, at most limit
    // of them and at most kMaxBatchPayloadBytes of payload. full: set to whether the batch
    // reached either limit (so more rows may wait behind it).
    QList<PushRow> nextBatch(int limit, QString *why = nullptr, bool *full = nullptr) const;
    // The same, for the rows after afterSeq: the batch behind one that is on its way to central.
    QList<PushRow> nextBatchAfter(
        qint64 afterSeq, int limit, QString *why = nullptr, bool *full = nullptr) const;

    // Central acknowledged the batch sent (sent: its seqs, ascending, as nextBatch gave them);
    // the rows in refused (seq and central's reason) are dead-lettered instead. One transaction.
    struct Refusal
    {
        qint64 seq = 0;
        QString reason;
    };
    bool acknowledge(const QList<qint64> &sent, const QList<Refusal> &refused, int httpStatus,
        qint64 nowMs, QString *why = nullptr);
    bool deadLetter(
        qint64 seq, int httpStatus, const QString &reason, qint64 nowMs, QString *why = nullptr);

    struct Figures
    {
        int pending = 0; // neither acknowledged nor dead-lettered
        qint64 oldestPendingCreatedAtMs = 0; // 0: none pending
        int deadLetters = 0;
        qint64 lastSuccessMs = 0; // 0: never
        QString lastError; // empty: none since the last success (the log line's words)
        qint64 lastErrorAtMs = 0;
    };
    bool figures(Figures *out, QString *why = nullptr) const;
    // Why pushing fails now (words empty: it no longer does), for readers in other processes.
    bool recordError(const QString &words, qint64 nowMs, QString *why = nullptr);
    QList<DeadLetter> deadLetters(QString *why = nullptr) const;
    // The latest refused first (by when central refused them, then by seq), at most limit: what
    // a supervisor's list shows without reading years of them.
    QList<DeadLetter> newestDeadLetters(int limit, QString *why = nullptr) const;

private:
    Database &m_db;
};

} // namespace saduak
