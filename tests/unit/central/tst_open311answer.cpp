// Open311Answer (central/open311answer.h): one answer in the specification's two formats. What
// the integration test cannot provoke through central's data: XML's special characters in text
// (an officer's note may hold "<", "&"), Thai in both formats, each kind of value, the error
// array's status, and the Content-Type of each.
#include <open311answer.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

QByteArray contentType(const QHttpServerResponse &r)
{
    return r.mimeType();
}

const Open311Answer::Record kRecord {{u"status_notes"_s, u"ซ่อม <ท่อ> & ถนน \"ซอย 5\""_s},
    {u"metadata"_s, false}, {u"code"_s, 404}, {u"lat"_s, 13.7291}, {u"long"_s, QVariant()},
    {u"attributes"_s, QVariantList {}}};

} // namespace

class TestOpen311Answer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonHasEachKindOfValue()
    {
        const QHttpServerResponse r = Open311Answer::list(
            Open311Answer::Format::Json, u"service_requests"_s, u"request"_s, {kRecord});
        QCOMPARE(contentType(r), "application/json; charset=utf-8"_ba);
        const QJsonArray all = QJsonDocument::fromJson(r.data()).array();
        QCOMPARE(all.size(), 1);
        const QJsonObject o = all.first().toObject();
        QCOMPARE(o.value(u"status_notes"_s).toString(), u"ซ่อม <ท่อ> & ถนน \"ซอย 5\""_s);
        QVERIFY(o.value(u"metadata"_s).isBool());
        QCOMPARE(o.value(u"code"_s).toInt(), 404);
        QCOMPARE(o.value(u"lat"_s).toDouble(), 13.7291);
        QVERIFY(o.value(u"long"_s).isNull());
        QVERIFY(o.value(u"attributes"_s).isArray());
    }

    void xmlEscapesTextAndKeepsThai()
    {
        const QHttpServerResponse r = Open311Answer::list(
            Open311Answer::Format::Xml, u"service_requests"_s, u"request"_s, {kRecord, kRecord});
        QCOMPARE(contentType(r), "text/xml; charset=utf-8"_ba);
        QVERIFY(r.data().startsWith(R"(<?xml version="1.0" encoding="UTF-8"?>)"));
        QXmlStreamReader xml(r.data());
        QStringList names;
        QString notes;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            names << xml.name().toString();
            if (xml.name() == u"status_notes"_s && notes.isEmpty())
                notes = xml.readElementText();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(notes, u"ซ่อม <ท่อ> & ถนน \"ซอย 5\""_s);
        QCOMPARE(names.count(u"request"_s), 2);
        QCOMPARE(names.first(), u"service_requests"_s);
        QVERIFY(r.data().contains("<metadata>false</metadata>"));
        QVERIFY(r.data().contains("<lat>13.7291</lat>"));
        QVERIFY(r.data().contains("<long/>"));
        QVERIFY(r.data().contains("<attributes/>"));
    }

    void anErrorIsAnArrayWithItsStatus_data()
    {
        QTest::addColumn<bool>("xml");
        QTest::newRow("json") << false;
        QTest::newRow("xml") << true;
    }
    void anErrorIsAnArrayWithItsStatus()
    {
        QFETCH(bool, xml);
        const QHttpServerResponse r = Open311Answer::error(
            xml ? Open311Answer::Format::Xml : Open311Answer::Format::Json, 403, u"no key"_s);
        QCOMPARE(int(r.statusCode()), 403);
        if (xml) {
            QVERIFY(r.data().contains("<errors><error><code>403</code><description>no "
                                      "key</description></error></errors>"));
        } else {
            QCOMPARE(r.data(), R"([{"code":403,"description":"no key"}])"_ba);
        }
    }
};

QTEST_GUILESS_MAIN(TestOpen311Answer)
#include "tst_open311answer.moc"
