// Counter ▸ Call order…: a supervisor (or the counter's own PC, as the hub allows) switches a
// counter to taking turns — one priority ticket after every N normal ones — through the dialog,
// and the hub's queue then calls in that order. Offered only to roles the hub lets do it.
#include "shelltestbranch.h"

#include <hub/hubserver.h>
#include <queue/queuemanager.h>
#include <queuelink/hubclient.h>
#include <queuelink/remotequeuelink.h>
#include <shell/callprofiledialog.h>
#include <shell/counterwindow.h>

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

class TestCallOrderDialog : public QObject
{
    Q_OBJECT

    QAction *callOrderAction(CounterWindow &window)
    {
        return window.findChild<QAction *>(u"callOrderAction"_s);
    }

    // Runs filling on the dialog once it is up (it is modal: exec() returns when it closes).
    void whenDialogShows(std::function<void(CallProfileDialog *)> filling)
    {
        QTimer::singleShot(0, this, [filling] {
            QTRY_VERIFY(qobject_cast<CallProfileDialog *>(QApplication::activeModalWidget()));
            filling(qobject_cast<CallProfileDialog *>(QApplication::activeModalWidget()));
        });
    }

private Q_SLOTS:
    void init()
    {
        m_branch = std::make_unique<TestBranch>();
        QString why;
        QVERIFY2(m_branch->open(&why), qPrintable(why));
    }
    void cleanup() { m_branch.reset(); }

    void setsTakingTurnsAndTheQueueCallsThatWay()
    {
        QueueManager &queue = m_branch->hub().queue();
        CounterWindow window(m_branch->context());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(m_branch->waitForSnapshot());
        QTRY_VERIFY(callOrderAction(window)->isEnabled());
        QVERIFY(callOrderAction(window)->text().contains(u"…"_s));

        bool shown = false;
        whenDialogShows([&](CallProfileDialog *dialog) {
            shown = true;
            auto *ratio = dialog->findChild<QRadioButton *>(u"ratioButton"_s);
            auto *count = dialog->findChild<QSpinBox *>(u"normalCallsSpinBox"_s);
            // Priority first now; the count is off until turns are chosen.
            QVERIFY(dialog->findChild<QRadioButton *>(u"priorityFirstButton"_s)->isChecked());
            QVERIFY(!count->isEnabled());
            QTest::mouseClick(ratio, Qt::LeftButton, {}, QPoint(8, ratio->height() / 2));
            QVERIFY(ratio->isChecked());
            QVERIFY(count->isEnabled());
            count->selectAll();
            QTest::keyClicks(count, u"3"_s);
            QTest::keyClick(count, Qt::Key_Tab);
            QCOMPARE(count->value(), 3);
            QVERIFY(dialog->findChild<QLabel *>(u"callProfileExample"_s)->isVisible());
            QVERIFY(saveScreenshot(dialog, u"counter_callorder_dialog_th"_s));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                Qt::LeftButton);
        });
        callOrderAction(window)->trigger();
        QVERIFY(shown);
        QTRY_COMPARE(queue.counter(1)->profile.mode, CallProfile::Mode::Ratio);
        QCOMPARE(queue.counter(1)->profile.normalCallsPerPriority, 3);

        // What the citizens see: three normal tickets, then the elderly one, though it came last.
        for (int i = 0; i < 4; ++i)
            QVERIFY(queue.issueTicket(u"A"_s).ok());
        TicketIssueOptions elderly;
        elderly.priority = PriorityClass::Elderly;
        elderly.counterNumber = 1;
        QVERIFY(queue.issueTicket(u"A"_s, elderly).ok());
        QVERIFY(queue.openCounter(1).ok());
        QStringList called;
        for (int i = 0; i < 4; ++i) {
            const QueueResult r = queue.callNext(1);
            QVERIFY(r.ok());
            called << r.ticket->number;
            QVERIFY(queue.startService(1, r.ticket->id).ok());
            QVERIFY(queue.finishService(1, r.ticket->id).ok());
        }
        QCOMPARE(called, (QStringList {u"A001"_s, u"A002"_s, u"A003"_s, u"A005"_s}));

        // Opening it again shows what is set; Cancel changes nothing.
        QTRY_VERIFY(callOrderAction(window)->isEnabled());
        whenDialogShows([](CallProfileDialog *dialog) {
            QVERIFY(dialog->findChild<QRadioButton *>(u"ratioButton"_s)->isChecked());
            QCOMPARE(dialog->findChild<QSpinBox *>(u"normalCallsSpinBox"_s)->value(), 3);
            dialog->reject();
        });
        const qint64 seq = queue.lastEventSeq();
        callOrderAction(window)->trigger();
        QCOMPARE(queue.lastEventSeq(), seq);
    }

    void offeredOnlyToRolesTheHubAllows_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("offered");
        QTest::newRow("counter") << int(Device::Role::Counter) << true;
        QTest::newRow("supervisor") << int(Device::Role::Supervisor) << true;
        QTest::newRow("kiosk") << int(Device::Role::Kiosk) << false;
        QTest::newRow("display") << int(Device::Role::Display) << false;
    }

    void offeredOnlyToRolesTheHubAllows()
    {
        QFETCH(int, role);
        QFETCH(bool, offered);
        QString why;
        QVERIFY2(m_branch->hub().listen(QHostAddress::LocalHost, 0, &why), qPrintable(why));
        RemoteQueueLink remote(
            QUrl(m_branch->hub().server()->url()),
            m_branch->pair(role, u"PC"_s, role == int(Device::Role::Counter) ? 1 : 0));
        CounterWindow window(m_branch->context(&remote));
        window.show();
        QVERIFY(!callOrderAction(window)->isEnabled()); // not connected: nobody knows the role
        remote.start();
        QTRY_VERIFY(remote.snapshot().has_value());
        QTRY_COMPARE(remote.state(), QueueLink::State::Online);
        QTRY_COMPARE(callOrderAction(window)->isEnabled(), offered);
    }

private:
    std::unique_ptr<TestBranch> m_branch;
};

QTEST_MAIN(TestCallOrderDialog)
#include "tst_callorderdialog.moc"
