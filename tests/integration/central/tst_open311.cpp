// Open311 GeoReport v2 at a real saduak-central on loopback (issue 15; docs/central-api.md,
// "Open311 GeoReport v2"): every resource in .json and .xml has the shape of the
// specification's examples (written out below from https://wiki.open311.org/GeoReport_v2, not
// from central's code: element names, nesting, JSON types); a complaint a branch files is listed
// open, and closed with its note after the desk's change; a POST files a complaint at central
// under its own code that a GET then finds and every branch pulls as complaint-status; every
// error is the specification's error array with its HTTP code; and no answer holds a name, phone
// number or e-mail address of a complainant anywhere in its bytes, nor shows, links or names the
// complaint's photo (media_url stays empty).
#include "centralprocess.h"
#include "rawhttp.h"

#include <attachmentrule.h>
#include <complaintworkflow.h>
#include <postgrescluster.h>
#include <trackingnumber.h>

#include <domain/bangkoktime.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

#include <memory>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

namespace {

// The specification's examples, each with one item (its values are the example's; only names,
// nesting and types are compared). service_code and service_request_id are text here: the
// examples' bare 001 and 638344 are not JSON, and ours are codes and tracking numbers.
const char kSpecServicesJson[] = R"([{"service_code":"001","service_name":"Cans left out 24x7",
  "description":"Garbage or recycling cans that have been left out for more than 24 hours after collection.",
  "metadata":false,"type":"realtime","keywords":"lorem, ipsum, dolor","group":"sanitation"}])";
const char kSpecServicesXml[] = R"(<?xml version="1.0" encoding="utf-8"?>
<services><service><service_code>001</service_code><service_name>Cans left out 24x7</service_name>
<description>Garbage or recycling cans</description><metadata>false</metadata><type>realtime</type>
<keywords>lorem, ipsum, dolor</keywords><group>sanitation</group></service></services>)";
// A definition without attributes: the specification's with its attributes list empty.
const char kSpecDefinitionJson[] = R"({"service_code":"DMV66","attributes":[]})";
const char kSpecDefinitionXml[] = R"(<?xml version="1.0" encoding="utf-8"?>
<service_definition><service_code>DMV66</service_code><attributes/></service_definition>)";
const char kSpecRequestsJson[] = R"([{"service_request_id":"638344","status":"closed",
  "status_notes":"Duplicate request.","service_name":"Sidewalk and Curb Issues","service_code":"006",
  "description":"","agency_responsible":"","service_notice":"",
  "requested_datetime":"2010-04-14T06:37:38-08:00","updated_datetime":"2010-04-14T06:37:38-08:00",
  "expected_datetime":"2010-04-15T06:37:38-08:00","address":"8TH AVE and JUDAH ST",
  "address_id":"545483","zipcode":"94122","lat":37.762221815,"long":-122.4651145,
  "media_url":"http://city.gov.s3.amazonaws.com/requests/media/638344.jpg"}])";
const char kSpecRequestsXml[] = R"(<?xml version="1.0" encoding="utf-8"?>
<service_requests><request><service_request_id>638344</service_request_id><status>closed</status>
<status_notes>Duplicate request.</status_notes><service_name>Sidewalk and Curb Issues</service_name>
<service_code>006</service_code><description></description><agency_responsible></agency_responsible>
<service_notice></service_notice><requested_datetime>2010-04-14T06:37:38-08:00</requested_datetime>
<updated_datetime>2010-04-14T06:37:38-08:00</updated_datetime>
<expected_datetime>2010-04-15T06:37:38-08:00</expected_datetime><address>8TH AVE and JUDAH ST</address>
<address_id>545483</address_id><zipcode>94122</zipcode><lat>37.762221815</lat><long>-122.4651145</long>
<media_url>http://city.gov.s3.amazonaws.com/requests/media/638344.jpg</media_url></request></service_requests>)";
const char kSpecPostJson[]
    = R"([{"service_request_id":"293944","service_notice":"The City will inspect","account_id":null}])";
const char kSpecPostXml[] = R"(<?xml version="1.0" encoding="utf-8"?>
<service_requests><request><service_request_id>293944</service_request_id>
<service_notice>The City will inspect</service_notice><account_id/></request></service_requests>)";
const char kSpecErrorsJson[]
    = R"([{"code":403,"description":"Invalid api_key received -- can't proceed with create_request."}])";
const char kSpecErrorsXml[] = R"(<?xml version="1.0" encoding="utf-8"?>
<errors><error><code>403</code><description>Invalid api_key received</description></error></errors>)";

// What complainants gave, in every spelling an answer could carry it: none may appear. The
// descriptions too: what a complainant wrote may name people, so it is sealed like the rest.
const QStringList kPersonal {u"ท่อระบายน้ำอุดตัน"_s, u"เสียงดังจากโรงงานทุกคืน"_s, u"เสียงดัง"_s, u"สมศรี"_s,
    u"มีสุข"_s, u"0891234567"_s, u"089-123-4567"_s, u"somsri@example.com"_s, u"3100600123456"_s,
    u"ประยุทธ"_s, u"ใจดี"_s, u"0812345678"_s, u"081 234 5678"_s, u"prayut@example.org"_s,
    u"Somchai"_s, u"somchai@example.com"_s};

// An element: its name, text (leaves) and children, read with QXmlStreamReader.
struct Element
{
    QString name;
    QString text;
    QList<Element> children;
};

std::optional<Element> parseXml(const QByteArray &bytes, QString *why)
{
    QXmlStreamReader xml(bytes);
    QList<Element> open;
    std::optional<Element> root;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            open.append(Element {xml.name().toString(), {}, {}});
            break;
        case QXmlStreamReader::Characters:
            if (!open.isEmpty() && !xml.isWhitespace())
                open.last().text += xml.text();
            break;
        case QXmlStreamReader::EndElement: {
            Element done = open.takeLast();
            if (open.isEmpty())
                root = done;
            else
                open.last().children.append(done);
            break;
        }
        default:
            break;
        }
    }
    if (xml.hasError()) {
        *why = xml.errorString();
        return std::nullopt;
    }
    return root;
}

// Names and nesting: actual has the element names of expected, in its order, at every level; a
// repeated element (every item of a list) is compared with the example's first.
QString xmlMismatch(const Element &expected, const Element &actual, const QString &path)
{
    const QString here = path + u'/' + actual.name;
    if (expected.name != actual.name)
        return path + u": expected <"_s + expected.name + u">, got <"_s + actual.name + u'>';
    if (expected.children.isEmpty()) {
        if (!actual.children.isEmpty())
            return here + u": expected text, got elements"_s;
        return {};
    }
    const bool isList = expected.children.size() == 1;
    if (isList) {
        for (const Element &child : actual.children) {
            const QString m = xmlMismatch(expected.children.first(), child, here);
            if (!m.isEmpty())
                return m;
        }
        return {};
    }
    if (actual.children.size() != expected.children.size())
        return here + u": expected "_s + QString::number(expected.children.size())
            + u" elements, got "_s + QString::number(actual.children.size());
    for (qsizetype i = 0; i < expected.children.size(); ++i) {
        const QString m = xmlMismatch(expected.children.at(i), actual.children.at(i), here);
        if (!m.isEmpty())
            return m;
    }
    return {};
}

QString typeName(const QJsonValue &v)
{
    static const char *names[] = {"null", "bool", "number", "string", "array", "object"};
    return QString::fromLatin1(v.type() == QJsonValue::Undefined ? "absent" : names[v.type()]);
}

// Names and JSON types: every object has exactly the example's keys, each of the example's type;
// every item of an array is compared with the example's first (an empty example array: only
// empty arrays).
QString jsonMismatch(const QJsonValue &expected, const QJsonValue &actual, const QString &path)
{
    if (expected.type() != actual.type())
        return path + u": expected "_s + typeName(expected) + u", got "_s + typeName(actual);
    if (expected.isArray()) {
        const QJsonArray e = expected.toArray();
        for (qsizetype i = 0; i < actual.toArray().size(); ++i) {
            if (e.isEmpty())
                return path + u": expected an empty array"_s;
            const QString m = jsonMismatch(
                e.first(), actual.toArray().at(i), path + u'[' + QString::number(i) + u']');
            if (!m.isEmpty())
                return m;
        }
    }
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (const QString &key : a.keys())
            if (!e.contains(key))
                return path + u'.' + key + u": not in the specification's example"_s;
        for (const QString &key : e.keys()) {
            const QString m = jsonMismatch(e.value(key), a.value(key), path + u'.' + key);
            if (!m.isEmpty())
                return m;
        }
    }
    return {};
}

QJsonValue jsonOf(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue::Undefined;
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QString contentType(const RawResponse &r)
{
    for (const QByteArray &line : r.head.split('\n'))
        if (line.toLower().startsWith("content-type:"))
            return QString::fromLatin1(line.mid(13).trimmed());
    return {};
}

// A photo the branch's complaint carries (a PNG's signature is all central reads of its type):
// Open311 must never show it, nor say it exists (it may show people or documents).
const QByteArray kPhoto = "\x89PNG\r\n\x1a\n"_ba + QByteArray("ภาพถ่ายท่อ").repeated(40);
const QString kPhotoName = u"รูปหน้าบ้านเลขที่ 12.png"_s;

QJsonObject photoPartRow(qint64 createdAt)
{
    const QJsonObject payload {{u"sha256"_s, complaints::AttachmentRule::sha256Of(kPhoto)},
        {u"type"_s, u"image/png"_s}, {u"size"_s, kPhoto.size()}, {u"index"_s, 0}, {u"count"_s, 1},
        {u"data"_s, QString::fromLatin1(kPhoto.toBase64())}};
    return {{u"uuid"_s, u"0b0e0000-0000-4000-8000-0000000000a1"_s}, {u"seq"_s, 2},
        {u"kind"_s, u"complaints.attachmentPart"_s}, {u"payload"_s, payload},
        {u"createdAt"_s, createdAt}};
}

QJsonObject complaintRow(const QString &uuid, const QString &number, qint64 filedAt)
{
    const QJsonObject payload {{u"trackingNumber"_s, number}, {u"filedAtMs"_s, filedAt},
        {u"dueAtMs"_s, complaints::dueAtMs(filedAt)}, {u"category"_s, u"roads"_s},
        {u"subject"_s, u"น้ำท่วมซอย"_s}, {u"description"_s, u"ท่อระบายน้ำอุดตัน"_s},
        {u"area"_s,
            QJsonObject {
                {u"province"_s, u"10"_s}, {u"amphoe"_s, u"1004"_s}, {u"tambon"_s, u"100401"_s}}},
        {u"location"_s, QJsonObject {{u"latitude"_s, 13.7291}, {u"longitude"_s, 100.5232}}},
        {u"complainant"_s,
            QJsonObject {{u"citizenId"_s, u"3100600123456"_s}, {u"prefix"_s, u"นาง"_s},
                {u"firstName"_s, u"สมศรี"_s}, {u"lastName"_s, u"มีสุข"_s}}},
        {u"contact"_s,
            QJsonObject {{u"phone"_s, u"0891234567"_s}, {u"email"_s, u"somsri@example.com"_s}}},
        {u"channel"_s, u"kiosk"_s}, {u"counter"_s, 0}, {u"staff"_s, QJsonValue::Null},
        {u"attachments"_s,
            QJsonArray {QJsonObject {{u"sha256"_s, complaints::AttachmentRule::sha256Of(kPhoto)},
                {u"name"_s, kPhotoName}, {u"type"_s, u"image/png"_s},
                {u"size"_s, kPhoto.size()}}}}};
    return {{u"uuid"_s, uuid}, {u"seq"_s, 1}, {u"kind"_s, u"complaints.complaint"_s},
        {u"payload"_s, payload}, {u"createdAt"_s, filedAt}};
}

// The ```http blocks of docs/central-api.md's "Open311 GeoReport v2", in pairs: a request (head,
// blank line, body) and its answer (status line, blank line, JSON or XML).
struct DocExample
{
    QByteArray request;
    int status = 0;
    QByteArray answer;
};

QList<DocExample> documentedExamples(QString *why)
{
    QFile file(QStringLiteral(SADUAK_CENTRAL_API_DOC));
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return {};
    }
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype start = text.indexOf(u"\n## Open311 GeoReport v2\n"_s);
    const qsizetype end = text.indexOf(u"\n## "_s, start + 5);
    if (start < 0 || end < 0) {
        *why = u"no section \"Open311 GeoReport v2\" followed by another"_s;
        return {};
    }
    QList<QStringList> blocks;
    bool inBlock = false;
    for (const QString &line : text.mid(start, end - start).split(u'\n')) {
        if (line.startsWith(u"```"_s)) {
            inBlock = !inBlock && line.trimmed() == u"```http"_s;
            if (inBlock)
                blocks.append(QStringList {});
            continue;
        }
        if (inBlock)
            blocks.last() << line;
    }
    QList<DocExample> out;
    for (qsizetype i = 0; i + 1 < blocks.size(); i += 2) {
        const QStringList req = blocks.at(i);
        const QStringList res = blocks.at(i + 1);
        if (req.isEmpty() || res.isEmpty() || !res.first().startsWith(u"HTTP/1.1 "_s)) {
            *why = u"block "_s + QString::number(i + 1) + u" is not a request/answer pair"_s;
            return {};
        }
        const qsizetype blank = req.indexOf(QString());
        const QStringList head = blank < 0 ? req : req.mid(0, blank);
        const QByteArray body = blank < 0 ? QByteArray() : req.mid(blank + 1).join(u'\n').toUtf8();
        DocExample e;
        e.request = head.join(u"\r\n"_s).toUtf8() + "\r\nHost: 127.0.0.1\r\n"_ba;
        if (head.first().startsWith(u"POST"_s))
            e.request += "Content-Length: "_ba + QByteArray::number(body.size()) + "\r\n"_ba;
        e.request += "\r\n"_ba + body;
        e.status = res.first().mid(9, 3).toInt();
        e.answer = res.mid(res.indexOf(QString()) + 1).join(u'\n').toUtf8();
        out << e;
    }
    return out;
}

// The document's values: every value as shown, except that "…" stands for any text.
QString documentedMismatch(
    const QJsonValue &expected, const QJsonValue &actual, const QString &path)
{
    if (expected == QJsonValue(u"…"_s))
        return actual.isString() ? QString() : path + u": expected some text"_s;
    if (expected.type() != actual.type())
        return path + u": expected "_s + typeName(expected) + u", got "_s + typeName(actual);
    if (expected.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (e.size() != a.size())
            return path + u": expected "_s + QString::number(e.size()) + u" items, got "_s
                + QString::number(a.size());
        for (qsizetype i = 0; i < e.size(); ++i) {
            const QString m
                = documentedMismatch(e.at(i), a.at(i), path + u'[' + QString::number(i) + u']');
            if (!m.isEmpty())
                return m;
        }
        return {};
    }
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        if (e.keys() != a.keys())
            return path + u": expected the keys "_s + e.keys().join(u", "_s) + u", got "_s
                + a.keys().join(u", "_s);
        for (const QString &key : e.keys()) {
            const QString m = documentedMismatch(e.value(key), a.value(key), path + u'.' + key);
            if (!m.isEmpty())
                return m;
        }
        return {};
    }
    return expected == actual ? QString()
                              : path + u": expected "_s + expected.toVariant().toString()
            + u", got "_s + actual.toVariant().toString();
}

QString documentedMismatch(const Element &expected, const Element &actual, const QString &path)
{
    const QString here = path + u'/' + expected.name;
    if (expected.name != actual.name)
        return path + u": expected <"_s + expected.name + u">, got <"_s + actual.name + u'>';
    if (expected.text != u"…"_s && expected.text != actual.text)
        return here + u": expected \""_s + expected.text + u"\", got \""_s + actual.text + u'"';
    if (expected.children.size() != actual.children.size())
        return here + u": expected "_s + QString::number(expected.children.size())
            + u" elements, got "_s + QString::number(actual.children.size());
    for (qsizetype i = 0; i < expected.children.size(); ++i) {
        const QString m = documentedMismatch(expected.children.at(i), actual.children.at(i), here);
        if (!m.isEmpty())
            return m;
    }
    return {};
}

// A POST's form: name and value, in order.
using Form = QList<std::pair<QString, QString>>;

const QByteArray kTimeFormat = R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$)";

} // namespace

class TestOpen311 : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CentralProcess> m_central;
    QByteArray m_authB001;
    QString m_key;
    QString m_branchNumber; // B001's complaint
    QString m_postedNumber; // filed by POST
    QList<QByteArray> m_answers; // every answer's bytes, searched for personal data at the end

    RawResponse get(const QByteArray &path)
    {
        const RawResponse r = rawHttp(m_central->port(), httpRequest("GET"_ba, path));
        m_answers << r.head + r.body;
        return r;
    }

    RawResponse post(const QByteArray &path, const Form &form)
    {
        QByteArray body;
        for (const auto &[name, value] : form)
            body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(name) + '='
                + QUrl::toPercentEncoding(value);
        const RawResponse r = rawHttp(m_central->port(),
            httpRequest(
                "POST"_ba, path, {"Content-Type: application/x-www-form-urlencoded"_ba}, body));
        m_answers << r.head + r.body;
        return r;
    }

    // The answer has the specification's example's shape, in its format, with its Content-Type.
    static QString shapeMismatch(
        const RawResponse &r, const char *specJson, const char *specXml, bool xml)
    {
        if (xml) {
            if (!contentType(r).startsWith(u"text/xml"_s) || !r.body.startsWith("<?xml"))
                return u"not XML: "_s + contentType(r);
            QString why;
            const auto expected = parseXml(specXml, &why);
            if (!expected)
                return u"the test's example: "_s + why;
            const auto actual = parseXml(r.body, &why);
            if (!actual)
                return u"the answer: "_s + why;
            return xmlMismatch(*expected, *actual, {});
        }
        if (!contentType(r).startsWith(u"application/json"_s))
            return u"not JSON: "_s + contentType(r);
        const QJsonValue expected = jsonOf(specJson);
        if (expected.isUndefined())
            return u"the test's example is not JSON"_s;
        return jsonMismatch(expected, jsonOf(r.body), u"answer"_s);
    }

    QJsonObject onlyRequest(const RawResponse &r) const
    {
        const QJsonArray all = jsonOf(r.body).toArray();
        return all.size() == 1 ? all.first().toObject() : QJsonObject {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_central = std::make_unique<CentralProcess>(centralLocation(m_dir));
        const QString b001 = m_central->enrol(u"B001"_s, u"Central World"_s);
        QVERIFY(!b001.isEmpty());
        m_authB001 = "Authorization: Bearer "_ba + b001.toLatin1();
        // Reference data as central serves it: the seed's categories, one tambon with its parents.
        QString out, err;
        QCOMPARE(m_central->command(
                     {u"import-reference"_s, u"--dataset"_s, u"complaint-categories"_s, u"--file"_s,
                         QStringLiteral(SADUAK_SOURCE_DIR)
                             + u"/db/reference/complaint-categories.jsonl"_s,
                         u"--key-field"_s, u"code"_s},
                     &out, &err),
            0);
        QFile areas(m_dir.filePath(u"areas.jsonl"_s));
        QVERIFY(areas.open(QIODevice::WriteOnly));
        areas.write(R"({"key":"p10","code":"10","th":"กรุงเทพมหานคร","en":"Bangkok","parent":""}
{"key":"d1004","code":"1004","th":"บางรัก","en":"Bang Rak","parent":"10"}
{"key":"t100401","code":"100401","th":"มหาพฤฒาราม","en":"Maha Phruettharam","parent":"1004","postalCode":"10500"}
)");
        areas.close();
        QCOMPARE(m_central->command({u"import-reference"_s, u"--dataset"_s, u"admin-areas"_s,
                                        u"--file"_s, areas.fileName(), u"--key-field"_s, u"key"_s},
                     &out, &err),
            0);
        QCOMPARE(m_central->command(
                     {u"add-open311-key"_s, u"--name"_s, u"Traffy Fondue"_s}, &m_key, &err),
            0);
        QCOMPARE(m_key.size(), 43); // printed once, alone on stdout
        QVERIFY(m_central->start(0, {u"--open311-jurisdiction"_s, u"bangkok.go.th"_s}) != 0);

        // A complaint B001 filed an hour ago, pushed as the branch's sync client does.
        const qint64 filedAt = BangkokTime::nowUtcMs() - 3600 * 1000;
        m_branchNumber
            = complaints::TrackingNumber::make(u"B001"_s, BangkokTime::fromUtcMs(filedAt).date(), 1)
                  ->text();
        const QJsonObject batch {{u"rows"_s,
            QJsonArray {
                complaintRow(u"0b0e0000-0000-4000-8000-000000000001"_s, m_branchNumber, filedAt),
                photoPartRow(filedAt)}}};
        const RawResponse pushed = rawHttp(m_central->port(),
            httpRequest("POST"_ba, "/v1/ingest"_ba,
                {m_authB001, "Content-Type: application/json"_ba},
                QJsonDocument(batch).toJson(QJsonDocument::Compact)));
        QCOMPARE(pushed.status, 200);
        QCOMPARE(pushed.json().value(u"inserted"_s).toInt(), 2);
    }

    void servicesAreTheCategories_data()
    {
        QTest::addColumn<bool>("xml");
        QTest::newRow("json") << false;
        QTest::newRow("xml") << true;
    }
    void servicesAreTheCategories()
    {
        QFETCH(bool, xml);
        const RawResponse r
            = get(xml ? "/open311/v2/services.xml"_ba : "/open311/v2/services.json"_ba);
        QCOMPARE(r.status, 200);
        const QString m = shapeMismatch(r, kSpecServicesJson, kSpecServicesXml, xml);
        QVERIFY2(m.isEmpty(), qPrintable(m + u" in "_s + QString::fromUtf8(r.body)));
        // Thai by default, the seed's six categories, none with attributes.
        QVERIFY(r.body.contains(u"ถนนและสาธารณูปโภค"_s.toUtf8()));
        QCOMPARE(r.body.count(xml ? "<service>" : "\"service_code\""), 6);
        if (!xml) {
            const QJsonArray services = jsonOf(r.body).toArray();
            const auto roads = std::find_if(services.begin(), services.end(),
                [](const auto &s) { return s.toObject().value(u"service_code"_s) == u"roads"_s; });
            QVERIFY(roads != services.end());
            // In a person's order (complaint-categories' "order"), "other" last.
            QCOMPARE(
                services.first().toObject().value(u"service_code"_s).toString(), u"nuisance"_s);
            QCOMPARE(services.last().toObject().value(u"service_code"_s).toString(), u"other"_s);
            QCOMPARE(roads->toObject().value(u"metadata"_s), QJsonValue(false));
            QCOMPARE(roads->toObject().value(u"type"_s), QJsonValue(u"realtime"_s));
        }
        const RawResponse english = get(xml ? "/open311/v2/services.xml?locale=en"_ba
                                            : "/open311/v2/services.json?locale=en"_ba);
        QVERIFY(english.body.contains("Roads and public works"));
    }

    void aServiceHasTheEmptyDefinition_data() { servicesAreTheCategories_data(); }
    void aServiceHasTheEmptyDefinition()
    {
        QFETCH(bool, xml);
        const RawResponse r
            = get(xml ? "/open311/v2/services/roads.xml"_ba : "/open311/v2/services/roads.json"_ba);
        QCOMPARE(r.status, 200);
        const QString m = shapeMismatch(r, kSpecDefinitionJson, kSpecDefinitionXml, xml);
        QVERIFY2(m.isEmpty(), qPrintable(m + u" in "_s + QString::fromUtf8(r.body)));
        QVERIFY(r.body.contains("roads"));
    }

    void aBranchsComplaintIsListedOpen_data() { servicesAreTheCategories_data(); }
    void aBranchsComplaintIsListedOpen()
    {
        QFETCH(bool, xml);
        const QByteArray format = xml ? "xml" : "json";
        const RawResponse r = get("/open311/v2/requests."_ba + format + "?service_code=roads");
        QCOMPARE(r.status, 200);
        const QString m = shapeMismatch(r, kSpecRequestsJson, kSpecRequestsXml, xml);
        QVERIFY2(m.isEmpty(), qPrintable(m + u" in "_s + QString::fromUtf8(r.body)));
        QVERIFY(r.body.contains(m_branchNumber.toLatin1()));
        if (xml)
            return;
        const QJsonObject request = onlyRequest(r);
        QCOMPARE(request.value(u"service_request_id"_s).toString(), m_branchNumber);
        QCOMPARE(request.value(u"status"_s).toString(), u"open"_s);
        QCOMPARE(request.value(u"service_name"_s).toString(), u"ถนนและสาธารณูปโภค"_s);
        QCOMPARE(request.value(u"address"_s).toString(), u"มหาพฤฒาราม, บางรัก, กรุงเทพมหานคร"_s);
        QCOMPARE(request.value(u"address_id"_s).toString(), u"100401"_s);
        QCOMPARE(request.value(u"zipcode"_s).toString(), u"10500"_s);
        QCOMPARE(request.value(u"lat"_s).toDouble(), 13.7291);
        QCOMPARE(request.value(u"long"_s).toDouble(), 100.5232);
        QCOMPARE(request.value(u"description"_s).toString(), QString()); // sealed
        const QRegularExpression w3c(QString::fromLatin1(kTimeFormat));
        for (const char *field : {"requested_datetime", "updated_datetime", "expected_datetime"})
            QVERIFY2(
                w3c.match(request.value(QLatin1StringView(field)).toString()).hasMatch(), field);
        // Due by the end of the 15th day after filing, in Bangkok.
        QVERIFY(request.value(u"expected_datetime"_s).toString().endsWith(u"T23:59:59+07:00"_s));

        // Filters: the open ones have it, the closed ones and another service do not; a window
        // that ended before it was filed neither.
        QVERIFY(
            get("/open311/v2/requests.json?status=open").body.contains(m_branchNumber.toLatin1()));
        QCOMPARE(get("/open311/v2/requests.json?status=closed").body, "[]"_ba);
        QCOMPARE(get("/open311/v2/requests.json?service_code=nuisance").body, "[]"_ba);
        QCOMPARE(
            get("/open311/v2/requests.json?end_date=2020-01-01T00:00:00%2B07:00").body, "[]"_ba);
    }

    void aClosedComplaintShowsItsNote()
    {
        const QString note = u"ส่งเรื่องให้สำนักงานเขตบางรักแล้ว ซ่อมท่อเสร็จ"_s;
        QString out, err;
        QCOMPARE(m_central->command(
                     {u"complaint"_s, u"--tracking"_s, m_branchNumber, u"--action"_s, u"register"_s,
                         u"--category"_s, u"roads"_s, u"--note"_s, u"รับเรื่อง"_s},
                     &out, &err),
            0);
        QCOMPARE(m_central->command({u"complaint"_s, u"--tracking"_s, m_branchNumber, u"--action"_s,
                                        u"reject"_s, u"--note"_s, note},
                     &out, &err),
            0);
        for (const bool xml : {false, true}) {
            const RawResponse r = get("/open311/v2/requests/"_ba + m_branchNumber.toLatin1()
                + (xml ? ".xml"_ba : ".json"_ba));
            QCOMPARE(r.status, 200);
            const QString m = shapeMismatch(r, kSpecRequestsJson, kSpecRequestsXml, xml);
            QVERIFY2(m.isEmpty(), qPrintable(m + u" in "_s + QString::fromUtf8(r.body)));
            if (xml) {
                QString why;
                const auto root = parseXml(r.body, &why);
                QVERIFY(root);
                const Element &request = root->children.value(0);
                QCOMPARE(request.children.value(1).name, u"status"_s);
                QCOMPARE(request.children.value(1).text, u"closed"_s);
                QCOMPARE(request.children.value(2).text, note);
            } else {
                const QJsonObject request = onlyRequest(r);
                QCOMPARE(request.value(u"status"_s).toString(), u"closed"_s);
                QCOMPARE(request.value(u"status_notes"_s).toString(), note);
            }
        }
        QVERIFY(get("/open311/v2/requests.json?status=closed")
                    .body.contains(m_branchNumber.toLatin1()));
        QCOMPARE(get("/open311/v2/requests.json?status=open").body, "[]"_ba);
    }

    void aPostedRequestIsFiledAtCentral_data() { servicesAreTheCategories_data(); }
    void aPostedRequestIsFiledAtCentral()
    {
        QFETCH(bool, xml);
        const QByteArray format = xml ? "xml" : "json";
        const RawResponse r = post("/open311/v2/requests."_ba + format,
            {{u"api_key"_s, m_key}, {u"jurisdiction_id"_s, u"bangkok.go.th"_s},
                {u"service_code"_s, u"nuisance"_s}, {u"lat"_s, u"13.7300"_s},
                {u"long"_s, u"100.5200"_s}, {u"address_id"_s, u"100401"_s},
                {u"description"_s, u"เสียงดังจากโรงงานทุกคืน"_s}, {u"first_name"_s, u"ประยุทธ"_s},
                {u"last_name"_s, u"ใจดี"_s}, {u"email"_s, u"prayut@example.org"_s},
                {u"phone"_s, u"081 234 5678"_s}});
        QCOMPARE(r.status, 200);
        const QString m = shapeMismatch(r, kSpecPostJson, kSpecPostXml, xml);
        QVERIFY2(m.isEmpty(), qPrintable(m + u" in "_s + QString::fromUtf8(r.body)));
        QString number;
        if (xml) {
            QString why;
            number = parseXml(r.body, &why)->children.value(0).children.value(0).text;
        } else {
            number = onlyRequest(r).value(u"service_request_id"_s).toString();
        }
        // Central's own code, today's date in Bangkok, the day's next sequence.
        const auto parsed = complaints::TrackingNumber::parse(number);
        QVERIFY2(parsed, qPrintable(number));
        QCOMPARE(parsed->branchCode(), u"CENTRAL"_s);
        QCOMPARE(parsed->filingDate(), BangkokTime::fromUtcMs(BangkokTime::nowUtcMs()).date());
        QCOMPARE(parsed->sequence(), xml ? 2 : 1);
        m_postedNumber = number;

        const RawResponse found = get("/open311/v2/requests/"_ba + number.toLatin1() + ".json");
        QCOMPARE(found.status, 200);
        const QJsonObject request = onlyRequest(found);
        QCOMPARE(request.value(u"service_request_id"_s).toString(), number);
        QCOMPARE(request.value(u"status"_s).toString(), u"open"_s);
        QCOMPARE(request.value(u"service_code"_s).toString(), u"nuisance"_s);
        QCOMPARE(request.value(u"address_id"_s).toString(), u"100401"_s);
        QCOMPARE(request.value(u"lat"_s).toDouble(), 13.73);
        QCOMPARE(request.value(u"long"_s).toDouble(), 100.52);
        const QString m2 = shapeMismatch(found, kSpecRequestsJson, kSpecRequestsXml, false);
        QVERIFY2(m2.isEmpty(), qPrintable(m2));

        // Every branch can look it up: it is published as complaint-status.
        const RawResponse status = rawHttp(m_central->port(),
            httpRequest("GET"_ba, "/v1/reference/complaint-status?after=0"_ba, {m_authB001}));
        QCOMPARE(status.status, 200);
        QVERIFY(status.body.contains(number.toLatin1()));
        m_answers << status.body;

        // Central's own row is no branch in the cross-branch figures: it has no queue.
        const RawResponse figures
            = rawHttp(m_central->port(), httpRequest("GET"_ba, "/v1/statistics"_ba, {m_authB001}));
        QCOMPARE(figures.status, 200);
        const QJsonArray branches = figures.json().value(u"branches"_s).toArray();
        QCOMPARE(branches.size(), 1);
        QCOMPARE(branches.first().toObject().value(u"code"_s).toString(), u"B001"_s);
    }

    void aListOfIdsOverridesTheOtherParameters()
    {
        // The branch's (closed) and the posted (open) one, an unknown number and no number at
        // all: the two central has, in the order asked, whatever status and service_code say.
        const QString unknown
            = complaints::TrackingNumber::make(u"B001"_s, QDate(2026, 1, 5), 9)->text();
        const QByteArray ids
            = (m_postedNumber + u',' + m_branchNumber + u',' + unknown + u",not-a-number"_s)
                  .toLatin1();
        const RawResponse r = get("/open311/v2/requests.json?status=open&service_code=officials"
                                  "&service_request_id="_ba
            + ids);
        QCOMPARE(r.status, 200);
        const QString m = shapeMismatch(r, kSpecRequestsJson, kSpecRequestsXml, false);
        QVERIFY2(m.isEmpty(), qPrintable(m));
        const QJsonArray requests = jsonOf(r.body).toArray();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(
            requests.at(0).toObject().value(u"service_request_id"_s).toString(), m_postedNumber);
        QCOMPARE(
            requests.at(1).toObject().value(u"service_request_id"_s).toString(), m_branchNumber);
        QCOMPARE(requests.at(1).toObject().value(u"status"_s).toString(), u"closed"_s);
        const RawResponse xml = get("/open311/v2/requests.xml?service_request_id="_ba + ids);
        QCOMPARE(xml.body.count("<request>"), 2);
    }

    void noTokensAreHandedOut()
    {
        const RawResponse r = get("/open311/v2/tokens/12345.json");
        QCOMPARE(r.status, 404);
        const QString m = shapeMismatch(r, kSpecErrorsJson, kSpecErrorsXml, false);
        QVERIFY2(m.isEmpty(), qPrintable(m));
    }

    void errorsAreTheSpecificationsArrays_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("resource"); // without the format
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<Form>("form");
        QTest::addColumn<int>("code");
        const auto withKey = [this](Form form) {
            form.prepend({u"api_key"_s, m_key});
            return form;
        };
        const Form where {{u"lat"_s, u"13.73"_s}, {u"long"_s, u"100.52"_s}};
        QTest::newRow("POST without api_key") << "POST"_ba
                                              << "requests"_ba
                                              << ""_ba
                                              << Form {{u"service_code"_s, u"roads"_s},
                                                     {u"lat"_s, u"13.7"_s}, {u"long"_s, u"100.5"_s}}
                                              << 403;
        QTest::newRow("POST with a wrong api_key")
            << "POST"_ba
            << "requests"_ba
            << ""_ba
            << Form {{u"api_key"_s, u"not-a-key-central-made"_s}, {u"service_code"_s, u"roads"_s}}
            << 403;
        QTest::newRow("POST without service_code") << "POST"_ba
                                                   << "requests"_ba
                                                   << ""_ba << withKey(where) << 400;
        QTest::newRow("POST with an unknown service_code")
            << "POST"_ba
            << "requests"_ba
            << ""_ba << withKey(where + Form {{u"service_code"_s, u"potholes"_s}}) << 404;
        QTest::newRow("POST without a location")
            << "POST"_ba
            << "requests"_ba
            << ""_ba << withKey({{u"service_code"_s, u"roads"_s}}) << 400;
        QTest::newRow("POST with lat that is no number")
            << "POST"_ba
            << "requests"_ba
            << ""_ba
            << withKey({{u"service_code"_s, u"roads"_s}, {u"lat"_s, u"north"_s},
                   {u"long"_s, u"100.5"_s}})
            << 400;
        QTest::newRow("POST with an unknown address_id")
            << "POST"_ba
            << "requests"_ba
            << ""_ba << withKey({{u"service_code"_s, u"roads"_s}, {u"address_id"_s, u"999999"_s}})
            << 400;
        QTest::newRow("POST with a bad e-mail")
            << "POST"_ba
            << "requests"_ba
            << ""_ba
            << withKey(where + Form {{u"service_code"_s, u"roads"_s}, {u"email"_s, u"nobody"_s}})
            << 400;
        QTest::newRow("an unknown service") << "GET"_ba
                                            << "services/potholes"_ba
                                            << ""_ba << Form {} << 404;
        QTest::newRow("an unknown request") << "GET"_ba
                                            << "requests/B001-691207-9999-00"_ba
                                            << ""_ba << Form {} << 404;
        QTest::newRow("start_date that is no date") << "GET"_ba
                                                    << "requests"_ba
                                                    << "?start_date=yesterday"_ba << Form {} << 400;
        QTest::newRow("start_date after end_date")
            << "GET"_ba
            << "requests"_ba
            << "?start_date=2026-02-01T00:00:00Z&end_date=2026-01-01T00:00:00Z"_ba << Form {}
            << 400;
        QTest::newRow("status that is neither open nor closed")
            << "GET"_ba
            << "requests"_ba
            << "?status=pending"_ba << Form {} << 400;
        QTest::newRow("another jurisdiction_id")
            << "GET"_ba
            << "services"_ba
            << "?jurisdiction_id=chiangmai.go.th"_ba << Form {} << 404;
    }
    void errorsAreTheSpecificationsArrays()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, resource);
        QFETCH(QByteArray, query);
        QFETCH(Form, form);
        QFETCH(int, code);
        for (const bool xml : {false, true}) {
            const QByteArray path
                = "/open311/v2/"_ba + resource + (xml ? ".xml"_ba : ".json"_ba) + query;
            const RawResponse r = method == "POST" ? post(path, form) : get(path);
            QCOMPARE(r.status, code);
            const QString m = shapeMismatch(r, kSpecErrorsJson, kSpecErrorsXml, xml);
            QVERIFY2(m.isEmpty(), qPrintable(m + u" in "_s + QString::fromUtf8(r.body)));
            if (!xml) {
                QCOMPARE(onlyRequest(r).value(u"code"_s).toInt(), code);
                QVERIFY(!onlyRequest(r).value(u"description"_s).toString().isEmpty());
            } else {
                QVERIFY(r.body.contains(
                    QByteArray("<code>"_ba + QByteArray::number(code) + "</code>")));
            }
        }
        // Nothing was filed by a refused POST: only the two good ones are central's.
        if (method == "POST")
            QVERIFY(!QRegularExpression(u"CENTRAL-\\d{6}-0003"_s)
                         .match(QString::fromUtf8(get("/open311/v2/requests.json").body))
                         .hasMatch());
    }

    void theConfiguredJurisdictionIsServed()
    {
        const RawResponse r = get("/open311/v2/services.json?jurisdiction_id=bangkok.go.th");
        QCOMPARE(r.status, 200);
    }

    void noBranchMayTakeCentralsCode()
    {
        int exitCode = 0;
        for (const QString &code : {u"CENTRAL"_s, u"central"_s, u"Cent-ral"_s}) {
            QVERIFY(m_central->enrol(code, u"A branch"_s, &exitCode).isEmpty());
            QCOMPARE(exitCode, 1);
        }
        QCOMPARE(m_central->command({u"rotate-branch-token"_s, u"--code"_s, u"CENTRAL"_s}), 1);
        // Central's own row, made by the filings above, is not listed as a branch.
        QString branches;
        QCOMPARE(m_central->command({u"list-branches"_s}, &branches), 0);
        QVERIFY2(branches.contains(u"B001\t"_s), qPrintable(branches));
        QVERIFY2(!branches.contains(u"CENTRAL"_s), qPrintable(branches));
    }

    void aKeyIsPrintedOnceAndKeptHashed()
    {
        QString out, err;
        QCOMPARE(
            m_central->command({u"add-open311-key"_s, u"--name"_s, u"Traffy Fondue"_s}, &out, &err),
            1); // one key a name
        QVERIFY(out.isEmpty());
        QCOMPARE(m_central->command({u"add-open311-key"_s}, &out, &err), 2);
        if (m_central->dbPath().startsWith(u"postgresql://"_s))
            return;
        // Only its SHA-256 is in the database (and its WAL).
        for (const QString &file :
            QStringList {m_central->dbPath(), m_central->dbPath() + u"-wal"_s}) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            QVERIFY2(!f.readAll().contains(m_key.toLatin1()), qPrintable(file));
        }
    }

    // docs/central-api.md's Open311 examples, replayed in order against a central of their own.
    void theDocumentsExamplesAreTrue()
    {
        QString why;
        const QList<DocExample> all = documentedExamples(&why);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY(all.size() >= 7);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        CentralProcess central(centralLocation(dir, u"doc"_s));
        QString out, err;
        QCOMPARE(central.command(
                     {u"import-reference"_s, u"--dataset"_s, u"complaint-categories"_s, u"--file"_s,
                         QStringLiteral(SADUAK_SOURCE_DIR)
                             + u"/db/reference/complaint-categories.jsonl"_s,
                         u"--key-field"_s, u"code"_s},
                     &out, &err),
            0);
        QCOMPARE(
            central.command({u"import-reference"_s, u"--dataset"_s, u"admin-areas"_s, u"--file"_s,
                                m_dir.filePath(u"areas.jsonl"_s), u"--key-field"_s, u"key"_s},
                &out, &err),
            0);
        QString key;
        QCOMPARE(central.command({u"add-open311-key"_s, u"--name"_s, u"doc"_s}, &key, &err), 0);
        QVERIFY(central.start(0, {u"--open311-jurisdiction"_s, u"bangkok.go.th"_s}) != 0);

        // The document's number of the POSTed complaint stands for the one central answers.
        const QByteArray documentedNumber = "CENTRAL-691207-0001-74";
        QByteArray filedNumber = documentedNumber;
        for (qsizetype i = 0; i < all.size(); ++i) {
            QByteArray request = all.at(i).request;
            request.replace("<api key>"_ba, key.toLatin1());
            request.replace(documentedNumber, filedNumber);
            const RawResponse r = rawHttp(central.port(), request);
            m_answers << r.head + r.body;
            const QString where = u"example "_s + QString::number(i + 1) + u": "_s;
            QVERIFY2(r.status == all.at(i).status,
                qPrintable(where + u"status "_s + QString::number(r.status)
                    + u", the document says "_s + QString::number(all.at(i).status) + u": "_s
                    + QString::fromUtf8(r.body)));
            if (request.startsWith("POST") && r.status == 200)
                filedNumber = onlyRequest(r).value(u"service_request_id"_s).toString().toLatin1();
            QByteArray expected = all.at(i).answer;
            expected.replace(documentedNumber, filedNumber);
            QString m;
            if (expected.startsWith("<?xml")) {
                const auto e = parseXml(expected, &why);
                QVERIFY2(e, qPrintable(where + u"the document's XML: "_s + why));
                const auto a = parseXml(r.body, &why);
                QVERIFY2(a, qPrintable(where + u"the answer's XML: "_s + why));
                m = documentedMismatch(*e, *a, {});
            } else {
                const QJsonValue e = jsonOf(expected);
                QVERIFY2(
                    !e.isUndefined(), qPrintable(where + u"the document's JSON is not JSON"_s));
                m = documentedMismatch(e, jsonOf(r.body), u"answer"_s);
            }
            QVERIFY2(m.isEmpty(), qPrintable(where + m + u" in "_s + QString::fromUtf8(r.body)));
        }
        QVERIFY(filedNumber.startsWith("CENTRAL-"));
    }

    // Every byte central answered above: B001's complaint has a photo, and no answer shows it,
    // links it or names it; media_url, where the specification puts a photo, is always empty.
    void noAnswerCarriesAnAttachment()
    {
        const QRegularExpression media(u"\"media_url\":\"[^\"]|<media_url>[^<]"_s);
        qsizetype withMediaUrl = 0;
        for (const QByteArray &answer : std::as_const(m_answers)) {
            const QString text = QString::fromUtf8(answer);
            withMediaUrl += text.contains(u"media_url"_s) ? 1 : 0;
            QVERIFY2(!media.match(text).hasMatch(), qPrintable(text));
            for (const QString &trace : {complaints::AttachmentRule::sha256Of(kPhoto), kPhotoName,
                     u"attachment"_s, QString::fromLatin1(kPhoto.toBase64().left(24))})
                QVERIFY2(!text.contains(trace), qPrintable(trace + u" in "_s + text));
        }
        QVERIFY(withMediaUrl > 5); // the requests' answers were among them
    }

    // Last: every byte central answered above.
    void noAnswerNamesAComplainant()
    {
        QVERIFY(m_answers.size() > 40);
        for (const QByteArray &answer : std::as_const(m_answers))
            for (const QString &personal : kPersonal)
                QVERIFY2(!answer.contains(personal.toUtf8()),
                    qPrintable(personal + u" in "_s + QString::fromUtf8(answer)));
    }
};

QTEST_GUILESS_MAIN(TestOpen311)
#include "tst_open311.moc"
