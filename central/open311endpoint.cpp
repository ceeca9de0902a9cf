#include "open311endpoint.h"

#include "centraldatabase.h"
#include "complaintstore.h"
#include "databaserecovery.h"
#include "open311answer.h"
#include "open311filing.h"
#include "open311store.h"

#include <complaintform.h>
#include <complaintworkflow.h>
#include <trackingnumber.h>

#include <domain/bangkoktime.h>

#include <QHash>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace saduak::complaints;

Q_LOGGING_CATEGORY(lcOpen311, "saduak.central.open311")

namespace saduak {

namespace {

using Format = Open311Answer::Format;
using Record = Open311Answer::Record;

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
// The specification's default window of GET requests, and the most one answer lists.
constexpr qint64 kDefaultWindowMs = 90 * kDayMs;
constexpr int kMaxRequests = 1000;

// One Open311 request as the endpoint reads it: the resource and format from the path, the
// parameters from the query and (POST) the form body, the language of names.
struct Call
{
    QString resource; // "services", "services/roads", "requests", "requests/B001-…", "tokens/…"
    std::optional<Format> format; // nothing: neither .json nor .xml
    QUrlQuery form; // POST: the body's; a name there wins over the same in the URL's query
    QUrlQuery query;
    bool english = false;

    QString value(const QString &name) const
    {
        const QUrlQuery &from = form.hasQueryItem(name) ? form : query;
        return from.queryItemValue(name, QUrl::FullyDecoded).trimmed();
    }
    bool has(const QString &name) const
    {
        return form.hasQueryItem(name) || query.hasQueryItem(name);
    }
};

// application/x-www-form-urlencoded: '+' is a space there, and QUrlQuery reads it as '+'.
QUrlQuery formOf(const QByteArray &body)
{
    QByteArray text = body;
    text.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(text));
}

// W3C date-time; one without an offset is read in Bangkok.
std::optional<qint64> dateTimeOf(const QString &text)
{
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::ISODate);
    if (!at.isValid())
        return std::nullopt;
    if (at.timeSpec() == Qt::LocalTime)
        at = QDateTime(at.date(), at.time(), BangkokTime::zone());
    return at.toMSecsSinceEpoch();
}

QString w3c(qint64 utcMs)
{
    return BangkokTime::fromUtcMs(utcMs).toString(Qt::ISODate); // "2026-12-07T10:30:00+07:00"
}

QString nameIn(const QJsonObject &item, bool english)
{
    const QString en = item.value(u"en"_s).toString();
    return english && !en.isEmpty() ? en : item.value(u"th"_s).toString();
}

QStringList statesWith(const QString &open311)
{
    QStringList states;
    for (const ComplaintState state : allComplaintStates())
        if (open311Status(state) == open311)
            states << toString(state);
    return states;
}

// What answering one call needs; a class of the .cpp so the header stays small.
class Open311Call
{
public:
    Open311Call(CentralDatabase &central, Open311Store &store, const Call &call, qint64 nowMs)
        : m_central(central), m_store(store), m_call(call), m_format(*call.format), m_nowMs(nowMs)
    { }

    QHttpServerResponse error(int code, const QString &description) const
    {
        return Open311Answer::error(m_format, code, description);
    }
    QHttpServerResponse storageFailed(const QString &why) const
    {
        qCWarning(lcOpen311) << "cannot answer" << m_call.resource << ":" << why;
        return error(503, u"central cannot read its database now; try again later"_s);
    }

    QHttpServerResponse services()
    {
        QString why;
        const auto categories = m_store.items(u"complaint-categories"_s, &why);
        if (!categories)
            return storageFailed(why);
        // In a person's order, as every kiosk lists them ("order", then those without one by
        // code): "other" last.
        QList<QJsonObject> sorted = *categories;
        std::stable_sort(
            sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
                const bool aNumbered = a.value(u"order"_s).isDouble();
                const bool bNumbered = b.value(u"order"_s).isDouble();
                if (aNumbered != bNumbered)
                    return aNumbered;
                if (aNumbered && a.value(u"order"_s).toDouble() != b.value(u"order"_s).toDouble())
                    return a.value(u"order"_s).toDouble() < b.value(u"order"_s).toDouble();
                return a.value(u"code"_s).toString() < b.value(u"code"_s).toString();
            });
        QList<Record> records;
        for (const QJsonObject &category : std::as_const(sorted))
            records << serviceOf(category);
        return Open311Answer::list(m_format, u"services"_s, u"service"_s, records);
    }

    QHttpServerResponse serviceDefinition(const QString &code)
    {
        QString why;
        const auto category = m_store.item(u"complaint-categories"_s, code, &why);
        if (!category)
            return storageFailed(why);
        if (category->isEmpty())
            return error(404, u"service_code "_s + code + u" not found"_s);
        // Every service is metadata false: no attributes, the specification's empty definition.
        return Open311Answer::object(m_format, u"service_definition"_s,
            {{u"service_code"_s, code}, {u"attributes"_s, QVariantList {}}});
    }

    QHttpServerResponse requests()
    {
        QStringList numbers;
        if (m_call.has(u"service_request_id"_s)) {
            // The specification: a list of ids overrides every other parameter.
            for (const QString &id : m_call.value(u"service_request_id"_s).split(u','))
                if (const auto number = TrackingNumber::parse(id.trimmed()))
                    if (!numbers.contains(number->text()) && numbers.size() < kMaxRequests)
                        numbers << number->text();
        } else {
            Open311Store::RequestQuery query;
            query.toMs = m_nowMs;
            if (m_call.has(u"end_date"_s)) {
                const auto end = dateTimeOf(m_call.value(u"end_date"_s));
                if (!end)
                    return error(400, u"end_date is not a W3C date-time"_s);
                query.toMs = *end;
            }
            query.fromMs = query.toMs - kDefaultWindowMs;
            if (m_call.has(u"start_date"_s)) {
                const auto start = dateTimeOf(m_call.value(u"start_date"_s));
                if (!start)
                    return error(400, u"start_date is not a W3C date-time"_s);
                query.fromMs = *start;
            }
            if (query.fromMs > query.toMs)
                return error(400, u"start_date is after end_date"_s);
            query.category = m_call.value(u"service_code"_s);
            if (m_call.has(u"status"_s)) {
                for (const QString &status : m_call.value(u"status"_s).split(u',')) {
                    const QString s = status.trimmed().toLower();
                    if (s != u"open"_s && s != u"closed"_s)
                        return error(400, u"status must be open or closed"_s);
                    query.states << statesWith(s);
                }
            }
            query.limit = kMaxRequests;
            QString why;
            const auto found = m_store.requestNumbers(query, &why);
            if (!found)
                return storageFailed(why);
            numbers = *found;
        }
        QList<Record> records;
        for (const QString &number : numbers) {
            std::optional<Record> record;
            if (auto answer = requestOf(number, &record))
                return std::move(*answer);
            if (record)
                records << *record;
        }
        return Open311Answer::list(m_format, u"service_requests"_s, u"request"_s, records);
    }

    QHttpServerResponse request(const QString &id)
    {
        const auto number = TrackingNumber::parse(id);
        if (!number)
            return error(404, u"service_request_id "_s + id + u" not found"_s);
        std::optional<Record> record;
        if (auto answer = requestOf(number->text(), &record))
            return std::move(*answer);
        if (!record)
            return error(404, u"service_request_id "_s + number->text() + u" not found"_s);
        return Open311Answer::list(m_format, u"service_requests"_s, u"request"_s, {*record});
    }

    QHttpServerResponse post(Open311Filing &filing)
    {
        const Open311Store::KeyLookup key = m_store.checkKey(m_call.value(u"api_key"_s));
        if (!key.storageFailure.isEmpty())
            return storageFailed(key.storageFailure);
        if (key.name.isEmpty())
            return error(403,
                m_call.has(u"api_key"_s) ? u"api_key is not a key of this server"_s
                                         : u"api_key was not provided"_s);
        const QString code = m_call.value(u"service_code"_s);
        if (code.isEmpty())
            return error(400, u"service_code was not provided"_s);
        QString why;
        const auto category = m_store.item(u"complaint-categories"_s, code, &why);
        if (!category)
            return storageFailed(why);
        if (category->isEmpty())
            return error(404, u"service_code "_s + code + u" not found"_s);

        QJsonObject area {{u"province"_s, u""_s}, {u"amphoe"_s, u""_s}, {u"tambon"_s, u""_s}};
        QJsonValue location = QJsonValue::Null;
        const bool hasLatLong = m_call.has(u"lat"_s) || m_call.has(u"long"_s);
        if (hasLatLong) {
            bool latOk = false, longOk = false;
            const double lat = m_call.value(u"lat"_s).toDouble(&latOk);
            const double lon = m_call.value(u"long"_s).toDouble(&longOk);
            if (!latOk || !longOk)
                return error(400, u"lat and long must both be decimal degrees"_s);
            if (!ComplaintFormCheck::isInThailand(lat, lon))
                return error(400, u"lat and long are not in Thailand"_s);
            location = QJsonObject {{u"latitude"_s, lat}, {u"longitude"_s, lon}};
        }
        if (m_call.has(u"address_id"_s)) {
            // address_id is a tambon's code of admin-areas; its amphoe and province follow.
            const QString tambon = m_call.value(u"address_id"_s);
            const auto t = m_store.item(u"admin-areas"_s, u"t"_s + tambon, &why);
            if (!t)
                return storageFailed(why);
            if (t->isEmpty())
                return error(400, u"address_id "_s + tambon + u" is not a tambon code"_s);
            const QString amphoe = t->value(u"parent"_s).toString();
            const auto d = m_store.item(u"admin-areas"_s, u"d"_s + amphoe, &why);
            if (!d)
                return storageFailed(why);
            area = QJsonObject {{u"province"_s, d->value(u"parent"_s).toString()},
                {u"amphoe"_s, amphoe}, {u"tambon"_s, tambon}};
        }
        const QString addressString = m_call.value(u"address_string"_s);
        if (!hasLatLong && !m_call.has(u"address_id"_s) && addressString.isEmpty())
            return error(
                400, u"a location is needed: lat and long, address_string or address_id"_s);
        const QString description = m_call.value(u"description"_s);
        if (description.size() > ComplaintFormCheck::maxDescriptionLength)
            return error(400, u"description is longer than 4000 characters"_s);
        QString phone = m_call.value(u"phone"_s);
        if (!phone.isEmpty()) {
            const auto normalized = ComplaintFormCheck::normalizedPhone(phone);
            if (!normalized)
                return error(400, u"phone is not a Thai phone number"_s);
            phone = *normalized;
        }
        const QString email = m_call.value(u"email"_s);
        if (!email.isEmpty() && !ComplaintFormCheck::isPlausibleEmail(email))
            return error(400, u"email is not an e-mail address"_s);

        const QString firstName = m_call.value(u"first_name"_s);
        const QString lastName = m_call.value(u"last_name"_s);
        const QJsonValue complainant = firstName.isEmpty() && lastName.isEmpty()
            ? QJsonValue(QJsonValue::Null)
            : QJsonObject {{u"citizenId"_s, u""_s}, {u"prefix"_s, u""_s},
                {u"firstName"_s, firstName}, {u"lastName"_s, lastName}};
        // A branch's record (modules/complaints/README.md): sealed whole at central, so the
        // names, contact, description and where it came from are read only by the desk.
        QString subject
            = description.section(u'\n', 0, 0).left(ComplaintFormCheck::maxSubjectLength);
        if (subject.isEmpty())
            subject = category->value(u"th"_s).toString();
        const QJsonObject record {{u"category"_s, code}, {u"subject"_s, subject},
            {u"description"_s, description}, {u"area"_s, area}, {u"location"_s, location},
            {u"address"_s, addressString}, {u"complainant"_s, complainant},
            {u"contact"_s, QJsonObject {{u"phone"_s, phone}, {u"email"_s, email}}},
            {u"channel"_s, u"open311"_s}, {u"open311Key"_s, key.name},
            {u"deviceId"_s, m_call.value(u"device_id"_s)},
            {u"accountId"_s, m_call.value(u"account_id"_s)},
            {u"mediaUrl"_s, m_call.value(u"media_url"_s)}, {u"counter"_s, 0},
            {u"staff"_s, QJsonValue::Null}};
        const Open311Filing::Filed filed = filing.file(record, m_nowMs);
        if (filed.trackingNumber.isEmpty())
            return storageFailed(filed.why);
        // Synchronous: the number is the service_request_id, so no token is ever needed.
        return Open311Answer::list(m_format, u"service_requests"_s, u"request"_s,
            {Record {{u"service_request_id"_s, filed.trackingNumber}, {u"service_notice"_s, u""_s},
                {u"account_id"_s, QVariant()}}});
    }

private:
    // A list names the same few categories and areas again and again: each is read once a call.
    std::optional<QJsonObject> itemOf(const QString &dataset, const QString &key, QString *why)
    {
        const QString id = dataset + u'\n' + key;
        if (const auto known = m_items.constFind(id); known != m_items.cend())
            return *known;
        const std::optional<QJsonObject> item = m_store.item(dataset, key, why);
        if (item)
            m_items.insert(id, *item);
        return item;
    }

    Record serviceOf(const QJsonObject &category) const
    {
        const QString code = category.value(u"code"_s).toString();
        return {{u"service_code"_s, code}, {u"service_name"_s, nameIn(category, m_call.english)},
            {u"description"_s, nameIn(category, m_call.english)}, {u"metadata"_s, false},
            {u"type"_s, u"realtime"_s},
            {u"keywords"_s,
                QStringList {
                    code, category.value(u"th"_s).toString(), category.value(u"en"_s).toString()}
                    .join(u", "_s)},
            {u"group"_s, u"complaints"_s}};
    }

    // The area names of a complaint, tambon first: "มหาพฤฒาราม, บางรัก, กรุงเทพมหานคร".
    std::optional<QString> addressOf(const CentralComplaint &c, QString *postalCode, QString *why)
    {
        QStringList names;
        const std::pair<QString, QString> levels[]
            = {{u"t"_s, c.tambonCode}, {u"d"_s, c.amphoeCode}, {u"p"_s, c.provinceCode}};
        for (const auto &[level, code] : levels) {
            if (code.isEmpty())
                continue;
            const auto area = itemOf(u"admin-areas"_s, level + code, why);
            if (!area)
                return std::nullopt;
            if (level == u"t"_s)
                *postalCode = area->value(u"postalCode"_s).toString();
            const QString name = nameIn(*area, m_call.english);
            if (!name.isEmpty())
                names << name;
        }
        return names.join(u", "_s);
    }

    // The record of one complaint (nothing when central has none), or an answer that ends the
    // call (a storage failure).
    std::optional<QHttpServerResponse> requestOf(const QString &number, std::optional<Record> *out)
    {
        // whole(): the location is in the sealed record. Only the coordinates are taken from it;
        // the complainant's name and contact never leave this function.
        const ComplaintStore::Lookup lookup = m_central.complaints().whole(number, m_nowMs);
        if (lookup.storageFailed())
            return storageFailed(lookup.storageFailure);
        if (!lookup.complaint)
            return std::nullopt;
        const CentralComplaint &c = *lookup.complaint;
        QString why;
        const auto category = itemOf(u"complaint-categories"_s, c.category, &why);
        if (!category)
            return storageFailed(why);
        QString postalCode;
        const auto address = addressOf(c, &postalCode, &why);
        if (!address)
            return storageFailed(why);
        QString notes;
        for (auto it = c.history.crbegin(); it != c.history.crend() && notes.isEmpty(); ++it)
            notes = it->note;
        const QJsonObject location = lookup.filed.value(u"location"_s).toObject();
        const QVariant lat = location.contains(u"latitude"_s)
            ? QVariant(location.value(u"latitude"_s).toDouble())
            : QVariant();
        const QVariant lon = location.contains(u"longitude"_s)
            ? QVariant(location.value(u"longitude"_s).toDouble())
            : QVariant();
        // description stays empty: what the complainant wrote may name people and is sealed.
        *out = Record {{u"service_request_id"_s, c.trackingNumber},
            {u"status"_s, open311Status(c.state)}, {u"status_notes"_s, notes},
            {u"service_name"_s,
                category->isEmpty() ? QString() : nameIn(*category, m_call.english)},
            {u"service_code"_s, c.category}, {u"description"_s, u""_s},
            {u"agency_responsible"_s, c.agency}, {u"service_notice"_s, u""_s},
            {u"requested_datetime"_s, w3c(c.filedAtMs)},
            {u"updated_datetime"_s, w3c(c.changedAtMs)}, {u"expected_datetime"_s, w3c(c.dueAtMs)},
            {u"address"_s, *address}, {u"address_id"_s, c.tambonCode}, {u"zipcode"_s, postalCode},
            {u"lat"_s, lat}, {u"long"_s, lon}, {u"media_url"_s, u""_s}};
        return std::nullopt;
    }

    CentralDatabase &m_central;
    Open311Store &m_store;
    const Call &m_call;
    Format m_format;
    qint64 m_nowMs;
    QHash<QString, QJsonObject> m_items; // itemOf(): dataset '\n' key → item (empty: none)
};

} // namespace

Open311Endpoint::Open311Endpoint(CentralDatabase &central)
    : m_central(central),
      m_store(std::make_unique<Open311Store>(central.database())),
      m_filing(std::make_unique<Open311Filing>(central))
{ }

Open311Endpoint::~Open311Endpoint() = default;

const QString &Open311Endpoint::prefix()
{
    static const QString path = u"/open311/v2/"_s;
    return path;
}

QHttpServerResponse Open311Endpoint::answer(const QHttpServerRequest &request, qint64 nowMs)
{
    using Status = QHttpServerResponse::StatusCode;
    if (m_recovery && !m_recovery->ready()) {
        const bool xml = request.url().path().toLower().endsWith(u".xml"_s);
        return Open311Answer::error(xml ? Format::Xml : Format::Json, 503,
            u"central cannot read its database now; try again later"_s);
    }
    QHttpServerResponse answered = answerCall(request, nowMs);
    // Every 503 of a call is its storage failing (Open311Call::storageFailed).
    if (m_recovery && answered.statusCode() == Status::ServiceUnavailable)
        m_recovery->noteFailure(u"an Open311 call's statement failed"_s);
    return answered;
}

QHttpServerResponse Open311Endpoint::answerCall(const QHttpServerRequest &request, qint64 nowMs)
{
    Call call;
    const QString path = request.url().path().mid(prefix().size());
    const qsizetype dot = path.lastIndexOf(u'.');
    const QString extension = dot < 0 ? QString() : path.mid(dot + 1).toLower();
    if (extension == u"json"_s)
        call.format = Format::Json;
    else if (extension == u"xml"_s)
        call.format = Format::Xml;
    // XML is the specification's required format: a call without a known one is told in it.
    if (!call.format)
        return Open311Answer::error(
            Format::Xml, 404, u"no such resource: name it with .xml or .json"_s);
    call.resource = path.left(dot);
    call.query = QUrlQuery(request.url());
    const bool isPost = request.method() == QHttpServerRequest::Method::Post;
    if (isPost)
        call.form = formOf(request.body());
    const QString locale = call.value(u"locale"_s).toLower();
    call.english = locale.startsWith(u"en"_s);
    if (nowMs < 0)
        nowMs = BangkokTime::nowUtcMs();
    Open311Call answering(m_central, *m_store, call, nowMs);

    if (call.has(u"jurisdiction_id"_s)) {
        const QString jurisdiction = call.value(u"jurisdiction_id"_s);
        if (m_jurisdiction.isEmpty() || jurisdiction != m_jurisdiction)
            return answering.error(
                404, u"jurisdiction_id "_s + jurisdiction + u" is not served here"_s);
    }
    const QStringList parts = call.resource.split(u'/');
    const bool isGet = request.method() == QHttpServerRequest::Method::Get;
    if (parts.size() == 1 && parts.first() == u"requests"_s && isPost)
        return answering.post(*m_filing);
    if (!isGet && !(isPost && parts.first() == u"requests"_s))
        return answering.error(405, u"this resource is read with GET"_s);
    if (isPost)
        return answering.error(405, u"a request is filed with POST requests.{format}"_s);
    if (parts.size() == 1 && parts.first() == u"services"_s)
        return answering.services();
    if (parts.size() == 2 && parts.first() == u"services"_s)
        return answering.serviceDefinition(parts.at(1));
    if (parts.size() == 1 && parts.first() == u"requests"_s)
        return answering.requests();
    if (parts.size() == 2 && parts.first() == u"requests"_s)
        return answering.request(parts.at(1));
    if (parts.size() == 2 && parts.first() == u"tokens"_s)
        // POST answers the service_request_id at once: no token is ever handed out.
        return answering.error(404,
            u"token "_s + parts.at(1)
                + u" not found: this server files requests at once and gives no tokens"_s);
    return answering.error(404, u"no such resource: "_s + call.resource);
}

} // namespace saduak
