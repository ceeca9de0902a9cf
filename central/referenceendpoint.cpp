#include "referenceendpoint.h"

#include "centralanswer.h"
#include "referencelogstore.h"

#include <domain/referencedatasets.h>

#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcReference, "saduak.central.reference")

namespace saduak {

namespace {

using Status = QHttpServerResponse::StatusCode;

QByteArray jsonString(const QString &text)
{
    // Keys are nearly always plain (deed numbers, codes): no escaping needed.
    const bool plain = std::all_of(text.cbegin(), text.cend(),
        [](QChar c) { return c.unicode() >= 0x20 && c != u'"' && c != u'\\'; });
    if (plain)
        return '"' + text.toUtf8() + '"';
    const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2); // ["..."] -> "..."
}

// A non-negative integer query value; absent: fallback.
std::optional<qint64> number(const QUrlQuery &query, const QString &name, qint64 fallback)
{
    if (!query.hasQueryItem(name))
        return fallback;
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

} // namespace

ReferenceEndpoint::ReferenceEndpoint(ReferenceLogStore &store) : m_store(store) { }

QHttpServerResponse ReferenceEndpoint::answer(const QString &dataset, const QUrlQuery &query)
{
    if (!isReferenceDataset(dataset))
        return centralRefusal(Status::NotFound, u"unknownDataset"_s,
            u"no reference data set \""_s + dataset + u"\"; known: "_s
                + referenceDatasets().join(u", "_s));
    const std::optional<qint64> after = number(query, u"after"_s, 0);
    if (!after)
        return centralRefusal(Status::BadRequest, u"badRequest"_s,
            u"after must be a cursor central gave (an integer >= 0)"_s);
    const std::optional<qint64> limit = number(query, u"limit"_s, kDefaultLimit);
    if (!limit || *limit < 1)
        return centralRefusal(
            Status::BadRequest, u"badRequest"_s, u"limit must be an integer >= 1"_s);

    const std::optional<qint64> floor = number(query, u"floor"_s, -1);
    if (!floor)
        return centralRefusal(Status::BadRequest, u"badRequest"_s,
            u"floor must be a minCursor central gave (an integer >= 0)"_s);

    QString why;
    const std::optional<ReferencePage> page
        = m_store.page(dataset, *after, int(std::min<qint64>(*limit, kMaxLimit)), *floor, &why);
    if (!page) {
        qCWarning(lcReference) << "page of" << dataset << "after" << *after << "not read:" << why;
        return centralRefusal(Status::ServiceUnavailable, u"storageFailed"_s,
            u"the page could not be read; retry later"_s);
    }
    if (page->cursorTooOld)
        return centralRefusal(Status::Gone, u"cursorTooOld"_s,
            u"cursor "_s + QString::number(*after)
                + u" is too old (compacted, or not from this central): take a snapshot, "
                  "start again from after=0"_s);

    // Written by hand: the payloads are stored as compact JSON and go out as they are, rather
    // than being parsed and written again for every item of a 10,000-item page.
    QByteArray body;
    qsizetype size = 128;
    for (const ReferenceItem &item : page->items)
        size += item.key.size() + item.payload.size() + 32;
    body.reserve(size);
    body += "{\"ok\":true,\"dataset\":"_ba + jsonString(dataset) + ",\"items\":["_ba;
    bool first = true;
    for (const ReferenceItem &item : page->items) {
        if (!first)
            body += ',';
        first = false;
        body += "{\"key\":"_ba + jsonString(item.key);
        if (item.deleted)
            body += ",\"deleted\":true}"_ba;
        else
            body += ",\"payload\":"_ba + item.payload + '}';
    }
    body += "],\"cursor\":"_ba + QByteArray::number(page->cursor) + ",\"more\":"_ba
        + (page->more ? "true"_ba : "false"_ba) + ",\"minCursor\":"_ba
        + QByteArray::number(page->minCursor) + '}';
    return QHttpServerResponse("application/json"_ba, body);
}

} // namespace saduak
