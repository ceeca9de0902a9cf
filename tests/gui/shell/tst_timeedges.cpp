// The screens at the edges of time, on a real hub with a clock the test moves: the business day
// rolls over (the board's last calls go, the kiosk counts nobody from yesterday ahead of the
// day's first ticket) and the clock is stepped back (the kiosk never says "no queue" while
// people wait).
#include "shelltestbranch.h"

#include <domain/bangkoktime.h>
#include <hub/hubserver.h>
#include <queue/queuemanager.h>
#include <queuelink/remotequeuelink.h>
#include <shell/displaywindow.h>
#include <shell/kioskwindow.h>
#include <shell/lastcallsmodel.h>
#include <voice/audiosink.h>
#include <voice/callannouncer.h>

#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;

qint64 bangkok(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), BangkokTime::zone())
        .toMSecsSinceEpoch();
}

QString label(QWidget &window, const QString &name)
{
    auto *l = window.findChild<QLabel *>(name);
    return l ? l->text() : u"<no "_s + name + u'>';
}

QStringList boardRows(const DisplayWindow &window)
{
    QStringList shown;
    const LastCallsModel *model = window.lastCalls();
    for (int row = 0; row < model->rowCount(); ++row)
        if (const QString ticket = model->index(row, 0).data().toString(); !ticket.isEmpty())
            shown << ticket;
    return shown;
}

} // namespace

class TestTimeEdges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rolloverClearsTheBoardAtItsHour()
    {
        qint64 now = bangkok(25, 18, 0);
        TestBranch branch;
        branch.setClock([&now] { return now; });
        QString why;
        QVERIFY2(branch.open(&why), qPrintable(why));
        QueueManager &queue = branch.hub().queue();
        QVERIFY(queue.openCounter(1, {u"A"_s}).ok());
        QVERIFY(queue.issueTicket(u"A"_s).ok());
        QVERIFY(queue.callNext(1).ok());

        RecordingAudioSink sink;
        sink.setFinishesAtOnce(true);
        CallAnnouncer announcer(&sink, nullptr); // chime only
        DisplayWindow board(branch.context());
        board.setAnnouncer(&announcer);
        board.resize(1920, 1080);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        QVERIFY(branch.waitForSnapshot());
        QTRY_COMPARE(boardRows(board), QStringList {u"A001"_s});

        // 04:00: the hub's rollover timer runs (the test calls what it runs; no command comes).
        now = bangkok(26, 4, 0);
        queue.rollOverIfDue();
        QTRY_VERIFY(boardRows(board).isEmpty());
    }

    void firstTicketOfTheDayHasNobodyFromYesterdayAhead()
    {
        qint64 now = bangkok(25, 18, 0);
        TestBranch branch;
        branch.setClock([&now] { return now; });
        QString why;
        QVERIFY2(branch.open(&why), qPrintable(why));
        QVERIFY2(branch.hub().listen(QHostAddress::LocalHost, 0, &why), qPrintable(why));
        QueueManager &queue = branch.hub().queue();
        for (int i = 0; i < 3; ++i)
            QVERIFY(queue.issueTicket(u"A"_s).ok()); // still waiting when the day ends

        // Over the LAN: the kiosk's snapshot is a round trip behind the hub.
        RemoteQueueLink remote(QUrl(branch.hub().server()->url()),
            branch.pair(int(Device::Role::Kiosk), u"Kiosk 1"_s));
        KioskWindow window(branch.context(&remote));
        window.resize(1080, 1600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        remote.start();
        QVERIFY(TestBranch::waitForSnapshot(remote, queue.lastEventSeq()));
        QCOMPARE(remote.snapshot()->queues.first().waiting.size(), 3);
        auto *button = window.findChild<QPushButton *>(u"serviceButton_A"_s);
        QTRY_VERIFY(button->isEnabled());

        // The next morning, before the timer ran: the citizen's ticket rolls the day over.
        now = bangkok(26, 8, 30);
        QString aheadWhenIssued;
        connect(&window, &KioskWindow::ticketIssued, this,
            [&] { aheadWhenIssued = label(window, u"resultAhead"_s); });
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE(label(window, u"resultNumber"_s), u"A001"_s);
        QCOMPARE(aheadWhenIssued, u"ท่านเป็นคิวถัดไป"_s); // "You are next in line", not 3 ahead
    }

    void noQueueIsNeverSaidWhilePeopleWait()
    {
        qint64 now = bangkok(25, 10, 0);
        TestBranch branch;
        branch.setClock([&now] { return now; });
        QString why;
        QVERIFY2(branch.open(&why), qPrintable(why));
        QueueManager &queue = branch.hub().queue();
        QVERIFY(queue.openCounter(1, {u"A"_s}).ok());
        const auto served = queue.issueTicket(u"A"_s).ticket;
        QVERIFY(queue.issueTicket(u"A"_s).ok());
        QVERIFY(queue.callNext(1).ok());
        QVERIFY(queue.startService(1, served->id).ok());
        now -= hourMs; // NTP steps the clock back: the service "took" -1 hour
        QVERIFY(queue.finishService(1, served->id).ok());

        KioskWindow window(branch.context());
        window.resize(1080, 1600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *wait = window.findChild<QPushButton *>(u"serviceButton_A"_s)
                         ->findChild<QLabel *>(u"serviceWait"_s);
        QTRY_VERIFY(wait->isVisible());
        QCOMPARE(wait->text(), u"รอประมาณ 1 นาที"_s); // "About 1 min wait", one person waits
    }
};

QTEST_MAIN(TestTimeEdges)
#include "tst_timeedges.moc"
