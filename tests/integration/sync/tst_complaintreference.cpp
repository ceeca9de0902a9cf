// The reference data of the complaints module, from the committed seed files to a branch: both
// files of db/reference/ imported into a real saduak-central with its import-reference command
// (as README.md tells an operator), a real saduak-hub pulling every data set with its default
// settings, and the hub's copy answering what the module asks (areas by key, parents, postal
// codes, the categories) and holding complaint-status as central writes it. Also: the committed
// admin-areas.jsonl is what db/reference/make-admin-areas.py makes from the source data set,
// when that data set is beside the repository (it is not in a clean clone: then skipped), and
// the script, on a small source, writes the README's form and refuses a faulty source whole.
#include "../central/centralprocess.h"
#include "synctesthelpers.h"

#include <domain/referencedatasets.h>
#include <hub/branchhub.h>
#include <referencelogstore.h>
#include <sync/referencestore.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaType>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

namespace {

const QString kAreas = u"admin-areas"_s;
const QString kCategories = u"complaint-categories"_s;
const QString kStatus = u"complaint-status"_s;

QString referenceFile(const QString &name)
{
    return QStringLiteral(SADUAK_SOURCE_DIR "/db/reference/") + name;
}

// The items of a seed file, in its order, each the whole object of its line; *why on a fault.
QList<QJsonObject> readJsonLines(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = path + u": "_s + file.errorString();
        return {};
    }
    QList<QJsonObject> items;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        ++lineNumber;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (!document.isObject()) {
            *why = u"%1 line %2: not a JSON object (%3)"_s.arg(path)
                       .arg(lineNumber)
                       .arg(error.errorString());
            return {};
        }
        items << document.object();
    }
    return items;
}

// A thailand-geography source of Bangkok, Phra Nakhon and its first tambon, as the data set
// writes them (numbers for codes, a trailing space in an English name); a test spoils a copy.
struct GeographySource
{
    QJsonArray provinces {QJsonObject {{u"id"_s, 1}, {u"provinceCode"_s, 10},
        {u"provinceNameEn"_s, u"Bangkok"_s}, {u"provinceNameTh"_s, u"กรุงเทพมหานคร"_s}}};
    QJsonArray districts {QJsonObject {{u"id"_s, 1}, {u"provinceCode"_s, 10},
        {u"districtCode"_s, 1001}, {u"districtNameEn"_s, u"Phra Nakhon"_s},
        {u"districtNameTh"_s, u"พระนคร"_s}, {u"postalCode"_s, 10200}}};
    QJsonArray subdistricts {QJsonObject {{u"id"_s, 1}, {u"provinceCode"_s, 10},
        {u"districtCode"_s, 1001}, {u"subdistrictCode"_s, 100101},
        {u"subdistrictNameEn"_s, u"Phra Borom Maha Ratchawang "_s},
        {u"subdistrictNameTh"_s, u"พระบรมมหาราชวัง"_s}, {u"postalCode"_s, 10200}}};
    QByteArray districtsBytes; // set: written instead of districts

    bool writeTo(const QString &folder) const
    {
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile file(folder + u"/"_s + name);
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
        };
        return QDir().mkpath(folder)
            && write(u"provinces.json"_s, QJsonDocument(provinces).toJson())
            && write(u"districts.json"_s,
                districtsBytes.isNull() ? QJsonDocument(districts).toJson() : districtsBytes)
            && write(u"subdistricts.json"_s, QJsonDocument(subdistricts).toJson());
    }
};

QJsonObject with(QJsonObject object, const QString &field, const QJsonValue &value)
{
    object.insert(field, value);
    return object;
}

// Runs make-admin-areas.py; its exit code (-1: did not run), what it wrote on stderr in *err.
int runScript(const QString &source, const QString &output, QString *err)
{
    QProcess script;
    script.start(QStandardPaths::findExecutable(u"python3"_s),
        {referenceFile(u"make-admin-areas.py"_s), u"--source"_s, source, u"--output"_s, output});
    if (!script.waitForFinished(60000) || script.exitStatus() != QProcess::NormalExit)
        return -1;
    *err = QString::fromUtf8(script.readAllStandardError());
    return script.exitCode();
}

} // namespace

Q_DECLARE_METATYPE(GeographySource)

class TestComplaintReference : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CentralProcess> m_central;
    QProcess m_hub;
    QList<QJsonObject> m_areas; // admin-areas.jsonl, as committed
    QList<QJsonObject> m_categories;

    QString hubDb() const { return m_dir.filePath(u"branch.sqlite"_s); }

    std::unique_ptr<Database> openHubReadOnly() const
    {
        const MigrationSet core = MigrationSet::core();
        const MigrationSet hub = BranchHub::migrations();
        const MigrationSet sync = SyncClient::migrations();
        Database::Options options;
        options.migrations = {&core, &hub, &sync};
        options.readOnly = true;
        return Database::open(hubDb(), options);
    }

    // The hub has reached the end of every data set it pulls at least once.
    bool hubPulledEverything() const
    {
        if (!QFile::exists(hubDb()))
            return false;
        auto db = openHubReadOnly();
        if (!db)
            return false;
        ReferenceStore store(*db);
        for (const QString &dataset : referenceDatasets())
            if (store.state(dataset).lastPullMs <= 0)
                return false;
        return true;
    }

    void import(
        const QString &dataset, const QString &file, const QString &keyField, qint64 expectedItems)
    {
        QString out;
        QString err;
        QCOMPARE(m_central->command({u"import-reference"_s, u"--dataset"_s, dataset, u"--file"_s,
                                        referenceFile(file), u"--key-field"_s, keyField},
                     &out, &err),
            0);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QCOMPARE(
            out, u"%1 items read: %1 new or changed, 0 unchanged, 0 deleted."_s.arg(expectedItems));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString why;
        m_areas = readJsonLines(referenceFile(u"admin-areas.jsonl"_s), &why);
        QVERIFY2(!m_areas.isEmpty(), qPrintable(why));
        m_categories = readJsonLines(referenceFile(u"complaint-categories.jsonl"_s), &why);
        QVERIFY2(!m_categories.isEmpty(), qPrintable(why));

        m_central = std::make_unique<CentralProcess>(m_dir.filePath(u"central.sqlite"_s));
        const QString token = m_central->enrol(u"B001"_s, u"Central World"_s);
        QVERIFY(!token.isEmpty());
        import(kCategories, u"complaint-categories.jsonl"_s, u"code"_s, m_categories.size());
        import(kAreas, u"admin-areas.jsonl"_s, u"key"_s, m_areas.size());
        QVERIFY(m_central->start() != 0);
        {
            // What central's complaint desk writes when it changes a complaint's state: no
            // personal data (modules/complaints/README.md, "Reference data it reads").
            StorageError error;
            auto central = CentralDatabase::open(m_central->dbPath(), &error);
            QVERIFY2(central, qPrintable(error.detail));
            const QByteArray status = R"({"trackingNumber":"B001-691207-0042-71",)"
                                      R"("state":"registered","category":"roads","agency":"",)"
                                      R"("reopenCount":0,"dueAtMs":1796058000000,"history":[]})";
            QVERIFY2(central->reference().upsert(
                         kStatus, {{u"B001-691207-0042-71"_s, status}}, nullptr, &why),
                qPrintable(why));
        }

        // The hub as a branch runs it: central/datasets not set, so it pulls every data set.
        const QString settingsPath = m_dir.filePath(u"hub.ini"_s);
        {
            QSettings settings(settingsPath, QSettings::IniFormat);
            settings.setValue(u"central/url"_s, m_central->url());
            settings.setValue(u"central/token"_s, token);
        }
        m_hub.start(QStringLiteral(SADUAK_HUB_BINARY),
            {u"--db"_s, hubDb(), u"--settings"_s, settingsPath, u"--listen"_s, u"127.0.0.1"_s,
                u"--port"_s, u"0"_s});
        QVERIFY(m_hub.waitForStarted(30000));
        QTRY_VERIFY_WITH_TIMEOUT(
            hubPulledEverything() || m_hub.state() != QProcess::Running, 30000);
        QVERIFY2(m_hub.state() == QProcess::Running, m_hub.readAllStandardError().constData());
        m_hub.terminate(); // the checks below read a copy nothing writes any more
        QVERIFY(m_hub.waitForFinished(10000));
    }

    // The seed file itself: one object a line, sorted by key, every key once, the README's form.
    void adminAreasFileIsWellFormed()
    {
        QString previous;
        for (const QJsonObject &item : std::as_const(m_areas)) {
            const QString key = item.value(u"key"_s).toString();
            QVERIFY2(key > previous, qPrintable(key + u" after "_s + previous));
            previous = key;
            const QString level = key.left(1);
            const QString code = item.value(u"code"_s).toString();
            QCOMPARE(key, level + code);
            QCOMPARE(code.size(), level == u"p"_s ? 2 : (level == u"d"_s ? 4 : 6));
            QVERIFY2(!item.value(u"th"_s).toString().isEmpty(), qPrintable(key));
            QVERIFY2(!item.value(u"en"_s).toString().isEmpty(), qPrintable(key));
            QVERIFY2(item.value(u"en"_s).toString() == item.value(u"en"_s).toString().trimmed(),
                qPrintable(key));
            QVERIFY2(item.value(u"parent"_s).isString(), qPrintable(key));
            QCOMPARE(item.value(u"postalCode"_s).toString().size(), level == u"t"_s ? 5 : 0);
        }
    }

    // Every item of the file arrived whole, and nothing else.
    void hubHoldsEveryAreaOfTheFile()
    {
        auto db = openHubReadOnly();
        QVERIFY(db);
        ReferenceStore store(*db);
        QCOMPARE(store.itemCount(kAreas), qint64(m_areas.size()));
        for (const QJsonObject &item : std::as_const(m_areas)) {
            const QString key = item.value(u"key"_s).toString();
            const auto pulled = store.item(kAreas, key);
            QVERIFY2(pulled, qPrintable(key));
            QCOMPARE(*pulled, item);
        }
    }

    void hubAnswersWhatTheModuleAsks()
    {
        auto db = openHubReadOnly();
        QVERIFY(db);
        ReferenceStore store(*db);

        qint64 provinces = 0;
        qint64 amphoes = 0;
        qint64 tambons = 0;
        for (const QJsonObject &item : std::as_const(m_areas)) {
            const QString key = item.value(u"key"_s).toString();
            const QString parent = store.item(kAreas, key)->value(u"parent"_s).toString();
            if (key.startsWith(u'p')) {
                ++provinces;
                QCOMPARE(parent, QString());
            } else if (key.startsWith(u'd')) {
                ++amphoes;
                QVERIFY2(key.mid(1).startsWith(parent), qPrintable(key));
                QVERIFY2(store.item(kAreas, u"p"_s + parent), qPrintable(key + u" → "_s + parent));
            } else {
                ++tambons;
                QVERIFY2(key.startsWith(u't'), qPrintable(key));
                QVERIFY2(key.mid(1).startsWith(parent), qPrintable(key));
                QVERIFY2(store.item(kAreas, u"d"_s + parent), qPrintable(key + u" → "_s + parent));
            }
        }
        QCOMPARE(provinces, 77); // Thailand's 76 provinces and Bangkok
        QCOMPARE(amphoes, 928);
        QCOMPARE(tambons, 7436);
        QCOMPARE(provinces + amphoes + tambons, store.itemCount(kAreas));

        const auto bangkok = store.item(kAreas, u"p10"_s);
        QVERIFY(bangkok);
        QCOMPARE(bangkok->value(u"th"_s).toString(), u"กรุงเทพมหานคร"_s);
        QCOMPARE(bangkok->value(u"en"_s).toString(), u"Bangkok"_s);
        const auto phraNakhon = store.item(kAreas, u"d1001"_s);
        QVERIFY(phraNakhon);
        QCOMPARE(phraNakhon->value(u"th"_s).toString(), u"พระนคร"_s);
        QCOMPARE(phraNakhon->value(u"parent"_s).toString(), u"10"_s);
        const auto palace = store.item(kAreas, u"t100101"_s);
        QVERIFY(palace);
        QCOMPARE(palace->value(u"th"_s).toString(), u"พระบรมมหาราชวัง"_s);
        QCOMPARE(palace->value(u"parent"_s).toString(), u"1001"_s);
        QCOMPARE(palace->value(u"postalCode"_s).toString(), u"10200"_s);
        // The source's wrong English name, corrected by the script (db/reference/README.md).
        QCOMPARE(store.item(kAreas, u"t380101"_s)->value(u"en"_s).toString(), u"Bueng Kan"_s);
    }

    void hubHoldsTheCategories()
    {
        auto db = openHubReadOnly();
        QVERIFY(db);
        ReferenceStore store(*db);
        QCOMPARE(store.itemCount(kCategories), qint64(m_categories.size()));
        QStringList codes;
        for (const QJsonObject &item : std::as_const(m_categories)) {
            const QString code = item.value(u"code"_s).toString();
            codes << code;
            const auto pulled = store.item(kCategories, code);
            QVERIFY2(pulled, qPrintable(code));
            QCOMPARE(*pulled, item);
            QCOMPARE(pulled->keys(), (QStringList {u"code"_s, u"en"_s, u"order"_s, u"th"_s}));
            QVERIFY2(pulled->value(u"order"_s).isDouble(), qPrintable(code));
            QVERIFY(!pulled->value(u"th"_s).toString().isEmpty());
            QVERIFY(!pulled->value(u"en"_s).toString().isEmpty());
        }
        QCOMPARE(codes,
            (QStringList {
                u"nuisance"_s, u"roads"_s, u"officials"_s, u"land"_s, u"consumer"_s, u"other"_s}));
        QCOMPARE(store.item(kCategories, u"nuisance"_s)->value(u"th"_s).toString(),
            u"เหตุเดือดร้อนรำคาญ"_s);
    }

    // complaint-status is one of the data sets: central serves it, a hub pulls it by default.
    void hubHoldsComplaintStatusFromCentral()
    {
        auto db = openHubReadOnly();
        QVERIFY(db);
        ReferenceStore store(*db);
        const auto status = store.item(kStatus, u"B001-691207-0042-71"_s);
        QVERIFY(status);
        QCOMPARE(status->value(u"state"_s).toString(), u"registered"_s);
    }

    void scriptRemakesTheCommittedFile()
    {
        const QString source = QStringLiteral(SADUAK_GEOGRAPHY_SOURCE);
        if (!QDir(source).exists())
            QSKIP(qPrintable(u"the source data set is not at "_s + source
                + u" (a clean clone has none); the committed file is used as it is"_s));
        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        const QString remade = m_dir.filePath(u"admin-areas.jsonl"_s);
        QProcess script;
        script.start(python,
            {referenceFile(u"make-admin-areas.py"_s), u"--source"_s, source, u"--output"_s,
                remade});
        QVERIFY(script.waitForFinished(60000));
        QVERIFY2(script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0,
            script.readAllStandardError().constData());
        QFile made(remade);
        QFile committed(referenceFile(u"admin-areas.jsonl"_s));
        QVERIFY(made.open(QIODevice::ReadOnly));
        QVERIFY(committed.open(QIODevice::ReadOnly));
        const QByteArray madeBytes = made.readAll();
        QVERIFY2(madeBytes == committed.readAll(),
            "db/reference/admin-areas.jsonl is not what make-admin-areas.py makes: remake it");
    }

    // The form db/reference/README.md shows, sorted by key, names trimmed, codes as text; runs
    // in a clean clone too.
    void scriptWritesTheReadmeForm()
    {
        if (QStandardPaths::findExecutable(u"python3"_s).isEmpty())
            QSKIP("python3 is not installed");
        const QString source = m_dir.filePath(u"small-source"_s);
        QVERIFY(GeographySource().writeTo(source));
        const QString output = m_dir.filePath(u"small.jsonl"_s);
        QString err;
        QCOMPARE(runScript(source, output, &err), 0);
        QFile made(output);
        QVERIFY(made.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(made.readAll()),
            uR"({"key":"d1001","code":"1001","th":"พระนคร","en":"Phra Nakhon","parent":"10"}
{"key":"p10","code":"10","th":"กรุงเทพมหานคร","en":"Bangkok","parent":""}
{"key":"t100101","code":"100101","th":"พระบรมมหาราชวัง","en":"Phra Borom Maha Ratchawang","parent":"1001","postalCode":"10200"}
)"_s);
    }

    void scriptRefusesAFaultySourceAndWritesNothing_data()
    {
        QTest::addColumn<GeographySource>("source");
        QTest::addColumn<QString>("why");
        const GeographySource good;
        const QJsonObject province = good.provinces.at(0).toObject();
        const QJsonObject amphoe = good.districts.at(0).toObject();
        const QJsonObject tambon = good.subdistricts.at(0).toObject();

        GeographySource orphan = good;
        orphan.subdistricts.append(
            with(with(tambon, u"districtCode"_s, 1002), u"subdistrictCode"_s, 100201));
        QTest::newRow("tambon of an amphoe not there")
            << orphan << u"tambon 100201 names amphoe 1002"_s;
        GeographySource elsewhere = good;
        elsewhere.districts.append(with(amphoe, u"districtCode"_s, 1101));
        QTest::newRow("amphoe code of another province")
            << elsewhere << u"amphoe 1101 names province 10"_s;
        GeographySource twice = good;
        twice.provinces.append(province);
        QTest::newRow("a key twice") << twice << u"p10 appears twice"_s;
        GeographySource unnamed = good;
        unnamed.provinces[0] = with(province, u"provinceNameTh"_s, u" "_s);
        QTest::newRow("a name missing") << unnamed << u"has no provinceNameTh"_s;
        GeographySource shortPostal = good;
        shortPostal.subdistricts[0] = with(tambon, u"postalCode"_s, 1020);
        QTest::newRow("postal code of 4 digits") << shortPostal << u"5-digit postalCode"_s;
        GeographySource textCode = good;
        textCode.districts[0] = with(amphoe, u"districtCode"_s, u"1001"_s);
        QTest::newRow("code as text") << textCode << u"4-digit districtCode"_s;
        GeographySource cut = good;
        cut.districtsBytes = "[{\"id\": 1,";
        QTest::newRow("not JSON") << cut << u"districts.json is not JSON"_s;
    }

    void scriptRefusesAFaultySourceAndWritesNothing()
    {
        QFETCH(GeographySource, source);
        QFETCH(QString, why);
        if (QStandardPaths::findExecutable(u"python3"_s).isEmpty())
            QSKIP("python3 is not installed");
        const QString folder
            = m_dir.filePath(u"source-"_s + QString::fromUtf8(QTest::currentDataTag()));
        QVERIFY(source.writeTo(folder));
        // The file a former run made stays as it was.
        const QString output = folder + u"/admin-areas.jsonl"_s;
        {
            QFile before(output);
            QVERIFY(before.open(QIODevice::WriteOnly));
            before.write("as before\n");
        }
        QString err;
        QCOMPARE(runScript(folder, output, &err), 1);
        QVERIFY2(err.contains(why), qPrintable(err));
        QVERIFY2(err.contains(u"nothing written"_s), qPrintable(err));
        QFile after(output);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), "as before\n"_ba);
        QVERIFY(!QFile::exists(output + u".part"_s));
    }

    void cleanupTestCase()
    {
        if (m_hub.state() != QProcess::NotRunning) {
            m_hub.kill();
            m_hub.waitForFinished(10000);
        }
    }
};

QTEST_GUILESS_MAIN(TestComplaintReference)
#include "tst_complaintreference.moc"
