// ReadableFields: central keeps readable only what a row's kind declares; everything else leaves
// the payload, at any depth, and comes back to where it was; the declarations are the ones
// docs/central-api.md shows.
#include <readablefields.h>

#include <queuemodel/queueevent.h>

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

QJsonObject json(const QByteArray &text)
{
    return QJsonDocument::fromJson(text).object();
}

QByteArray compact(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

// The paths of the sealed values, as "a.b.0.c".
QStringList sealedPaths(const QJsonArray &sealed)
{
    QStringList out;
    for (const QJsonValue &entry : sealed) {
        QStringList parts;
        for (const QJsonValue &part : entry.toArray().at(0).toArray())
            parts << (part.isString() ? part.toString() : QString::number(part.toInteger()));
        out << parts.join(u'.');
    }
    out.sort();
    return out;
}

// A queue event as the branch's queue writes it.
QJsonObject queueEvent(const QString &type, const QJsonObject &data)
{
    QueueEvent e;
    e.seq = 41;
    e.type = type;
    e.atMs = 1795680000000;
    e.businessDay = u"2026-11-26"_s;
    e.ticketId = u"5b7e1c1e-0c1a-4a55-9a43-1d1f5c1f2b10"_s;
    e.ticketNumber = u"A001"_s;
    e.serviceCode = u"idcard"_s;
    e.counterNumber = 2;
    e.data = data;
    return e.toJson();
}

} // namespace

class TestReadableFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyDeclaredFieldsStayReadable_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<QStringList>("sealed"); // paths, sorted

        QTest::newRow("queue event: all readable")
            << u"event"_s
            << queueEvent(QueueEvent::TicketCalled.toString(),
                   {{u"priority"_s, u"elderly"_s}, {u"reason"_s, u"priority"_s},
                       {u"waitedMs"_s, 120000}})
            << QStringList();
        QTest::newRow("counter opened: a list of services")
            << u"event"_s
            << queueEvent(QueueEvent::CounterOpened.toString(),
                   {{u"services"_s, QJsonArray {u"idcard"_s, u"land"_s}}, {u"resumed"_s, false}})
            << QStringList();
        QTest::newRow("ticket issued from a booking: the reference is sealed")
            << u"event"_s
            << queueEvent(QueueEvent::TicketIssued.toString(),
                   {{u"priority"_s, u"normal"_s}, {u"source"_s, u"kiosk"_s},
                       {u"bookingReference"_s, u"BK-2569-000123"_s}})
            << QStringList {u"data.bookingReference"_s};
        QTest::newRow("card-read audit: the staff name is sealed")
            << u"idcard.read"_s
            << json(R"({"atMs":1795680000000,"screen":"counter","counter":3,"staff":"นางสาวมาลี ศรีสุข",
                "device":"Counter 3","purpose":"service","citizenIdHash":"ab12","hashKeyId":"k1",
                "hashScheme":"blake2b-256-keyed","checkDigitValid":true,"cardExpired":false,
                "ticketId":"t1"})"_ba)
            << QStringList {u"staff"_s};
        QTest::newRow("attachment part: the bytes are sealed")
            << u"complaints.attachmentPart"_s
            << json(R"({"sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                "type":"image/png","size":4,"index":0,"count":1,"data":"dGVzdA=="})"_ba)
            << QStringList {u"data"_s};
        QTest::newRow("staff audit: the user names are sealed")
            << u"staff.audit"_s
            << json(R"({"atMs":1795680000000,"action":"commandRefused","device":"d-7",
                "deviceRole":"counter","counter":3,"user":"somchai","command":"callNext",
                "code":"forbidden"})"_ba)
            << QStringList {u"user"_s};
        QTest::newRow("staff added at the hub: who added whom is sealed, the role readable")
            << u"staff.audit"_s
            << json(R"({"atMs":1795680000000,"action":"staffAdded","device":"saduak-hub",
                "user":"anong","role":"supervisor","by":"root"})"_ba)
            << QStringList {u"by"_s, u"user"_s};
        QTest::newRow("device rebound by a supervisor: the counters readable, names sealed")
            << u"staff.audit"_s
            << json(R"({"atMs":1795680000000,"action":"deviceRebound","device":"d-1",
                "deviceRole":"supervisor","counter":0,"target":"d-7","oldCounter":3,
                "newCounter":4,"user":"anong","oldName":"ช่อง 3 ของคุณมาลี"})"_ba)
            << QStringList {u"oldName"_s, u"user"_s};
        QTest::newRow("a ticket moved by a supervisor: which and where readable, who sealed")
            << u"staff.audit"_s
            << json(R"({"atMs":1795680000000,"action":"ticketMoved","device":"d-1",
                "deviceRole":"supervisor","counter":0,"ticket":"7d1f","ticketNumber":"A001",
                "fromService":"A","toService":"B","user":"pim"})"_ba)
            << QStringList {u"user"_s};
        QTest::newRow("service hours set by an admin: the week sealed as objects")
            << u"staff.audit"_s
            << json(R"({"atMs":1795680000000,"action":"serviceHoursSet","device":"d-1",
                "deviceRole":"supervisor","counter":0,"target":"A","user":"anong",
                "week":[{"day":1,"opens":"08:30","closes":"16:30"}]})"_ba)
            << QStringList {u"user"_s, u"week"_s};
        QTest::newRow("a kind central does not know: sealed whole")
            << u"complaints.record"_s
            << json(R"({"complaintNo":"C-1","category":"road","district":"บางรัก",
                "citizen":{"firstName":"สมชาย","address":{"houseNo":"12/3"}},
                "people":[{"name":"ก"},7]})"_ba)
            << QStringList {u"category"_s, u"citizen"_s, u"complaintNo"_s, u"district"_s,
                   u"people"_s};
        // What an outside check stored readable under the old list of personal key names.
        QTest::newRow("names no list would know, and look-alikes of declared keys")
            << u"event"_s
            << json(R"({"seq":1,"type":"ticket.issued","idNumber":"1101700203451",
                "citizen_id":"1101700203451","pid":"1101700203451","emaİl":"a@b.th",
                "ｎａｍｅ":"สมชาย","ServiceCode":"สมชาย","ｓerviceCode":"สมชาย",
                "serviceCode ":"สมชาย","data":{"Priority":"สมชาย","nested":{"name":"x"}}})"_ba)
            << QStringList {u"ServiceCode"_s, u"citizen_id"_s, u"data.Priority"_s,
                   u"data.nested"_s, u"emaİl"_s, u"idNumber"_s, u"pid"_s, u"serviceCode "_s,
                   u"ｎａｍｅ"_s, u"ｓerviceCode"_s};
        QTest::newRow("a declared leaf holding an object, a declared object holding a list")
            << u"event"_s
            << json(R"({"seq":1,"type":"x","serviceCode":{"name":"สมชาย"},
                "counter":[1,{"phone":"0812345678"}],"data":["สมชาย"]})"_ba)
            << QStringList {u"counter"_s, u"data"_s, u"serviceCode"_s};
        QTest::newRow("empty") << u"event"_s << QJsonObject() << QStringList();
    }

    void onlyDeclaredFieldsStayReadable()
    {
        QFETCH(QString, kind);
        QFETCH(QJsonObject, payload);
        QFETCH(QStringList, sealed);
        const ReadableFields::Split split = ReadableFields::split(kind, payload);
        QCOMPARE(sealedPaths(split.sealed), sealed);
        const QByteArray readable = compact(split.rest);
        for (const char *personal : {"สมชาย", "มาลี", "1101700203451", "BK-2569", "0812345678",
                 "12/3", "a@b.th", "C-1", "road"})
            QVERIFY2(!readable.contains(personal), readable.constData());

        // Through JSON text, as the store keeps both parts: the payload exactly as sent.
        const auto back = ReadableFields::merge(QJsonDocument::fromJson(readable).object(),
            QJsonDocument::fromJson(compact(split.sealed)).array());
        QVERIFY(back);
        QCOMPARE(*back, payload);
    }

    void sealedValuesThatDoNotFitAreRefused_data()
    {
        QTest::addColumn<QByteArray>("rest");
        QTest::addColumn<QByteArray>("sealed");
        QTest::newRow("path through a missing object") << R"({"a":1})"_ba
                                                       << R"([[["b","name"],"x"]])"_ba;
        QTest::newRow("index past the array") << R"({"a":[{}]})"_ba
                                              << R"([[["a",1,"name"],"x"]])"_ba;
        QTest::newRow("key already there") << R"({"name":"y"})"_ba
                                           << R"([[["name"],"x"]])"_ba;
        QTest::newRow("empty path") << R"({})"_ba
                                    << R"([[[],"x"]])"_ba;
        QTest::newRow("not a pair") << R"({})"_ba
                                    << R"([["name"]])"_ba;
        QTest::newRow("index ends the path") << R"({"a":[1]})"_ba
                                             << R"([[["a",0],"x"]])"_ba;
    }

    void sealedValuesThatDoNotFitAreRefused()
    {
        QFETCH(QByteArray, rest);
        QFETCH(QByteArray, sealed);
        QString why;
        QCOMPARE(ReadableFields::merge(QJsonDocument::fromJson(rest).object(),
                     QJsonDocument::fromJson(sealed).array(), &why),
            std::nullopt);
        QVERIFY(!why.isEmpty());
    }

    void everyDeclarationIsTheApiDocuments()
    {
        QFile doc(QStringLiteral(SADUAK_CENTRAL_API_DOC));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        const qsizetype section = text.indexOf(u"## Personal data at central"_s);
        QVERIFY(section >= 0);
        const qsizetype next = text.indexOf(u"\n## "_s, section + 1);
        const QString part = text.mid(section, next < 0 ? -1 : next - section);
        // One bullet per kind: "  - `kind` (what it is): `path` `path` …" up to the next bullet.
        const QRegularExpression bullet(u"\n  - `([A-Za-z.]+)` \\([^)]*\\):((?:.(?!\n  ?- ))*.)"_s,
            QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpression code(u"`([A-Za-z0-9.]+)`"_s);
        QStringList documentedKinds;
        for (auto it = bullet.globalMatch(part); it.hasNext();) {
            const QRegularExpressionMatch kind = it.next();
            documentedKinds << kind.captured(1);
            // What follows "Sealed:" names what is not readable.
            const QString readable = kind.captured(2).section(u"Sealed:"_s, 0, 0);
            QStringList paths;
            for (auto p = code.globalMatch(readable); p.hasNext();)
                paths << p.next().captured(1);
            paths.sort();
            QCOMPARE(paths, ReadableFields::pathsOf(kind.captured(1)));
        }
        documentedKinds.sort();
        QCOMPARE(documentedKinds, ReadableFields::declaredKinds());
    }
};

QTEST_GUILESS_MAIN(TestReadableFields)
#include "tst_readablefields.moc"
