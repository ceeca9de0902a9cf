// Every screen starts offscreen on a real branch hub (temp dir), the language switches live and is
// remembered, and the About box names every version. The screens' work is tested per window
// (tst_counterwindow, tst_kioskwindow, tst_displaywindow).
#include "shelltestbranch.h"

#include <shell/aboutdialog.h>
#include <shell/counterwindow.h>
#include <shell/displaywindow.h>
#include <shell/kioskwindow.h>
#include <shell/lastcallsmodel.h>

#include <QComboBox>
#include <QLibraryInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

class TestModeWindows : public QObject
{
    Q_OBJECT

    // The version of the SQLite this process links, asked of SQLite itself.
    static QString sqliteVersion()
    {
        const QString connection = u"about-sqlite"_s;
        QString version;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(u":memory:"_s);
            QSqlQuery q(db);
            if (db.open() && q.exec(u"SELECT sqlite_version()"_s) && q.next())
                version = q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(connection);
        return version;
    }

private Q_SLOTS:
    void init()
    {
        m_branch = std::make_unique<TestBranch>();
        QString why;
        QVERIFY2(m_branch->open(&why), qPrintable(why));
    }

    void cleanup() { m_branch.reset(); }

    void everyModeStarts()
    {
        CounterWindow counter(m_branch->context());
        KioskWindow kiosk(m_branch->context());
        DisplayWindow display(m_branch->context());
        for (QWidget *w : std::initializer_list<QWidget *> {&counter, &kiosk, &display}) {
            w->show();
            QVERIFY(QTest::qWaitForWindowExposed(w));
            QVERIFY(containsThai(w->windowTitle()));
        }
        QVERIFY(m_branch->waitForSnapshot());
        QCOMPARE(counter.findChild<QComboBox *>(u"counterPicker"_s)->count(), 6);
        QCOMPARE(kiosk.serviceButtons().size(), 5);
        QCOMPARE(display.lastCalls()->rowCount(), DisplayWindow::kLastCallRows);
        QVERIFY(containsThai(display.findChild<QLabel *>(u"displayClock"_s)->text()));
    }

    void screensWorkWithoutAQueue()
    {
        // A context without a queue (a composition error) shows the screens, does nothing.
        ShellContext context = m_branch->context();
        context.queue = nullptr;
        CounterWindow counter(context);
        KioskWindow kiosk(context);
        DisplayWindow display(context);
        counter.show();
        kiosk.show();
        display.show();
        QCOMPARE(counter.enabledActions(), CounterActions());
        QVERIFY(!kiosk.serviceButtons().first()->isEnabled());
    }

    void languageSwitchesLiveAndIsRemembered()
    {
        CounterWindow window(m_branch->context());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *branch = window.findChild<QLabel *>(u"branchLabel"_s);
        QVERIFY(containsThai(branch->text()));
        QVERIFY(containsThai(window.windowTitle()));

        window.toggleLanguage();
        QCOMPARE(m_branch->language().current(), Language::English);
        QVERIFY2(!containsThai(branch->text()), qPrintable(branch->text()));
        QCOMPARE(window.findChild<QComboBox *>(u"counterPicker"_s)->currentText(), u"Counter 1"_s);
        QCOMPARE(m_branch->settings().language(), std::optional<Language>(Language::English));
        auto *services = window.findChild<QListWidget *>(u"counterServicesList"_s);
        QTRY_COMPARE(services->count(), 1);
        QVERIFY(services->item(0)->text().contains(u"ID card"_s));

        window.toggleLanguage();
        QVERIFY(containsThai(branch->text()));
        QCOMPARE(m_branch->settings().language(), std::optional<Language>(Language::Thai));
        QVERIFY(services->item(0)->text().contains(u"บัตรประจำตัวประชาชน"_s));
    }

    void kioskAndBoardSwitchLanguageToo()
    {
        KioskWindow kiosk(m_branch->context());
        kiosk.show();
        QVERIFY(m_branch->waitForSnapshot());
        const QPushButton *first = kiosk.serviceButtons().first();
        QVERIFY(first->accessibleName().startsWith(u"A   บัตรประจำตัวประชาชน"_s));
        QVERIFY(first->accessibleName().contains(u"ID card"_s)); // English beneath for visitors
        auto *languageButton = kiosk.findChild<QPushButton *>(u"kioskLanguageButton"_s);
        QCOMPARE(languageButton->text(), u"English"_s);
        QTest::mouseClick(languageButton, Qt::LeftButton);
        QCOMPARE(languageButton->text(), u"ภาษาไทย"_s);
        QVERIFY(first->accessibleName().startsWith(u"A   ID card"_s));

        DisplayWindow display(m_branch->context());
        QCOMPARE(display.lastCalls()->headerData(0, Qt::Horizontal).toString(), u"Ticket"_s);
        m_branch->language().setLanguage(Language::Thai);
        QCOMPARE(display.lastCalls()->headerData(0, Qt::Horizontal).toString(), u"หมายเลข"_s);
    }

    // Every line of the About box, exactly: the program, Qt, SQLite, the module SDK, each module
    // with its version, the database and the settings file. Expected values come from their own
    // sources (the build's project version, Qt's library info, SQLite asked directly), not from
    // the dialog.
    void aboutBoxNamesEveryVersion()
    {
        m_branch->language().setLanguage(Language::English);
        const QString database = m_branch->path(u"branch.sqlite"_s);
        const QString settings = m_branch->settings().filePath();
        const QString saduak = u"Saduak "_s + QStringLiteral(SADUAK_VERSION);
        const QString qt = u"Qt "_s + QLibraryInfo::version().toString();

        AboutDialog bare(m_branch->context()); // the test branch: no modules, SQLite "3"
        QCOMPARE(bare.versionsText(),
            QStringList({saduak, qt, u"SQLite 3"_s, u"Module SDK 2.0"_s, u"No modules loaded"_s,
                            u"Database: "_s + database, u"Settings: "_s + settings})
                .join(u'\n'));

        ShellContext context = m_branch->context();
        context.sqliteVersion = sqliteVersion();
        QVERIFY(!context.sqliteVersion.isEmpty());
        LoadedModule idcard;
        idcard.info.id = u"idcard"_s;
        idcard.info.version = u"1.0.0"_s;
        idcard.info.thaiName = u"บัตรประจำตัวประชาชน"_s;
        idcard.info.englishName = u"ID card"_s;
        LoadedModule land;
        land.info.id = u"land"_s;
        land.info.version = u"2.3.14"_s;
        land.info.thaiName = u"สอบถามข้อมูลที่ดิน"_s;
        land.info.englishName = u"Land inquiry"_s;
        context.modules = {idcard, land};
        AboutDialog about(context);
        const QString expected = QStringList({saduak, qt, u"SQLite "_s + context.sqliteVersion,
                                                 u"Module SDK 2.0"_s,
                                                 u"Module ID card (idcard) 1.0.0"_s,
                                                 u"Module Land inquiry (land) 2.3.14"_s,
                                                 u"Database: "_s + database,
                                                 u"Settings: "_s + settings})
                                     .join(u'\n');
        QCOMPARE(about.versionsText(), expected);
        QCOMPARE(about.findChild<QLabel *>(u"versionsLabel"_s)->text(), expected); // shown
    }

private:
    std::unique_ptr<TestBranch> m_branch;
};

QTEST_MAIN(TestModeWindows)
#include "tst_modewindows.moc"
