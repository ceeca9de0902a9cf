// The counter screen on a real hub: the officer opens the counter, calls, serves, transfers and
// pauses, with buttons and function keys; refusals show inline; two PCs on one counter agree.
#include "shelltestbranch.h"

#include <domain/bangkoktime.h>
#include <hub/hubserver.h>
#include <queue/queuemanager.h>
#include <queuelink/hubclient.h>
#include <queuelink/remotequeuelink.h>
#include <seatedstaff.h>
#include <shell/counterwindow.h>
#include <shell/syncstatus.h>

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

class TestCounterWindow : public QObject
{
    Q_OBJECT

    QString label(CounterWindow &window, const QString &name)
    {
        auto *l = window.findChild<QLabel *>(name);
        return l ? l->text() : u"<no "_s + name + u'>';
    }

    QToolButton *button(CounterWindow &window, const QString &name)
    {
        auto *b = window.findChild<QToolButton *>(name);
        if (!b)
            qFatal("no button %s", qPrintable(name));
        return b;
    }

    std::optional<Ticket> ticketAt(int counter)
    {
        const std::optional<QueueSnapshot> snapshot = m_branch->hub().queue().snapshot();
        for (const auto &c : snapshot->counters)
            if (c.counter.number == counter)
                return c.currentTicket;
        return std::nullopt;
    }

    // A shown, active window on counter 1, the queue loaded.
    void showWindow(CounterWindow &window)
    {
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(m_branch->waitForSnapshot());
        QCOMPARE(window.counterNumber(), 1);
    }

    void openCounter(CounterWindow &window)
    {
        QTRY_VERIFY(window.enabledActions().open);
        QTest::mouseClick(button(window, u"openCounterButton"_s), Qt::LeftButton);
        QTRY_VERIFY(window.enabledActions().callNext);
        QCOMPARE(m_branch->hub().queue().counter(1)->state, Counter::State::Open);
    }

private Q_SLOTS:
    void init()
    {
        m_branch = std::make_unique<TestBranch>();
        QString why;
        QVERIFY2(m_branch->open(&why), qPrintable(why));
    }

    void cleanup() { m_branch.reset(); }

    // The hub's push to central in the status bar: nothing without central; with central not
    // reachable, how many rows wait; past the warning age, in the warning style.
    void statusBarShowsTheSyncState()
    {
        m_branch->language().setLanguage(Language::English);
        CounterWindow window(m_branch->context());
        showWindow(window);
        auto *label = window.findChild<QLabel *>(u"syncStateLabel"_s);
        QVERIFY(label);
        QVERIFY(!label->isVisible());

        // A port nobody listens on: every attempt fails at once.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        SyncClient::Options options;
        options.centralUrl = QUrl(u"http://127.0.0.1:%1/"_s.arg(closed.serverPort()));
        closed.close();
        options.token = u"t"_s;
        options.minBackoffMs = 10;
        options.maxBackoffMs = 50;
        options.idlePollMs = 50;
        QVERIFY(m_branch->hub().queue().issueTicket(u"A"_s).ok());
        m_branch->localLink()->followSync(&m_branch->hub().startSync(options));
        QTRY_VERIFY(label->isVisible());
        const QRegularExpression notReached(u"^Central: not reached yet · [1-9]\\d* waiting$"_s);
        QTRY_VERIFY2(notReached.match(label->text()).hasMatch(), qPrintable(label->text()));
        QVERIFY(!label->toolTip().isEmpty()); // the last error
        QCOMPARE(label->styleSheet(), QString()); // not yet a warning: offline is normal

        options.oldestPendingWarningMs = 1; // the oldest row is older than that already
        m_branch->localLink()->followSync(&m_branch->hub().startSync(options));
        QTRY_VERIFY2(label->text().contains(u"oldest waiting"_s), qPrintable(label->text()));
        QCOMPARE(label->styleSheet(), SyncStatus::warningStyle()); // the one warning style
        QVERIFY(saveScreenshot(&window, u"counter-sync-warning"_s));

        m_branch->localLink()->followSync(nullptr);
        QTRY_VERIFY(!label->isVisible());
    }

    // Central came back while the hub waits out a long back-off: "Send now" beside the sync
    // state makes it try at once, and says so.
    void sendNowMakesTheHubTryCentralAtOnce()
    {
        m_branch->language().setLanguage(Language::English);
        CounterWindow window(m_branch->context());
        showWindow(window);
        auto *sendNow = window.findChild<QToolButton *>(u"syncNowButton"_s);
        QVERIFY(sendNow);
        QVERIFY(!sendNow->isVisible()); // no central

        // Central's port takes each connection and drops it: every push fails at once.
        QTcpServer central;
        int connections = 0;
        connect(&central, &QTcpServer::newConnection, &central, [&] {
            while (QTcpSocket *socket = central.nextPendingConnection()) {
                ++connections;
                socket->abort();
                socket->deleteLater();
            }
        });
        QVERIFY(central.listen(QHostAddress::LocalHost, 0));
        SyncClient::Options options;
        options.centralUrl = QUrl(u"http://127.0.0.1:%1/"_s.arg(central.serverPort()));
        options.token = u"t"_s;
        options.minBackoffMs = 120'000; // the next try by itself: a minute away at least
        options.maxBackoffMs = 240'000;
        options.probeIntervalMs = 600'000;
        options.newRowsRetryMs = 600'000;
        options.datasets.clear();
        QVERIFY(m_branch->hub().queue().issueTicket(u"A"_s).ok());
        m_branch->localLink()->followSync(&m_branch->hub().startSync(options));
        QTRY_VERIFY(sendNow->isVisible()); // a row waits
        QTRY_VERIFY(m_branch->localLink()->syncState()
            && !m_branch->localLink()->syncState()->lastError.isEmpty());
        const int before = connections;
        QCOMPARE(sendNow->text(), u"Send now"_s);
        QVERIFY(saveScreenshot(&window, u"counter-sync-send-now"_s));

        QTest::mouseClick(sendNow, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(connections > before, 5000);
        auto *message = window.findChild<QLabel *>(u"counterMessage"_s);
        QVERIFY(message);
        QTRY_COMPARE(message->text(), u"Sending to central now."_s);
    }

    void opensCallsStartsAndFinishesWithButtonsAndKeys()
    {
        QueueManager &queue = m_branch->hub().queue();
        QVERIFY(queue.issueTicket(u"A"_s).ok());
        QVERIFY(queue.issueTicket(u"A"_s).ok());
        CounterWindow window(m_branch->context());
        window.resize(1280, 800);
        showWindow(window);

        // Closed: only opening makes sense; the waiting tickets of what it may serve are counted.
        CounterActions onlyOpen;
        onlyOpen.open = true;
        QTRY_COMPARE(window.enabledActions(), onlyOpen);
        auto *services = window.findChild<QListWidget *>(u"counterServicesList"_s);
        QCOMPARE(services->count(), 1); // counter 1 serves ID cards only
        QCOMPARE(services->item(0)->text(), u"A  บัตรประจำตัวประชาชน: รอ 2 คิว"_s);
        QCOMPARE(label(window, u"waitingTotalLabel"_s), u"รวมคิวที่รอสำหรับช่องนี้ 2 คิว"_s);
        QCOMPARE(label(window, u"linkStateLabel"_s), QString()); // local: nothing to worry about
        QVERIFY(!button(window, u"callNextButton"_s)->isEnabled());

        openCounter(window);
        QVERIFY(button(window, u"callNextButton"_s)->text().contains(u"F2"_s));
        QVERIFY(button(window, u"callNextButton"_s)->toolTip().contains(u"F2"_s));

        QTest::keyClick(&window, Qt::Key_F2); // call next
        QTRY_COMPARE(label(window, u"currentTicketLabel"_s), u"A001"_s);
        QCOMPARE(ticketAt(1)->state, TicketState::Called);
        QVERIFY(label(window, u"currentTicketService"_s).contains(u"บัตรประจำตัวประชาชน"_s));
        const QString calledAt = BangkokTime::formatTime(ticketAt(1)->calledAtMs);
        QVERIFY2(label(window, u"currentTicketDetails"_s).contains(calledAt),
            qPrintable(label(window, u"currentTicketDetails"_s)));
        QTRY_COMPARE(label(window, u"waitingTotalLabel"_s), u"รวมคิวที่รอสำหรับช่องนี้ 1 คิว"_s);
        QCOMPARE(services->item(0)->text(), u"A  บัตรประจำตัวประชาชน: รอ 1 คิว"_s);
        // The queue's event may show the ticket before the answer frees the buttons.
        QTRY_VERIFY(window.enabledActions().start && !window.enabledActions().callNext);

        QTest::mouseClick(button(window, u"startServiceButton"_s), Qt::LeftButton);
        QTRY_COMPARE(ticketAt(1)->state, TicketState::Serving);
        QTRY_VERIFY(window.enabledActions().finish);
        QVERIFY(!window.enabledActions().start);
        QVERIFY(saveScreenshot(&window, u"counter_serving_th"_s));
        window.toggleLanguage();
        QVERIFY(label(window, u"currentTicketDetails"_s).contains(u"Being served"_s));
        QVERIFY(saveScreenshot(&window, u"counter_serving_en"_s));
        window.toggleLanguage();

        QTest::keyClick(&window, Qt::Key_F5); // done
        QTRY_COMPARE(label(window, u"currentTicketLabel"_s), u"—"_s);
        QVERIFY(!ticketAt(1));
        QTRY_VERIFY(window.enabledActions().callNext);
        QVERIFY(!window.findChild<QLabel *>(u"counterMessage"_s)->isVisible());
    }

    void transferSendsTheTicketToAnotherService()
    {
        QVERIFY(m_branch->hub().queue().issueTicket(u"A"_s).ok());
        CounterWindow window(m_branch->context());
        showWindow(window);
        openCounter(window);
        QTest::mouseClick(button(window, u"callNextButton"_s), Qt::LeftButton);
        QTRY_COMPARE(label(window, u"currentTicketLabel"_s), u"A001"_s);
        QTRY_VERIFY(window.enabledActions().transfer);

        auto *menu = window.findChild<QMenu *>(u"transferMenu"_s);
        QAction *toSelf = menu->findChild<QAction *>(u"transferTo_A"_s);
        QVERIFY(toSelf && !toSelf->isVisible()); // not to the service it is already in
        QAction *toC = menu->findChild<QAction *>(u"transferTo_C"_s);
        QVERIFY(toC && toC->isVisible());
        toC->trigger();

        QTRY_COMPARE(label(window, u"currentTicketLabel"_s), u"—"_s);
        const QueueSnapshot snapshot = *m_branch->hub().queue().snapshot();
        QList<QString> waitingForC;
        for (const auto &q : snapshot.queues)
            if (q.serviceCode == u"C"_s)
                for (const Ticket &t : q.waiting)
                    waitingForC << t.number;
        QCOMPARE(waitingForC, QList<QString> {u"A001"_s}); // keeps its number
    }

    void refusalIsShownInlineWithTheHubsReason()
    {
        CounterWindow window(m_branch->context());
        showWindow(window);
        openCounter(window);
        auto *message = window.findChild<QLabel *>(u"counterMessage"_s);
        QVERIFY(!message->isVisible());

        // Nothing waits: the hub refuses, the window says why and blocks nothing.
        QTest::keyClick(&window, Qt::Key_F2);
        QTRY_VERIFY(message->isVisible());
        QCOMPARE(message->text(), u"ไม่มีคิวรอรับบริการของช่องบริการ 1"_s);
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
        QVERIFY(window.enabledActions().callNext); // the officer can try again

        // A recall within the recall pause is refused with how long to wait.
        QVERIFY(m_branch->hub().queue().issueTicket(u"A"_s).ok());
        QTest::keyClick(&window, Qt::Key_F2);
        QTRY_COMPARE(label(window, u"currentTicketLabel"_s), u"A001"_s);
        QTRY_VERIFY(!message->isVisible()); // a success clears the last refusal
        QTRY_VERIFY(window.enabledActions().recall);
        QTest::keyClick(&window, Qt::Key_F3);
        QTRY_VERIFY(message->isVisible());
        // "Called N seconds ago; wait M more": the seconds depend on the machine's speed, but
        // together they are always the recall pause (30 s by default).
        const QRegularExpressionMatch tooSoon
            = QRegularExpression(u"^คิว A001 เพิ่งถูกเรียกเมื่อ (\\d+) วินาทีที่แล้ว "
                                 "กรุณารออีก (\\d+) วินาทีก่อนเรียกซ้ำ$"_s)
                  .match(message->text());
        QVERIFY2(tooSoon.hasMatch(), qPrintable(message->text()));
        QCOMPARE(tooSoon.captured(1).toInt() + tooSoon.captured(2).toInt(),
            m_branch->queueSettings().recallPauseSeconds);
        QCOMPARE(ticketAt(1)->recallCount, 0);
        QVERIFY(saveScreenshot(&window, u"counter_refusal_th"_s));
    }

    void pausesWithAReasonResumesAndCloses()
    {
        CounterWindow window(m_branch->context());
        showWindow(window);
        openCounter(window);
        QTRY_VERIFY(window.enabledActions().pause);

        auto *pauseMenu = window.findChild<QMenu *>(u"pauseMenu"_s);
        QCOMPARE(pauseMenu->actions().size(), 3);
        pauseMenu->actions().at(0)->trigger(); // break
        QTRY_COMPARE(m_branch->hub().queue().counter(1)->state, Counter::State::Paused);
        QCOMPARE(m_branch->hub().queue().counter(1)->pauseReason, PauseReason::Break);
        QTRY_VERIFY(window.enabledActions().resume);
        QVERIFY(!window.enabledActions().callNext);
        QCOMPARE(label(window, u"counterStateLabel"_s), u"พักชั่วคราว: พักเบรก"_s);

        QTest::keyClick(&window, Qt::Key_F11); // resume
        QTRY_COMPARE(m_branch->hub().queue().counter(1)->state, Counter::State::Open);
        QTRY_VERIFY(window.enabledActions().close);
        QTest::keyClick(&window, Qt::Key_F12, Qt::ShiftModifier); // close
        QTRY_COMPARE(m_branch->hub().queue().counter(1)->state, Counter::State::Closed);
        QTRY_VERIFY(window.enabledActions().open);
    }

    void openingUsesTheTickedServices()
    {
        CounterWindow window(m_branch->context());
        auto *picker = window.findChild<QComboBox *>(u"counterPicker"_s);
        picker->setCurrentIndex(picker->findData(2)); // counter 2 may serve two services
        QCOMPARE(m_branch->settings().counterNumber(), 2);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(m_branch->waitForSnapshot());
        auto *services = window.findChild<QListWidget *>(u"counterServicesList"_s);
        QTRY_COMPARE(services->count(), 2);
        services->item(1)->setCheckState(Qt::Unchecked);
        const QString kept = services->item(0)->data(Qt::UserRole).toString();
        QTRY_VERIFY(window.enabledActions().open);
        QTest::mouseClick(button(window, u"openCounterButton"_s), Qt::LeftButton);
        QTRY_COMPARE(m_branch->hub().queue().counter(2)->state, Counter::State::Open);
        QCOMPARE(m_branch->hub().queue().counter(2)->serviceCodes, QStringList {kept});

        // Nothing ticked: opening would serve nothing, so it is not offered.
        QTRY_VERIFY(window.enabledActions().close);
        QTest::keyClick(&window, Qt::Key_F12, Qt::ShiftModifier);
        QTRY_VERIFY(window.enabledActions().open);
        for (int i = 0; i < services->count(); ++i)
            services->item(i)->setCheckState(Qt::Unchecked);
        QVERIFY(!window.enabledActions().open);
    }

    void twoPcsOnOneCounterShowTheSameTicket()
    {
        QVERIFY(m_branch->hub().queue().issueTicket(u"A"_s).ok());
        QString why;
        QVERIFY2(seatStaff(m_branch->hub().database(), u"pc2"_s, StaffRole::Counter, &why,
                     u"officer2"_s),
            qPrintable(why));
        LocalQueueLink otherLink(m_branch->hub().commands(),
            Device {u"pc2"_s, Device::Role::Counter, u"Counter 1, second PC"_s, 1});
        CounterWindow first(m_branch->context());
        CounterWindow second(m_branch->context(&otherLink));
        showWindow(first);
        QVERIFY(TestBranch::waitForSnapshot(otherLink, m_branch->hub().queue().lastEventSeq()));
        openCounter(first);
        QTest::keyClick(&first, Qt::Key_F2);
        QTRY_COMPARE(label(first, u"currentTicketLabel"_s), u"A001"_s);
        QTRY_COMPARE(label(second, u"currentTicketLabel"_s), u"A001"_s);
        QTRY_VERIFY(second.enabledActions().start);
    }

    void statusBarShowsTheLinkToTheHub()
    {
        m_branch->language().setLanguage(Language::English);
        QString why;
        QVERIFY2(m_branch->hub().listen(QHostAddress::LocalHost, 0, &why), qPrintable(why));
        RemoteQueueLink remote(QUrl(m_branch->hub().server()->url()),
            m_branch->pair(int(Device::Role::Counter), u"Counter 1"_s, 1));
        remote.client().setBackoff(10, 50);
        CounterWindow window(m_branch->context(&remote));
        window.show();
        remote.start();
        QTRY_COMPARE(label(window, u"linkStateLabel"_s), u"Connected to the hub"_s);
        QTRY_VERIFY(window.enabledActions().open);
        m_branch->closeHub();
        QTRY_COMPARE(remote.state(), QueueLink::State::Reconnecting);
        QTRY_VERIFY(label(window, u"linkStateLabel"_s).contains(u"reconnecting"_s));
        QCOMPARE(window.enabledActions(), CounterActions()); // nothing would happen now
    }

    void aPairedCounterPcWorksAtItsOwnCounterOnly()
    {
        m_branch->language().setLanguage(Language::English);
        QVERIFY(m_branch->hub().listen(QHostAddress::LocalHost, 0));
        // This PC last worked at counter 1; the hub's administrator paired it as counter 3.
        RemoteQueueLink remote(QUrl(m_branch->hub().server()->url()),
            m_branch->pair(int(Device::Role::Counter), u"Counter 3"_s, 3));
        CounterWindow window(m_branch->context(&remote));
        window.show();
        auto *picker = window.findChild<QComboBox *>(u"counterPicker"_s);
        QVERIFY(picker);
        QVERIFY(picker->isEnabled()); // until the hub has said which counter this is
        remote.start();
        QTRY_COMPARE(picker->currentData().toInt(), 3);
        QVERIFY(!picker->isEnabled());
        QVERIFY2(picker->toolTip().contains(u"counter 3"_s), qPrintable(picker->toolTip()));
        // Opening acts for counter 3, and the hub agrees.
        QTRY_VERIFY(window.enabledActions().open);
        window.findChild<QAction *>(u"openCounterAction"_s)->trigger();
        QTRY_COMPARE(m_branch->hub().queue().counter(3)->state, Counter::State::Open);
        QCOMPARE(m_branch->context().settings->counterNumber(), 3); // remembered for next time
    }

private:
    std::unique_ptr<TestBranch> m_branch;
};

QTEST_MAIN(TestCounterWindow)
#include "tst_counterwindow.moc"
