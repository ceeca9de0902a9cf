// PersonalFields: personal fields leave a payload at any depth and come back to where they were;
// everything else stays for statistics; the list is the one docs/central-api.md shows.
#include <personalfields.h>

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

// Every key of the object and its nested objects and arrays.
QStringList keysIn(const QJsonValue &v)
{
    QStringList out;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out << it.key() << keysIn(it.value());
    } else if (v.isArray()) {
        for (const QJsonValue &child : v.toArray())
            out << keysIn(child);
    }
    return out;
}

} // namespace

class TestPersonalFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void personalFieldsLeaveAtAnyDepthAndComeBack_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QStringList>("kept"); // keys that must stay in the rest
        QTest::addColumn<int>("removed");
        QTest::newRow("complaint record") << R"({"complaintNo":"C-1","category":"road",
            "citizen":{"firstName":"สมชาย","lastName":"ใจดี","title":"นาย",
                "address":{"houseNo":"12/3","moo":"4","subdistrict":"บางรัก","province":"กรุงเทพมหานคร"},
                "phone":"0812345678","email":"somchai@example.com"},
            "district":"บางรัก","createdAt":1795680000000})"_ba
                                          << QStringList {u"complaintNo"_s, u"category"_s,
                                                 u"citizen"_s, u"district"_s, u"createdAt"_s}
                                          << 6;
        QTest::newRow("card-read audit")
            << R"({"staff":"นางสาวมาลี ศรีสุข","citizenIdHash":"ab12",
            "counter":3,"device":"reader-1","purpose":"ID"})"_ba
            << QStringList {u"citizenIdHash"_s, u"counter"_s, u"device"_s, u"purpose"_s} << 1;
        QTest::newRow("people in an array") << R"({"people":[{"name":"ก","role":"owner"},
            {"role":"witness","contact":{"mobile":"0899999999","lineId":"x"}},7,[{"Phone":"1"}]]})"_ba
                                            << QStringList {u"people"_s, u"role"_s} << 3;
        QTest::newRow("queue event: nothing personal")
            << R"({"ticket":"A001","service":"idcard","counter":2,"at":1795680000000})"_ba
            << QStringList {u"ticket"_s, u"service"_s, u"counter"_s, u"at"_s} << 0;
        QTest::newRow("empty") << "{}"_ba << QStringList() << 0;
    }

    void personalFieldsLeaveAtAnyDepthAndComeBack()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QStringList, kept);
        QFETCH(int, removed);
        const QJsonObject original = QJsonDocument::fromJson(payload).object();
        const PersonalFields::Split split = PersonalFields::split(original);
        QCOMPARE(split.removed.size(), removed);
        // The quick scan that spares central the parse agrees with the split.
        QCOMPARE(PersonalFields::mayHoldPersonalKey(
                     QJsonDocument(original).toJson(QJsonDocument::Compact)),
            removed > 0);
        const QStringList left = keysIn(split.rest);
        for (const QString &key : left)
            QVERIFY2(!PersonalFields::isPersonal(key), qPrintable(key));
        for (const QString &key : kept)
            QVERIFY2(left.contains(key), qPrintable(key));
        const QByteArray restText = QJsonDocument(split.rest).toJson(QJsonDocument::Compact);
        for (const char *personal :
            {"สมชาย", "0812345678", "somchai@", "12/3", "มาลี", "0899999999"})
            QVERIFY(!restText.contains(personal));

        // Through JSON text, as the store keeps it.
        const auto back = PersonalFields::merge(QJsonDocument::fromJson(restText).object(),
            QJsonDocument::fromJson(QJsonDocument(split.removed).toJson()).array());
        QVERIFY(back);
        QCOMPARE(*back, original);
    }

    void keysMatchWithoutRegardToCase()
    {
        QVERIFY(PersonalFields::isPersonal(u"Phone"));
        QVERIFY(PersonalFields::isPersonal(u"EMAIL"));
        QVERIFY(PersonalFields::isPersonal(u"firstname"));
        QVERIFY(!PersonalFields::isPersonal(u"province"));
        QVERIFY(!PersonalFields::isPersonal(u"citizenIdHash"));
        QVERIFY(!PersonalFields::isPersonal(u"service"));
    }

    void quickScanNeverMissesAPersonalKey_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("may");
        QTest::newRow("a value that reads like a key")
            << R"({"field":"name","x":["phone"]})"_ba << false;
        QTest::newRow("spaced key") << "{\"Name\" :\n \"x\"}"_ba << true;
        QTest::newRow("deep key") << R"({"a":[{"b":{"email":null}}]})"_ba << true;
        QTest::newRow("escaped key: parse to be sure") << "{\"n\\u0061me\":\"x\"}"_ba << true;
        QTest::newRow("cut short") << "{\"name"_ba << true;
        QTest::newRow("thai key") << R"({"ชื่อ":"x"})"_ba << false;
    }

    void quickScanNeverMissesAPersonalKey()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, may);
        QCOMPARE(PersonalFields::mayHoldPersonalKey(json), may);
    }

    void removedFieldsThatDoNotFitAreRefused_data()
    {
        QTest::addColumn<QByteArray>("rest");
        QTest::addColumn<QByteArray>("removed");
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

    void removedFieldsThatDoNotFitAreRefused()
    {
        QFETCH(QByteArray, rest);
        QFETCH(QByteArray, removed);
        QString why;
        QCOMPARE(PersonalFields::merge(QJsonDocument::fromJson(rest).object(),
                     QJsonDocument::fromJson(removed).array(), &why),
            std::nullopt);
        QVERIFY(!why.isEmpty());
    }

    void everyKeyIsInTheApiDocument()
    {
        QFile doc(QStringLiteral(SADUAK_CENTRAL_API_DOC));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        const qsizetype section = text.indexOf(u"## Personal data at central"_s);
        QVERIFY(section >= 0);
        const qsizetype next = text.indexOf(u"\n## "_s, section + 1);
        const QString part = text.mid(section, next < 0 ? -1 : next - section);
        QStringList documented;
        const QRegularExpression code(u"`([A-Za-z0-9]+)`"_s);
        for (auto it = code.globalMatch(part); it.hasNext();)
            documented << it.next().captured(1);
        for (const QString &key : PersonalFields::keys())
            QVERIFY2(documented.contains(key), qPrintable(key + u" is not in the document"_s));
    }
};

QTEST_GUILESS_MAIN(TestPersonalFields)
#include "tst_personalfields.moc"
