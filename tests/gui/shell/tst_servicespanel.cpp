// The supervisor's Services tab (issue 16, item 4) against a real branch hub on a real SQLite
// file: targets, week hours, holidays, a counter's services and call order, and moving a waiting
// ticket, each sent through the panel's own dialogs and checked by what the hub then answers to
// `catalog` and `snapshot`, never by the panel's own state. A supervisor sees the administrator's
// controls disabled with the line saying why; another client's change shows at once.
#include "shelltestbranch.h"

#include <hub/devicestore.h>
#include <hub/hubserver.h>
#include <queuelink/hubclient.h>
#include <queuelink/remotequeuelink.h>
#include <seatedstaff.h>
#include <shell/callprofiledialog.h>
#include <shell/supervisor/counterservicesdialog.h>
#include <shell/supervisor/holidaydialog.h>
#include <shell/supervisor/moveticketdialog.h>
#include <shell/supervisor/servicehoursdialog.h>
#include <shell/supervisor/servicelistmodel.h>
#include <shell/supervisor/servicespanel.h>
#include <shell/supervisor/supervisorwindow.h>

#include <QDialogButtonBox>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

class TestServicesPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestBranch> m_branch;

    // What the hub answers now to a command sent on link (the panel's own link unless told).
    QJsonObject ask(QueueLink &link, const QString &type, const QJsonObject &params = {})
    {
        std::optional<QJsonObject> answer;
        link.command(type, params, [&](const QJsonObject &reply) { answer = reply; });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 5000))
            return {};
        return *answer;
    }
    QJsonObject catalog() { return ask(m_branch->queue(), u"catalog"_s); }
    QJsonObject snapshot()
    {
        return ask(m_branch->queue(), u"snapshot"_s).value(u"snapshot"_s).toObject();
    }
    QJsonObject serviceInCatalog(const QString &code)
    {
        for (const QJsonValue &s : catalog().value(u"services"_s).toArray())
            if (s[u"code"_s].toString() == code)
                return s.toObject();
        return {};
    }

    // The local PC's person becomes an administrator, as after logging in as one.
    void logInAsAdmin()
    {
        QString why;
        QVERIFY2(seatStaff(m_branch->hub().database(), u"local"_s, StaffRole::Admin, &why,
                     u"anong"_s),
            qPrintable(why));
        m_branch->queue().refreshStaff();
        QTRY_VERIFY(m_branch->queue().staff()
            && m_branch->queue().staff()->role == StaffRole::Admin);
    }

    static QString cell(ServicesPanel &panel, const QString &code, int column)
    {
        const int row = panel.model()->rowOf(code);
        return row < 0 ? QString() : panel.model()->index(row, column).data().toString();
    }

    static QStringList holidayRows(ServicesPanel &panel)
    {
        QStringList rows;
        QTableWidget *view = panel.holidaysView();
        for (int r = 0; r < view->rowCount(); ++r)
            rows << view->item(r, 0)->text() + u" | "_s + view->item(r, 1)->text();
        return rows;
    }

    static QPushButton *button(QWidget &panel, const QString &name)
    {
        return panel.findChild<QPushButton *>(name);
    }

    static QDate bangkokToday()
    {
        return QDateTime::currentDateTime().toTimeZone(QTimeZone("Asia/Bangkok")).date();
    }

private Q_SLOTS:
    void init()
    {
        m_branch = std::make_unique<TestBranch>();
        // The catalog as the admin sets it: under openAllDay the hub reports every service open
        // all day and no holidays, whatever is stored.
        m_branch->queueSettings().openAllDay = false;
        QString why;
        QVERIFY2(m_branch->open(&why), qPrintable(why));
        QVERIFY2(m_branch->hub().listen(QHostAddress::LocalHost, 0, &why), qPrintable(why));
        m_branch->language().setLanguage(Language::English);
    }

    void cleanup() { m_branch.reset(); }

    void adminChangesTargetAndWeekHours()
    {
        logInAsAdmin();
        ServicesPanel panel(m_branch->queue());
        panel.retranslateUi(Language::English);
        QSignalSpy refreshed(&panel, &ServicesPanel::refreshed);
        QSignalSpy answered(&panel, &ServicesPanel::changeAnswered);
        panel.show();
        QVERIFY(refreshed.wait());
        const QJsonArray services = catalog().value(u"services"_s).toArray();
        QVERIFY(services.size() >= 2);
        QCOMPARE(panel.model()->rowCount(), services.size());
        const QString code = services.at(0)[u"code"_s].toString();
        const int oldTarget = services.at(0)[u"targetWaitMinutes"_s].toInt();
        QVERIFY(!panel.findChild<QLabel *>(u"adminOnlyLine"_s)->isVisible());

        QVERIFY(!button(panel, u"editServiceButton"_s)->isEnabled()); // nothing selected
        QVERIFY(panel.selectService(code));
        QVERIFY(button(panel, u"editServiceButton"_s)->isEnabled());
        button(panel, u"editServiceButton"_s)->click();
        auto *dialog = panel.findChild<ServiceHoursDialog *>(u"serviceHoursDialog"_s);
        QVERIFY(dialog);
        QCOMPARE(dialog->targetWaitMinutes(), oldTarget);
        const int newTarget = oldTarget == 45 ? 50 : 45;
        dialog->setTargetWaitMinutes(newTarget);
        for (int day = 1; day <= 5; ++day)
            dialog->setDay(day, true, u"08:30"_s, u"16:30"_s);
        dialog->setDay(6, true, u"09:00"_s, u"12:00"_s);
        dialog->setDay(7, false);

        // A Tuesday that closes before it opens: said in words, and Save waits.
        dialog->setDay(2, true, u"16:30"_s, u"08:30"_s);
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->problem(), u"Tuesday: the service must open before it closes."_s);
        QCOMPARE(answered.size(), 0);
        dialog->setDay(2, true, u"8:30"_s, u"16:30"_s); // the hour without its zero will do
        QCOMPARE(dialog->problem(), QString());
        dialog->accept();
        QVERIFY(answered.wait());
        QCOMPARE(answered.last().at(0).toBool(), true);

        // The hub's catalog says so.
        const QJsonObject changed = serviceInCatalog(code);
        QCOMPARE(changed[u"targetWaitMinutes"_s].toInt(), newTarget);
        QJsonArray week;
        for (int day = 1; day <= 5; ++day)
            week.append(QJsonObject {
                {u"day"_s, day}, {u"opens"_s, u"08:30"_s}, {u"closes"_s, u"16:30"_s}});
        week.append(QJsonObject {{u"day"_s, 6}, {u"opens"_s, u"09:00"_s}, {u"closes"_s, u"12:00"_s}});
        QCOMPARE(changed[u"week"_s].toArray(), week);

        // The panel reads the catalog again (catalog.changed) and says the week in short words.
        QTRY_COMPARE(cell(panel, code, ServiceListModel::TargetColumn),
            u"%1 min"_s.arg(newTarget));
        QTRY_COMPARE(cell(panel, code, ServiceListModel::WeekColumn),
            u"Mon–Fri 08:30–16:30, Sat 09:00–12:00; closed Sun"_s);
        QVERIFY(panel.message().contains(u"is changed"_s));
    }

    void adminAddsAndRemovesAHoliday()
    {
        logInAsAdmin();
        ServicesPanel panel(m_branch->queue());
        panel.retranslateUi(Language::English);
        QSignalSpy refreshed(&panel, &ServicesPanel::refreshed);
        QSignalSpy answered(&panel, &ServicesPanel::changeAnswered);
        panel.show();
        QVERIFY(refreshed.wait());
        const int before = int(catalog().value(u"holidays"_s).toArray().size());

        const QDate date = bangkokToday().addDays(40);
        button(panel, u"addHolidayButton"_s)->click();
        auto *dialog = panel.findChild<HolidayDialog *>(u"holidayDialog"_s);
        QVERIFY(dialog);
        dialog->setHoliday(date, u"   "_s);
        QCOMPARE(dialog->problem(), u"Give the holiday a name."_s);
        dialog->setHoliday(date, u"  Branch anniversary "_s);
        QCOMPARE(dialog->problem(), QString());
        dialog->accept();
        QVERIFY(answered.wait());
        QCOMPARE(answered.last().at(0).toBool(), true);

        const QJsonArray holidays = catalog().value(u"holidays"_s).toArray();
        QCOMPARE(holidays.size(), before + 1);
        const QJsonObject added {
            {u"date"_s, date.toString(Qt::ISODate)}, {u"name"_s, u"Branch anniversary"_s}};
        QVERIFY(holidays.contains(added));

        // Shown with the date as people read it: in Thai the Buddhist-Era year (Gregorian + 543).
        QTRY_COMPARE(panel.holidaysView()->rowCount(), before + 1);
        m_branch->language().setLanguage(Language::Thai);
        panel.retranslateUi(Language::Thai);
        const QString row = holidayRows(panel).filter(u"Branch anniversary"_s).value(0);
        QVERIFY2(row.contains(QString::number(date.year() + 543))
                && !row.contains(QString::number(date.year())),
            qPrintable(row));
        m_branch->language().setLanguage(Language::English);
        panel.retranslateUi(Language::English);

        // Remove: the hub's list no longer has it, the others stay.
        QVERIFY(!button(panel, u"removeHolidayButton"_s)->isEnabled());
        QVERIFY(panel.selectHoliday(date));
        button(panel, u"removeHolidayButton"_s)->click();
        QVERIFY(answered.wait());
        QCOMPARE(answered.last().at(0).toBool(), true);
        const QJsonArray after = catalog().value(u"holidays"_s).toArray();
        QCOMPARE(after.size(), before);
        QVERIFY(!after.contains(added));
        QTRY_COMPARE(panel.holidaysView()->rowCount(), before);
    }

    void supervisorSetsCounterServicesAndMovesATicketButNotTargets()
    {
        // TestBranch's own PC has a supervisor logged in.
        QTRY_VERIFY(m_branch->queue().staff() && m_branch->queue().staff()->role == StaffRole::Supervisor);
        ServicesPanel panel(m_branch->queue());
        panel.retranslateUi(Language::English);
        QSignalSpy refreshed(&panel, &ServicesPanel::refreshed);
        QSignalSpy answered(&panel, &ServicesPanel::changeAnswered);
        panel.show();
        QVERIFY(refreshed.wait());
        const QJsonObject before = catalog();
        const QJsonArray services = before.value(u"services"_s).toArray();
        const QString a = services.at(0)[u"code"_s].toString();
        const QString b = services.at(1)[u"code"_s].toString();

        // The administrator's controls: disabled, and the line says so.
        auto *line = panel.findChild<QLabel *>(u"adminOnlyLine"_s);
        QVERIFY(line->isVisible());
        QCOMPARE(line->text(),
            u"Only an administrator may change targets, hours and holidays; you may set "
            "counters' services and move waiting tickets."_s);
        QVERIFY(panel.selectService(a));
        QVERIFY(!button(panel, u"editServiceButton"_s)->isEnabled());
        QVERIFY(!button(panel, u"addHolidayButton"_s)->isEnabled());
        QVERIFY(!button(panel, u"removeHolidayButton"_s)->isEnabled());
        QVERIFY(button(panel, u"counterServicesButton"_s)->isEnabled());

        // Counter services…: the first counter serves only B, taking turns 1 priority after 3.
        const int counter = before.value(u"counters"_s).toArray().at(0)[u"number"_s].toInt();
        button(panel, u"counterServicesButton"_s)->click();
        auto *services_ = panel.findChild<CounterServicesDialog *>(u"counterServicesDialog"_s);
        QVERIFY(services_);
        services_->selectCounter(counter);
        QCOMPARE(services_->counter(), counter);
        services_->setServices({});
        QVERIFY(!services_->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        services_->setServices({b});
        // Call order…: the counter screen's own dialog.
        button(*services_, u"callProfileButton"_s)->click();
        auto *order = services_->findChild<CallProfileDialog *>(u"callProfileDialog"_s);
        QVERIFY(order);
        order->findChild<QRadioButton *>(u"ratioButton"_s)->setChecked(true);
        order->findChild<QSpinBox *>(u"normalCallsSpinBox"_s)->setValue(3);
        order->accept();
        QCOMPARE(services_->findChild<QLabel *>(u"callProfileText"_s)->text(),
            u"Call order: one priority ticket after every 3 normal ones."_s);
        QVERIFY(saveScreenshot(services_, u"supervisor-counter-services-en"_s));
        services_->accept();
        QVERIFY(answered.wait());
        QCOMPARE(answered.last().at(0).toBool(), true);
        QJsonObject counterNow;
        for (const QJsonValue &c : catalog().value(u"counters"_s).toArray())
            if (c[u"number"_s].toInt() == counter)
                counterNow = c.toObject();
        QCOMPARE(counterNow[u"services"_s].toArray(), QJsonArray {b});
        QJsonObject inSnapshot;
        for (const QJsonValue &c :
            snapshot()[u"counters"_s].toArray())
            if (c[u"number"_s].toInt() == counter)
                inSnapshot = c.toObject();
        QCOMPARE(inSnapshot[u"callMode"_s].toString(), u"ratio"_s);
        QCOMPARE(inSnapshot[u"normalCallsPerPriority"_s].toInt(), 3);

        // Move a waiting ticket…: A's ticket now waits for B, with its number.
        QVERIFY(!button(panel, u"moveTicketButton"_s)->isEnabled()); // nobody waits
        const QJsonObject issued = ask(m_branch->queue(), u"issueTicket"_s, {{u"service"_s, a}, {u"counter"_s, counter}}); // by staff: at any hour
        QVERIFY2(issued[u"ok"_s].toBool(), qPrintable(issued[u"message"_s].toString()));
        const QString number = issued[u"ticket"_s][u"number"_s].toString();
        const QString id = issued[u"ticket"_s][u"id"_s].toString();
        QVERIFY(m_branch->waitForSnapshot());
        QTRY_VERIFY(button(panel, u"moveTicketButton"_s)->isEnabled());
        button(panel, u"moveTicketButton"_s)->click();
        auto *move = panel.findChild<MoveTicketDialog *>(u"moveTicketDialog"_s);
        QVERIFY(move);
        QVERIFY(move->selectTicket(number));
        QVERIFY(move->selectService(b));
        QVERIFY(saveScreenshot(move, u"supervisor-move-ticket-en"_s));
        move->accept();
        QVERIFY(answered.wait());
        QCOMPARE(answered.last().at(0).toBool(), true);
        QString waitsFor;
        for (const QJsonValue &q : snapshot()[u"queues"_s].toArray())
            for (const QJsonValue &t : q[u"waiting"_s].toArray())
                if (t[u"id"_s].toString() == id)
                    waitsFor = q[u"serviceCode"_s].toString() + u' ' + t[u"number"_s].toString();
        QCOMPARE(waitsFor, b + u' ' + number);

        // The ticket is cancelled while the dialog is open: the hub refuses, the panel says why.
        QVERIFY(m_branch->waitForSnapshot());
        button(panel, u"moveTicketButton"_s)->click();
        move = panel.findChild<MoveTicketDialog *>(u"moveTicketDialog"_s);
        QVERIFY(move && move->selectTicket(number) && move->selectService(a));
        QVERIFY(ask(m_branch->queue(), u"cancel"_s, {{u"ticket"_s, id}})[u"ok"_s].toBool());
        move->accept();
        QVERIFY(answered.wait());
        QCOMPARE(answered.last().at(0).toBool(), false);
        QVERIFY(!panel.message().isEmpty());
        QVERIFY2(!panel.message().contains(u"illegalTransition"_s), qPrintable(panel.message()));
    }

    void openAllDayHubKeepsItsHoursFromTheTab()
    {
        // A demo hub that takes tickets at any hour: its catalog shows every service open all day
        // and no holiday, which is not what it keeps; saving from the tab would store that.
        m_branch = std::make_unique<TestBranch>();
        m_branch->queueSettings().openAllDay = true;
        QString why;
        QVERIFY2(m_branch->open(&why), qPrintable(why));
        QVERIFY(catalog().value(u"openAllDay"_s).toBool());
        logInAsAdmin();
        ServicesPanel panel(m_branch->queue());
        panel.retranslateUi(Language::English);
        QSignalSpy refreshed(&panel, &ServicesPanel::refreshed);
        panel.show();
        QVERIFY(refreshed.wait());
        const QString code = catalog().value(u"services"_s).toArray().at(0)[u"code"_s].toString();
        QVERIFY(panel.selectService(code));
        auto *line = panel.findChild<QLabel *>(u"openAllDayLine"_s);
        QVERIFY(line->isVisible());
        QVERIFY(line->text().contains(u"queue/openAllDay"_s));
        QVERIFY(!button(panel, u"editServiceButton"_s)->isEnabled());
        QVERIFY(!button(panel, u"addHolidayButton"_s)->isEnabled());
        // What an administrator may still do there: a counter's services.
        QVERIFY(button(panel, u"counterServicesButton"_s)->isEnabled());
    }

    void anotherClientsChangeShowsAtOnce()
    {
        // Another supervisor's PC on the LAN, an administrator logged in there.
        const QString token = m_branch->pair(int(Device::Role::Supervisor), u"Office PC"_s);
        QString officeId;
        for (const PairedDevice &d : m_branch->hub().devices().list())
            if (d.device.name == u"Office PC"_s)
                officeId = d.device.id;
        QString why;
        QVERIFY2(seatStaff(m_branch->hub().database(), officeId, StaffRole::Admin, &why,
                     u"prani"_s),
            qPrintable(why));
        RemoteQueueLink office(QUrl(m_branch->hub().server()->url()), token);
        office.client().setBackoff(10, 50);
        office.start();
        QTRY_COMPARE(office.state(), QueueLink::State::Online);
        QTRY_VERIFY(office.staff() && office.staff()->role == StaffRole::Admin);

        ServicesPanel panel(m_branch->queue());
        panel.retranslateUi(Language::English);
        QSignalSpy refreshed(&panel, &ServicesPanel::refreshed);
        panel.show();
        QVERIFY(refreshed.wait());
        const QString code = panel.model()->services().at(0).code;

        QVERIFY(ask(office, u"setServiceTarget"_s,
            {{u"service"_s, code}, {u"targetWaitMinutes"_s, 123}})[u"ok"_s].toBool());
        QTRY_COMPARE(cell(panel, code, ServiceListModel::TargetColumn), u"123 min"_s);

        QVERIFY(ask(office, u"setServiceHours"_s, {{u"service"_s, code}, {u"week"_s, QJsonArray {}}})
                    [u"ok"_s].toBool());
        QTRY_COMPARE(cell(panel, code, ServiceListModel::WeekColumn), u"Closed every day"_s);
        QCOMPARE(cell(panel, code, ServiceListModel::TodayColumn),
            u"Closed on "_s + QLocale(QLocale::English).dayName(bangkokToday().dayOfWeek()));

        const QDate today = bangkokToday();
        QVERIFY(ask(office, u"setHolidays"_s,
            {{u"holidays"_s, QJsonArray {QJsonObject {
                {u"date"_s, today.toString(Qt::ISODate)}, {u"name"_s, u"Flood day"_s}}}}})
                    [u"ok"_s].toBool());
        QTRY_COMPARE(panel.holidaysView()->rowCount(), 1);
        QCOMPARE(panel.holidaysView()->item(0, 1)->text(), u"Flood day"_s);
        // Today is that holiday: every service says so (the holiday before the weekday).
        const QString other = panel.model()->services().at(1).code;
        QCOMPARE(cell(panel, other, ServiceListModel::TodayColumn),
            u"Closed: holiday (Flood day)"_s);
    }

    // The tab in the supervisor's window; screenshots in Thai and English
    // (SCREENSHOT_DIR: supervisor-services-th.png, …-en.png).
    void theTabInTheSupervisorWindow()
    {
        logInAsAdmin();
        QJsonArray week;
        for (int day = 1; day <= 5; ++day)
            week.append(QJsonObject {
                {u"day"_s, day}, {u"opens"_s, u"08:30"_s}, {u"closes"_s, u"16:30"_s}});
        const QString code = catalog()[u"services"_s][0][u"code"_s].toString();
        QVERIFY(ask(m_branch->queue(), u"setServiceHours"_s,
            {{u"service"_s, code}, {u"week"_s, week}})[u"ok"_s].toBool());
        QVERIFY(ask(m_branch->queue(), u"setHolidays"_s,
            {{u"holidays"_s, QJsonArray {
                QJsonObject {{u"date"_s, u"2026-12-10"_s}, {u"name"_s, u"วันรัฐธรรมนูญ"_s}},
                QJsonObject {{u"date"_s, u"2026-12-31"_s}, {u"name"_s, u"วันสิ้นปี"_s}}}}})
                    [u"ok"_s].toBool());

        m_branch->language().setLanguage(Language::Thai);
        SupervisorWindow window(m_branch->context());
        window.resize(1280, 720);
        window.show();
        ServicesPanel *panel = window.findChild<ServicesPanel *>();
        QVERIFY(panel);
        QSignalSpy refreshed(panel, &ServicesPanel::refreshed);
        window.tabs()->setCurrentWidget(panel);
        QVERIFY(refreshed.wait());
        QCOMPARE(window.tabs()->tabText(window.tabs()->indexOf(panel)).isEmpty(), false);
        QVERIFY(panel->selectService(code));
        QTRY_COMPARE(panel->holidaysView()->rowCount(), 2);
        // Thai: the day names in Thai, the holidays' years Buddhist-Era.
        QVERIFY(containsThai(cell(*panel, code, ServiceListModel::WeekColumn)));
        QVERIFY(panel->holidaysView()->item(0, 0)->text().contains(u"2569"_s));
        QVERIFY(saveScreenshot(&window, u"supervisor-services-th"_s));

        m_branch->language().setLanguage(Language::English);
        QTRY_COMPARE(cell(*panel, code, ServiceListModel::WeekColumn),
            u"Mon–Fri 08:30–16:30; closed Sat–Sun"_s);
        QVERIFY(panel->holidaysView()->item(0, 0)->text().contains(u"2026"_s));
        QVERIFY(saveScreenshot(&window, u"supervisor-services-en"_s));

        button(*panel, u"editServiceButton"_s)->click();
        auto *dialog = panel->findChild<ServiceHoursDialog *>(u"serviceHoursDialog"_s);
        QVERIFY(dialog);
        QVERIFY(saveScreenshot(dialog, u"supervisor-service-hours-en"_s));
        dialog->reject();
    }
};

QTEST_MAIN(TestServicesPanel)
#include "tst_servicespanel.moc"
