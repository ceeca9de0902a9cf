// Issue 16: a supervisor's change of the catalog is "seen by every screen at once". An admin
// logged in at a supervisor's PC across the LAN changes the holidays, a service's hours or a
// counter's services; the kiosk and the counter screen, each opened as the program opens them
// (BranchSession: the branch's hub in this process, or another PC's hub across the LAN), follow
// without a restart. Real hubs on SQLite in a temporary folder, real WebSocket servers on port 0;
// the hub's and the kiosk's clocks fixed on Wednesday 25 November 2026, 10:00 in Bangkok, when
// every service of the demo catalog is open.
#include "shelltestbranch.h"

#include <saduak/branchsession.h>
#include <seatedstaff.h>

#include <domain/bangkoktime.h>
#include <hub/devicestore.h>
#include <hub/hubserver.h>
#include <queue/queuemanager.h>
#include <queuelink/remotequeuelink.h>
#include <shell/counterwindow.h>
#include <shell/kioskwindow.h>

#include <QAction>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

namespace {

const QDate kToday(2026, 11, 25); // a Wednesday

qint64 bangkok(int hour, int minute)
{
    return QDateTime(kToday, QTime(hour, minute), BangkokTime::zone()).toMSecsSinceEpoch();
}

} // namespace

class TestScreensFollowCatalog : public QObject
{
    Q_OBJECT

    // The screen's PC (its BranchSession) and, when remote, the branch's hub on another "PC";
    // then an admin's supervisor PC joins the hub over the LAN.
    void openBranch(bool remote, DeviceRole role, int counter = 0)
    {
        m_dir = std::make_unique<QTemporaryDir>(); // each run a branch of its own
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<AppSettings>(m_dir->filePath(u"saduak.ini"_s));
        if (counter > 0)
            m_settings->setCounterNumber(counter);
        m_language.setLanguage(Language::Thai);
        BranchSession::Options options;
        options.moduleFolder = m_dir->filePath(u"no-modules"_s);
        options.clock = [] { return bangkok(10, 0); };
        StorageError error;
        if (remote) {
            m_hubPc = std::make_unique<TestBranch>();
            m_hubPc->queueSettings().openAllDay = false;
            m_hubPc->setClock([] { return bangkok(10, 0); });
            QString why;
            QVERIFY2(m_hubPc->open(&why), qPrintable(why));
            QVERIFY2(m_hubPc->hub().listen(QHostAddress::LocalHost, 0, &why), qPrintable(why));
            options.hubUrl = hubUrl();
            options.hubToken = m_hubPc->pair(int(role), u"The screen's PC"_s, counter);
            m_session = BranchSession::open(options, *m_settings, &error);
            QVERIFY2(m_session, qPrintable(error.message));
        } else {
            options.databasePath = m_dir->filePath(u"branch.sqlite"_s);
            options.serve = true;
            options.listenAddress = QHostAddress::LocalHost;
            options.port = 0;
            options.localRole = role;
            QString serveError;
            m_session = BranchSession::open(options, *m_settings, &error, &serveError);
            QVERIFY2(m_session, qPrintable(error.message));
            QVERIFY2(serveError.isEmpty(), qPrintable(serveError));
            // The screen's own person, as after the log-in (a counter screen wants one).
            QString why;
            if (role == DeviceRole::Supervisor)
                QVERIFY2(seatStaff(hub().database(), u"local"_s, StaffRole::Supervisor, &why),
                    qPrintable(why));
        }
        QTRY_VERIFY(m_session->isReady());

        QString why;
        const auto pairing
            = hub().devices().pair(DeviceRole::Supervisor, u"Admin's PC"_s, 0, &why);
        QVERIFY2(pairing, qPrintable(why));
        QVERIFY2(seatStaff(hub().database(), pairing->device.id, StaffRole::Admin, &why,
                     u"admin"_s),
            qPrintable(why));
        m_admin = std::make_unique<RemoteQueueLink>(hubUrl(), pairing->token);
        m_admin->start();
        QTRY_COMPARE(m_admin->state(), QueueLink::State::Online);
    }

    BranchHub &hub() { return m_hubPc ? m_hubPc->hub() : *m_session->hub(); }
    QUrl hubUrl() { return QUrl(u"ws://127.0.0.1:%1"_s.arg(hub().server()->port())); }

    // What the admin's PC sends, and the hub's answer.
    QJsonObject adminSends(const QString &type, const QJsonObject &params)
    {
        std::optional<QJsonObject> reply;
        m_admin->command(type, params, [&](const QJsonObject &r) { reply = r; });
        if (!QTest::qWaitFor([&] { return reply.has_value(); }, 5000))
            return {{u"type"_s, u"error"_s}, {u"message"_s, u"no answer"_s}};
        return *reply;
    }

    static QPushButton *serviceButton(KioskWindow &window, const QString &code)
    {
        return window.findChild<QPushButton *>(u"serviceButton_"_s + code);
    }
    static QString waitText(KioskWindow &window, const QString &code)
    {
        return serviceButton(window, code)->findChild<QLabel *>(u"serviceWait"_s)->text();
    }
    static QStringList enabledServices(KioskWindow &window)
    {
        QStringList codes;
        for (const QString &code : {u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s})
            if (serviceButton(window, code)->isEnabled())
                codes << code;
        return codes;
    }
    // The counter's services as its screen lists them, "code" or "code ✓" when ticked.
    static QStringList listedServices(CounterWindow &window)
    {
        auto *list = window.findChild<QListWidget *>(u"counterServicesList"_s);
        QStringList shown;
        for (int i = 0; i < list->count(); ++i)
            shown << list->item(i)->data(Qt::UserRole).toString()
                    + (list->item(i)->checkState() == Qt::Checked ? u" ✓"_s : QString());
        return shown;
    }

private Q_SLOTS:
    void cleanup()
    {
        // The screens' links and the admin's go before the hubs they talk to.
        m_admin.reset();
        m_session.reset();
        m_hubPc.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void kioskFollowsHolidaysAndHours_data()
    {
        QTest::addColumn<bool>("remote");
        QTest::newRow("hub in this process") << false;
        QTest::newRow("hub across the LAN") << true;
    }

    void kioskFollowsHolidaysAndHours()
    {
        QFETCH(bool, remote);
        openBranch(remote, DeviceRole::Kiosk);
        if (QTest::currentTestFailed())
            return;
        KioskWindow window(m_session->shellContext(&m_language));
        window.setClock([] { return bangkok(10, 0); });
        window.resize(1080, 1600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList all {u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s};
        QTRY_COMPARE(enabledServices(window), all);
        auto *notice = window.findChild<QLabel *>(u"kioskNotice"_s);

        // Today becomes a holiday: every button greys with its name, at once.
        const QString name = u"วันหยุดชดเชย"_s;
        QJsonObject reply = adminSends(u"setHolidays"_s,
            {{u"holidays"_s,
                QJsonArray {QJsonObject {{u"date"_s, u"2026-11-25"_s}, {u"name"_s, name}}}}});
        QVERIFY2(reply.value(u"ok"_s).toBool(), qPrintable(reply.value(u"message"_s).toString()));
        QTRY_COMPARE(enabledServices(window), QStringList());
        QVERIFY2(waitText(window, u"B"_s).contains(name), qPrintable(waitText(window, u"B"_s)));
        QVERIFY2(notice->text().contains(name), qPrintable(notice->text()));
        QVERIFY(saveScreenshot(&window,
            u"kiosk_live_holiday_"_s + (remote ? u"remote"_s : u"embedded"_s) + u"_th"_s));
        window.toggleLanguage();
        QCOMPARE(waitText(window, u"B"_s), u"Closed today: "_s + name);
        QCOMPARE(notice->text(), u"The center is closed today for a holiday: "_s + name + u"."_s);
        QVERIFY(saveScreenshot(&window,
            u"kiosk_live_holiday_"_s + (remote ? u"remote"_s : u"embedded"_s) + u"_en"_s));
        window.toggleLanguage();

        // The holiday taken back: the services come back.
        reply = adminSends(u"setHolidays"_s, {{u"holidays"_s, QJsonArray()}});
        QVERIFY(reply.value(u"ok"_s).toBool());
        QTRY_COMPARE(enabledServices(window), all);
        QVERIFY(!waitText(window, u"B"_s).contains(name));

        // Civil registration (B) closed every day from now: its button greys and says so; the
        // others stay.
        reply = adminSends(
            u"setServiceHours"_s, {{u"service"_s, u"B"_s}, {u"week"_s, QJsonArray()}});
        QVERIFY(reply.value(u"ok"_s).toBool());
        QTRY_COMPARE(enabledServices(window), (QStringList {u"A"_s, u"C"_s, u"D"_s, u"E"_s}));
        QVERIFY2(waitText(window, u"B"_s).contains(u"วันพุธ"_s),
            qPrintable(waitText(window, u"B"_s)));
        // Its key does nothing either: no ticket at the hub.
        const qint64 before = hub().queue().lastEventSeq();
        QTest::keyClick(&window, Qt::Key_2);
        QVERIFY(window.isShowingStart());
        QCOMPARE(hub().queue().lastEventSeq(), before);
    }

    void kioskLaysOutNewServicesOnlyWhenNobodyIsAtIt()
    {
        openBranch(false, DeviceRole::Kiosk);
        if (QTest::currentTestFailed())
            return;
        m_settings->setKioskIdleResetSeconds(1);
        KioskWindow window(m_session->shellContext(&m_language));
        window.setClock([] { return bangkok(10, 0); });
        window.resize(1080, 1600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.serviceButtons().size(), qsizetype(5));

        // A sixth service joins the branch's catalog (as central's reference data would bring
        // it), and the next change makes every screen read the catalog.
        QSqlQuery insert(hub().database().connection());
        QVERIFY2(insert.exec(u"INSERT INTO service (code, ticket_prefix, name_th, name_en,"
                             " target_wait_min, module_id, opens_at, closes_at, sort_order)"
                             " VALUES ('F', 'F', 'ทะเบียนพาณิชย์', 'Commercial registration', 20,"
                             " '', '08:30', '16:30', 6)"_s),
            qPrintable(insert.lastError().text()));
        QVERIFY(adminSends(u"setServiceTarget"_s,
            {{u"service"_s, u"A"_s}, {u"targetWaitMinutes"_s, 30}})
                    .value(u"ok"_s)
                    .toBool());
        QTRY_COMPARE(m_session->queue().catalog()->services.size(), qsizetype(6));
        // Not under the finger of a citizen who may be about to touch a service...
        QCOMPARE(window.serviceButtons().size(), qsizetype(5));
        QVERIFY(!serviceButton(window, u"F"_s));
        // ...but once the kiosk was left alone for its idle time.
        QTRY_COMPARE(window.serviceButtons().size(), qsizetype(6));
        QTRY_VERIFY(serviceButton(window, u"F"_s) && serviceButton(window, u"F"_s)->isVisible());
        QVERIFY(serviceButton(window, u"F"_s)->accessibleName().contains(u"ทะเบียนพาณิชย์"_s));
        QVERIFY(serviceButton(window, u"A"_s)->isEnabled());
        QVERIFY(saveScreenshot(&window, u"kiosk_new_service_th"_s));
    }

    void counterScreenFollowsItsCounterServices_data()
    {
        QTest::addColumn<bool>("remote");
        QTest::newRow("hub in this process") << false;
        QTest::newRow("hub across the LAN") << true;
    }

    void counterScreenFollowsItsCounterServices()
    {
        QFETCH(bool, remote);
        // Counter 2 serves ID card (A) and civil registration (B) in the demo catalog.
        openBranch(remote, remote ? DeviceRole::Counter : DeviceRole::Supervisor, 2);
        if (QTest::currentTestFailed())
            return;
        CounterWindow window(m_session->shellContext(&m_language));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.counterNumber(), 2);
        QTRY_COMPARE(listedServices(window), (QStringList {u"A ✓"_s, u"B ✓"_s}));

        // The officer unticks B for the next opening; the supervisor adds land inquiry (C): the
        // officer's choice stays, C is offered unticked.
        auto *list = window.findChild<QListWidget *>(u"counterServicesList"_s);
        list->item(1)->setCheckState(Qt::Unchecked);
        QCOMPARE(listedServices(window), (QStringList {u"A ✓"_s, u"B"_s}));
        QJsonObject reply = adminSends(u"setCounterServices"_s,
            {{u"counter"_s, 2}, {u"services"_s, QJsonArray {u"A"_s, u"C"_s}}});
        QVERIFY2(reply.value(u"ok"_s).toBool(), qPrintable(reply.value(u"message"_s).toString()));
        QTRY_COMPARE(listedServices(window), (QStringList {u"A ✓"_s, u"C"_s}));

        // Now it may serve land inquiry and complaints only: the choice (A) is gone, so the
        // counter opens with all it may serve now.
        reply = adminSends(u"setCounterServices"_s,
            {{u"counter"_s, 2}, {u"services"_s, QJsonArray {u"C"_s, u"E"_s}}});
        QVERIFY(reply.value(u"ok"_s).toBool());
        QTRY_COMPARE(listedServices(window), (QStringList {u"C ✓"_s, u"E ✓"_s}));
        // A change for another counter leaves this one's list as it is.
        reply = adminSends(u"setCounterServices"_s,
            {{u"counter"_s, 3}, {u"services"_s, QJsonArray {u"A"_s}}});
        QVERIFY(reply.value(u"ok"_s).toBool());
        QTRY_VERIFY(window.enabledActions().open);
        QCOMPARE(listedServices(window), (QStringList {u"C ✓"_s, u"E ✓"_s}));

        // Opening the counter opens it for those, at the hub.
        window.findChild<QAction *>(u"openCounterAction"_s)->trigger();
        QTRY_VERIFY(hub().queue().counter(2)
            && hub().queue().counter(2)->state == Counter::State::Open);
        QCOMPARE(hub().queue().counter(2)->serviceCodes, (QStringList {u"C"_s, u"E"_s}));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    LanguageSwitcher m_language;
    std::unique_ptr<TestBranch> m_hubPc; // the hub's own PC, when the screen's is a client
    std::unique_ptr<BranchSession> m_session;
    std::unique_ptr<RemoteQueueLink> m_admin;
};

QTEST_MAIN(TestScreensFollowCatalog)
#include "tst_screensfollowcatalog.moc"
