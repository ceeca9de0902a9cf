// Logging in at the counter screen, on a real embedded branch hub with real staff accounts
// (StaffStore, Argon2id): the form stands in place of the counter while nobody is logged in; a
// wrong password is refused in the screen's language; the person logged in is named with their
// role, may call, may hand over to another officer and log out; a session the hub ended brings the
// form back with the reason. And the first administrator of a branch with no staff at all.
#include "shelltestbranch.h"

#include <hub/queuecommands.h>
#include <hub/staffsessions.h>
#include <hub/staffstore.h>
#include <queue/queuemanager.h>
#include <saduak/branchsession.h>
#include <shell/counterwindow.h>
#include <shell/firstadmindialog.h>
#include <storage/writetransaction.h>

#include <QApplication>
#include <QJsonObject>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

namespace {

const QByteArray kSomchaiPassword = "somchai-2567-pass";
const QByteArray kMaleePassword = "malee-counter-2";

QString refusedText()
{
    return QCoreApplication::translate(
        "saduak::StaffCommands", "The user name or the password is wrong.");
}

// A role as the screen names it (shell/staffroletext.cpp's table), in the language installed.
QString roleName(const char *source)
{
    return QCoreApplication::translate("saduak::StaffRole", source);
}

QString sessionEndedText()
{
    return QCoreApplication::translate("saduak::StaffLogIn",
        "You were logged out by the branch hub: the business day has closed or the account was "
        "disabled. Please log in again.");
}

} // namespace

class TestCounterLogIn : public QObject
{
    Q_OBJECT

    template<typename T>
    T *child(QWidget &window, const QString &name)
    {
        auto *w = window.findChild<T *>(name);
        if (!w)
            qFatal("no %s", qPrintable(name));
        return w;
    }

    std::optional<Ticket> ticketAtCounter1()
    {
        const std::optional<QueueSnapshot> snapshot = m_branch->hub().queue().snapshot();
        for (const auto &c : snapshot->counters)
            if (c.counter.number == 1)
                return c.currentTicket;
        return std::nullopt;
    }

    bool panelShown(CounterWindow &window)
    {
        auto *panel = window.findChild<QWidget *>(u"logInPanel"_s);
        return panel && panel->isVisible();
    }

    void addStaff(const QString &user, const QString &name, StaffRole role, const QByteArray &pw)
    {
        QString why;
        QCOMPARE(StaffStore(m_branch->hub().database())
                     .add(user, name, role, pw, QDateTime::currentMSecsSinceEpoch(),
                         StaffActor {u"test"_s, u"test"_s}, &why),
            StaffStore::Change::Done);
    }

    // Who the hub has logged in at this PC ("local"), as its staffSession command answers.
    QString hubSessionUser()
    {
        QJsonObject answer;
        bool answered = false;
        m_branch->queue().command(u"staffSession"_s, {}, [&](const QJsonObject &reply) {
            answer = reply;
            answered = true;
        });
        if (!QTest::qWaitFor([&] { return answered; }, 5000))
            return u"<no answer>"_s;
        return answer.value(u"staff"_s).toObject().value(u"user"_s).toString();
    }

    void showWindow(CounterWindow &window)
    {
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(m_branch->waitForSnapshot());
    }

    void logIn(CounterWindow &window, const QString &user, const QByteArray &password)
    {
        QTRY_VERIFY(panelShown(window));
        auto *userEdit = child<QLineEdit>(window, u"logInUserEdit"_s);
        auto *passwordEdit = child<QLineEdit>(window, u"logInPasswordEdit"_s);
        userEdit->clear();
        QTest::keyClicks(userEdit, user);
        QTest::keyClicks(passwordEdit, QString::fromUtf8(password));
        QTest::mouseClick(child<QPushButton>(window, u"logInButton"_s), Qt::LeftButton);
    }

private Q_SLOTS:
    void init()
    {
        m_branch = std::make_unique<TestBranch>();
        // The counter screen's own PC, as the embedded one is: a counter PC of counter 1.
        m_branch->setLocalCounter(1);
        QString why;
        QVERIFY2(m_branch->open(&why), qPrintable(why));
        // Nobody at this PC to start with (the test branch may seat someone for other tests).
        bool loggedOut = false;
        m_branch->queue().logOut([&](const QueueReply &r) { loggedOut = r.ok; });
        QTRY_VERIFY(loggedOut);
        QCOMPARE(m_branch->queue().staff(), std::nullopt);
        addStaff(u"somchai"_s, u"สมชาย ใจดี"_s, StaffRole::Counter, kSomchaiPassword);
        // Counter 1 open, a ticket waiting: only the log-in stands between the officer and F2.
        QVERIFY(m_branch->hub().queue().openCounter(1).ok());
        QVERIFY(m_branch->hub().queue().issueTicket(u"A"_s).ok());
    }

    void cleanup() { m_branch.reset(); }

    void nobodyLoggedInShowsTheFormAndOffersNoCall()
    {
        CounterWindow window(m_branch->context());
        showWindow(window);
        QTRY_VERIFY(panelShown(window));
        QVERIFY(!child<QWidget>(window, u"callNextButton"_s)->isVisible());
        QVERIFY(!child<QToolButton>(window, u"callNextButton"_s)->isEnabled());
        QCOMPARE(window.enabledActions(), CounterActions {});
        QVERIFY(!child<QLabel>(window, u"staffLabel"_s)->isVisible());
        QVERIFY(!child<QAction>(window, u"logOutAction"_s)->isEnabled());
        QVERIFY(!child<QAction>(window, u"switchOfficerAction"_s)->isEnabled());
        QVERIFY(!child<QToolButton>(window, u"logOutButton"_s)->isVisible());
        auto *password = child<QLineEdit>(window, u"logInPasswordEdit"_s);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        // The function key does nothing either: the ticket still waits (an embedded hub runs a
        // command as it is sent, so a call would be there already).
        QTest::keyClick(&window, Qt::Key_F2);
        QCOMPARE(ticketAtCounter1(), std::nullopt);
        QVERIFY(saveScreenshot(&window, u"counter-login-panel"_s));
    }

    // Someone logged in before the screen opened (the program restarted mid-day) is not asked
    // to log in again, not even for a moment before the hub has answered who is logged in.
    void aPersonLoggedInAlreadyGetsTheCounterWithoutTheForm()
    {
        // At the hub only: the screen's link does not know yet.
        const HubReply r = m_branch->hub().commands().execute(
            Device {u"local"_s, Device::Role::Counter, u"test"_s, 1}, u"logIn"_s,
            {{u"id"_s, u"1"_s}, {u"user"_s, u"somchai"_s},
                {u"password"_s, QString::fromUtf8(kSomchaiPassword)}});
        QVERIFY2(r.ok(), qPrintable(r.errorCode));
        QCOMPARE(m_branch->queue().staff(), std::nullopt);

        CounterWindow window(m_branch->context());
        auto *pages = child<QStackedWidget>(window, u"counterPages"_s);
        QVERIFY(pages->currentWidget()->objectName() != u"logInPanel"_s);
        showWindow(window);
        QTRY_VERIFY(window.enabledActions().callNext);
        QVERIFY(pages->currentWidget()->objectName() != u"logInPanel"_s);
        QCOMPARE(child<QLabel>(window, u"staffLabel"_s)->text(),
            u"สมชาย ใจดี · "_s + roleName("Counter officer"));
    }

    void wrongPasswordIsRefusedInTheScreensLanguageAndLogsNobodyIn()
    {
        CounterWindow window(m_branch->context());
        showWindow(window);
        logIn(window, u"somchai"_s, "not-the-password");
        auto *message = child<QLabel>(window, u"logInMessage"_s);
        QTRY_VERIFY(message->isVisible());
        QCOMPARE(message->text(), refusedText());
        QVERIFY(panelShown(window));
        QCOMPARE(m_branch->queue().staff(), std::nullopt);
        QCOMPARE(hubSessionUser(), QString());
        QVERIFY(child<QLineEdit>(window, u"logInPasswordEdit"_s)->text().isEmpty());
        QCOMPARE(child<QLineEdit>(window, u"logInUserEdit"_s)->text(), u"somchai"_s);
        QVERIFY(!window.enabledActions().callNext);
        QVERIFY(saveScreenshot(&window, u"counter-login-refused"_s));

        // The refusal follows a switch of language (the hub's text, translated here).
        m_branch->language().setLanguage(Language::English);
        QCOMPARE(message->text(), u"The user name or the password is wrong."_s);
    }

    // The fifth wrong password in a row locks the account: the form says for how long.
    void aLockedOutAccountIsToldHowLongToWait()
    {
        CounterWindow window(m_branch->context());
        showWindow(window);
        auto *message = child<QLabel>(window, u"logInMessage"_s);
        // Each try clears the last refusal until the hub's answer comes.
        for (int attempt = 1; attempt <= 5; ++attempt) {
            logIn(window, u"somchai"_s, "not-the-password");
            QVERIFY(message->text().isEmpty());
            QTRY_VERIFY(!message->text().isEmpty());
        }
        QCOMPARE(message->text(),
            QCoreApplication::translate("saduak::StaffCommands",
                "Too many wrong passwords: this account is locked. Try again in %1 seconds, or "
                "ask an admin to set a new password.")
                .arg(30));
        // Not even the right password while locked.
        logIn(window, u"somchai"_s, kSomchaiPassword);
        QTRY_VERIFY(!message->text().isEmpty());
        QVERIFY(panelShown(window));
        QCOMPARE(m_branch->queue().staff(), std::nullopt);
    }

    void rightPasswordNamesThePersonAndLetsThemCall()
    {
        CounterWindow window(m_branch->context());
        showWindow(window);
        logIn(window, u"somchai"_s, kSomchaiPassword);
        QTRY_VERIFY(!panelShown(window));
        QCOMPARE(child<QLabel>(window, u"staffLabel"_s)->text(),
            u"สมชาย ใจดี · "_s + roleName("Counter officer"));
        QVERIFY(child<QLabel>(window, u"staffLabel"_s)->isVisible());
        QTRY_VERIFY(window.enabledActions().callNext);
        QVERIFY(child<QToolButton>(window, u"callNextButton"_s)->isEnabled());
        QCOMPARE(hubSessionUser(), u"somchai"_s);
        QVERIFY(saveScreenshot(&window, u"counter-logged-in"_s));

        QTest::keyClick(&window, Qt::Key_F2);
        QTRY_COMPARE(child<QLabel>(window, u"currentTicketLabel"_s)->text(), u"A001"_s);
    }

    void switchingOfficerHandsTheCounterToTheNextOne()
    {
        addStaff(u"malee"_s, u"มาลี รักงาน"_s, StaffRole::Supervisor, kMaleePassword);
        CounterWindow window(m_branch->context());
        showWindow(window);
        logIn(window, u"somchai"_s, kSomchaiPassword);
        QTRY_VERIFY(window.enabledActions().callNext);

        QTest::mouseClick(child<QToolButton>(window, u"switchOfficerButton"_s), Qt::LeftButton);
        QTRY_VERIFY(panelShown(window));
        // Until the next one logs in, the one before still is (at the hub too).
        QVERIFY(child<QPushButton>(window, u"logInCancelButton"_s)->isVisible());
        QVERIFY(child<QLineEdit>(window, u"logInUserEdit"_s)->text().isEmpty());
        QCOMPARE(hubSessionUser(), u"somchai"_s);
        QVERIFY(saveScreenshot(&window, u"counter-switch-officer"_s));

        logIn(window, u"malee"_s, kMaleePassword);
        QTRY_COMPARE(child<QLabel>(window, u"staffLabel"_s)->text(),
            u"มาลี รักงาน · "_s + roleName("Supervisor"));
        QVERIFY(!panelShown(window));
        QCOMPARE(hubSessionUser(), u"malee"_s);
        // The counter stayed open through the switch.
        QCOMPARE(m_branch->hub().queue().counter(1)->state, Counter::State::Open);
        QTRY_VERIFY(window.enabledActions().callNext);

        // Cancelling a switch leaves the one logged in.
        QTest::mouseClick(child<QToolButton>(window, u"switchOfficerButton"_s), Qt::LeftButton);
        QTRY_VERIFY(panelShown(window));
        QTest::mouseClick(child<QPushButton>(window, u"logInCancelButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!panelShown(window));
        QCOMPARE(hubSessionUser(), u"malee"_s);
    }

    void loggingOutBringsTheFormBack()
    {
        CounterWindow window(m_branch->context());
        showWindow(window);
        logIn(window, u"somchai"_s, kSomchaiPassword);
        QTRY_VERIFY(window.enabledActions().callNext);

        QTest::mouseClick(child<QToolButton>(window, u"logOutButton"_s), Qt::LeftButton);
        QTRY_VERIFY(panelShown(window));
        QCOMPARE(m_branch->queue().staff(), std::nullopt);
        QCOMPARE(hubSessionUser(), QString());
        QVERIFY(!window.enabledActions().callNext);
        QVERIFY(!child<QLabel>(window, u"staffLabel"_s)->isVisible());
        QCOMPARE(child<QLabel>(window, u"logInMessage"_s)->text(),
            QCoreApplication::translate("saduak::StaffLogIn", "Logged out."));
    }

    void aSessionTheHubEndedBringsTheFormBackWithTheReason_data()
    {
        QTest::addColumn<bool>("disable");
        QTest::newRow("session ended (close of day)") << false;
        QTest::newRow("account disabled") << true;
    }

    void aSessionTheHubEndedBringsTheFormBackWithTheReason()
    {
        QFETCH(bool, disable);
        CounterWindow window(m_branch->context());
        showWindow(window);
        logIn(window, u"somchai"_s, kSomchaiPassword);
        QTRY_VERIFY(window.enabledActions().callNext);

        Database &db = m_branch->hub().database();
        QString why;
        if (disable) {
            QCOMPARE(StaffStore(db).disable(u"somchai"_s, QDateTime::currentMSecsSinceEpoch(),
                         StaffActor {u"test"_s, u"test"_s}, &why),
                StaffStore::Change::Done);
        } else {
            WriteTransaction tx(db.connection());
            QVERIFY(tx.isActive());
            QVERIFY2(StaffSessions(db).end(u"local"_s, &why), qPrintable(why));
            QVERIFY(tx.commit());
        }
        // The screen learns it from the next command's notLoggedIn.
        QVERIFY(!panelShown(window));
        QTest::keyClick(&window, Qt::Key_F2);
        QTRY_VERIFY(panelShown(window));
        QCOMPARE(child<QLabel>(window, u"logInMessage"_s)->text(), sessionEndedText());
        QVERIFY(!window.enabledActions().callNext);
        QVERIFY(!child<QLabel>(window, u"staffLabel"_s)->isVisible());
        QCOMPARE(ticketAtCounter1(), std::nullopt);
        QVERIFY(saveScreenshot(&window, u"counter-login-session-ended"_s));
    }

    // A new branch run on one PC: nobody could log in, so its first administrator is made at the
    // counter screen; then the log-in form, where they log in.
    void firstAdministratorOfABranchWithoutStaff()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        AppSettings settings(dir.filePath(u"saduak.ini"_s));
        BranchSession::Options options;
        options.databasePath = dir.filePath(u"branch.sqlite"_s);
        options.moduleFolder = dir.filePath(u"no-modules"_s);
        StorageError error;
        std::unique_ptr<BranchSession> session = BranchSession::open(options, settings, &error);
        QVERIFY2(session, qPrintable(error.message));
        QVERIFY(session->needsFirstAdmin());

        FirstAdminDialog dialog([&](const QString &user, const QString &name,
                                    const QByteArray &password, QString *why) {
            return session->addFirstAdmin(user, name, password, why);
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *message = child<QLabel>(dialog, u"firstAdminMessage"_s);
        auto *create = child<QPushButton>(dialog, u"firstAdminCreateButton"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"firstAdminUserEdit"_s), u"prani"_s);
        child<QLineEdit>(dialog, u"firstAdminNameEdit"_s)->setText(u"ปราณี ดูแล"_s); // keyClicks types Latin-1 only
        QCOMPARE(child<QLineEdit>(dialog, u"firstAdminPasswordEdit"_s)->echoMode(),
            QLineEdit::Password);

        // Two different passwords: said, nothing made.
        QTest::keyClicks(child<QLineEdit>(dialog, u"firstAdminPasswordEdit"_s), u"admin-pass-1"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, u"firstAdminRepeatEdit"_s), u"admin-pass-2"_s);
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(message->isVisible());
        QVERIFY(dialog.isVisible());
        QVERIFY(session->needsFirstAdmin());

        // Too short: the staff store's rule, in its words.
        child<QLineEdit>(dialog, u"firstAdminPasswordEdit"_s)->setText(u"short"_s);
        child<QLineEdit>(dialog, u"firstAdminRepeatEdit"_s)->setText(u"short"_s);
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY2(message->text().contains(u"10"_s), qPrintable(message->text()));
        QVERIFY(dialog.isVisible());
        QVERIFY(session->needsFirstAdmin());
        QVERIFY(saveScreenshot(&dialog, u"counter-first-admin"_s));

        child<QLineEdit>(dialog, u"firstAdminPasswordEdit"_s)->setText(u"admin-pass-1"_s);
        child<QLineEdit>(dialog, u"firstAdminRepeatEdit"_s)->setText(u"admin-pass-1"_s);
        QTest::mouseClick(create, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!session->needsFirstAdmin());
        const auto members = StaffStore(session->hub()->database()).list(nullptr);
        QVERIFY(members && members->size() == 1);
        QCOMPARE(toString(members->first().role), u"admin"_s);
        QCOMPARE(members->first().displayName, u"ปราณี ดูแล"_s);

        // Then the log-in form of the program's own counter screen, where the admin logs in.
        LanguageSwitcher language;
        language.setLanguage(Language::Thai);
        CounterWindow window(session->shellContext(&language));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        logIn(window, u"prani"_s, "admin-pass-1");
        QTRY_COMPARE(child<QLabel>(window, u"staffLabel"_s)->text(),
            u"ปราณี ดูแล · "_s + roleName("Admin"));
        QVERIFY(!panelShown(window));
    }

    // A client PC's hub has an operator of its own (saduak-hub add-staff): never asked there.
    void aClientPcIsNeverAskedForAFirstAdministrator()
    {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(u"saduak.ini"_s));
        BranchSession::Options options;
        options.hubUrl = QUrl(u"ws://127.0.0.1:9/"_s); // nobody answers: it never matters here
        options.moduleFolder = dir.filePath(u"no-modules"_s);
        StorageError error;
        std::unique_ptr<BranchSession> session = BranchSession::open(options, settings, &error);
        QVERIFY(session);
        QVERIFY(!session->needsFirstAdmin());
    }

    // saduak --mode counter with no hub (a one-PC branch): the screen is a counter PC of its own
    // hub, bound to the counter in this PC's settings. An officer logs in, opens that counter and
    // calls there, and can act for no other; a supervisor logged in there moves the PC.
    void theEmbeddedCounterScreenWorksAtItsOwnCounter()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        AppSettings settings(dir.filePath(u"saduak.ini"_s));
        settings.setCounterNumber(3); // the demo branch's counter 3 serves B
        settings.raw().setValue(u"queue/openAllDay"_s, true); // the test runs at any hour
        BranchSession::Options options;
        options.databasePath = dir.filePath(u"branch.sqlite"_s);
        options.moduleFolder = dir.filePath(u"no-modules"_s);
        StorageError error;
        std::unique_ptr<BranchSession> session = BranchSession::open(options, settings, &error);
        QVERIFY2(session, qPrintable(error.message));
        QVERIFY(session->queue().role() == DeviceRole::Counter);
        QVERIFY(session->queue().boundCounter() == 3);
        for (const auto &[user, role, password] :
            {std::tuple {u"somchai"_s, StaffRole::Counter, kSomchaiPassword},
                std::tuple {u"malee"_s, StaffRole::Supervisor, kMaleePassword}}) {
            QString why;
            QCOMPARE(StaffStore(session->hub()->database())
                         .add(user, user, role, password, QDateTime::currentMSecsSinceEpoch(),
                             StaffActor {u"test"_s, u"test"_s}, &why),
                StaffStore::Change::Done);
        }
        QVERIFY(session->hub()->queue().issueTicket(u"B"_s).ok());
        const auto counterOf = [&](int number) -> std::optional<QueueSnapshot::CounterStatus> {
            const std::optional<QueueSnapshot> snapshot = session->hub()->queue().snapshot();
            for (const auto &c : snapshot->counters)
                if (c.counter.number == number)
                    return c;
            return std::nullopt;
        };

        LanguageSwitcher language;
        language.setLanguage(Language::Thai);
        CounterWindow window(session->shellContext(&language));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        logIn(window, u"somchai"_s, kSomchaiPassword);
        QTRY_VERIFY(!panelShown(window));
        auto *picker = child<QComboBox>(window, u"counterPicker"_s);
        QCOMPARE(picker->currentData().toInt(), 3);
        QVERIFY(!picker->isEnabled()); // an officer works at this PC's counter

        QTRY_VERIFY(window.enabledActions().open);
        child<QAction>(window, u"openCounterAction"_s)->trigger();
        QTRY_COMPARE(counterOf(3)->counter.state, Counter::State::Open);
        QTRY_VERIFY(window.enabledActions().callNext);
        child<QAction>(window, u"callNextAction"_s)->trigger();
        QTRY_VERIFY(counterOf(3)->currentTicket.has_value());
        QCOMPARE(counterOf(3)->currentTicket->serviceCode, u"B"_s);
        QVERIFY(saveScreenshot(&window, u"counter-embedded-officer"_s));

        // Another counter, asked by hand: refused, nothing done.
        QJsonObject answer;
        session->queue().command(u"openCounter"_s, {{u"counter"_s, 4}},
            [&](const QJsonObject &reply) { answer = reply; });
        QTRY_VERIFY(!answer.isEmpty());
        QCOMPARE(answer.value(u"code"_s).toString(), u"forbidden"_s);
        QCOMPARE(counterOf(4)->counter.state, Counter::State::Closed);

        // A supervisor logged in here may move this PC: the binding and the setting follow.
        bool switched = false;
        session->queue().logIn(u"malee"_s, QString::fromUtf8(kMaleePassword),
            [&](const QueueReply &r) { switched = r.ok; });
        QTRY_VERIFY(switched);
        QTRY_VERIFY(picker->isEnabled());
        picker->setCurrentIndex(picker->findData(4));
        QVERIFY(session->queue().boundCounter() == 4);
        language.setLanguage(Language::English);
        picker->setFocus();
        QVERIFY(saveScreenshot(&window, u"counter-embedded-supervisor"_s));
        QCOMPARE(settings.counterNumber(), 4);
        answer = {};
        session->queue().command(u"openCounter"_s, {{u"counter"_s, 4}},
            [&](const QJsonObject &reply) { answer = reply; });
        QTRY_VERIFY(!answer.isEmpty());
        QVERIFY2(answer.value(u"ok"_s).toBool(), qPrintable(answer.value(u"code"_s).toString()));
        // Back to an officer: the picker is held again.
        switched = false;
        session->queue().logIn(u"somchai"_s, QString::fromUtf8(kSomchaiPassword),
            [&](const QueueReply &r) { switched = r.ok; });
        QTRY_VERIFY(switched);
        QTRY_VERIFY(!picker->isEnabled());
        session->shutDown();
    }

private:
    std::unique_ptr<TestBranch> m_branch;
};

QTEST_MAIN(TestCounterLogIn)
#include "tst_counterlogin.moc"
