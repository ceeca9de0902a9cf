#include <sdk/moduleinfo.h>

#include <QJsonDocument>
#include <QObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

} // namespace

// The checks the host makes on a module's JSON before it loads the library, and the reasons it
// logs: a support person reads them, so each must say exactly which field is wrong.
class TestModuleInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryField()
    {
        QString why = u"stale"_s;
        const auto info = ModuleInfo::fromJson(
            parse(R"({ "id": "complaints", "version": "1.0.0", "sdkVersion": 1,
                           "name": { "th": "เรื่องร้องเรียน", "en": "Complaints" },
                           "services": ["E", "F"] })"),
            &why);
        QVERIFY2(info, qPrintable(why));
        QVERIFY(why.isEmpty());
        QCOMPARE(info->id, u"complaints"_s);
        QCOMPARE(info->version, u"1.0.0"_s);
        QCOMPARE(info->sdkVersion, 1);
        QCOMPARE(info->thaiName, u"เรื่องร้องเรียน"_s);
        QCOMPARE(info->englishName, u"Complaints"_s);
        QCOMPARE(info->services, QStringList({u"E"_s, u"F"_s}));
        QCOMPARE(info->name(Language::Thai), u"เรื่องร้องเรียน"_s);
        QCOMPARE(info->name(Language::English), u"Complaints"_s);
    }

    void acceptsAModuleThatServesNoService()
    {
        const auto info
            = ModuleInfo::fromJson(parse(R"({ "id": "id-card_2", "version": "2", "sdkVersion": 1.0,
                           "name": { "th": "บัตร", "en": "Card" }, "services": [] })"));
        QVERIFY(info);
        QVERIFY(info->services.isEmpty());
        QCOMPARE(info->id, u"id-card_2"_s);
        QCOMPARE(info->sdkVersion, 1);
    }

    void ignoresKeysItDoesNotKnow()
    {
        // A newer module may say more; an unknown key is not a reason to refuse it.
        QVERIFY(ModuleInfo::fromJson(
            parse(R"({ "id": "land", "version": "1", "sdkVersion": 1, "vendor": "DOL",
                           "name": { "th": "ที่ดิน", "en": "Land", "zh": "土地" },
                           "services": ["L"] })")));
    }

    void refusesBrokenMetadata_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("why");

        const auto row = [](const char *name, const char *json, const QString &why) {
            QTest::newRow(name) << QByteArray(json) << why;
        };
        row("empty object", R"({})", u"\"id\" is missing"_s);
        row("id not a string", R"({ "id": 7 })", u"\"id\" must be a string"_s);
        row("empty id", R"({ "id": "" })", u"\"id\" is empty"_s);
        row("id with capitals", R"({ "id": "Land" })",
            u"\"id\" \"Land\" may only contain lowercase letters a-z, digits, '-' and '_'"_s);
        row("id with a dot", R"({ "id": "land.th" })",
            u"\"id\" \"land.th\" may only contain lowercase letters a-z, digits, '-' and '_'"_s);
        row("id with a trailing newline", "{ \"id\": \"land\\n\" }",
            u"\"id\" \"land\n\" may only contain lowercase letters a-z, digits, '-' and '_'"_s);
        row("id in Thai", R"({ "id": "ที่ดิน" })",
            u"\"id\" \"ที่ดิน\" may only contain lowercase letters a-z, digits, '-' and '_'"_s);
        row("no version", R"({ "id": "land" })", u"\"version\" is missing"_s);
        row("version a number", R"({ "id": "land", "version": 1 })",
            u"\"version\" must be a string"_s);
        row("blank version", R"({ "id": "land", "version": "  " })", u"\"version\" is empty"_s);
        row("no sdkVersion", R"({ "id": "land", "version": "1" })", u"\"sdkVersion\" is missing"_s);
        row("sdkVersion a string", R"({ "id": "land", "version": "1", "sdkVersion": "1" })",
            u"\"sdkVersion\" must be a whole number"_s);
        row("sdkVersion a fraction", R"({ "id": "land", "version": "1", "sdkVersion": 1.5 })",
            u"\"sdkVersion\" must be a whole number"_s);
        row("sdkVersion negative", R"({ "id": "land", "version": "1", "sdkVersion": -1 })",
            u"\"sdkVersion\" must be a whole number"_s);
        row("sdkVersion too big", R"({ "id": "land", "version": "1", "sdkVersion": 1e12 })",
            u"\"sdkVersion\" must be a whole number"_s);
        row("no name", R"({ "id": "land", "version": "1", "sdkVersion": 1 })",
            u"\"name\" is missing"_s);
        row("name a string", R"({ "id": "land", "version": "1", "sdkVersion": 1, "name": "Land" })",
            u"\"name\" must be an object with \"th\" and \"en\""_s);
        row("no Thai name",
            R"({ "id": "land", "version": "1", "sdkVersion": 1, "name": { "en": "Land" } })",
            u"\"name.th\" is missing"_s);
        row("no English name",
            R"({ "id": "land", "version": "1", "sdkVersion": 1, "name": { "th": "ที่ดิน" } })",
            u"\"name.en\" is missing"_s);
        row("empty English name",
            R"({ "id": "land", "version": "1", "sdkVersion": 1,
                 "name": { "th": "ที่ดิน", "en": "" } })",
            u"\"name.en\" is empty"_s);
        row("Thai name a number",
            R"({ "id": "land", "version": "1", "sdkVersion": 1, "name": { "th": 1, "en": "L" } })",
            u"\"name.th\" must be a string"_s);
        row("no services",
            R"({ "id": "land", "version": "1", "sdkVersion": 1,
                 "name": { "th": "ที่ดิน", "en": "Land" } })",
            u"\"services\" is missing"_s);
        row("services a string",
            R"({ "id": "land", "version": "1", "sdkVersion": 1,
                 "name": { "th": "ที่ดิน", "en": "Land" }, "services": "L" })",
            u"\"services\" must be an array of service codes"_s);
        row("service code a number",
            R"({ "id": "land", "version": "1", "sdkVersion": 1,
                 "name": { "th": "ที่ดิน", "en": "Land" }, "services": ["L", 2] })",
            u"\"services[1]\" must be a string"_s);
        row("empty service code",
            R"({ "id": "land", "version": "1", "sdkVersion": 1,
                 "name": { "th": "ที่ดิน", "en": "Land" }, "services": [""] })",
            u"\"services[0]\" is empty"_s);
    }

    void refusesBrokenMetadata()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, why);

        QString reason;
        QVERIFY(!ModuleInfo::fromJson(parse(json), &reason));
        QCOMPARE(reason, why);
        // And without a place for the reason, it still refuses.
        QVERIFY(!ModuleInfo::fromJson(parse(json)));
    }

    void namesInTheOtherLanguageWhenOneIsMissing()
    {
        ModuleInfo info;
        info.englishName = u"Land"_s;
        QCOMPARE(info.name(Language::Thai), u"Land"_s);
        info.thaiName = u"ที่ดิน"_s;
        info.englishName.clear();
        QCOMPARE(info.name(Language::English), u"ที่ดิน"_s);
    }
};

QTEST_GUILESS_MAIN(TestModuleInfo)
#include "tst_moduleinfo.moc"
