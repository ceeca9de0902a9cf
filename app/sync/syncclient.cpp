#include "syncclient.h"

#include "outboxpushstore.h"

#include <storage/database.h>
#include <storage/migration.h>

#include <QCoreApplication>
#include <QCryptographicHash>
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
        if (pin.startsWith(u"sha256/"_s))
            pin = pin.mid(7);
        const auto decoded = QByteArray::fromBase64Encoding(
            pin.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != 32) {
            if (why)
                *why = tr("central/pinSha256 \"%1\" is not a SHA-256 in base64 (44 characters).")
                           .arg(pin);
            return std::nullopt;
        }
        options.pinSha256 = decoded.decoded;
    }
    return options;
}

MigrationSet SyncClient::migrations()
{
    return MigrationSet::fromFolder(u"sync"_s, u":/saduak/migrations/sync"_s);
}

QByteArray SyncClient::publicKeyPin(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    // QSslKey::toDer() of a public key is its SubjectPublicKeyInfo, as `openssl pkey -pubin
    // -outform der` writes it (tests/integration/sync/tst_synctls checks the two agree).
    return QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256);
}

bool SyncClient::pinMatches(const QSslCertificate &certificate) const
{
    return m_options.pinSha256.isEmpty() || publicKeyPin(certificate) == m_options.pinSha256;
}

SyncClient::SyncClient(Database &db, const Options &options, QObject *parent)
    : QObject(parent),
      m_db(db),
      m_options(options),
      m_store(std::make_unique<OutboxPushStore>(db)),
      m_network(new QNetworkAccessManager(this)),
      m_timer(new QTimer(this)),
      m_batchSize(std::max(1, options.batchSize))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SyncClient::pushNext);
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
    schedule(0);
}

void SyncClient::stop()
{
    m_running = false;
    m_timer->stop();
    if (QNetworkReply *reply = std::exchange(m_reply, nullptr)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void SyncClient::pushSoon()
{
    if (m_running && !m_reply && m_failures == 0)
        schedule(0);
}

void SyncClient::schedule(int ms)
{
    m_timer->start(ms);
}

void SyncClient::pushNext()
{
    if (!m_running || m_reply)
        return;
    QString why;
    const QList<PushRow> rows = m_store->nextBatch(m_batchSize, &why);
    if (!why.isEmpty()) {
        qCWarning(lcSync) << "outbox not readable:" << why;
        retryLater(tr("The outbox could not be read; retrying."));
        return;
    }
    if (rows.isEmpty()) {
        refreshState(true);
        emit caughtUp();
        schedule(m_options.idlePollMs);
        return;
    }

    QNetworkRequest request(m_options.centralUrl.resolved(QUrl(u"v1/ingest"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader("Authorization"_ba, "Bearer "_ba + m_options.token.toUtf8());
    // Qt's network access has no timeout of its own: a central that accepts and never answers
    // would hold the push for ever.
    request.setTransferTimeout(m_options.transferTimeoutMs);
    const bool https = request.url().scheme() == u"https"_s;
    if (https) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        if (!m_options.caCertificates.isEmpty())
            tls.setCaCertificates(m_options.caCertificates); // instead of the system's
        request.setSslConfiguration(tls);
    }
    m_tlsErrors.clear();
    m_pinRefused = false;
    m_reply = m_network->post(request, ingestBody(rows));
    QNetworkReply *reply = m_reply;
    if (https) {
        // Certificate errors are never ignored: the request fails and the rows wait.
        connect(
            reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
                if (reply != m_reply)
                    return;
                QStringList texts;
                for (const QSslError &e : errors)
                    texts << e.errorString();
                m_tlsErrors = texts.join(u"; "_s);
            });
        // After the handshake and before any byte of the request (the token) is sent.
        connect(reply, &QNetworkReply::encrypted, this, [this, reply] {
            if (reply != m_reply || pinMatches(reply->sslConfiguration().peerCertificate()))
                return;
            m_pinRefused = true;
            reply->abort();
        });
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply, rows] { onReply(reply, rows); });
}

void SyncClient::onReply(QNetworkReply *reply, const QList<PushRow> &rows)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    if (!m_running)
        return;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const bool https = reply->url().scheme() == u"https"_s;
    // The pin is checked again on the answer: a reused connection has no handshake of its own.
    if (https
        && (m_pinRefused
            || (status != 0 && !pinMatches(reply->sslConfiguration().peerCertificate())))) {
        qCWarning(lcSync) << "central's certificate key does not match central/pinSha256";
        retryLater(tr("Central's certificate does not match central/pinSha256; the rows stay "
                      "pending. Check the pin or the server; retrying."));
        return;
    }
    if (https && status == 0
        && (!m_tlsErrors.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError)) {
        const QString detail = m_tlsErrors.isEmpty() ? reply->errorString() : m_tlsErrors;
        qCWarning(lcSync) << "TLS with central failed:" << detail;
        retryLater(tr("Central's certificate is not trusted (%1); nothing was sent. Check "
                      "central/caFile; retrying.")
                       .arg(detail));
        return;
    }
    if (status == 0 || (status == 200 && reply->error() != QNetworkReply::NoError)) {
        // No (whole) answer: refused connection, reset, timeout. Nothing is known to be stored,
        // so the same rows go again; central keeps each uuid once.
        const QString error = reply->error() == QNetworkReply::OperationCanceledError
            ? tr("Central did not answer in time; retrying.")
            : tr("Central cannot be reached; retrying.");
        qCInfo(lcSync) << "push failed:" << reply->errorString();
        retryLater(error);
        return;
    }
    if (status == 200) {
        QString why;
        if (!handleAcknowledgement(body, rows, &why)) {
            qCWarning(lcSync) << "acknowledgement not applied:" << why;
            retryLater(tr("Central's answer could not be used; retrying."));
        }
        return;
    }
    if (status == 401 || status == 403) {
        retryLater(tr("Central refused this branch's token: check central/token."));
        return;
    }
    if (status >= 400 && status < 500 && status != 408 && status != 429) {
        handleRefusal(status, body, rows);
        return;
    }
    retryLater(tr("Central answered with an error (HTTP %1); retrying.").arg(status));
}

bool SyncClient::handleAcknowledgement(
    const QByteArray &body, const QList<PushRow> &rows, QString *why)
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
        return false;
    }
    QList<qint64> sent;
    QSet<qint64> sentSet;
    for (const PushRow &r : rows) {
        sent << r.seq;
        sentSet.insert(r.seq);
    }
    QList<OutboxPushStore::Refusal> refused;
    for (const QJsonValue &v : answer.value(u"refused"_s).toArray()) {
        const qint64 seq = v.toObject().value(u"seq"_s).toInteger();
        if (!sentSet.contains(seq)) {
            *why = u"central refused row "_s + QString::number(seq) + u", which was not sent"_s;
            return false;
        }
        refused.append({seq, v.toObject().value(u"reason"_s).toString()});
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_store->acknowledge(sent, refused, 200, now, why))
        return false;

    m_failures = 0;
    m_batchSize = std::min(std::max(1, m_options.batchSize), m_batchSize * 2);
    for (const auto &r : std::as_const(refused))
        emit rowDeadLettered(r.seq, r.reason);
    SyncState next = m_state;
    next.lastSuccessMs = now;
    next.lastError.clear();
    next.connected = true;
    next.pending = std::max(0, next.pending - int(rows.size()));
    next.deadLetters += int(refused.size());
    if (next != m_state) {
        m_state = next;
        emit stateChanged(m_state);
    }
    emit batchAcknowledged(rows.first().seq, rows.last().seq, answer.value(u"inserted"_s).toInt(),
        int(answer.value(u"duplicates"_s).toArray().size()));
    refreshState(false);
    schedule(0);
    return true;
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
        qCWarning(lcSync) << "dead letter not recorded:" << why;
        retryLater(tr("The outbox could not be written; retrying."));
        return;
    }
    qCWarning(lcSync) << "row" << rows.first().seq << "refused for good:" << status << reason;
    emit rowDeadLettered(rows.first().seq, reason);
    m_failures = 0;
    refreshState(true);
    schedule(0);
}

void SyncClient::retryLater(const QString &error)
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
}

void SyncClient::setError(const QString &error, bool connected)
{
    SyncState next = m_state;
    next.lastError = error;
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
    if (force || !m_sinceRefresh.isValid() || m_sinceRefresh.elapsed() >= 1000) {
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
            qCWarning(lcSync) << "sync figures not readable:" << why;
        }
        m_sinceRefresh.start();
    }
    next.oldestPendingTooOld = next.oldestPendingAgeMs > m_options.oldestPendingWarningMs;
    if (next != m_state) {
        m_state = next;
        emit stateChanged(m_state);
    }
}

} // namespace saduak
