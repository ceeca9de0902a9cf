// A module's records across a branch, with the real programs (issue "module platform", done when):
// saduak-central, saduak-hub serving the modules' hub parts (the sample module of
// tests/support/samplemodule and the ID card), a kiosk and two counter PCs as `saduak` processes
// joined to the hub, each a real window on xvfb-run's X screen. A citizen leaves a note on the
// kiosk's self-service page (keys pressed with xdotool); both counters' panels list it; the hub
// is killed (SIGKILL) and started again, the counters still list it from the hub, a second note
// goes in; central holds each note exactly once, and no client PC kept a database.
#include "centralprocess.h"
#include "programprocess.h"

#include <centraldatabase.h>
#include <branchstore.h>
#include <ingeststore.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

class TestModuleBranch : public QObject
{
    Q_OBJECT

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString pair(const QString &role, const QString &name, int counterNumber = 0)
    {
        return m_hub.pair(role, name, counterNumber);
    }

    bool startHub(quint16 port)
    {
        return m_hub.start(port,
            {u"--settings"_s, path(u"hub.ini"_s), u"--modules"_s, path(u"modules"_s),
                u"--language"_s, u"en"_s});
    }

    bool devicesConnected(const QStringList &names, int connectionsEach)
    {
        return m_hub.program().waitFor([&](const QString &out) {
            for (const QString &n : names)
                if (out.count(u"device connected: "_s) < connectionsEach * names.size()
                    || !out.contains(n))
                    return false;
            return true;
        });
    }

    ProgramProcess &startScreen(const QString &mode, const QString &token, const QString &name,
        const QMap<QString, QVariant> &settings)
    {
        QSettings ini(path(name + u".ini"_s), QSettings::IniFormat);
        for (auto it = settings.begin(); it != settings.end(); ++it)
            ini.setValue(it.key(), it.value());
        ini.sync();
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"QT_QPA_PLATFORM"_s); // a real window on xvfb-run's X server
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"SADUAK_MODULE_DIR"_s, path(u"modules"_s));
        env.insert(u"QT_LOGGING_RULES"_s, u"saduak.module.sample.info=true"_s);
        process->setProcessEnvironment(env);
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->start(QStringLiteral(SADUAK_BINARY),
            {u"--mode"_s, mode, u"--windowed"_s, u"--language"_s, u"th"_s, u"--hub"_s,
                m_hub.url(), u"--token"_s, token,
                u"--settings"_s, path(name + u".ini"_s), u"--db"_s, path(name + u".sqlite"_s)});
        m_screens.push_back(std::make_unique<ProgramProcess>(ProgramProcess {std::move(process), {}}));
        return *m_screens.back();
    }

    // The citizen opens the kiosk's "leave a note" page (key 6: after the five services), types
    // and presses Enter, until the kiosk says the hub filed it (a page opened while the screen was
    // still loading may miss the first keys; a note is filed once either way: the kiosk says so).
    bool leaveNote(ProgramProcess &kiosk, const QString &window, const QString &text, int noteId)
    {
        const QString filed = u"kiosk page filed note "_s + QString::number(noteId);
        for (int attempt = 0; attempt < 5 && !kiosk.read().contains(filed); ++attempt) {
            xdotoolPress(window, u"Escape"_s); // back to the services, wherever it was
            const qsizetype opened = kiosk.read().count(u"opened sample note"_s);
            xdotoolPress(window, u"6"_s);
            // Type only into the page: the keypad's key clicks its button a moment later.
            if (!kiosk.waitFor(
                    [&](const QString &out) {
                        return out.count(u"opened sample note"_s) > opened;
                    },
                    3000))
                continue;
            xdotoolType(window, text);
            xdotoolPress(window, u"Return"_s);
            kiosk.waitFor([&](const QString &out) { return out.contains(filed); }, 5000);
        }
        return kiosk.read().contains(filed);
    }

    // The sample module's rows at central for the branch: their uuids, in arrival order.
    QStringList centralNotes()
    {
        StorageError error;
        auto central = CentralDatabase::open(path(u"central.sqlite"_s), &error, true);
        if (!central)
            return {u"(central unreadable: "_s + error.detail + u')'};
        const auto branch = central->branches().byCode(u"B01"_s);
        if (!branch)
            return {};
        QStringList uuids;
        for (const auto &row : central->ingest().rowsOf(branch->id))
            if (row.kind == u"sample.note"_s)
                uuids << row.uuid;
        return uuids;
    }

private Q_SLOTS:
    void cleanup()
    {
        for (auto &screen : m_screens) {
            if (QTest::currentTestFailed())
                qInfo().noquote() << "screen output:" << screen->read().right(3000);
            screen->kill();
        }
        if (QTest::currentTestFailed())
            qInfo().noquote() << "hub output:" << m_hub.program().read().right(3000);
        m_hub.kill();
    }

    void aRecordMadeAtTheKioskReachesEveryCounterAndCentralOnce()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!qEnvironmentVariableIsEmpty("DISPLAY"), "runs under xvfb-run");
        // The hub's module folder: the program's modules and the test's sample module.
        QVERIFY(QDir().mkpath(path(u"modules"_s)));
        QVERIFY(QFile::link(QStringLiteral(SADUAK_PROGRAM_MODULE_DIR "/idcard.so"),
            path(u"modules/idcard.so"_s)));
        QVERIFY(QFile::link(QStringLiteral(SADUAK_TEST_MODULE_DIR "/sample.so"),
            path(u"modules/sample.so"_s)));

        CentralProcess central(path(u"central.sqlite"_s));
        const QString branchToken = central.enrol(u"B01"_s, u"Test branch"_s);
        QVERIFY(!branchToken.isEmpty());
        QVERIFY(central.start() != 0);
        {
            QSettings hubIni(path(u"hub.ini"_s), QSettings::IniFormat);
            hubIni.setValue(u"queue/openAllDay"_s, true);
            hubIni.setValue(u"central/url"_s, central.url().toString());
            hubIni.setValue(u"central/token"_s, branchToken);
        }
        QVERIFY(startHub(0));
        QVERIFY2(m_hub.program().output.contains(u"sample"_s), qPrintable(m_hub.program().output));
        const QString kioskToken = pair(u"kiosk"_s, u"Kiosk"_s);
        const QString c1 = pair(u"counter"_s, u"Counter 1"_s, 1);
        const QString c2 = pair(u"counter"_s, u"Counter 2"_s, 2);
        QVERIFY(!kioskToken.isEmpty() && !c1.isEmpty() && !c2.isEmpty());

        ProgramProcess &kiosk = startScreen(u"kiosk"_s, kioskToken, u"kiosk"_s,
            {{u"kiosk/pageIdleSeconds"_s, QVariant(600)}});
        ProgramProcess &counter1 = startScreen(u"counter"_s, c1, u"counter1"_s, {{u"counter/number"_s, 1}});
        ProgramProcess &counter2 = startScreen(u"counter"_s, c2, u"counter2"_s, {{u"counter/number"_s, 2}});
        QVERIFY(devicesConnected({u"Kiosk"_s, u"Counter 1"_s, u"Counter 2"_s}, 1));
        // Each counter's panel asked the hub for the notes: none yet.
        for (ProgramProcess *counter : {&counter1, &counter2})
            QVERIFY(counter->waitFor(
                [](const QString &out) { return out.contains(u"panel shows 0 notes"_s); }));

        const QString kioskWindow = xdotoolWindowOf(kiosk.process->processId(), u"ตู้บริการตนเอง"_s);
        QVERIFY(!kioskWindow.isEmpty());
        QVERIFY(leaveNote(kiosk, kioskWindow, u"hello from the kiosk"_s, 1));
        for (ProgramProcess *counter : {&counter1, &counter2})
            QVERIFY(counter->waitFor([](const QString &out) {
                return out.contains(u"panel shows 1 notes: hello from the kiosk"_s);
            }));

        // The hub dies (power cut on the server) and comes back on the same port: the counters
        // ask again when their link is back, and the note is still there — at the hub.
        const qsizetype before1 = counter1.read().count(u"panel shows 1 notes"_s);
        const qsizetype before2 = counter2.read().count(u"panel shows 1 notes"_s);
        const quint16 port = m_hub.port();
        m_hub.kill(); // SIGKILL
        QVERIFY(startHub(port));
        QVERIFY(devicesConnected({u"Kiosk"_s, u"Counter 1"_s, u"Counter 2"_s}, 1));
        QVERIFY(counter1.waitFor([&](const QString &out) {
            return out.count(u"panel shows 1 notes: hello from the kiosk"_s) > before1;
        }));
        QVERIFY(counter2.waitFor([&](const QString &out) {
            return out.count(u"panel shows 1 notes: hello from the kiosk"_s) > before2;
        }));

        QVERIFY(leaveNote(kiosk, kioskWindow, u"after the restart"_s, 2));
        for (ProgramProcess *counter : {&counter1, &counter2})
            QVERIFY(counter->waitFor([](const QString &out) {
                return out.contains(u"panel shows 2 notes: hello from the kiosk | after the restart"_s);
            }));

        // Central holds both notes, each once.
        QStringList atCentral;
        QVERIFY(QTest::qWaitFor(
            [&] {
                atCentral = centralNotes();
                return atCentral.size() >= 2;
            },
            30000));
        QCOMPARE(atCentral.size(), 2);
        QCOMPARE(QSet<QString>(atCentral.cbegin(), atCentral.cend()).size(), 2);

        // No client PC kept a database: the records live at the hub only.
        for (const QString &name : {u"kiosk"_s, u"counter1"_s, u"counter2"_s})
            QVERIFY2(!QFile::exists(path(name + u".sqlite"_s)), qPrintable(name));
        for (auto &screen : m_screens)
            QCOMPARE(screen->process->state(), QProcess::Running);
    }

private:
    QTemporaryDir m_dir;
    HubProcess m_hub {QStringLiteral(SADUAK_HUB_BINARY), m_dir.filePath(u"hub.sqlite"_s)};
    std::vector<std::unique_ptr<ProgramProcess>> m_screens;
};

QTEST_GUILESS_MAIN(TestModuleBranch)
#include "tst_modulebranch.moc"
