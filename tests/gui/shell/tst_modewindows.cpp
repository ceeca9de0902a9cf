// Starts each screen offscreen on a real branch database (temp dir), checks what a person would
// look for, switches the language live, and saves screenshots under the build dir.
#include <saduak/branchsession.h>
#include <shell/aboutdialog.h>
#include <shell/appsettings.h>
#include <shell/counterwindow.h>
#include <shell/displaywindow.h>
#include <shell/kioskwindow.h>
#include <shell/languageswitcher.h>

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

bool containsThai(const QString &text)
{
    return text.contains(QRegularExpression(u"[\\x{0E01}-\\x{0E5B}]"_s));
}

void saveScreenshot(QWidget *window, const QString &name)
{
    QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
    QVERIFY(window->grab().save(QStringLiteral(SCREENSHOT_DIR) + u'/' + name + u".png"_s));
}

} // namespace

class TestModeWindows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(u"saduak.ini"_s)); // each test starts with fresh settings
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(u"saduak.ini"_s));
        BranchSession::Options options;
        options.databasePath = m_dir.filePath(u"branch.sqlite"_s);
        options.moduleFolder = m_dir.filePath(u"no-modules-here"_s);
        StorageError error;
        m_session = BranchSession::open(options, *m_settings, &error);
        QVERIFY2(m_session, qPrintable(error.detail));
        m_language = std::make_unique<LanguageSwitcher>();
        QVERIFY(m_language->setLanguage(Language::Thai));
    }

    void cleanup()
    {
        m_session.reset();
        m_language.reset();
        m_settings.reset();
    }

    void counterShowsBranchCounterAndItsServices()
    {
        CounterWindow window(m_session->shellContext(m_language.get()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *picker = window.findChild<QComboBox *>(u"counterPicker"_s);
        QVERIFY(picker);
        QCOMPARE(picker->count(), 6); // the demo branch's six counters
        QCOMPARE(picker->currentText(), u"ช่องบริการ 1"_s);
        auto *services = window.findChild<QListWidget *>(u"counterServicesList"_s);
        QVERIFY(services);
        QCOMPARE(services->count(), 1); // counter 1 serves ID cards only
        QVERIFY(services->item(0)->text().contains(u"บัตรประจำตัวประชาชน"_s));
        QVERIFY(window.findChild<QLabel *>(u"currentTicketLabel"_s));
        QVERIFY(window.findChild<QWidget *>(u"moduleArea"_s));
        QVERIFY(window.findChild<QLabel *>(u"noModulesLabel"_s)->isVisible());
        saveScreenshot(&window, u"counter_th"_s);

        // Choosing counter 2 shows its two services and is remembered for the next start.
        picker->setCurrentIndex(picker->findData(2));
        QCOMPARE(services->count(), 2);
        QCOMPARE(m_settings->counterNumber(), 2);
    }

    void languageSwitchesLiveAndIsRemembered()
    {
        CounterWindow window(m_session->shellContext(m_language.get()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *branch = window.findChild<QLabel *>(u"branchLabel"_s);
        QVERIFY(containsThai(branch->text()));
        QVERIFY(containsThai(window.windowTitle()));

        window.toggleLanguage();
        QCOMPARE(m_language->current(), Language::English);
        QVERIFY2(!containsThai(branch->text()), qPrintable(branch->text()));
        QCOMPARE(window.findChild<QComboBox *>(u"counterPicker"_s)->currentText(), u"Counter 1"_s);
        QCOMPARE(m_settings->language(), std::optional<Language>(Language::English));
        saveScreenshot(&window, u"counter_en"_s);

        window.toggleLanguage();
        QVERIFY(containsThai(branch->text()));
        QCOMPARE(m_settings->language(), std::optional<Language>(Language::Thai));
    }

    void kioskOffersOneBigButtonPerService()
    {
        KioskWindow window(m_session->shellContext(m_language.get()));
        window.resize(1920, 1080);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<QPushButton *> buttons = window.serviceButtons();
        QCOMPARE(buttons.size(), 5);
        QVERIFY(buttons.first()->text().contains(u"บัตรประจำตัวประชาชน"_s));
        QVERIFY(buttons.first()->text().contains(u"ID card"_s)); // English beneath for visitors
        for (QPushButton *b : buttons)
            QVERIFY(b->height() >= 140); // a finger, not a mouse
        saveScreenshot(&window, u"kiosk_th"_s);

        QSignalSpy chosen(&window, &KioskWindow::serviceChosen);
        QTest::mouseClick(buttons.at(2), Qt::LeftButton);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().toString(), u"C"_s);

        auto *languageButton = window.findChild<QPushButton *>(u"kioskLanguageButton"_s);
        QCOMPARE(languageButton->text(), u"English"_s);
        QTest::mouseClick(languageButton, Qt::LeftButton);
        QCOMPARE(languageButton->text(), u"ภาษาไทย"_s);
        QVERIFY(buttons.first()->text().startsWith(u"A   ID card"_s));
        saveScreenshot(&window, u"kiosk_en"_s);
    }

    void displayBoardShowsLastCallsAndClock()
    {
        DisplayWindow window(m_session->shellContext(m_language.get()));
        window.resize(1920, 1080);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *calls = window.findChild<QTableWidget *>(u"lastCallsTable"_s);
        QVERIFY(calls);
        QCOMPARE(calls->rowCount(), DisplayWindow::kLastCallRows);
        QCOMPARE(calls->horizontalHeaderItem(0)->text(), u"หมายเลข"_s);
        auto *clock = window.findChild<QLabel *>(u"displayClock"_s);
        QVERIFY(containsThai(clock->text())); // Thai month, Buddhist-Era year
        saveScreenshot(&window, u"display_th"_s);
    }

    void aboutBoxNamesEveryVersion()
    {
        m_language->setLanguage(Language::English);
        AboutDialog about(m_session->shellContext(m_language.get()));
        const QString text = about.versionsText();
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        QVERIFY(text.contains(u"SQLite 3."_s));
        QVERIFY(text.contains(u"Module SDK 1"_s));
        QVERIFY(text.contains(m_dir.filePath(u"branch.sqlite"_s)));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<LanguageSwitcher> m_language;
    std::unique_ptr<BranchSession> m_session;
};

QTEST_MAIN(TestModeWindows)
#include "tst_modewindows.moc"
