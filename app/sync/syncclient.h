#pragma once

#include "centralrequests.h"
#include "outboxpushstore.h"
#include <queuemodel/syncstate.h>

#include <QElapsedTimer>
#include <QObject>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

class QSettings;
class QNetworkReply;
class QTimer;

namespace saduak {

class CentralRequests;
class Database;
class MigrationSet;
class ReferencePuller;

// Pushes the hub's outbox to saduak-central (docs/central-api.md, POST /v1/ingest): the oldest
// pending rows first, in batches, one request at a time. Rows are marked acknowledged only after
// central's acknowledgement names them, in one BEGIN IMMEDIATE transaction; anything else (no
// answer, a timeout, a 5xx, a dropped connection) is retried with exponential backoff and
// jitter, and a retry resends the same rows with the same uuids, which central stores once.
// Everything it needs to resume is in the database, so a restarted hub carries on where it was.
// A batch central refuses whole with a 4xx is split in halves until the row at fault is alone;
// that row, like a row central refuses by name, goes to the dead-letter list and the rows
// behind it go on.
// Uploads go before downloads: when the outbox is caught up (or after kPushBatchesBeforePull
// batches, so a busy branch still gets its downloads) and a pull is due, the ReferencePuller
// pulls the reference data sets on the same connection settings; pushing waits until it is done.
class SyncClient : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl centralUrl; // e.g. http://central.example:7430/ ; /v1/ingest is resolved against it
        QString token; // the branch token from `saduak-central enrol-branch`
        int batchSize = 1000;
        int transferTimeoutMs = 30000; // no byte for this long: the attempt failed
        int minBackoffMs = 1000;
        int maxBackoffMs = 5 * 60 * 1000; // central/maxBackoffSeconds
        // While a back-off longer than this is waited out, central's /v1/ready is asked about
        // this often (jittered): an answer ends the wait, so a branch catches up as soon as
        // central is back rather than at the end of a back-off of minutes.
        int probeIntervalMs = 5000;
        // New rows during an outage: the next attempt comes no later than this (jittered).
        int newRowsRetryMs = 3000;
        int idlePollMs = 5000; // how often an empty outbox is looked at again
        qint64 oldestPendingWarningMs = 2LL * 24 * 3600 * 1000; // "oldest pending" warning age
        // https only. Not empty: these CAs, and not the system's, are trusted for central's
        // certificate (central/caFile).
        QList<QSslCertificate> caCertificates;
        // https only. Not empty: SHA-256 (32 bytes) of the SubjectPublicKeyInfo of the key
        // central's certificate must carry, on top of a valid chain (central/pinSha256). A
        // server that does not match gets no request: the connection is dropped after the
        // handshake, before the token is sent.
        QByteArray pinSha256;
        // Reference data sets to pull (GET /v1/reference/{dataset}); empty: none.
        QStringList datasets;
        int pullIntervalMs = 60 * 1000; // how often the reference data is pulled again
        int referencePageLimit = 5000; // items asked for in one page
        // Rows central acknowledged are deleted from the outbox this long after (central/
        // keepSentDays): central holds them, and the hub keeps personal data and attachments
        // no longer than support may ask about a row.
        qint64 keepAcknowledgedMs = 7LL * 24 * 3600 * 1000;
    };
    static constexpr int kPushBatchesBeforePull = 20;
    // The outbox is counted for the sync state at most this often (it costs on a large backlog).
    static constexpr qint64 kCountIntervalMs = 1000;
    // Acknowledged rows are pruned after an acknowledgement at most this often, a slice of at
    // most kPruneRows at a time (Outbox::pruneAcknowledged).
    static constexpr qint64 kPruneIntervalMs = 3600 * 1000;
    static constexpr int kPruneRows = 5000;

    // Options from a settings file: central/url, central/token (both needed; absent url: no
    // sync, nothing returned and why empty), central/timeoutSeconds (30), central/batchSize
    // (1000, at most 1000), central/warnPendingHours (48), central/caFile (PEM; relative to the
    // settings file's folder), central/pinSha256 (base64, optionally "sha256/..."). A url that is
    // not http(s), a caFile that cannot be read or holds no certificate, a pin that is not 32
    // bytes in base64, or caFile/pinSha256 with an http:// url are refused with why set.
    // central/datasets: comma list of reference data sets to pull (default: all of
    // referenceDatasets(); an unknown name is refused), central/pullIntervalSeconds (60),
    // central/maxBackoffSeconds (300; a value that is not a whole number from 1 to 86400 is
    // refused), central/keepSentDays (7; a whole number from 1 to 3650, else refused).
    static std::optional<Options> optionsFrom(const QSettings &settings, QString *why = nullptr);

    // The sync client's tables (dead letters, last success), migration scope "sync"; needs core.
    static MigrationSet migrations();

    SyncClient(Database &db, const Options &options, QObject *parent = nullptr);
    ~SyncClient() override;

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    SyncState state() const { return m_state; }
    OutboxPushStore &store() { return *m_store; }
    ReferencePuller *puller() const { return m_puller; } // nullptr when no data set is pulled

public Q_SLOTS:
    // New rows are in the outbox: push soon rather than at the next idle poll (during an outage:
    // within newRowsRetryMs), and count what waits again (at most once a second).
    void pushSoon();
    // A person asked (a device's "syncNow"): try central now, whatever back-off runs. The
    // back-off is not reset: if central still fails, the next wait is as long as it would have
    // been. False when sync is stopped.
    bool syncNow();

Q_SIGNALS:
    void stateChanged(const saduak::SyncState &state);
    // Central acknowledged a batch and it is marked in the database.
    void batchAcknowledged(qint64 fromSeq, qint64 toSeq, int inserted, int duplicates);
    void rowDeadLettered(qint64 seq, const QString &reason);
    // Nothing left to push (the outbox was empty at the last look).
    void caughtUp();

private:
    void pushNext();
    bool pullDue() const;
    void startPull();
    void onPullFinished(const TranslatableText &warning);
    void onPullFailed(const TranslatableText &error);
    void onReply(QNetworkReply *reply, const QList<PushRow> &rows);
    // Central's answer to a batch, checked against what was sent.
    struct Acknowledgement
    {
        QList<OutboxPushStore::Refusal> refused;
        int inserted = 0;
        int duplicates = 0;
    };
    std::optional<Acknowledgement> acknowledgementOf(
        const QByteArray &body, const QList<PushRow> &rows, QString *why) const;
    // The request in flight is all handed to the network: mark the batch before it, read ahead.
    void onRequestSent(qint64 lastSeq, bool fullBatch);
    // Marks the acknowledged batch still unmarked, if any; false (retrying later, the batch in
    // flight cancelled) when it cannot be.
    bool markAcknowledged();
    // Marks the batch in the outbox and tells: what the user sees changes only here.
    bool applyAcknowledgement(const Acknowledgement &ack, const QList<PushRow> &rows, QString *why);
    // Drops the batch in flight and the one read ahead (they are read again later).
    void cancelPush();
    void handleRefusal(int status, const QByteArray &body, const QList<PushRow> &rows);
    void retryLater(const TranslatableText &error);
    // While a long back-off runs: asks central's /v1/ready; an answer ends the wait.
    void probe();
    void onProbeReply(QNetworkReply *reply);
    void scheduleProbe();
    void countSoon();
    void refreshState(bool force);
    void setError(const TranslatableText &error, bool connected);
    // Where sync stands, as the log tells an operator: one line each time it changes, with the
    // cause in words, so a retry every few seconds does not repeat it.
    enum class Condition {
        Stopped,
        Started,
        CaughtUp,
        Unreachable, // no (whole) answer, TLS refused
        TokenRefused, // 401, 403
        CentralFailed, // 5xx, 408, 429, an answer that cannot be used
        LocalFailure, // the hub's own outbox could not be read or written
        PullFailed, // the reference data could not be pulled (ReferencePuller::failureWords)
    };
    void logCondition(Condition condition, const QString &words);
    void schedule(int ms);
    void pruneAcknowledgedIfDue(qint64 nowMs);

    Database &m_db;
    Options m_options;
    std::unique_ptr<OutboxPushStore> m_store;
    CentralRequests *m_requests;
    ReferencePuller *m_puller = nullptr;
    QTimer *m_timer;
    QNetworkReply *m_reply = nullptr;
    QTimer *m_probeTimer;
    QNetworkReply *m_probe = nullptr;
    QTimer *m_countTimer; // a count of what waits, due after the once-a-second limit
    // The batch behind m_reply's, read and encoded while central works on m_reply's (it is the
    // next to go only if m_reply's is acknowledged whole; anything else drops it).
    QList<PushRow> m_readAhead;
    QByteArray m_readAheadBody;
    bool m_readAheadFull = false; // the batch read ahead reached a limit: more may follow
    // Acknowledged by central, not yet marked in the outbox: it waits for the next request to
    // be on its way (onRequestSent), at most one batch.
    struct Unmarked
    {
        Acknowledgement ack;
        QList<PushRow> rows;
    };
    std::optional<Unmarked> m_unmarked;
    bool m_running = false;
    bool m_pulling = false;
    int m_batchesSincePull = 0;
    QElapsedTimer m_sincePull; // since the last pull that reached the end; invalid: none yet
    int m_batchSize;
    int m_failures = 0;
    SyncState m_state;
    QElapsedTimer m_sinceRefresh;
    Condition m_condition = Condition::Stopped;
    QString m_conditionWords;
    qint64 m_lastPruneMs = 0; // 0: not since start, so the first acknowledgement prunes
};

} // namespace saduak
