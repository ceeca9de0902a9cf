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
            parse(R"({ "id": "complaints", "version": "1.0.0", "sdkVersion": "2.0",
                           "name": { "th": "เรื่องร้องเรียน", "en": "Complaints" },
                           "services": ["E", "F"] })"),
            &why);
        QVERIFY2(info, qPrintable(why));
        QVERIFY(why.isEmpty());
        QCOMPARE(info->id, u"complaints"_s);
        QCOMPARE(info->version, u"1.0.0"_s);
        QVERIFY(info->sdkVersion == (SdkVersion {2, 0}));
        QCOMPARE(info->thaiName, u"เรื่องร้องเรียน"_s);
        QCOMPARE(info->englishName, u"Complaints"_s);
        QCOMPARE(info->services, QStringList({u"E"_s, u"F"_s}));
        QCOMPARE(info->name(Language::Thai), u"เรื่องร้องเรียน"_s);
        QCOMPARE(info->name(Language::English), u"Complaints"_s);
    }

    void acceptsAModuleThatServesNoService()
    {
        const auto info = ModuleInfo::fromJson(
            parse(R"({ "id": "id-card_2", "version": "2", "sdkVersion": "2.0",
                           "name": { "th": "บัตร", "en": "Card" }, "services": [] })"));
        QVERIFY(info);
        QVERIFY(info->services.isEmpty());
        QCOMPARE(info->id, u"id-card_2"_s);
    }

    void readsTheSdkVersion_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("majorVersion");
        QTest::addColumn<int>("minorVersion");
        QTest::newRow("this SDK") << u"2.0"_s << 2 << 0;
        QTest::newRow("a two-digit minor, not a fraction") << u"2.10"_s << 2 << 10;
        QTest::newRow("an old major") << u"1.0"_s << 1 << 0;
        QTest::newRow("a leading zero") << u"02.01"_s << 2 << 1;
    }

    void readsTheSdkVersion()
    {
        QFETCH(QString, text);
        QFETCH(int, majorVersion);
        QFETCH(int, minorVersion);
        QJsonObject json = parse(R"({ "id": "land", "version": "1",
                                      "name": { "th": "ที่ดิน", "en": "Land" }, "services": [] })");
        json.insert(u"sdkVersion"_s, text);
        QString why;
        const auto info = ModuleInfo::fromJson(json, &why);
        QVERIFY2(info, qPrintable(why));
        QCOMPARE(info->sdkVersion.majorVersion, majorVersion);
        QCOMPARE(info->sdkVersion.minorVersion, minorVersion);
        QCOMPARE(info->sdkVersion.toString(),
            QString::number(majorVersion) + u'.' + QString::number(minorVersion));
    }

    void ordersSdkVersionsByMajorThenMinor()
    {
        QVERIFY((SdkVersion {2, 0}) < (SdkVersion {2, 1}));
        QVERIFY((SdkVersion {2, 9}) < (SdkVersion {2, 10}));
        QVERIFY((SdkVersion {2, 10}) < (SdkVersion {3, 0}));
        QVERIFY((SdkVersion {2, 1}) == (SdkVersion {2, 1}));
        QVERIFY(kSdkCompatVersion <= kSdkVersion);
        QCOMPARE(kSdkVersion.toString(), u"2.0"_s);
        QCOMPARE(QString::fromLatin1(SADUAK_MODULE_IID), u"th.go.saduak.Module/2"_s);
    }

    void ignoresKeysItDoesNotKnow()
    {
        // A newer module may say more; an unknown key is not a reason to refuse it.
        QVERIFY(ModuleInfo::fromJson(
            parse(R"({ "id": "land", "version": "1", "sdkVersion": "2.0", "vendor": "DOL",
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
        const auto sdk = [](const char *found) -> QString {
            return u"\"sdkVersion\" must be the SDK version the module was built against, a string "
                   "\"major.minor\" such as \"2.0\"; it is "_s
                + QString::fromUtf8(found);
        };
        row("sdkVersion a whole number, as SDK 1 wrote it",
            R"({ "id": "land", "version": "1", "sdkVersion": 1 })", sdk("1"));
        row("sdkVersion a JSON number", R"({ "id": "land", "version": "1", "sdkVersion": 2.0 })",
            sdk("2"));
        row("sdkVersion without a minor", R"({ "id": "land", "version": "1", "sdkVersion": "2" })",
            sdk(R"("2")"));
        row("sdkVersion with a patch", R"({ "id": "land", "version": "1", "sdkVersion": "2.0.1" })",
            sdk(R"("2.0.1")"));
        row("sdkVersion with a space", R"({ "id": "land", "version": "1", "sdkVersion": " 2.0" })",
            sdk(R"(" 2.0")"));
        row("sdkVersion with a sign", R"({ "id": "land", "version": "1", "sdkVersion": "+2.0" })",
            sdk(R"("+2.0")"));
        row("sdkVersion with a v", R"({ "id": "land", "version": "1", "sdkVersion": "v2.0" })",
            sdk(R"("v2.0")"));
        row("sdkVersion with an empty minor",
            R"({ "id": "land", "version": "1", "sdkVersion": "2." })", sdk(R"("2.")"));
        row("sdkVersion with an empty major",
            R"({ "id": "land", "version": "1", "sdkVersion": ".0" })", sdk(R"(".0")"));
        row("sdkVersion beyond an int",
            R"({ "id": "land", "version": "1", "sdkVersion": "2.9999999999" })",
            sdk(R"("2.9999999999")"));
        row("sdkVersion a boolean", R"({ "id": "land", "version": "1", "sdkVersion": true })",
            sdk("not a string"));
        row("no name", R"({ "id": "land", "version": "1", "sdkVersion": "2.0" })",
            u"\"name\" is missing"_s);
        row("name a string",
            R"({ "id": "land", "version": "1", "sdkVersion": "2.0", "name": "Land" })",
            u"\"name\" must be an object with \"th\" and \"en\""_s);
        row("no Thai name",
            R"({ "id": "land", "version": "1", "sdkVersion": "2.0", "name": { "en": "Land" } })",
            u"\"name.th\" is missing"_s);
        row("no English name",
            R"({ "id": "land", "version": "1", "sdkVersion": "2.0", "name": { "th": "ที่ดิน" } })",
            u"\"name.en\" is missing"_s);
        row("empty English name",
            R"({ "id": "land", "version": "1", "sdkVersion": "2.0",
                 "name": { "th": "ที่ดิน", "en": "" } })",
            u"\"name.en\" is empty"_s);
        row("Thai name a number",
            R"({ "id": "land", "version": "1", "sdkVersion": "2.0", "name": { "th": 1, "en": "L" } })",
            u"\"name.th\" must be a string"_s);
        row("no services",
            R"({ "id": "land", "version": "1", "sdkVersion": "2.0",
                 "name": { "th": "ที่ดิน", "en": "Land" } })",
            u"\"services\" is missing"_s);
        row("services a string",
            R"({ "id": "land", "version": "1", "sdkVersion": "2.0",
                 "name": { "th": "ที่ดิน", "en": "Land" }, "services": "L" })",
            u"\"services\" must be an array of service codes"_s);
        row("service code a number",
            R"({ "id": "land", "version": "1", "sdkVersion": "2.0",
                 "name": { "th": "ที่ดิน", "en": "Land" }, "services": ["L", 2] })",
            u"\"services[1]\" must be a string"_s);
        row("empty service code",
            R"({ "id": "land", "version": "1", "sdkVersion": "2.0",
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
