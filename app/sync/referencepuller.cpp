#include "referencepuller.h"

#include "centralrequests.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPull, "saduak.sync.reference")

namespace saduak {

namespace {

// Failures travel untranslated to the status bar (SyncState::lastErrorText); the context is the
// one lupdate gives QT_TR_NOOP in ReferencePuller.
TranslatableText pullerText(const char *source)
{
    return TranslatableText("saduak::ReferencePuller", source);
}

} // namespace

ReferencePuller::ReferencePuller(Database &db, CentralRequests &requests,
    const QStringList &datasets, int pageLimit, QObject *parent)
    : QObject(parent),
      m_requests(requests),
      m_store(db),
      m_datasets(datasets),
      m_pageLimit(std::max(1, pageLimit))
{ }

ReferencePuller::~ReferencePuller()
{
    abort();
}

void ReferencePuller::pull()
{
    if (isPulling())
        return;
    m_index = -1;
    m_snapshotsThisPass = 0;
    m_skipped = {};
    nextDataset();
}

void ReferencePuller::abort()
{
    m_index = -1;
    if (QNetworkReply *reply = std::exchange(m_reply, nullptr)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ReferencePuller::nextDataset()
{
    ++m_index;
    if (m_index >= m_datasets.size()) {
        m_index = -1;
        emit finished(m_skipped);
        return;
    }
    requestPage();
}

void ReferencePuller::fail(const TranslatableText &error, const QString &words)
{
    m_failureWords = words;
    m_index = -1;
    emit failed(error);
}

void ReferencePuller::requestPage()
{
    const QString dataset = m_datasets.at(m_index);
    QString why;
    const ReferencePullState state = m_store.state(dataset, &why);
    if (!why.isEmpty()) {
        fail(pullerText(
                 QT_TR_NOOP("The reference data could not be read from the database; retrying.")),
            dataset + u": its pull state cannot be read: "_s + why);
        return;
    }
    QUrlQuery query;
    query.addQueryItem(u"after"_s, QString::number(state.cursor));
    query.addQueryItem(u"limit"_s, QString::number(m_pageLimit));
    if (state.cursor > 0 && state.scanFloor >= 0)
        query.addQueryItem(u"floor"_s, QString::number(state.scanFloor));
    emit pageRequested(dataset, state.cursor);
    m_reply = m_requests.get(u"v1/reference/"_s + dataset + u'?' + query.toString());
    QNetworkReply *reply = m_reply;
    const qint64 after = state.cursor;
    connect(reply, &QNetworkReply::finished, this, [this, reply, after] { onReply(reply, after); });
}

void ReferencePuller::onReply(QNetworkReply *reply, qint64 after)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    if (m_index < 0)
        return;
    const QString dataset = m_datasets.at(m_index);
    const CentralRequests::Answer answer = m_requests.answerOf(reply);
    switch (answer.failure) {
    case CentralRequests::Failure::PinMismatch:
        fail(pullerText(QT_TR_NOOP(
                 "Central's certificate does not match central/pinSha256; no reference data was "
                 "downloaded. Check the pin or the server; retrying.")),
            dataset + u": central unreachable: "_s + m_requests.failureWords(answer));
        return;
    case CentralRequests::Failure::TlsUntrusted:
        fail(pullerText(
                 QT_TR_NOOP(
                     "Central's certificate is not trusted (%1); no reference data was downloaded. "
                     "Check central/caFile; retrying."))
                 .arg(answer.detail),
            dataset + u": central unreachable: "_s + m_requests.failureWords(answer));
        return;
    case CentralRequests::Failure::TimedOut:
    case CentralRequests::Failure::NoAnswer:
        // Whatever arrived of the page is dropped: only whole pages are applied.
        fail(answer.failure == CentralRequests::Failure::TimedOut
                ? pullerText(
                    QT_TR_NOOP("Central did not send the reference data in time; retrying."))
                : pullerText(
                    QT_TR_NOOP("Central cannot be reached for the reference data; retrying.")),
            dataset + u": central unreachable: "_s + m_requests.failureWords(answer));
        return;
    case CentralRequests::Failure::None:
        break;
    }

    const QJsonObject refusal
        = answer.status == 200 ? QJsonObject() : QJsonDocument::fromJson(answer.body).object();
    if (answer.status == 410 && refusal.value(u"error"_s).toString() == u"cursorTooOld"_s) {
        // Central compacted past this cursor: only a snapshot brings the copy back. The outbox
        // is not touched; rows still to upload stay where they are.
        if (++m_snapshotsThisPass > m_datasets.size() * 2) {
            fail(pullerText(QT_TR_NOOP(
                     "Central keeps refusing the reference data cursor; retrying later.")),
                dataset + u": central keeps answering cursorTooOld"_s);
            return;
        }
        QString why;
        if (!m_store.beginSnapshot(dataset, &why)) {
            fail(pullerText(QT_TR_NOOP(
                     "The reference data could not be written to the database; retrying.")),
                dataset + u": its snapshot cannot be started: "_s + why);
            return;
        }
        qCInfo(lcPull) << "cursor" << after << "of" << dataset << "too old: taking a snapshot";
        emit snapshotStarted(dataset);
        requestPage();
        return;
    }
    if (answer.status == 404) {
        qCWarning(lcPull) << "central does not serve" << dataset << ":"
                          << refusal.value(u"reason"_s).toString();
        m_skipped
            = pullerText(QT_TR_NOOP("Central does not serve the reference data set \"%1\"; check "
                                    "central/datasets."))
                  .arg(dataset);
        nextDataset();
        return;
    }
    if (answer.status == 401 || answer.status == 403) {
        fail(pullerText(QT_TR_NOOP("Central refused this branch's token: check central/token.")),
            dataset + u": central refused the branch token (HTTP %1): check central/token"_s.arg(
                answer.status));
        return;
    }
    if (answer.status != 200) {
        const QString code = refusal.value(u"error"_s).toString();
        const QString reason = refusal.value(u"reason"_s).toString();
        fail(pullerText(
                 QT_TR_NOOP(
                     "Central answered the reference data request with an error (HTTP %1); "
                     "retrying."))
                 .arg(answer.status),
            dataset + u": central failed (HTTP %1%2)%3"_s.arg(answer.status)
                .arg(code.isEmpty() ? QString() : u" "_s + code,
                    reason.isEmpty() ? QString() : u": "_s + reason.left(200)));
        return;
    }

    qint64 cursor = 0;
    qint64 minCursor = 0;
    bool more = false;
    QString why;
    const std::optional<QList<PulledItem>> items
        = parsePage(answer.body, after, &cursor, &minCursor, &more, &why);
    if (!items) {
        fail(pullerText(
                 QT_TR_NOOP("Central's reference data for \"%1\" could not be read; nothing of it "
                            "was applied. Retrying."))
                 .arg(dataset),
            dataset + u" after "_s + QString::number(after) + u": central's page not usable: "_s
                + why);
        return;
    }
    if (!m_store.applyPage(dataset, after, *items, cursor, !more, minCursor,
            QDateTime::currentMSecsSinceEpoch(), &why)) {
        fail(pullerText(QT_TR_NOOP(
                 "The reference data could not be written to the database; retrying.")),
            dataset + u" after "_s + QString::number(after) + u": the page cannot be applied: "_s
                + why);
        return;
    }
    emit pageApplied(dataset, cursor, int(items->size()), more);
    if (m_index < 0) // aborted by a receiver
        return;
    if (more)
        requestPage();
    else
        nextDataset();
}

std::optional<QList<PulledItem>> ReferencePuller::parsePage(const QByteArray &body, qint64 after,
    qint64 *cursor, qint64 *minCursor, bool *more, QString *why) const
{
    auto bad = [why](const QString &reason) -> std::optional<QList<PulledItem>> {
        *why = reason;
        return std::nullopt;
    };
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return bad(
            u"not JSON: "_s + error.errorString() + u" at "_s + QString::number(error.offset));
    const QJsonObject page = document.object();
    if (!page.value(u"ok"_s).toBool()
        || page.value(u"dataset"_s).toString() != m_datasets.value(m_index))
        return bad(u"not a page of this data set"_s);
    const QJsonValue cursorValue = page.value(u"cursor"_s);
    const QJsonValue moreValue = page.value(u"more"_s);
    const QJsonValue itemsValue = page.value(u"items"_s);
    const QJsonValue minCursorValue = page.value(u"minCursor"_s);
    if (!cursorValue.isDouble() || !moreValue.isBool() || !itemsValue.isArray()
        || !minCursorValue.isDouble())
        return bad(u"cursor, minCursor, more or items missing"_s);
    *minCursor = minCursorValue.toInteger(-1);
    *cursor = cursorValue.toInteger(-1);
    *more = moreValue.toBool();
    const QJsonArray array = itemsValue.toArray();
    // A cursor that goes back, or stays put while items or more come, would loop or lose rows.
    if (*cursor < after || (!array.isEmpty() && *cursor == after) || (*more && array.isEmpty()))
        return bad(u"cursor "_s + QString::number(*cursor) + u" does not follow "_s
            + QString::number(after));
    QList<PulledItem> items;
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        PulledItem item;
        item.key = object.value(u"key"_s).toString();
        if (item.key.isEmpty())
            return bad(u"items["_s + QString::number(i) + u"] has no key"_s);
        if (object.value(u"deleted"_s).toBool()) {
            item.deleted = true;
        } else {
            const QJsonValue payload = object.value(u"payload"_s);
            if (!payload.isObject())
                return bad(u"items["_s + QString::number(i) + u"] has no payload object"_s);
            item.payload = QJsonDocument(payload.toObject()).toJson(QJsonDocument::Compact);
        }
        items.append(std::move(item));
    }
    return items;
}

} // namespace saduak
