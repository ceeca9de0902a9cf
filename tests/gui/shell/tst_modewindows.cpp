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
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

class TestModeWindows : public QObject
{
    Q_OBJECT

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

    void aboutBoxNamesEveryVersion()
    {
        m_branch->language().setLanguage(Language::English);
        AboutDialog about(m_branch->context());
        const QString text = about.versionsText();
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(u"Module SDK 2.0"_s));
        QVERIFY(text.contains(m_branch->path(u"branch.sqlite"_s)));
        QVERIFY(text.contains(m_branch->settings().filePath()));
    }

private:
    std::unique_ptr<TestBranch> m_branch;
};

QTEST_MAIN(TestModeWindows)
#include "tst_modewindows.moc"
