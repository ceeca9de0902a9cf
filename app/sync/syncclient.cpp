#include "syncclient.h"

#include "centralrequests.h"
#include "outboxpushstore.h"
#include "referencepuller.h"

#include <domain/referencedatasets.h>

#include <storage/database.h>
#include <storage/migration.h>
#include <storage/outbox.h>
#include <tls/publickeypin.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSet>
#include <QSettings>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslKey>
#include <QTimer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSync, "saduak.sync")

namespace saduak {

namespace {

// The status bar's sentences travel untranslated (SyncState::lastErrorText), each device shows
// them in its own language; the context is the one lupdate gives QT_TR_NOOP in SyncClient.
TranslatableText syncText(const char *source)
{
    return TranslatableText("saduak::SyncClient", source);
}

QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2); // ["..."] -> "..."
}

// The body of POST /v1/ingest. The payload is the outbox's stored compact JSON (json_valid is a
// CHECK of the outbox table), sent as it is rather than parsed and written again.
QByteArray ingestBody(const QList<PushRow> &rows)
{
    QByteArray body;
    body.reserve(rows.size() * 256);
    body += "{\"rows\":["_ba;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const PushRow &r = rows.at(i);
        if (i > 0)
            body += ',';
        body += "{\"uuid\":"_ba + jsonString(r.uuid) + ",\"seq\":"_ba + QByteArray::number(r.seq)
            + ",\"kind\":"_ba + jsonString(r.kind) + ",\"payload\":"_ba + r.payload
            + ",\"createdAt\":"_ba + QByteArray::number(r.createdAtMs) + '}';
    }
    body += "]}"_ba;
    return body;
}

} // namespace

std::optional<SyncClient::Options> SyncClient::optionsFrom(const QSettings &settings, QString *why)
{
    if (why)
        why->clear();
    const QString url = settings.value(u"central/url"_s).toString().trimmed();
    if (url.isEmpty())
        return std::nullopt;
    Options options;
    options.centralUrl = QUrl(url.endsWith(u'/') ? url : url + u'/');
    options.token = settings.value(u"central/token"_s).toString().trimmed();
    const QString scheme = options.centralUrl.scheme();
    if (!options.centralUrl.isValid() || (scheme != u"http"_s && scheme != u"https"_s)
        || options.centralUrl.host().isEmpty()) {
        if (why)
            *why = tr("central/url \"%1\" is not an http:// or https:// address.").arg(url);
        return std::nullopt;
    }
    if (options.token.isEmpty()) {
        if (why)
            *why = tr("central/url is set but central/token is empty.");
        return std::nullopt;
    }
    bool ok = false;
    const int timeout = settings.value(u"central/timeoutSeconds"_s).toInt(&ok);
    if (ok && timeout > 0 && timeout <= 3600)
        options.transferTimeoutMs = timeout * 1000;
    const int batch = settings.value(u"central/batchSize"_s).toInt(&ok);
    if (ok && batch > 0 && batch <= 1000)
        options.batchSize = batch;
    const int hours = settings.value(u"central/warnPendingHours"_s).toInt(&ok);
    if (ok && hours > 0)
        options.oldestPendingWarningMs = qint64(hours) * 3600 * 1000;

    // TLS: the CA central's certificate must chain to, and the pin of central's key.
    QString caFile = settings.value(u"central/caFile"_s).toString().trimmed();
    QString pin = settings.value(u"central/pinSha256"_s).toString().trimmed();
    if ((!caFile.isEmpty() || !pin.isEmpty()) && scheme != u"https"_s) {
        if (why)
            *why = tr("central/caFile and central/pinSha256 need an https:// central/url.");
        return std::nullopt;
    }
    if (!caFile.isEmpty()) {
        if (QFileInfo(caFile).isRelative() && !settings.fileName().isEmpty())
            caFile = QFileInfo(settings.fileName()).dir().filePath(caFile);
        QFile file(caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            if (why)
                *why = tr("central/caFile \"%1\" cannot be read: %2")
                           .arg(caFile, file.errorString());
            return std::nullopt;
        }
        options.caCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (options.caCertificates.isEmpty()) {
            if (why)
                *why = tr("central/caFile \"%1\" holds no PEM certificate.").arg(caFile);
            return std::nullopt;
        }
    }
    if (!pin.isEmpty()) {
        const std::optional<QByteArray> decoded = PublicKeyPin::parse(pin);
        if (!decoded) {
            if (why)
                *why = tr("central/pinSha256 \"%1\" is not a SHA-256 in base64 (44 characters).")
                           .arg(pin.startsWith(u"sha256/"_s) ? pin.mid(7) : pin);
            return std::nullopt;
        }
        options.pinSha256 = *decoded;
    }
    // Reference data: every set central serves unless the branch says otherwise.
    options.datasets = referenceDatasets();
    if (settings.contains(u"central/datasets"_s)) {
        options.datasets.clear();
        // A one-item list reads back from an INI file as a plain string; both are accepted.
        const QVariant value = settings.value(u"central/datasets"_s);
        const QStringList names = value.typeId() == QMetaType::QStringList
            ? value.toStringList()
            : value.toString().split(u',');
        for (const QString &name : names) {
            const QString trimmed = name.trimmed();
            if (trimmed.isEmpty() || options.datasets.contains(trimmed))
                continue;
            if (!isReferenceDataset(trimmed)) {
                if (why)
                    *why = tr("central/datasets names \"%1\", which is not a reference data set "
                              "(known: %2).")
                               .arg(trimmed, referenceDatasets().join(u", "_s));
                return std::nullopt;
            }
            options.datasets << trimmed;
        }
    }
    const int pullSeconds = settings.value(u"central/pullIntervalSeconds"_s).toInt(&ok);
    if (ok && pullSeconds > 0)
        options.pullIntervalMs = pullSeconds * 1000;
    if (settings.contains(u"central/maxBackoffSeconds"_s)) {
        const QString text = settings.value(u"central/maxBackoffSeconds"_s).toString().trimmed();
        const int seconds = text.toInt(&ok);
        if (!ok || seconds < 1 || seconds > 24 * 3600) {
            if (why)
                *why = tr("central/maxBackoffSeconds \"%1\" is not a whole number of seconds from "
                          "1 to 86400.")
                           .arg(text);
            return std::nullopt;
        }
        options.maxBackoffMs = seconds * 1000;
        options.minBackoffMs = std::min(options.minBackoffMs, options.maxBackoffMs);
    }
    if (settings.contains(u"central/keepSentDays"_s)) {
        const QString text = settings.value(u"central/keepSentDays"_s).toString().trimmed();
        const int days = text.toInt(&ok);
        if (!ok || days < 1 || days > 3650) {
            if (why)
                *why = tr("central/keepSentDays \"%1\" is not a whole number of days from 1 to "
                          "3650.")
                           .arg(text);
            return std::nullopt;
        }
        options.keepAcknowledgedMs = qint64(days) * 24 * 3600 * 1000;
    }
    return options;
}

MigrationSet SyncClient::migrations()
{
    return MigrationSet::fromFolder(u"sync"_s, u":/saduak/migrations/sync"_s);
}

SyncClient::SyncClient(Database &db, const Options &options, QObject *parent)
    : QObject(parent),
      m_db(db),
      m_options(options),
      m_store(std::make_unique<OutboxPushStore>(db)),
      m_requests(new CentralRequests({options.centralUrl, options.token, options.transferTimeoutMs,
                                         options.caCertificates, options.pinSha256},
          this)),
      m_timer(new QTimer(this)),
      m_probeTimer(new QTimer(this)),
      m_countTimer(new QTimer(this)),
      m_batchSize(std::max(1, options.batchSize))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncClient::pushNext);
    m_probeTimer->setSingleShot(true);
    connect(m_probeTimer, &QTimer::timeout, this, &SyncClient::probe);
    m_countTimer->setSingleShot(true);
    connect(m_countTimer, &QTimer::timeout, this, [this] { refreshState(true); });
    if (!options.datasets.isEmpty()) {
        m_puller = new ReferencePuller(
            db, *m_requests, options.datasets, options.referencePageLimit, this);
        connect(m_puller, &ReferencePuller::finished, this, &SyncClient::onPullFinished);
        connect(m_puller, &ReferencePuller::failed, this, &SyncClient::onPullFailed);
    }
    refreshState(true);
}

SyncClient::~SyncClient()
{
    stop();
}

void SyncClient::start()
{
    if (m_running)
        return;
    m_running = true;
    logCondition(Condition::Started,
        u"sync started: %1 rows waiting for central at %2"_s.arg(m_state.pending)
            .arg(m_options.centralUrl.toString(QUrl::RemoveUserInfo)));
    schedule(0);
}

void SyncClient::stop()
{
    m_running = false;
    m_timer->stop();
    m_probeTimer->stop();
    m_countTimer->stop();
    if (QNetworkReply *probe = std::exchange(m_probe, nullptr)) {
        probe->disconnect(this);
        probe->abort();
        probe->deleteLater();
    }
    if (m_puller)
        m_puller->abort();
    m_pulling = false;
    cancelPush();
    // Central committed it: marked now rather than sent again at the next start.
    markAcknowledged();
    if (m_condition != Condition::Stopped)
        logCondition(Condition::Stopped, u"sync stopped: %1 rows waiting"_s.arg(m_state.pending));
}

void SyncClient::cancelPush()
{
    m_readAhead.clear();
    m_readAheadBody.clear();
    m_readAheadFull = false;
    if (QNetworkReply *reply = std::exchange(m_reply, nullptr)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void SyncClient::pushSoon()
{
    countSoon();
    if (!m_running || m_reply || m_pulling)
        return;
    if (m_failures == 0) {
        schedule(0);
        return;
    }
    // Central failed last time. A branch at work keeps adding rows; each is a reason to look
    // again soon, but not at once: a row a second would otherwise be an attempt a second.
    const int soon = m_options.newRowsRetryMs / 2
        + int(QRandomGenerator::global()->bounded(m_options.newRowsRetryMs / 2 + 1));
    if (!m_timer->isActive() || m_timer->remainingTime() > soon)
        schedule(soon);
}

bool SyncClient::syncNow()
{
    if (!m_running)
        return false;
    refreshState(true);
    if (!m_reply && !m_pulling) // a push or pull under way is already "now"
        schedule(0);
    return true;
}

void SyncClient::countSoon()
{
    // The hub says when it records, so "N waiting" follows the outbox rather than the retries;
    // counting costs, so at most once a second, the last count of a burst included.
    if (!m_sinceRefresh.isValid() || m_sinceRefresh.elapsed() >= kCountIntervalMs)
        refreshState(true);
    else if (!m_countTimer->isActive())
        m_countTimer->start(int(kCountIntervalMs - m_sinceRefresh.elapsed()));
}

void SyncClient::scheduleProbe()
{
    const int interval = std::max(1, m_options.probeIntervalMs);
    // Only a wait longer than a probe's interval is worth shortening.
    if (!m_timer->isActive() || m_timer->remainingTime() <= interval) {
        m_probeTimer->stop();
        return;
    }
    // Jittered like the back-off, so branches that lost central together do not ask together.
    m_probeTimer->start(
        interval / 2 + int(QRandomGenerator::global()->bounded(interval / 2 + 1)));
}

void SyncClient::probe()
{
    if (!m_running || m_reply || m_pulling || m_probe || m_failures == 0)
        return;
    // Readiness, not liveness: central answers it only when it can reach its database, so an
    // answer means a push can be stored (docs/central-api.md, GET /v1/ready).
    m_probe = m_requests->get(u"v1/ready"_s);
    QNetworkReply *reply = m_probe;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onProbeReply(reply); });
}

void SyncClient::onProbeReply(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_probe)
        return;
    m_probe = nullptr;
    if (!m_running || m_reply || m_pulling)
        return;
    const CentralRequests::Answer answer = m_requests->answerOf(reply);
    if (answer.failure != CentralRequests::Failure::None || answer.status != 200) {
        scheduleProbe();
        return;
    }
    // Central (and its database) answers again: the rows go now. The back-off itself ends with the first batch
    // central acknowledges; a push that still fails (central up, its database not) backs off on
    // from where it was, and the next probe tries again.
    m_probeTimer->stop();
    schedule(0);
}

void SyncClient::schedule(int ms)
{
    m_timer->start(ms);
}

void SyncClient::pushNext()
{
    if (!m_running || m_reply || m_pulling)
        return;
    QString why;
    QList<PushRow> rows = std::exchange(m_readAhead, {});
    QByteArray body = std::exchange(m_readAheadBody, {});
    bool full = std::exchange(m_readAheadFull, false);
    if (rows.isEmpty())
        rows = m_store->nextBatch(m_batchSize, &why, &full);
    if (!why.isEmpty()) {
        logCondition(Condition::LocalFailure, u"the outbox cannot be read: "_s + why);
        retryLater(syncText(QT_TR_NOOP("The outbox could not be read; retrying.")));
        return;
    }
    if (rows.isEmpty()) {
        refreshState(true);
        emit caughtUp();
        // Said once the pull that is due has ended too: a pull that keeps failing would otherwise
        // have "caught up" and its failure said again at every retry.
        if (pullDue()) {
            startPull();
            return;
        }
        logCondition(Condition::CaughtUp,
            m_state.deadLetters > 0
                ? u"caught up: nothing waiting for central (%1 refused by central for good)"_s.arg(
                    m_state.deadLetters)
                : u"caught up: nothing waiting for central"_s);
        schedule(m_options.idlePollMs);
        return;
    }
    // Uploads first, but a branch that never runs out of rows still gets its downloads.
    if (pullDue() && m_batchesSincePull >= kPushBatchesBeforePull) {
        startPull();
        return;
    }

    if (body.isEmpty())
        body = ingestBody(rows);
    m_reply = m_requests->post(u"v1/ingest"_s, body);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, rows] { onReply(reply, rows); });

    // Once the request is out, the hub's own work (marking the batch before, reading the next)
    // runs while central works on this one. Not before: Qt's network access feeds a request's
    // body to the socket through this thread's event loop, so work done here first holds the
    // request back by as long (docs/performance.md, "Push").
    connect(reply, &QNetworkReply::uploadProgress, this,
        [this, reply, after = rows.last().seq, full](qint64 sent, qint64 total) {
            if (total > 0 && sent == total && reply == m_reply)
                onRequestSent(after, full);
        });
}

void SyncClient::onRequestSent(qint64 lastSeq, bool fullBatch)
{
    if (!markAcknowledged())
        return;
    // Read and encode the next batch ahead. Only a full batch (by rows or by bytes) suggests
    // there is more; a read that fails is simply done again later.
    if (!fullBatch || !m_readAhead.isEmpty())
        return;
    m_readAhead = m_store->nextBatchAfter(lastSeq, m_batchSize, nullptr, &m_readAheadFull);
    if (!m_readAhead.isEmpty())
        m_readAheadBody = ingestBody(m_readAhead);
}

bool SyncClient::pullDue() const
{
    return m_puller
        && (!m_sincePull.isValid() || m_sincePull.elapsed() >= m_options.pullIntervalMs);
}

void SyncClient::startPull()
{
    m_pulling = true;
    m_batchesSincePull = 0;
    m_puller->pull();
}

void SyncClient::onPullFinished(const TranslatableText &warning)
{
    m_pulling = false;
    m_sincePull.start();
    if (!m_running)
        return;
    // The pull reached central and ended: whatever failed before is over. A data set central
    // does not serve is shown, but not retried before the next pull is due.
    m_failures = 0;
    if (warning != m_state.lastErrorText || !m_state.connected)
        setError(warning, true);
    schedule(0);
}

void SyncClient::onPullFailed(const TranslatableText &error)
{
    m_pulling = false;
    if (!m_running)
        return;
    logCondition(Condition::PullFailed, u"reference data not pulled: "_s + m_puller->failureWords());
    // Like a failed push: backoff with jitter, then the outbox first again, then the pull (still
    // due, as it did not reach the end).
    retryLater(error);
}

void SyncClient::onReply(QNetworkReply *reply, const QList<PushRow> &rows)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    // The batch before this one, if its marking still waits (this request's body went out
    // without a last progress signal): marked first, so batches are marked in order.
    if (!markAcknowledged())
        return;
    // The batch read ahead follows this one: it goes next only after a whole acknowledgement.
    QList<PushRow> readAhead = std::exchange(m_readAhead, {});
    QByteArray readAheadBody = std::exchange(m_readAheadBody, {});
    const bool readAheadFull = std::exchange(m_readAheadFull, false);
    if (!m_running)
        return;

    const CentralRequests::Answer answer = m_requests->answerOf(reply);
    const int status = answer.status;
    const QByteArray &body = answer.body;
    if (answer.failure == CentralRequests::Failure::PinMismatch) {
        logCondition(
            Condition::Unreachable, u"central unreachable: "_s + m_requests->failureWords(answer));
        retryLater(syncText(
            QT_TR_NOOP("Central's certificate does not match central/pinSha256; the rows stay "
                       "pending. Check the pin or the server; retrying.")));
        return;
    }
    if (answer.failure == CentralRequests::Failure::TlsUntrusted) {
        const QString detail = answer.detail;
        logCondition(
            Condition::Unreachable, u"central unreachable: "_s + m_requests->failureWords(answer));
        retryLater(syncText(
            QT_TR_NOOP("Central's certificate is not trusted (%1); nothing was sent. Check "
                       "central/caFile; retrying."))
                       .arg(detail));
        return;
    }
    if (answer.failure != CentralRequests::Failure::None) {
        // No (whole) answer: refused connection, reset, timeout. Nothing is known to be stored,
        // so the same rows go again; central keeps each uuid once.
        const TranslatableText error = answer.failure == CentralRequests::Failure::TimedOut
            ? syncText(QT_TR_NOOP("Central did not answer in time; retrying."))
            : syncText(QT_TR_NOOP("Central cannot be reached; retrying."));
        logCondition(
            Condition::Unreachable, u"central unreachable: "_s + m_requests->failureWords(answer));
        retryLater(error);
        return;
    }
    if (status == 200) {
        QString why;
        const std::optional<Acknowledgement> ack = acknowledgementOf(body, rows, &why);
        if (!ack) {
            logCondition(Condition::CentralFailed, u"central's answer not usable: "_s + why);
            retryLater(syncText(QT_TR_NOOP("Central's answer could not be used; retrying.")));
            return;
        }
        // Central has committed this batch, so the next one goes out before this one is marked
        // here (onRequestSent marks it): the hub's commit then runs while central works on the
        // next batch, not between the two. A hub that stops in between sends this batch again,
        // and central keeps each uuid once.
        ++m_batchesSincePull;
        m_unmarked = Unmarked {*ack, rows};
        m_readAhead = std::move(readAhead);
        m_readAheadBody = std::move(readAheadBody);
        m_readAheadFull = readAheadFull;
        if (!m_readAhead.isEmpty())
            pushNext();
        if (!m_reply && markAcknowledged() && !m_pulling)
            schedule(0);
        return;
    }
    if (status == 401 || status == 403) {
        logCondition(Condition::TokenRefused,
            u"central refused the branch token (HTTP %1): check central/token"_s.arg(status));
        retryLater(
            syncText(QT_TR_NOOP("Central refused this branch's token: check central/token.")));
        return;
    }
    if (status >= 400 && status < 500 && status != 408 && status != 429) {
        handleRefusal(status, body, rows);
        return;
    }
    const QJsonObject refusal = QJsonDocument::fromJson(body).object();
    const QString code = refusal.value(u"error"_s).toString();
    const QString reason = refusal.value(u"reason"_s).toString();
    logCondition(Condition::CentralFailed,
        u"central failed (HTTP %1%2)%3"_s.arg(status)
            .arg(code.isEmpty() ? QString() : u" "_s + code,
                reason.isEmpty() ? QString() : u": "_s + reason.left(200)));
    if (code == u"storageFailed"_s) {
        // Central is up but its database is not: nothing the branch can do, and nothing is lost.
        retryLater(syncText(QT_TR_NOOP(
            "Central cannot reach its database; the rows wait here and go when it is back.")));
        return;
    }
    retryLater(
        syncText(QT_TR_NOOP("Central answered with an error (HTTP %1); retrying.")).arg(status));
}

std::optional<SyncClient::Acknowledgement> SyncClient::acknowledgementOf(
    const QByteArray &body, const QList<PushRow> &rows, QString *why) const
{
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    const QJsonObject ack = answer.value(u"acknowledged"_s).toObject();
    // Rows are marked only when central names exactly this batch: an answer to some other
    // request (a proxy's confusion, a bug) must not acknowledge rows central never saw.
    if (!answer.value(u"ok"_s).toBool() || ack.value(u"fromSeq"_s).toInteger() != rows.first().seq
        || ack.value(u"toSeq"_s).toInteger() != rows.last().seq) {
        *why = u"acknowledgement does not name the batch "_s + QString::number(rows.first().seq)
            + u".."_s + QString::number(rows.last().seq) + u": "_s
            + QString::fromUtf8(body.left(200));
        return std::nullopt;
    }
    QSet<qint64> sent;
    for (const PushRow &r : rows)
        sent.insert(r.seq);
    Acknowledgement result;
    for (const QJsonValue &v : answer.value(u"refused"_s).toArray()) {
        const qint64 seq = v.toObject().value(u"seq"_s).toInteger();
        if (!sent.contains(seq)) {
            *why = u"central refused row "_s + QString::number(seq) + u", which was not sent"_s;
            return std::nullopt;
        }
        result.refused.append({seq, v.toObject().value(u"reason"_s).toString()});
    }
    result.inserted = answer.value(u"inserted"_s).toInt();
    result.duplicates = int(answer.value(u"duplicates"_s).toArray().size());
    return result;
}

bool SyncClient::markAcknowledged()
{
    if (!m_unmarked)
        return true;
    const Unmarked batch = *std::exchange(m_unmarked, std::nullopt);
    QString why;
    if (applyAcknowledgement(batch.ack, batch.rows, &why))
        return true;
    logCondition(Condition::LocalFailure, u"an acknowledgement cannot be marked: "_s + why);
    cancelPush(); // the batch after it goes again after it, in order
    retryLater(syncText(QT_TR_NOOP("Central's answer could not be used; retrying.")));
    return false;
}

bool SyncClient::applyAcknowledgement(
    const Acknowledgement &ack, const QList<PushRow> &rows, QString *why)
{
    QList<qint64> sent;
    sent.reserve(rows.size());
    for (const PushRow &r : rows)
        sent << r.seq;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_store->acknowledge(sent, ack.refused, 200, now, why))
        return false;

    if (m_condition != Condition::Started && m_condition != Condition::CaughtUp)
        logCondition(Condition::Started,
            u"central answers again: %1 rows taken, %2 still waiting"_s.arg(rows.size())
                .arg(std::max(0, m_state.pending - int(rows.size()))));
    m_failures = 0;
    m_batchSize = std::min(std::max(1, m_options.batchSize), m_batchSize * 2);
    for (const auto &r : ack.refused)
        emit rowDeadLettered(r.seq, r.reason);
    SyncState next = m_state;
    next.lastSuccessMs = now;
    next.lastError.clear();
    next.lastErrorText = {};
    next.connected = true;
    next.pending = std::max(0, next.pending - int(rows.size()));
    if (next.pending == 0) {
        // Nothing waits, so nothing is old: shown at once, not at the next count of the outbox.
        next.oldestPendingAgeMs = 0;
        next.oldestPendingTooOld = false;
    }
    next.deadLetters += int(ack.refused.size());
    if (next != m_state) {
        m_state = next;
        emit stateChanged(m_state);
    }
    emit batchAcknowledged(rows.first().seq, rows.last().seq, ack.inserted, ack.duplicates);
    refreshState(false);
    pruneAcknowledgedIfDue(now);
    return true;
}

void SyncClient::pruneAcknowledgedIfDue(qint64 nowMs)
{
    if (m_lastPruneMs != 0 && nowMs - m_lastPruneMs < kPruneIntervalMs)
        return;
    m_lastPruneMs = nowMs;
    QString why;
    const int pruned
        = Outbox::pruneAcknowledged(m_db, nowMs - m_options.keepAcknowledgedMs, kPruneRows, &why);
    // Not a sync failure: the rows are at central; the next prune tries again.
    if (pruned < 0)
        qCWarning(lcSync).noquote() << "acknowledged outbox rows could not be pruned:" << why;
    else if (pruned > 0)
        qCInfo(lcSync) << pruned << "outbox rows acknowledged over"
                       << m_options.keepAcknowledgedMs / (24 * 3600 * 1000) << "days ago deleted";
}

void SyncClient::handleRefusal(int status, const QByteArray &body, const QList<PushRow> &rows)
{
    const QJsonObject answer = QJsonDocument::fromJson(body).object();
    QString reason = answer.value(u"reason"_s).toString();
    if (reason.isEmpty())
        reason = u"HTTP "_s + QString::number(status);
    if (rows.size() > 1) {
        // Central refused the batch as a whole (too big, a row it could not even read): halve it
        // until the row at fault is alone, so the others still go.
        m_batchSize = std::max(1, int(rows.size() / 2));
        qCInfo(lcSync) << "batch of" << rows.size() << "refused with" << status << "- trying"
                       << m_batchSize;
        schedule(0);
        return;
    }
    QString why;
    if (!m_store->deadLetter(
            rows.first().seq, status, reason, QDateTime::currentMSecsSinceEpoch(), &why)) {
        logCondition(Condition::LocalFailure, u"a dead letter cannot be recorded: "_s + why);
        retryLater(syncText(QT_TR_NOOP("The outbox could not be written; retrying.")));
        return;
    }
    qCWarning(lcSync) << "row" << rows.first().seq << "refused for good:" << status << reason;
    emit rowDeadLettered(rows.first().seq, reason);
    m_failures = 0;
    refreshState(true);
    schedule(0);
}

void SyncClient::retryLater(const TranslatableText &error)
{
    ++m_failures;
    // Exponential backoff with jitter (a random half of the step), so branches that lost the link
    // together do not all come back at the same instant.
    const int exponent = std::min(m_failures - 1, 20);
    const qint64 step
        = std::min<qint64>(m_options.maxBackoffMs, qint64(m_options.minBackoffMs) << exponent);
    const qint64 delay = step / 2 + QRandomGenerator::global()->bounded(step / 2 + 1);
    setError(error, false);
    schedule(int(delay));
    scheduleProbe();
}

void SyncClient::setError(const TranslatableText &error, bool connected)
{
    SyncState next = m_state;
    next.lastError = error.toString();
    next.lastErrorText = error;
    next.connected = connected;
    if (next != m_state) {
        m_state = next;
        emit stateChanged(m_state);
    }
    refreshState(false);
}

void SyncClient::refreshState(bool force)
{
    SyncState next = m_state;
    if (force || !m_sinceRefresh.isValid() || m_sinceRefresh.elapsed() >= kCountIntervalMs) {
        // Counting a large outbox costs; while a backlog drains it is counted once a second.
        OutboxPushStore::Figures figures;
        QString why;
        if (m_store->figures(&figures, &why)) {
            next.pending = figures.pending;
            next.deadLetters = figures.deadLetters;
            next.lastSuccessMs = figures.lastSuccessMs;
            next.oldestPendingAgeMs = figures.oldestPendingCreatedAtMs == 0
                ? 0
                : std::max<qint64>(
                    0, QDateTime::currentMSecsSinceEpoch() - figures.oldestPendingCreatedAtMs);
        } else {
            logCondition(Condition::LocalFailure, u"the rows waiting cannot be counted: "_s + why);
        }
        m_sinceRefresh.start();
        m_countTimer->stop();
    }
    next.oldestPendingTooOld = next.oldestPendingAgeMs > m_options.oldestPendingWarningMs;
    if (next != m_state) {
        m_state = next;
        emit stateChanged(m_state);
    }
}

void SyncClient::logCondition(Condition condition, const QString &words)
{
    if (condition == m_condition && words == m_conditionWords)
        return;
    m_condition = condition;
    m_conditionWords = words;
    // What `saduak-hub status` reads (another process): kept at each change, not each retry.
    const bool failing = condition != Condition::Stopped && condition != Condition::Started
        && condition != Condition::CaughtUp;
    if (failing || condition == Condition::CaughtUp) {
        QString why;
        if (!m_store->recordError(failing ? words : QString(), QDateTime::currentMSecsSinceEpoch(),
                &why))
            qCWarning(lcSync).noquote() << "the sync's last error cannot be recorded:" << why;
    }
    switch (condition) {
    case Condition::Stopped:
    case Condition::Started:
    case Condition::CaughtUp:
        qCInfo(lcSync).noquote() << words;
        break;
    case Condition::Unreachable:
    case Condition::TokenRefused:
    case Condition::CentralFailed:
    case Condition::LocalFailure:
    case Condition::PullFailed:
        qCWarning(lcSync).noquote() << words;
        break;
    }
}

} // namespace saduak
