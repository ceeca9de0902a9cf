#include "fakemodulecontext.h"

#include <modulehost/modulehost.h>
#include <modulehost/moduleloader.h>

#include <QObject>
#include <QTest>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace saduak;

// Statuses are compared by name: QCOMPARE cannot print a Status itself, because ADL finds
// saduak::toString(Status), which returns a QString where QTest wants a char *.
using saduak::test::FakeModuleContext;

// The host drives real plugins (built by this folder's CMakeLists) through their phases. The
// modules write each phase they are called in into their context's settings; the journal is the
// order the host called them in, across modules.
//
// In the plugin folder three modules load: 01_other (id testother), 02_good (testgood) and
// 09_failsinit (testfailsinit). File order and id order differ on purpose.
class TestModuleHost : public QObject
{
    Q_OBJECT

private:
    QString pluginDir() const { return QString::fromUtf8(SADUAK_TEST_PLUGIN_DIR); }

    // Makes contexts owned by the test, recording which module asked, in call order.
    ModuleHost::ContextFactory factory(QStringList skip = {})
    {
        return [this, skip](const ModuleInfo &info) -> ModuleContext * {
            m_asked.append(info.id);
            if (skip.contains(info.id))
                return nullptr;
            m_contexts.push_back(std::make_unique<FakeModuleContext>(info, &m_journal));
            return m_contexts.back().get();
        };
    }

    static QStringList ids(const QList<LoadedModule> &modules)
    {
        QStringList result;
        for (const LoadedModule &module : modules)
            result.append(module.info.id);
        return result;
    }

    QStringList m_journal;
    QStringList m_asked;
    std::vector<std::unique_ptr<FakeModuleContext>> m_contexts;
    std::unique_ptr<ModuleLoader> m_loader;

private Q_SLOTS:
    void init()
    {
        m_journal.clear();
        m_asked.clear();
        m_loader = std::make_unique<ModuleLoader>();
        m_loader->loadFolder(pluginDir());
        QCOMPARE(ids(m_loader->modules()),
            QStringList({u"testother"_s, u"testgood"_s, u"testfailsinit"_s}));
    }

    void cleanup()
    {
        m_loader.reset();
        // Plugin instances live on (Qt keeps them until exit); they only touch a context in a
        // phase, and every test initializes them again before calling one.
        m_contexts.clear();
    }

    void callsEachPhaseForAllModulesInIdOrder()
    {
        ModuleHost host(*m_loader, factory());
        host.start();
        QCOMPARE(m_journal,
            QStringList(
                {u"testfailsinit initialize"_s, u"testgood initialize"_s, u"testother initialize"_s,
                    u"testgood allModulesReady"_s, u"testother allModulesReady"_s}));

        m_journal.clear();
        host.shutDown();
        QCOMPARE(m_journal,
            QStringList({u"testgood aboutToShutDown"_s, u"testother aboutToShutDown"_s}));
    }

    void givesEachModuleItsOwnContext()
    {
        ModuleHost host(*m_loader, factory());
        host.start();
        QCOMPARE(m_asked, QStringList({u"testfailsinit"_s, u"testgood"_s, u"testother"_s}));
        for (const auto &context : m_contexts) {
            // Each module wrote into its own settings, not a neighbour's.
            QCOMPARE(context->settings()->value(u"phase"_s).toString(),
                context->info().id == u"testfailsinit"_s ? u"initialize"_s : u"allModulesReady"_s);
        }
    }

    void dropsModuleWhoseInitializeFails()
    {
        ModuleHost host(*m_loader, factory());
        host.start();

        QCOMPARE(ids(host.running()), QStringList({u"testgood"_s, u"testother"_s}));
        QCOMPARE(host.failures().size(), 1);
        const ModuleLoadResult &failure = host.failures().constFirst();
        QCOMPARE(toString(failure.status), toString(ModuleLoadResult::Status::LoadFailed));
        QCOMPARE(failure.moduleId, u"testfailsinit"_s);
        QVERIFY2(failure.filePath.endsWith(u"/09_failsinit.so"_s), qPrintable(failure.filePath));
        QCOMPARE(failure.reason, u"initialize failed: the test module was told to fail"_s);

        host.shutDown();
        QVERIFY(!m_journal.contains(u"testfailsinit allModulesReady"_s));
        QVERIFY(!m_journal.contains(u"testfailsinit aboutToShutDown"_s));
    }

    void dropsModuleTheHostMadeNoContextFor()
    {
        ModuleHost host(*m_loader, factory({u"testother"_s}));
        host.start();

        QCOMPARE(ids(host.running()), QStringList({u"testgood"_s}));
        QCOMPARE(host.failures().size(), 2);
        QCOMPARE(host.failures().at(1).moduleId, u"testother"_s);
        QCOMPARE(
            host.failures().at(1).reason, u"initialize failed: the host made no context for it"_s);
        for (const QString &line : std::as_const(m_journal))
            QVERIFY2(!line.startsWith(u"testother "_s), qPrintable(line));
    }

    void startsOnlyOnce()
    {
        ModuleHost host(*m_loader, factory());
        host.start();
        const QStringList afterFirst = m_journal;
        host.start();
        QCOMPARE(m_journal, afterFirst);
        QCOMPARE(host.failures().size(), 1);
        QCOMPARE(host.running().size(), 2);
    }

    void shutsDownOnlyOnce()
    {
        ModuleHost host(*m_loader, factory());
        host.start();
        host.shutDown();
        m_journal.clear();
        host.shutDown();
        QVERIFY2(m_journal.isEmpty(), qPrintable(m_journal.join(u", "_s)));
    }

    void shutDownBeforeStartCallsNothing()
    {
        ModuleHost host(*m_loader, factory());
        host.shutDown();
        QVERIFY(m_journal.isEmpty());
        QVERIFY(m_asked.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestModuleHost)
#include "tst_modulehost.moc"
