// The display board on a real hub: the last calls newest first with the newest highlighted; each
// live call said exactly once (a recording sink stands in for the speaker); calls from the first
// snapshot and calls replayed after the hub comes back are shown but never said; a banner while
// the board reconnects.
#include "shelltestbranch.h"

#include <hub/hubserver.h>
#include <queue/queuemanager.h>
#include <queuelink/hubclient.h>
#include <queuelink/remotequeuelink.h>
#include <shell/displaywindow.h>
#include <shell/lastcallsmodel.h>
#include <voice/audiosink.h>
#include <voice/callannouncer.h>

#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

class TestDisplayWindow : public QObject
{
    Q_OBJECT

    // "ticket → counter" of each row shown, newest first.
    static QStringList rows(const DisplayWindow &window)
    {
        QStringList shown;
        const LastCallsModel *model = window.lastCalls();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString ticket = model->index(row, 0).data().toString();
            if (!ticket.isEmpty())
                shown << ticket + u" → "_s + model->index(row, 1).data().toString();
        }
        return shown;
    }

    static QStringList said(const QSignalSpy &started)
    {
        QStringList calls;
        for (const QList<QVariant> &args : started)
            calls << args.at(0).toString() + u" → "_s + QString::number(args.at(1).toInt());
        return calls;
    }

    QueueManager &queue() { return m_branch->hub().queue(); }

    void call(int counter, const QString &expected)
    {
        const QueueResult r = queue().callNext(counter);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.ticket->number, expected);
    }

    void finish(int counter)
    {
        const auto status = queue().snapshot()->counters.at(counter - 1);
        QVERIFY(status.currentTicket);
        QVERIFY(queue().startService(counter, status.currentTicket->id).ok());
        QVERIFY(queue().finishService(counter, status.currentTicket->id).ok());
    }

private Q_SLOTS:
    void init()
    {
        m_branch = std::make_unique<TestBranch>();
        m_branch->queueSettings().recallPauseSeconds = 0;
        QString why;
        QVERIFY2(m_branch->open(&why), qPrintable(why));
        m_sink = std::make_unique<RecordingAudioSink>();
        m_sink->setFinishesAtOnce(true);
        m_announcer = std::make_unique<CallAnnouncer>(m_sink.get(), nullptr); // chime only
    }

    void cleanup()
    {
        m_announcer.reset();
        m_sink.reset();
        m_branch.reset();
    }

    void showsCallsNewestFirstAndSaysEachLiveCallOnce()
    {
        for (const QString &service : {u"A"_s, u"A"_s, u"B"_s})
            QVERIFY(queue().issueTicket(service).ok());
        QVERIFY(queue().openCounter(1).ok()); // ID cards
        QVERIFY(queue().openCounter(2, {u"B"_s}).ok());
        call(1, u"A001"_s); // before the board started: shown, never said

        DisplayWindow window(m_branch->context());
        window.setAnnouncer(m_announcer.get());
        QSignalSpy started(m_announcer.get(), &CallAnnouncer::announcementStarted);
        window.resize(1920, 1080);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(m_branch->waitForSnapshot());
        QTRY_COMPARE(rows(window), QStringList {u"A001 → ช่องบริการ 1"_s});
        QCOMPARE(window.lastCalls()->highlightedRow(), -1); // an old call does not stand out
        QCOMPARE(window.lastCalls()->rowCount(), 4);

        call(2, u"B001"_s);
        QTRY_COMPARE(rows(window), (QStringList {u"B001 → ช่องบริการ 2"_s, u"A001 → ช่องบริการ 1"_s}));
        QCOMPARE(window.lastCalls()->highlightedRow(), 0);
        QTRY_COMPARE(said(started), QStringList {u"B001 → 2"_s});

        finish(1); // started and finished: not calls
        call(1, u"A002"_s);
        QTRY_COMPARE(rows(window),
            (QStringList {u"A002 → ช่องบริการ 1"_s, u"B001 → ช่องบริการ 2"_s, u"A001 → ช่องบริการ 1"_s}));
        QTRY_COMPARE(said(started), (QStringList {u"B001 → 2"_s, u"A002 → 1"_s}));

        // A recall brings the ticket back to the top (shown once) and is said again.
        const QString b001 = queue().snapshot()->counters.at(1).currentTicket->id;
        QVERIFY(queue().recall(2, b001).ok());
        QTRY_COMPARE(rows(window),
            (QStringList {u"B001 → ช่องบริการ 2"_s, u"A002 → ช่องบริการ 1"_s, u"A001 → ช่องบริการ 1"_s}));
        QTRY_COMPARE(said(started), (QStringList {u"B001 → 2"_s, u"A002 → 1"_s, u"B001 → 2"_s}));
        QCOMPARE(window.lastCalls()->highlightedRow(), 0);
        QVERIFY(saveScreenshot(&window, u"display_calls_th"_s));
        window.toggleLanguage();
        QCOMPARE(rows(window).first(), u"B001 → Counter 2"_s);
        QVERIFY(saveScreenshot(&window, u"display_calls_en"_s));
        window.toggleLanguage();

        // Every snapshot after those events has come: still said exactly once each, never
        // overlapping.
        QVERIFY(m_branch->waitForSnapshot());
        QTRY_COMPARE(m_sink->played().size(), 3);
        QCOMPARE(started.size(), 3);
        QCOMPARE(m_sink->overlaps(), 0);

        // The highlight fades after display/highlightSeconds.
        auto *highlight = window.findChild<QTimer *>(u"highlightTimer"_s);
        QCOMPARE(highlight->interval(), 10 * 1000);
        highlight->setInterval(10);
        QTRY_COMPARE(window.lastCalls()->highlightedRow(), -1);
    }

    void rowsFollowTheSetting()
    {
        m_branch->settings().raw().setValue(u"display/lastCallRows"_s, 2);
        QVERIFY(queue().openCounter(1).ok());
        for (const QString &expected : {u"A001"_s, u"A002"_s, u"A003"_s}) {
            QVERIFY(queue().issueTicket(u"A"_s).ok());
            call(1, expected);
            finish(1);
        }
        DisplayWindow window(m_branch->context());
        window.setAnnouncer(m_announcer.get());
        QVERIFY(m_branch->waitForSnapshot());
        QCOMPARE(window.lastCalls()->rowCount(), 2);
        QTRY_COMPARE(rows(window), (QStringList {u"A003 → ช่องบริการ 1"_s, u"A002 → ช่องบริการ 1"_s}));
    }

    void replayedCallsAreShownNotSaidAndABannerShowsWhileAway()
    {
        QString why;
        QVERIFY2(m_branch->hub().listen(QHostAddress::LocalHost, 0, &why), qPrintable(why));
        const quint16 port = m_branch->hub().server()->port();
        const QString token = m_branch->pair(int(Device::Role::Display), u"Board"_s);
        for (int i = 0; i < 3; ++i)
            QVERIFY(queue().issueTicket(u"A"_s).ok());
        QVERIFY(queue().openCounter(1).ok());
        call(1, u"A001"_s);

        RemoteQueueLink link(QUrl(m_branch->hub().server()->url()), token);
        link.client().setBackoff(10, 50);
        DisplayWindow window(m_branch->context(&link));
        window.setAnnouncer(m_announcer.get());
        QSignalSpy started(m_announcer.get(), &CallAnnouncer::announcementStarted);
        window.resize(1920, 1080);
        window.show();
        auto *banner = window.findChild<QLabel *>(u"reconnectingBanner"_s);
        link.start();
        QTRY_COMPARE(link.state(), QueueLink::State::Online);
        QVERIFY(!banner->isVisible());
        QTRY_COMPARE(rows(window), QStringList {u"A001 → ช่องบริการ 1"_s});

        finish(1);
        call(1, u"A002"_s);
        QTRY_COMPARE(said(started), QStringList {u"A002 → 1"_s});

        // The hub goes away: the board says it is reconnecting and keeps what it shows.
        m_branch->closeHub();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(!banner->text().isEmpty());
        QCOMPARE(rows(window).first(), u"A002 → ช่องบริการ 1"_s);
        QVERIFY(saveScreenshot(&window, u"display_reconnecting_th"_s));
        m_branch->language().setLanguage(Language::English);
        QVERIFY(banner->text().contains(u"Reconnecting"_s));
        QVERIFY(saveScreenshot(&window, u"display_reconnecting_en"_s));
        m_branch->language().setLanguage(Language::Thai);

        // Meanwhile A003 is called; the board hears of it only when back: shown, not said.
        QVERIFY2(m_branch->reopenHub(0, &why), qPrintable(why));
        finish(1);
        call(1, u"A003"_s);
        QVERIFY2(m_branch->hub().listen(QHostAddress::LocalHost, port, &why), qPrintable(why));
        QTRY_COMPARE_WITH_TIMEOUT(link.state(), QueueLink::State::Online, 10000);
        QTRY_COMPARE(rows(window).first(), u"A003 → ช่องบริการ 1"_s);
        QTRY_VERIFY(!banner->isVisible());
        QCOMPARE(said(started), QStringList {u"A002 → 1"_s});

        // Live again: said.
        QVERIFY(queue().issueTicket(u"A"_s).ok());
        finish(1);
        call(1, u"A004"_s);
        QTRY_COMPARE(said(started), (QStringList {u"A002 → 1"_s, u"A004 → 1"_s}));
    }

private:
    std::unique_ptr<TestBranch> m_branch;
    std::unique_ptr<RecordingAudioSink> m_sink;
    std::unique_ptr<CallAnnouncer> m_announcer;
};

QTEST_MAIN(TestDisplayWindow)
#include "tst_displaywindow.moc"
