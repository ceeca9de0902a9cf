#include <modulehost/moduleloader.h>
#include <sdk/module.h>

#include <QDir>
#include <QFile>
#include <QObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <dlfcn.h>

using namespace Qt::StringLiterals;
using namespace saduak;

// Statuses are compared by name: QCOMPARE cannot print a Status itself, because ADL finds
// saduak::toString(Status), which returns a QString where QTest wants a char *.
using Status = ModuleLoadResult::Status;

Q_DECLARE_METATYPE(saduak::ModuleLoadResult::Status)
Q_DECLARE_METATYPE(saduak::SdkVersion)

namespace {

// What the loader logs, captured around one loadFolder() call.
struct LogLine
{
    QtMsgType type;
    QString category;
    QString message;
};
QList<LogLine> *g_log = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_log)
        g_log->append({type, QString::fromUtf8(context.category), message});
}

QString fileName(const ModuleLoadResult &result)
{
    return result.filePath.section(u'/', -1);
}

// Every plugin file this folder's CMakeLists builds, in the order the loader must read them.
const QStringList kPluginFiles = {
    u"01_other.so"_s,
    u"02_good.so"_s,
    u"03_goodagain.so"_s,
    u"04_wrongiid.so"_s,
    u"05_wrongsdkjson.so"_s,
    u"06_nothainame.so"_s,
    u"07_missingdata.so"_s,
    u"08_missingfunction.so"_s,
    u"09_failsinit.so"_s,
    u"10_nointerface.so"_s,
    u"11_foreign.so"_s,
    u"12_notaplugin.so"_s,
    u"13_newermajor.so"_s,
    u"14_newerminor.so"_s,
};

} // namespace

// The loader against real plugins, good and broken, built by this folder's CMakeLists into one
// folder whose file names fix the order.
class TestModuleLoader : public QObject
{
    Q_OBJECT

private:
    QString pluginDir() const { return QString::fromUtf8(SADUAK_TEST_PLUGIN_DIR); }

    ModuleLoader m_loader;
    QList<ModuleLoadResult> m_results;
    QList<LogLine> m_log;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDir(pluginDir()).exists(), qPrintable(pluginDir()));
        g_log = &m_log;
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        m_results = m_loader.loadFolder(pluginDir());
        qInstallMessageHandler(previous);
        g_log = nullptr;
    }

    void reportsEachFileWithItsStatus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<Status>("status");
        QTest::addColumn<QString>("moduleId");
        QTest::addColumn<QString>("reasonContains");

        QTest::newRow("good module")
            << u"01_other.so"_s << Status::Loaded << u"testother"_s << QString();
        QTest::newRow("second good module")
            << u"02_good.so"_s << Status::Loaded << u"testgood"_s << QString();
        QTest::newRow("id taken by an earlier file")
            << u"03_goodagain.so"_s << Status::DuplicateId << u"testgood"_s
            << u"id \"testgood\" is already loaded from "_s + pluginDir() + u"/02_good.so"_s;
        QTest::newRow("IID of an older SDK major")
            << u"04_wrongiid.so"_s << Status::WrongSdkVersion << u"testwrongiid"_s
            << u"built for SDK 1 (IID th.go.saduak.Module/1), this program has SDK 2.0: "
               "rebuild the module"_s;
        QTest::newRow("JSON of an SDK older than the compat version")
            << u"05_wrongsdkjson.so"_s << Status::WrongSdkVersion << u"testwrongsdk"_s
            << u"built for SDK 1.0, this program accepts 2.0 to 2.0: rebuild the module"_s;
        QTest::newRow("JSON without the Thai name")
            << u"06_nothainame.so"_s << Status::BadMetadata << u"testnothainame"_s
            << u"\"name.th\" is missing"_s;
        QTest::newRow("undefined data symbol")
            << u"07_missingdata.so"_s << Status::LoadFailed << u"testmissingdata"_s
            << u"saduak_test_undefined_data"_s;
        QTest::newRow("undefined function, refused at load and not at the first call")
            << u"08_missingfunction.so"_s << Status::LoadFailed << u"testmissingfunction"_s
            << u"saduak_test_undefined_function"_s;
        QTest::newRow("module that will fail to initialize still loads")
            << u"09_failsinit.so"_s << Status::Loaded << u"testfailsinit"_s << QString();
        QTest::newRow("class without the Module interface")
            << u"10_nointerface.so"_s << Status::LoadFailed << u"testnointerface"_s
            << u"does not implement saduak::Module"_s;
        QTest::newRow("another program's plugin")
            << u"11_foreign.so"_s << Status::BadMetadata << QString()
            << u"not a Saduak module: plugin IID is \"org.example.SpellChecker/1.0\""_s;
        QTest::newRow("shared library that is no plugin")
            << u"12_notaplugin.so"_s << Status::BadMetadata << QString() << u"not a Qt plugin"_s;
        QTest::newRow("IID of a newer SDK major")
            << u"13_newermajor.so"_s << Status::WrongSdkVersion << u"testnewermajor"_s
            << u"built for SDK 3 (IID th.go.saduak.Module/3), this program has SDK 2.0: "
               "update Saduak"_s;
        QTest::newRow("newer minor refused")
            << u"14_newerminor.so"_s << Status::WrongSdkVersion << u"testnewerminor"_s
            << u"built for SDK 2.1, this program has SDK 2.0: update Saduak"_s;
    }

    void reportsEachFileWithItsStatus()
    {
        QFETCH(QString, file);
        QFETCH(Status, status);
        QFETCH(QString, moduleId);
        QFETCH(QString, reasonContains);

        const auto it = std::find_if(m_results.cbegin(), m_results.cend(),
            [&](const ModuleLoadResult &r) { return fileName(r) == file; });
        QVERIFY2(it != m_results.cend(), qPrintable(file));
        QVERIFY2(it->status == status, qPrintable(toString(it->status) + u": "_s + it->reason));
        QCOMPARE(it->moduleId, moduleId);
        QCOMPARE(it->filePath, QDir(pluginDir()).absoluteFilePath(file));
        if (status == Status::Loaded)
            QVERIFY2(it->reason.isEmpty(), qPrintable(it->reason));
        else
            QVERIFY2(it->reason.contains(reasonContains), qPrintable(it->reason));
    }

    void readsEveryLibraryInFileNameOrder()
    {
        QStringList files;
        for (const ModuleLoadResult &result : std::as_const(m_results))
            files.append(fileName(result));
        QCOMPARE(files, kPluginFiles);
    }

    void goesOnAfterEachRefusal()
    {
        // 09_failsinit comes after seven refusals in a row and still loads; modules() keeps file
        // order (the host sorts by id itself).
        QStringList ids;
        for (const LoadedModule &module : m_loader.modules())
            ids.append(module.info.id);
        QCOMPARE(ids, QStringList({u"testother"_s, u"testgood"_s, u"testfailsinit"_s}));
    }

    void keepsTheCheckedMetadataOfALoadedModule()
    {
        const LoadedModule &good = m_loader.modules().at(1);
        QCOMPARE(good.info.id, u"testgood"_s);
        QCOMPARE(good.info.version, u"1.0.0"_s);
        QVERIFY(good.info.sdkVersion == (SdkVersion {2, 0}));
        QCOMPARE(good.info.name(Language::Thai), u"โมดูลทดสอบ"_s);
        QCOMPARE(good.info.name(Language::English), u"Test module"_s);
        QCOMPARE(good.info.services, QStringList({u"A"_s, u"B"_s}));
        QCOMPARE(good.filePath, QDir(pluginDir()).absoluteFilePath(u"02_good.so"_s));
        QVERIFY(good.instance);
        QVERIFY(dynamic_cast<QObject *>(good.instance));
    }

    void logsEveryFileWithItsReason()
    {
        for (const ModuleLoadResult &result : std::as_const(m_results)) {
            const bool loaded = result.status == Status::Loaded;
            const auto line = std::find_if(m_log.cbegin(), m_log.cend(), [&](const LogLine &l) {
                return l.category == u"saduak.modules"_s
                    && l.type == (loaded ? QtInfoMsg : QtWarningMsg)
                    && l.message.contains(result.filePath)
                    && l.message.contains(loaded ? result.moduleId : result.reason);
            });
            QVERIFY2(line != m_log.cend(), qPrintable(result.filePath));
            if (!loaded)
                QVERIFY2(
                    line->message.contains(toString(result.status)), qPrintable(line->message));
        }
    }

    void aSecondLoaderReportsTheSame()
    {
        ModuleLoader again;
        const QList<ModuleLoadResult> results = again.loadFolder(pluginDir());
        QCOMPARE(results.size(), m_results.size());
        for (qsizetype i = 0; i < results.size(); ++i) {
            QCOMPARE(results.at(i).filePath, m_results.at(i).filePath);
            QCOMPARE(toString(results.at(i).status), toString(m_results.at(i).status));
            QCOMPARE(results.at(i).moduleId, m_results.at(i).moduleId);
            QCOMPARE(results.at(i).reason, m_results.at(i).reason);
        }
        // Qt keeps one instance per library file, whichever loader asks.
        QCOMPARE(again.modules().size(), m_loader.modules().size());
        for (qsizetype i = 0; i < again.modules().size(); ++i)
            QCOMPARE(again.modules().at(i).instance, m_loader.modules().at(i).instance);
    }

    void theSameLoaderAgainRefusesTheIdsItHolds()
    {
        ModuleLoader loader;
        loader.loadFolder(pluginDir());
        const QList<ModuleLoadResult> results = loader.loadFolder(pluginDir());
        QCOMPARE(results.size(), kPluginFiles.size());
        QCOMPARE(toString(results.at(0).status), toString(Status::DuplicateId));
        QCOMPARE(toString(results.at(1).status), toString(Status::DuplicateId));
        QCOMPARE(toString(results.at(8).status), toString(Status::DuplicateId));
        QCOMPARE(loader.modules().size(), 3);
    }

    void refusesEverySaduakModuleForAnotherHostSdk()
    {
        ModuleLoader sdk4(SdkVersion {4, 0}, SdkVersion {4, 0});
        const QList<ModuleLoadResult> results = sdk4.loadFolder(pluginDir());
        QCOMPARE(results.size(), kPluginFiles.size());
        for (const ModuleLoadResult &result : results) {
            // 11 and 12 are no Saduak modules at all; the rest is built for SDK 1 to 3.
            const bool saduakModule = fileName(result) != u"11_foreign.so"_s
                && fileName(result) != u"12_notaplugin.so"_s;
            const Status expected = saduakModule ? Status::WrongSdkVersion : Status::BadMetadata;
            QVERIFY2(result.status == expected,
                qPrintable(result.filePath + u": "_s + toString(result.status)));
        }
        QVERIFY(sdk4.modules().isEmpty());
    }

    // Version / CompatVersion: the same plugin files under hosts of other SDK minors, as a
    // program of a later SDK 2.x would see them.
    void loadsWhatTheHostsCompatRangeHolds_data()
    {
        QTest::addColumn<SdkVersion>("host");
        QTest::addColumn<SdkVersion>("compat");
        QTest::addColumn<QString>("file");
        QTest::addColumn<Status>("status");
        QTest::addColumn<QString>("reasonContains");

        const SdkVersion v20 {2, 0};
        const SdkVersion v21 {2, 1};
        const SdkVersion v22 {2, 2};
        QTest::newRow("older compatible minor loads")
            << v21 << v20 << u"02_good.so"_s << Status::Loaded << QString();
        QTest::newRow("the host's own minor loads")
            << v21 << v20 << u"14_newerminor.so"_s << Status::Loaded << QString();
        QTest::newRow("older compatible minor loads at the compat version")
            << v22 << v21 << u"14_newerminor.so"_s << Status::Loaded << QString();
        QTest::newRow("older than the compat version refused")
            << v22 << v21 << u"02_good.so"_s << Status::WrongSdkVersion
            << u"built for SDK 2.0, this program accepts 2.1 to 2.2: rebuild the module"_s;
        QTest::newRow("newer minor refused")
            << v20 << v20 << u"14_newerminor.so"_s << Status::WrongSdkVersion
            << u"built for SDK 2.1, this program has SDK 2.0: update Saduak"_s;
        QTest::newRow("older major refused by the JSON in a later minor too")
            << v22 << v20 << u"05_wrongsdkjson.so"_s << Status::WrongSdkVersion
            << u"built for SDK 1.0, this program accepts 2.0 to 2.2: rebuild the module"_s;
    }

    void loadsWhatTheHostsCompatRangeHolds()
    {
        QFETCH(SdkVersion, host);
        QFETCH(SdkVersion, compat);
        QFETCH(QString, file);
        QFETCH(Status, status);
        QFETCH(QString, reasonContains);

        ModuleLoader loader(host, compat);
        const QList<ModuleLoadResult> results = loader.loadFolder(pluginDir());
        const auto it = std::find_if(results.cbegin(), results.cend(),
            [&](const ModuleLoadResult &r) { return fileName(r) == file; });
        QVERIFY2(it != results.cend(), qPrintable(file));
        QVERIFY2(it->status == status, qPrintable(toString(it->status) + u": "_s + it->reason));
        if (status == Status::Loaded) {
            QVERIFY(std::any_of(loader.modules().cbegin(), loader.modules().cend(),
                [&](const LoadedModule &m) { return m.filePath == it->filePath; }));
        } else {
            QVERIFY2(it->reason.contains(reasonContains), qPrintable(it->reason));
        }
    }

    void loadsNothingFromAMissingFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ModuleLoader loader;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"does not exist"_s));
        QVERIFY(loader.loadFolder(dir.filePath(u"nowhere"_s)).isEmpty());
        QVERIFY(loader.modules().isEmpty());
    }

    void skipsFilesThatAreNoLibraries()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QString &name : {u"README.md"_s, u"good.json"_s, u"notes.so.txt"_s}) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a library\n");
        }
        ModuleLoader loader;
        QVERIFY(loader.loadFolder(dir.path()).isEmpty());
    }

    void namesEachStatus_data()
    {
        QTest::addColumn<Status>("status");
        QTest::addColumn<QString>("name");
        QTest::newRow("Loaded") << Status::Loaded << u"Loaded"_s;
        QTest::newRow("WrongSdkVersion") << Status::WrongSdkVersion << u"WrongSdkVersion"_s;
        QTest::newRow("BadMetadata") << Status::BadMetadata << u"BadMetadata"_s;
        QTest::newRow("DuplicateId") << Status::DuplicateId << u"DuplicateId"_s;
        QTest::newRow("LoadFailed") << Status::LoadFailed << u"LoadFailed"_s;
    }

    void namesEachStatus()
    {
        QFETCH(Status, status);
        QFETCH(QString, name);
        QCOMPARE(toString(status), name);
    }

    // Last on purpose: it maps 08_missingfunction.so into the process (and out again) behind the
    // loader's back. It shows the row "undefined function" above tests the loader's
    // ResolveAllSymbolsHint and not some accident of the build: plain lazy loading accepts the
    // file.
    void missingFunctionLoadsWithoutResolvingAllSymbols()
    {
        if (qEnvironmentVariableIsSet("LD_BIND_NOW"))
            QSKIP("LD_BIND_NOW makes every load resolve all symbols");
        const QByteArray path = QFile::encodeName(pluginDir() + u"/08_missingfunction.so"_s);
        void *handle = dlopen(path.constData(), RTLD_LAZY | RTLD_LOCAL);
        QVERIFY2(handle, dlerror());
        dlclose(handle);
    }
};

QTEST_GUILESS_MAIN(TestModuleLoader)
#include "tst_moduleloader.moc"
