// The supervisor's screen (`saduak --mode supervisor`) on a real embedded branch hub with its own
// clock: the Queue tab follows what another PC does (tickets issued, called and served), an alert
// stands while a service's longest wait is past its target and goes when it is back within, the
// supervisor opens, pauses and closes a counter from the screen, and a counter officer who logs in
// there is told the screen is not theirs, with the hub's own refusal.
#include "shelltestbranch.h"

#include <domain/bangkoktime.h>
#include <hub/localqueuelink.h>
#include <hub/staffstore.h>
#include <queue/queuemanager.h>
#include <seatedstaff.h>
#include <shell/supervisor/counterfiguresmodel.h>
#include <shell/supervisor/exportreportdialog.h>
#include <shell/supervisor/hourlychart.h>
#include <shell/supervisor/opencounterdialog.h>
#include <shell/supervisor/queuedashboard.h>
#include <shell/supervisor/recentdaysmodel.h>
#include <shell/supervisor/servicefiguresmodel.h>
#include <shell/supervisor/supervisorwindow.h>

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

namespace {

constexpr qint64 kMinuteMs = 60 * 1000;
// Monday 7 December 2026, 10:05 in Bangkok (UTC+7): the hub's clock, moved by the tests.
const qint64 kStartMs = QDateTime(QDate(2026, 12, 7), QTime(3, 5), Qt::UTC).toMSecsSinceEpoch();

} // namespace

class TestSupervisorWindow : public QObject
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

    static QString cell(const QAbstractItemModel *model, int row, int column)
    {
        return model->data(model->index(row, column)).toString();
    }

    static int serviceRow(const QString &code)
    {
        return QStringList {u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s}.indexOf(code); // demo order
    }

    QString serviceCell(SupervisorWindow &w, const QString &code, int column)
    {
        return cell(w.dashboard()->serviceModel(), serviceRow(code), column);
    }

    QString counterCell(SupervisorWindow &w, int counter, int column)
    {
        const CounterFiguresModel *m = w.dashboard()->counterModel();
        return cell(m, m->rowOf(counter), column);
    }

    void showWindow(SupervisorWindow &window)
    {
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(m_branch->waitForSnapshot());
    }

    // The half-minute look again (waits grow without events), without waiting half a minute.
    void figuresNow(SupervisorWindow &window)
    {
        QSignalSpy shown(window.dashboard(), &QueueDashboard::figuresShown);
        window.dashboard()->refresh();
        QVERIFY(shown.wait(5000));
    }

    // Another PC's link (counter 1's PC) with an officer of the hub's staff logged in there.
    std::unique_ptr<LocalQueueLink> counterPc()
    {
        QString why;
        if (StaffStore(m_branch->hub().database())
                .add(u"somchai"_s, u"สมชาย ใจดี"_s, StaffRole::Counter, "somchai-pass-2567",
                    kStartMs, StaffActor {u"test"_s, u"test"_s}, &why)
            != StaffStore::Change::Done)
            qFatal("no staff: %s", qPrintable(why));
        if (!seatStaff(m_branch->hub().database(), u"pc1"_s, StaffRole::Counter, &why, u"somchai"_s))
            qFatal("not seated: %s", qPrintable(why));
        return std::make_unique<LocalQueueLink>(m_branch->hub().commands(),
            Device {u"pc1"_s, Device::Role::Counter, u"Counter 1's PC"_s, 1});
    }

    static bool send(const std::function<void(QueueLink::Done)> &command)
    {
        std::optional<QueueReply> reply;
        command([&](const QueueReply &r) { reply = r; });
        if (!QTest::qWaitFor([&] { return reply.has_value(); }, 5000) || !reply->ok) {
            qWarning("refused: %s", reply ? qPrintable(reply->message) : "no answer");
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void init()
    {
        m_now = kStartMs;
        m_branch = std::make_unique<TestBranch>();
        m_branch->setClock([this] { return m_now; });
        QString why;
        QVERIFY2(m_branch->open(&why), qPrintable(why));
        m_branch->language().setLanguage(Language::English);
    }

    void cleanup() { m_branch.reset(); }

    void followsAnotherPcLive()
    {
        SupervisorWindow window(m_branch->context());
        showWindow(window);
        QCOMPARE(window.tabs()->tabText(0), u"Queue"_s);
        QTRY_COMPARE(serviceCell(window, u"A"_s, ServiceFiguresModel::Waiting), u"0"_s);

        std::unique_ptr<LocalQueueLink> pc1 = counterPc();
        QueueLink &other = *pc1;
        for (int i = 0; i < 3; ++i)
            QVERIFY(send([&](auto done) { other.issueTicket(u"A"_s, PriorityClass::Normal, done); }));
        QTRY_COMPARE(serviceCell(window, u"A"_s, ServiceFiguresModel::Waiting), u"3"_s);
        QVERIFY(send([&](auto done) { other.openCounter(1, {u"A"_s}, done); }));
        QVERIFY(send([&](auto done) { other.callNext(1, done); }));
        QTRY_COMPARE(counterCell(window, 1, CounterFiguresModel::Ticket), u"A001"_s);
        QCOMPARE(counterCell(window, 1, CounterFiguresModel::State), u"Open"_s);
        QTRY_COMPARE(serviceCell(window, u"A"_s, ServiceFiguresModel::Waiting), u"2"_s);
        // The officer the hub knows acted there, by the name in its staff table.
        QTRY_COMPARE(counterCell(window, 1, CounterFiguresModel::Officer), u"สมชาย ใจดี"_s);

        // Served four minutes after being called, three minutes after issue: today's averages
        // beside the last days (the first row is today).
        m_now += 3 * kMinuteMs;
        const QString ticket = other.snapshot()->counters.first().currentTicket->id;
        QVERIFY(send([&](auto done) { other.ticketCommand(u"startService"_s, 1, ticket, done); }));
        m_now += 4 * kMinuteMs;
        QVERIFY(send([&](auto done) { other.ticketCommand(u"finishService"_s, 1, ticket, done); }));
        QTRY_COMPARE(serviceCell(window, u"A"_s, ServiceFiguresModel::Served), u"1"_s);
        QTRY_COMPARE(counterCell(window, 1, CounterFiguresModel::Served), u"1"_s);
        QCOMPARE(counterCell(window, 1, CounterFiguresModel::Ticket), u"–"_s);
        const RecentDaysModel *days = window.dashboard()->recentDaysModel();
        QVERIFY(cell(days, 0, RecentDaysModel::Day).startsWith(u"Today"_s));
        QCOMPARE(cell(days, 0, RecentDaysModel::Issued), u"3"_s);
        QCOMPARE(cell(days, 0, RecentDaysModel::Served), u"1"_s);
        QCOMPARE(cell(days, 0, RecentDaysModel::AverageWait), u"< 1 min"_s); // called at once
        QCOMPARE(cell(days, 0, RecentDaysModel::AverageService), u"4 min"_s);
        QTRY_COMPARE(days->rowCount(), 1 + 7); // the hub's last seven business days

        // Per hour: 3 issued and 1 served in the Bangkok hour of the clock.
        const int hour = BangkokTime::fromUtcMs(kStartMs).time().hour();
        HourlyChart *chart = window.dashboard()->hourlyChart();
        const QString hourCategory = u"%1:00"_s.arg(hour, 2, 10, QLatin1Char('0'));
        QCOMPARE(chart->categories(), QStringList {hourCategory});
        QCOMPARE(chart->issued(), QList<int> {3});
        QCOMPARE(chart->served(), QList<int> {1});
        QVERIFY(saveScreenshot(&window, u"supervisor-queue-en"_s));
        m_branch->language().setLanguage(Language::Thai);
        // The catalog's names in the language of the screen, at once.
        QCOMPARE(serviceCell(window, u"A"_s, ServiceFiguresModel::Name), u"A  บัตรประจำตัวประชาชน"_s);
        QCOMPARE(counterCell(window, 1, CounterFiguresModel::Name), u"ช่องบริการ 1"_s);
        QVERIFY(saveScreenshot(&window, u"supervisor-queue-th"_s));
    }

    void alertStandsWhileAWaitIsPastItsTarget()
    {
        SupervisorWindow window(m_branch->context());
        showWindow(window);
        QueueDashboard *dashboard = window.dashboard();
        QVERIFY(m_branch->hub().queue().issueTicket(u"A"_s).ok()); // ID card: target 15 minutes
        QTRY_COMPARE(serviceCell(window, u"A"_s, ServiceFiguresModel::Waiting), u"1"_s);
        m_now += 15 * kMinuteMs; // at the target, not past it
        figuresNow(window);
        QCOMPARE(dashboard->alertText(), QString());
        QCOMPARE(serviceCell(window, u"A"_s, ServiceFiguresModel::Status), u"✓ Within target"_s);

        m_now += 2 * kMinuteMs; // 17 minutes
        figuresNow(window);
        QCOMPARE(serviceCell(window, u"A"_s, ServiceFiguresModel::Status), u"⚠ Over target"_s);
        QCOMPARE(serviceCell(window, u"A"_s, ServiceFiguresModel::LongestWait), u"17 min"_s);
        const QString alert = dashboard->alertText();
        QVERIFY2(alert.contains(u"ID card"_s) && alert.contains(u"17 min"_s)
                && alert.contains(u"15 min"_s),
            qPrintable(alert));
        QVERIFY(!alert.contains(u"Civil registration"_s)); // nobody waits there
        QVERIFY(child<QLabel>(window, u"breachAlert"_s)->isVisible());
        QVERIFY(saveScreenshot(&window, u"supervisor-alert-en"_s));
        m_branch->language().setLanguage(Language::Thai);
        QVERIFY2(dashboard->alertText().contains(u"บัตรประจำตัวประชาชน"_s), qPrintable(dashboard->alertText()));
        // The figures' time is said in the new language at once, not at the next refresh.
        const QString figuresAt = child<QLabel>(window, u"figuresUpdated"_s)->text();
        QVERIFY2(containsThai(figuresAt), qPrintable(figuresAt));
        QVERIFY(saveScreenshot(&window, u"supervisor-alert-th"_s));
        m_branch->language().setLanguage(Language::English);

        // Called and served: back within, the alert goes by itself (the events ask again).
        QVERIFY(send([&](auto done) { m_branch->queue().openCounter(1, {u"A"_s}, done); }));
        QVERIFY(send([&](auto done) { m_branch->queue().callNext(1, done); }));
        QTRY_COMPARE(dashboard->alertText(), QString());
        QVERIFY(!child<QLabel>(window, u"breachAlert"_s)->isVisible());
        QCOMPARE(serviceCell(window, u"A"_s, ServiceFiguresModel::Status), u"– Nobody waiting"_s);
    }

    void supervisorOpensPausesAndClosesACounter()
    {
        SupervisorWindow window(m_branch->context());
        showWindow(window);
        QueueDashboard *dashboard = window.dashboard();
        auto *open = child<QToolButton>(window, u"openCounterButton"_s);
        auto *pause = child<QToolButton>(window, u"pauseCounterButton"_s);
        auto *close = child<QToolButton>(window, u"closeCounterButton"_s);
        QVERIFY(!open->isEnabled()); // no counter chosen yet
        QTRY_COMPARE(counterCell(window, 2, CounterFiguresModel::State), u"Closed"_s);
        dashboard->selectCounter(2);
        QTRY_VERIFY(open->isEnabled());
        QVERIFY(!pause->isEnabled());
        QVERIFY(!close->isEnabled());

        QTest::mouseClick(open, Qt::LeftButton);
        auto *dialog = window.findChild<OpenCounterDialog *>();
        QVERIFY(dialog);
        // Counter 2's own services (the demo catalog: ID card and civil registration) ticked.
        QCOMPARE(dialog->chosenServices(), (QStringList {u"A"_s, u"B"_s}));
        dialog->findChild<QCheckBox *>(u"service_A"_s)->setChecked(false);
        dialog->accept();
        QTRY_COMPARE(counterCell(window, 2, CounterFiguresModel::State), u"Open"_s);
        QCOMPARE(m_branch->hub().queue().counter(2)->serviceCodes, QStringList {u"B"_s});

        QTRY_VERIFY(pause->isEnabled());
        pause->menu()->actions().at(0)->trigger(); // a break
        QTRY_COMPARE(counterCell(window, 2, CounterFiguresModel::State), u"Paused: break"_s);
        QCOMPARE(m_branch->hub().queue().counter(2)->state, Counter::State::Paused);
        QTRY_VERIFY(close->isEnabled());
        QTest::mouseClick(close, Qt::LeftButton);
        QTRY_COMPARE(counterCell(window, 2, CounterFiguresModel::State), u"Closed"_s);
        QCOMPARE(m_branch->hub().queue().counter(2)->state, Counter::State::Closed);
    }

    void aCounterOfficerLoggedInHereCanDoNoneOfIt()
    {
        bool loggedOut = false;
        m_branch->queue().logOut([&](const QueueReply &r) { loggedOut = r.ok; });
        QTRY_VERIFY(loggedOut);
        QString why;
        QCOMPARE(StaffStore(m_branch->hub().database())
                     .add(u"malee"_s, u"มาลี มีสุข"_s, StaffRole::Counter, "malee-counter-2",
                         kStartMs, StaffActor {u"test"_s, u"test"_s}, &why),
            StaffStore::Change::Done);

        SupervisorWindow window(m_branch->context());
        showWindow(window);
        auto *pages = child<QStackedWidget>(window, u"supervisorPages"_s);
        QTRY_COMPARE(pages->currentWidget()->objectName(), u"logInPanel"_s);
        QVERIFY(!window.tabs()->isVisible());
        QTest::keyClicks(child<QLineEdit>(window, u"logInUserEdit"_s), u"malee"_s);
        QTest::keyClicks(child<QLineEdit>(window, u"logInPasswordEdit"_s), u"malee-counter-2"_s);
        QTest::mouseClick(child<QPushButton>(window, u"logInButton"_s), Qt::LeftButton);

        QTRY_COMPARE(pages->currentWidget()->objectName(), u"notForCounterOfficers"_s);
        QVERIFY(!window.tabs()->isVisible()); // nothing of the queue's management is offered
        QVERIFY(child<QLabel>(window, u"notForYouText"_s)->text().contains(u"มาลี มีสุข"_s));
        // What the hub says to a counter officer's supervisor's command, word for word.
        const QString hubSays = QCoreApplication::translate(
            "saduak::CommandTable", "A counter officer may not do \"%1\".")
                                    .arg(u"recentDays"_s);
        QTRY_COMPARE(child<QLabel>(window, u"hubRefusal"_s)->text(), hubSays);
        QVERIFY(child<QToolButton>(window, u"logOutPageButton"_s)->isVisible());
        QVERIFY(child<QToolButton>(window, u"switchOfficerPageButton"_s)->isVisible());
        QVERIFY(!child<QToolButton>(window, u"logOutButton"_s)->isVisible()); // once is enough
        QVERIFY(!child<QToolButton>(window, u"exportReportButton"_s)->isVisible());
        QVERIFY(saveScreenshot(&window, u"supervisor-counter-officer-en"_s));

        // Log out: the form again, for a supervisor.
        QTest::mouseClick(child<QToolButton>(window, u"logOutPageButton"_s), Qt::LeftButton);
        QTRY_COMPARE(pages->currentWidget()->objectName(), u"logInPanel"_s);
        QCOMPARE(m_branch->queue().staff(), std::nullopt);
    }

    void exportsTheDayAsCsvAndPdf_data()
    {
        QTest::addColumn<bool>("csv");
        QTest::newRow("csv") << true;
        QTest::newRow("pdf") << false;
    }

    // Export report…: today so far, the file where the person chose, and the result said.
    void exportsTheDayAsCsvAndPdf()
    {
        QFETCH(bool, csv);
        QVERIFY(m_branch->hub().queue().issueTicket(u"B"_s).ok());
        SupervisorWindow window(m_branch->context());
        showWindow(window);
        QTRY_COMPARE(window.dashboard()->businessDay(), u"2026-12-07"_s);
        const QString path = m_branch->path(csv ? u"day.csv"_s : u"day.pdf"_s);
        QString suggested;
        window.setSavePathChooser([&](const QString &name) {
            suggested = name;
            return path;
        });
        window.findChild<QAction *>(u"exportReportAction"_s)->trigger();
        auto *dialog = window.findChild<ExportReportDialog *>();
        QVERIFY(dialog);
        const auto format = csv ? ExportReportDialog::Format::Csv : ExportReportDialog::Format::Pdf;
        dialog->choose(QDate(2026, 12, 7), false, format);
        QCOMPARE(dialog->from(), QDate(2026, 12, 7));
        QCOMPARE(dialog->to(), QDate(2026, 12, 7));
        dialog->accept();
        QCOMPARE(suggested, csv ? u"ereport-2026-12-07.csv"_s : u"ereport-2026-12-07.pdf"_s);
        QTRY_VERIFY(window.exportResult().startsWith(u"Saved the report"_s));
        QVERIFY2(window.exportResult().contains(path), qPrintable(window.exportResult()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (csv) {
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with the mark Excel needs
            QVERIFY(bytes.contains("Civil registration")); // the service of the day's ticket
        } else {
            QVERIFY(bytes.startsWith("%PDF"));
        }
    }

private:
    std::unique_ptr<TestBranch> m_branch;
    qint64 m_now = 0;
};

QTEST_MAIN(TestSupervisorWindow)
#include "tst_supervisorwindow.moc"
