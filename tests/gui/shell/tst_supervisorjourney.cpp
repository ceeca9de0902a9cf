// Issue 16's "Done when", end to end: a supervisor logs in, sees the morning's queue live, reacts to
// a breached target by opening a counter, exports the day's report in Thai and sees the branch
// beside its province at central — and a counter officer, or a hand-made message from a counter
// PC, can do none of that.
//
// The real parts: saduak-central as a process (admin areas, two branches in Bangkok / Pathum Wan);
// the branch hub serving the LAN on a port and pushing to that central; the supervisor's screen in
// this process over a RemoteQueueLink (a real WebSocket) with the supervisor PC's own token; the
// counter PC as a bare WebSocket sending JSON by hand. The hub runs in this process (BranchHub, the
// library saduak-hub is a main() around) because the morning, the breach and the rollover need the
// hub's clock moved, and the saduak-hub program has no clock to move.
#include "shelltestbranch.h"

#include "../../integration/central/areareportfixture.h"
#include "../../integration/hub/rawpeer.h"
#include "poppler.h"

#include <domain/bangkoktime.h>
#include <hub/devicestore.h>
#include <hub/hubserver.h>
#include <hub/staffstore.h>
#include <queue/queuemanager.h>
#include <queuelink/hubclient.h>
#include <queuelink/remotequeuelink.h>
#include <shell/supervisor/counterfiguresmodel.h>
#include <shell/supervisor/exportreportdialog.h>
#include <shell/supervisor/opencounterdialog.h>
#include <shell/supervisor/queuedashboard.h>
#include <shell/supervisor/servicefiguresmodel.h>
#include <shell/supervisor/supervisorwindow.h>
#include <sync/syncclient.h>

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

namespace {

const QDate kDay(2026, 12, 7); // a Monday

qint64 bangkok(QDate day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), BangkokTime::zone()).toMSecsSinceEpoch();
}

const QByteArray kSupervisorPassword = "wanna-supervisor-1";
const QByteArray kOfficerPassword = "malee-counter-22";
const QByteArray kOtherOfficerPassword = "somsak-counter-3";

} // namespace

class TestSupervisorJourney : public QObject
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

    static QString serviceCell(SupervisorWindow &w, const QString &code, int column)
    {
        const int row = QStringList {u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s}.indexOf(code); // demo
        return cell(w.dashboard()->serviceModel(), row, column);
    }

    static QString counterCell(SupervisorWindow &w, int counter, int column)
    {
        const CounterFiguresModel *m = w.dashboard()->counterModel();
        return cell(m, m->rowOf(counter), column);
    }

    // The half-minute look again (waits grow without events), without waiting half a minute.
    static void figuresNow(SupervisorWindow &window)
    {
        QSignalSpy shown(window.dashboard(), &QueueDashboard::figuresShown);
        window.dashboard()->refresh();
        QVERIFY(shown.wait(5000));
    }

    void addStaff(const QString &user, const QString &name, StaffRole role, const QByteArray &pw)
    {
        QString why;
        QCOMPARE(StaffStore(m_branch->hub().database())
                     .add(user, name, role, pw, m_now, StaffActor {u"test"_s, u"test"_s}, &why),
            StaffStore::Change::Done);
    }

    // One hand-made message from the counter PC and its answer.
    QJsonObject ask(RawPeer &peer, QJsonObject message)
    {
        const QString id = u"m%1"_s.arg(++m_messageId);
        message.insert(u"id"_s, id);
        peer.send(message);
        return peer.answer(id);
    }

    static QString code(const QJsonObject &answer)
    {
        return answer.value(u"ok"_s).toBool() ? u"ok"_s : answer.value(u"code"_s).toString();
    }

    void logInAtWindow(SupervisorWindow &window, const QString &user, const QByteArray &password)
    {
        auto *pages = child<QStackedWidget>(window, u"supervisorPages"_s);
        QTRY_COMPARE(pages->currentWidget()->objectName(), u"logInPanel"_s);
        auto *userEdit = child<QLineEdit>(window, u"logInUserEdit"_s);
        auto *passwordEdit = child<QLineEdit>(window, u"logInPasswordEdit"_s);
        userEdit->clear();
        passwordEdit->clear();
        QTest::keyClicks(userEdit, user);
        QTest::keyClicks(passwordEdit, QString::fromUtf8(password));
        QTest::mouseClick(child<QPushButton>(window, u"logInButton"_s), Qt::LeftButton);
    }

    // central's area e-report of the day, as a branch reads it.
    QJsonObject areaReport(quint16 port, const QByteArray &auth)
    {
        const RawResponse r = rawHttp(port,
            httpRequest("GET"_ba, "/v1/area-report?day=2026-12-07"_ba, {auth}));
        return r.status == 200 ? r.json() : QJsonObject();
    }

    static QJsonObject entry(const QJsonObject &report, const QString &list, const QString &key,
        const QString &value)
    {
        for (const QJsonValue &v : report.value(list).toArray())
            if (v.toObject().value(key).toString() == value)
                return v.toObject();
        return {};
    }

private Q_SLOTS:
    void theSupervisorsMorningAndNobodyElses()
    {
        // Central: Bangkok's areas, this branch (B001) and MBK Center (B002), both in Pathum Wan.
        QTemporaryDir centralDir;
        QVERIFY(centralDir.isValid());
        CentralProcess central(centralDir.filePath(u"central.sqlite"_s));
        QMap<QString, QByteArray> auth;
        QVERIFY(prepareAreaCentral(central, centralDir, &auth));
        QVERIFY(central.start() != 0);
        const QString token = QString::fromLatin1(auth.value(u"B001"_s).mid(22)); // after "Bearer "
        QVERIFY(!token.isEmpty());
        // MBK Center's 7 December, as its hub would push it: 5 issued, 4 served, 1 no-show.
        SentDay mbk {u"B002"_s, u"2026-12-07"_s, bangkok(kDay.addDays(1), 4, 0),
            {{u"A"_s, 5, 5, 4, 1, 0, 0, 4, minutes({{3, 4}, {25, 1}}), minutes({{6, 4}})}}};
        QCOMPARE(pushRows(central.port(), auth.value(u"B002"_s), {ereportRow(1, ereportPayload(mbk))})
                     .status,
            200);

        // The branch: its hub serving the LAN at 08:00 on Monday, pushing to central.
        m_now = bangkok(kDay, 8, 0);
        m_branch = std::make_unique<TestBranch>();
        m_branch->setClock([this] { return m_now; });
        QString why;
        QVERIFY2(m_branch->open(&why), qPrintable(why));
        m_branch->language().setLanguage(Language::English);
        BranchHub &hub = m_branch->hub();
        QVERIFY2(hub.listen(QHostAddress::LocalHost, 0, &why), qPrintable(why));
        SyncClient::Options sync;
        sync.centralUrl = central.url();
        sync.token = token;
        sync.minBackoffMs = 10;
        sync.maxBackoffMs = 100;
        hub.startSync(sync);
        addStaff(u"wanna"_s, u"วรรณา รักงาน"_s, StaffRole::Supervisor, kSupervisorPassword);
        addStaff(u"malee"_s, u"มาลี มีสุข"_s, StaffRole::Counter, kOfficerPassword);
        addStaff(u"somsak"_s, u"สมศักดิ์ ตั้งใจ"_s, StaffRole::Counter, kOtherOfficerPassword);
        const auto supervisorPc = hub.devices().pair(Device::Role::Supervisor, u"Supervisor's PC"_s, 0);
        const auto counterPc = hub.devices().pair(Device::Role::Counter, u"Counter 1's PC"_s, 1);
        QVERIFY(supervisorPc && counterPc);

        // The supervisor's PC: the screen over the LAN, nobody logged in yet.
        RemoteQueueLink link(QUrl(hub.server()->url()), supervisorPc->token);
        link.client().setBackoff(10, 100);
        link.start();
        QTRY_COMPARE(link.state(), QueueLink::State::Online);
        SupervisorWindow window(m_branch->context(&link));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *pages = child<QStackedWidget>(window, u"supervisorPages"_s);
        logInAtWindow(window, u"wanna"_s, kSupervisorPassword);
        QTRY_COMPARE(pages->currentWidget(), static_cast<QWidget *>(window.tabs()));
        QVERIFY(window.tabs()->isVisible());
        QTRY_COMPARE(serviceCell(window, u"A"_s, ServiceFiguresModel::Waiting), u"0"_s);

        // Counter 1's PC: malee logs in and opens her counter for ID cards, by hand-made messages.
        RawPeer pc(QUrl(hub.server()->url()).toString());
        QVERIFY(pc.waitConnected());
        QVERIFY(pc.hello(counterPc->token));
        QCOMPARE(code(ask(pc,
                     {{u"type"_s, u"logIn"_s}, {u"user"_s, u"malee"_s},
                         {u"password"_s, QString::fromUtf8(kOfficerPassword)}})),
            u"ok"_s);
        QCOMPARE(code(ask(pc,
                     {{u"type"_s, u"openCounter"_s}, {u"counter"_s, 1},
                         {u"services"_s, QJsonArray {u"A"_s}}})),
            u"ok"_s);

        // The morning: three ID-card tickets at the kiosk at 08:30, seen live on the Queue tab.
        m_now = bangkok(kDay, 8, 30);
        QStringList tickets;
        for (int i = 0; i < 3; ++i) {
            const QueueResult issued = hub.queue().issueTicket(u"A"_s);
            QVERIFY(issued.ok() && issued.ticket);
            tickets << issued.ticket->id;
        }
        QTRY_COMPARE(serviceCell(window, u"A"_s, ServiceFiguresModel::Waiting), u"3"_s);
        // A001 called at 08:32 (waited 2 minutes), served 08:33 to 08:40.
        m_now = bangkok(kDay, 8, 32);
        QCOMPARE(code(ask(pc, {{u"type"_s, u"callNext"_s}, {u"counter"_s, 1}})), u"ok"_s);
        QTRY_COMPARE(serviceCell(window, u"A"_s, ServiceFiguresModel::Waiting), u"2"_s);
        QTRY_COMPARE(counterCell(window, 1, CounterFiguresModel::Ticket), u"A001"_s);
        m_now = bangkok(kDay, 8, 33);
        QCOMPARE(code(ask(pc,
                     {{u"type"_s, u"startService"_s}, {u"counter"_s, 1},
                         {u"ticket"_s, tickets.at(0)}})),
            u"ok"_s);
        m_now = bangkok(kDay, 8, 40);
        QCOMPARE(code(ask(pc,
                     {{u"type"_s, u"finishService"_s}, {u"counter"_s, 1},
                         {u"ticket"_s, tickets.at(0)}})),
            u"ok"_s);
        QTRY_COMPARE(serviceCell(window, u"A"_s, ServiceFiguresModel::Served), u"1"_s);

        // 08:47: A002 has waited 17 minutes, past ID card's 15. The banner names the service.
        m_now = bangkok(kDay, 8, 47);
        figuresNow(window);
        QCOMPARE(serviceCell(window, u"A"_s, ServiceFiguresModel::LongestWait), u"17 min"_s);
        const QString alert = window.dashboard()->alertText();
        QVERIFY2(alert.contains(u"ID card"_s) && alert.contains(u"17 min"_s), qPrintable(alert));
        QVERIFY(child<QLabel>(window, u"breachAlert"_s)->isVisible());
        QVERIFY(saveScreenshot(&window, u"supervisor-journey-breach-en"_s));

        // The supervisor opens the closed counter 2 from the tab, with its buttons.
        QCOMPARE(hub.queue().counter(2)->state, Counter::State::Closed);
        window.dashboard()->selectCounter(2);
        auto *open = child<QToolButton>(window, u"openCounterButton"_s);
        QTRY_VERIFY(open->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);
        auto *dialog = window.findChild<OpenCounterDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->chosenServices(), (QStringList {u"A"_s, u"B"_s})); // counter 2's own
        dialog->accept();
        QTRY_COMPARE(counterCell(window, 2, CounterFiguresModel::State), u"Open"_s);
        QCOMPARE(hub.queue().counter(2)->state, Counter::State::Open); // the hub says so
        QCOMPARE(hub.queue().counter(2)->serviceCodes, (QStringList {u"A"_s, u"B"_s}));

        // Counter 2 calls A002 at 08:48 (18 minutes) and serves it to 08:53; counter 1 calls A003
        // at 08:50 (20 minutes) and serves it to 08:55. Nobody waits: the banner goes.
        m_now = bangkok(kDay, 8, 48);
        QVERIFY(hub.queue().callNext(2).ok());
        QVERIFY(hub.queue().startService(2, tickets.at(1)).ok());
        m_now = bangkok(kDay, 8, 50);
        QCOMPARE(code(ask(pc, {{u"type"_s, u"callNext"_s}, {u"counter"_s, 1}})), u"ok"_s);
        QCOMPARE(code(ask(pc,
                     {{u"type"_s, u"startService"_s}, {u"counter"_s, 1},
                         {u"ticket"_s, tickets.at(2)}})),
            u"ok"_s);
        m_now = bangkok(kDay, 8, 53);
        QVERIFY(hub.queue().finishService(2, tickets.at(1)).ok());
        m_now = bangkok(kDay, 8, 55);
        QCOMPARE(code(ask(pc,
                     {{u"type"_s, u"finishService"_s}, {u"counter"_s, 1},
                         {u"ticket"_s, tickets.at(2)}})),
            u"ok"_s);
        QTRY_COMPARE(serviceCell(window, u"A"_s, ServiceFiguresModel::Served), u"3"_s);
        QTRY_COMPARE(window.dashboard()->alertText(), QString());

        // Export report…: the day as a PDF, in Thai, with the Buddhist-Era date.
        m_branch->language().setLanguage(Language::Thai);
        const QString pdfPath = m_branch->path(u"day.pdf"_s);
        window.setSavePathChooser([&](const QString &) { return pdfPath; });
        window.findChild<QAction *>(u"exportReportAction"_s)->trigger();
        auto *exportDialog = window.findChild<ExportReportDialog *>();
        QVERIFY(exportDialog);
        exportDialog->choose(kDay, false, ExportReportDialog::Format::Pdf);
        exportDialog->accept();
        // The report is made off the screen's thread: "Saved …" with the file, in Thai.
        QTRY_VERIFY2_WITH_TIMEOUT(
            window.exportResult().contains(pdfPath), qPrintable(window.exportResult()), 15000);
        QVERIFY2(containsThai(window.exportResult()), qPrintable(window.exportResult()));
        QFile pdfFile(pdfPath);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QString pdf = comparableText(pdfText(pdfFile.readAll(), &why));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        for (const QString &expected :
            {u"รายงานผลการให้บริการประจำวันที่ 7 ธันวาคม 2569"_s, u"บัตรประจำตัวประชาชน"_s})
            QVERIFY2(pdf.contains(comparableText(expected)), qPrintable(expected));
        QVERIFY2(!pdf.contains(u"2026"_s), "a Gregorian year in the Thai report");
        QVERIFY(saveScreenshot(&window, u"supervisor-journey-exported-th"_s));
        m_branch->language().setLanguage(Language::English);

        // A counter officer at the supervisor's screen: the page that says it is not theirs, and
        // no button to open a counter.
        QTest::mouseClick(child<QToolButton>(window, u"logOutButton"_s), Qt::LeftButton);
        logInAtWindow(window, u"somsak"_s, kOtherOfficerPassword);
        QTRY_COMPARE(pages->currentWidget()->objectName(), u"notForCounterOfficers"_s);
        QVERIFY(!window.tabs()->isVisible());
        QVERIFY(!open->isVisible());
        QVERIFY(!child<QToolButton>(window, u"exportReportButton"_s)->isVisible());
        QCOMPARE(window.exportResult(), QString()); // the supervisor's export is not said to them
        // The hub's own refusal of a supervisor's command, word for word.
        QTRY_COMPARE(child<QLabel>(window, u"hubRefusal"_s)->text(),
            QCoreApplication::translate("saduak::CommandTable", "A counter officer may not do \"%1\".")
                .arg(u"recentDays"_s));
        QVERIFY(saveScreenshot(&window, u"supervisor-journey-officer-en"_s));

        // The counter PC's hand-made messages for what is the supervisor's: forbidden, each.
        QCOMPARE(code(ask(pc,
                     {{u"type"_s, u"openCounter"_s}, {u"counter"_s, 3},
                         {u"services"_s, QJsonArray {u"A"_s}}})),
            u"forbidden"_s);
        QCOMPARE(code(ask(pc,
                     {{u"type"_s, u"setServiceTarget"_s}, {u"service"_s, u"A"_s},
                         {u"targetWaitMinutes"_s, 400}})),
            u"forbidden"_s);
        const QJsonObject report = ask(pc,
            {{u"type"_s, u"eReport"_s}, {u"from"_s, u"2026-12-07"_s}, {u"to"_s, u"2026-12-07"_s}});
        QCOMPARE(code(report), u"forbidden"_s);
        QVERIFY(!report.contains(u"report"_s));
        const QJsonObject days = ask(pc, {{u"type"_s, u"recentDays"_s}, {u"days"_s, 3}});
        QCOMPARE(code(days), u"forbidden"_s);
        QVERIFY(!days.contains(u"days"_s));
        // …and nothing changed at the hub.
        QCOMPARE(hub.queue().counter(3)->state, Counter::State::Closed);
        int targetA = 0;
        for (const Service &s : hub.queue().services())
            if (s.code == u"A"_s)
                targetA = s.targetWaitMinutes;
        QCOMPARE(targetA, 15);

        // 04:00 on Tuesday: Monday is over, the hub pushes its e-report to central.
        m_now = bangkok(kDay.addDays(1), 4, 0);
        hub.queue().rollOverIfDue();
        QJsonObject day;
        const bool arrived = QTest::qWaitFor(
            [&] {
                day = areaReport(central.port(), auth.value(u"B001"_s));
                return entry(day, u"branches"_s, u"code"_s, u"B001"_s)
                           .value(u"daysReported"_s)
                           .toInt()
                    == 1;
            },
            20000);
        if (!arrived)
            qWarning().noquote() << central.standardError();
        QVERIFY(arrived);

        // The branch: 3 issued, called and served, 1 within target (A001's 2 minutes; A002 waited
        // 18 and A003 20). Its province (and amphoe): with MBK Center's 5, 5, 4 and 4 within.
        const QJsonObject branch = entry(day, u"branches"_s, u"code"_s, u"B001"_s);
        QCOMPARE(branch.value(u"province"_s).toString(), u"10"_s);
        QCOMPARE(branch.value(u"issued"_s).toInt(), 3);
        QCOMPARE(branch.value(u"called"_s).toInt(), 3);
        QCOMPARE(branch.value(u"served"_s).toInt(), 3);
        QCOMPARE(branch.value(u"withinTarget"_s).toInt(), 1);
        QCOMPARE(branch.value(u"noShows"_s).toInt(), 0);
        for (const QString &list : {u"provinces"_s, u"amphoes"_s}) {
            const bool province = list == u"provinces"_s;
            const QJsonObject area = entry(day, list, u"code"_s, province ? u"10"_s : u"1007"_s);
            // Every branch enrolled there counts, also Sanam Luang (Bangkok, Phra Nakhon) that
            // reported nothing this day.
            const auto inArea = [&](const AreaBranch &b) {
                return province ? b.province == u"10"_s : b.amphoe == u"1007"_s;
            };
            QCOMPARE(area.value(u"branches"_s).toInt(),
                std::count_if(areaReportBranches().begin(), areaReportBranches().end(), inArea));
            QCOMPARE(area.value(u"daysReported"_s).toInt(), 2);
            QCOMPARE(area.value(u"issued"_s).toInt(), 3 + 5);
            QCOMPARE(area.value(u"served"_s).toInt(), 3 + 4);
            QCOMPARE(area.value(u"noShows"_s).toInt(), 0 + 1);
            QCOMPARE(area.value(u"withinTarget"_s).toInt(), 1 + 4);
            QCOMPARE(area.value(u"withinTargetShare"_s).toDouble(), (1.0 + 4) / (3 + 5));
        }
    }

    void cleanup() { m_branch.reset(); } // after the window, the links and the peer

private:
    std::unique_ptr<TestBranch> m_branch;
    qint64 m_now = 0;
    int m_messageId = 0;
};

QTEST_MAIN(TestSupervisorJourney)
#include "tst_supervisorjourney.moc"
