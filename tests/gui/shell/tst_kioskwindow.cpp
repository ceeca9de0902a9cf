// The kiosk on a real hub, printing to a network printer on loopback (a QTcpServer that answers
// the paper status request like an 80 mm thermal printer and keeps the bytes it is sent): a
// citizen touches a service, sees the number, the ticket prints as real ESC/POS, the screen
// resets; printer trouble is shown in plain words and reported to the hub.
#include "shelltestbranch.h"

#include "escposparser.h"
#include "qrdecode.h"

#include <hub/hubserver.h>
#include <hub/queuecommands.h>
#include <printing/tcpprinter.h>
#include <queue/queuemanager.h>
#include <queuelink/hubclient.h>
#include <queuelink/remotequeuelink.h>
#include <shell/kioskwindow.h>

#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

namespace {

const QByteArray kPaperStatusRequest("\x10\x04\x04", 3);

// An ESC/POS network printer on loopback: answers DLE EOT 4 with statusAnswer and keeps each
// job's bytes (one connection a job).
class FakeThermalPrinter : public QObject
{
    Q_OBJECT
public:
    char statusAnswer = 0x12; // paper present; 0x72: paper end
    QList<QByteArray> jobs;

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString address() const
    {
        return u"socket://127.0.0.1:"_s + QString::number(m_server.serverPort());
    }

    FakeThermalPrinter()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                const qsizetype job = jobs.size();
                jobs.append(QByteArray());
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, job] {
                    jobs[job] += socket->readAll();
                    if (jobs[job] == kPaperStatusRequest)
                        socket->write(QByteArray(1, statusAnswer));
                });
            }
        });
    }

    // The ticket's bytes of job i, without the status request before them.
    QByteArray ticket(qsizetype i) const
    {
        QByteArray bytes = jobs.value(i);
        if (bytes.startsWith(kPaperStatusRequest))
            bytes.remove(0, kPaperStatusRequest.size());
        return bytes;
    }

private:
    QTcpServer m_server;
};

// A port where nobody listens: the printer is switched off.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestKioskWindow : public QObject
{
    Q_OBJECT

    QString label(KioskWindow &window, const QString &name)
    {
        auto *l = window.findChild<QLabel *>(name);
        return l ? l->text() : u"<no "_s + name + u'>';
    }

    QPushButton *serviceButton(KioskWindow &window, const QString &code)
    {
        return window.findChild<QPushButton *>(u"serviceButton_"_s + code);
    }

    void showWindow(KioskWindow &window)
    {
        window.resize(1080, 1600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(m_branch->waitForSnapshot());
    }

    QString deviceStatus() { return m_branch->hub().commands().deviceStatuses().value(u"test"_s); }

private Q_SLOTS:
    void init()
    {
        m_branch = std::make_unique<TestBranch>();
        QString why;
        QVERIFY2(m_branch->open(&why), qPrintable(why));
    }

    void cleanup() { m_branch.reset(); }

    void issuesPrintsAndResetsForTheNextCitizen()
    {
        FakeThermalPrinter printer;
        QVERIFY(printer.listen());
        m_branch->settings().setKioskPrinter(printer.address());
        KioskWindow window(m_branch->context());
        showWindow(window);
        QVERIFY(window.isShowingStart());
        // Nobody waits yet: the button says so.
        QTRY_COMPARE(
            serviceButton(window, u"A"_s)->findChild<QLabel *>(u"serviceWait"_s)->text(),
            u"ขณะนี้ไม่มีคิวรอ"_s);
        QVERIFY(!window.findChild<QLabel *>(u"kioskNotice"_s)->isVisible());
        QVERIFY(saveScreenshot(&window, u"kiosk_start_th"_s));

        QSignalSpy issued(&window, &KioskWindow::ticketIssued);
        QTest::mouseClick(serviceButton(window, u"A"_s), Qt::LeftButton);
        QTRY_COMPARE(issued.size(), 1);
        QCOMPARE(issued.first().first().toString(), u"A001"_s);
        QVERIFY(!window.isShowingStart());
        QCOMPARE(label(window, u"resultNumber"_s), u"A001"_s);
        QVERIFY(label(window, u"resultService"_s).contains(u"บัตรประจำตัวประชาชน"_s));
        QVERIFY(label(window, u"resultService"_s).contains(u"ID card"_s));
        QTRY_COMPARE(window.resultPage()->printState(), KioskResultPage::PrintState::Printed);

        // What reached the printer is an 80 mm ESC/POS ticket: initialise, raster, cut; and its
        // QR leads to this ticket's status page.
        QCOMPARE(printer.jobs.size(), 1);
        QVERIFY(printer.jobs.first().startsWith(kPaperStatusRequest));
        const EscPosDocument doc = parseEscPos(printer.ticket(0));
        QVERIFY2(doc.error.isEmpty(), qPrintable(doc.error));
        QCOMPARE(doc.commands.first(), u"ESC @"_s);
        QVERIFY(doc.commands.contains(u"GS v 0"_s));
        QCOMPARE(doc.commands.last(), u"GS V"_s);
        QCOMPARE(doc.raster.width(), 576);
        const QString ticketId
            = m_branch->hub().queue().snapshot()->queues.first().waiting.first().id;
        QVERIFY(decodeQr(doc.raster).text.endsWith(u"/t/"_s + ticketId));
        QCOMPARE(deviceStatus(), u"ok"_s);
        QVERIFY(saveScreenshot(&window, u"kiosk_result_th"_s));
        window.toggleLanguage();
        QVERIFY(label(window, u"resultService"_s).startsWith(u"ID card"_s));
        QVERIFY(saveScreenshot(&window, u"kiosk_result_en"_s));

        // Nobody touches the screen: it goes back to the services, and to Thai for the next
        // citizen.
        auto *idle = window.findChild<QTimer *>(u"kioskIdleTimer"_s);
        QVERIFY(idle->isActive());
        QCOMPARE(idle->interval(), 20 * 1000); // kiosk/idleResetSeconds, default
        idle->setInterval(50);
        QTRY_VERIFY(window.isShowingStart());
        QCOMPARE(m_branch->language().current(), Language::Thai);
        QCOMPARE(m_branch->hub().queue().snapshot()->queues.first().waiting.size(), 1);
    }

    void aTouchKeepsTheResultUpAndDoneGoesBack()
    {
        m_branch->settings().setKioskIdleResetSeconds(2);
        KioskWindow window(m_branch->context());
        showWindow(window);
        QTest::mouseClick(serviceButton(window, u"B"_s), Qt::LeftButton);
        QTRY_COMPARE(label(window, u"resultNumber"_s), u"B001"_s);
        auto *idle = window.findChild<QTimer *>(u"kioskIdleTimer"_s);
        QCOMPARE(idle->interval(), 2000);
        QVERIFY(idle->isActive());
        // Half the idle time goes by, then the citizen touches the screen. Had the touch not
        // restarted the timer, the page would go back about a second after it; restarted, a
        // whole idle time after it at the earliest (coarse timers may fire 5% early). A busy
        // machine only delivers the timeout later, so the bound cannot fail by load (only a
        // stall of a whole second between two polls would touch a page already gone).
        QTRY_VERIFY_WITH_TIMEOUT(idle->remainingTime() <= 1000, 5000);
        QVERIFY(!window.isShowingStart());
        QElapsedTimer sinceTouch;
        qint64 resetAfterMs = -1;
        connect(idle, &QTimer::timeout, this, [&] { resetAfterMs = sinceTouch.elapsed(); });
        sinceTouch.start();
        QTest::mouseClick(window.findChild<QLabel *>(u"resultNumber"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.isShowingStart(), 10000);
        QVERIFY2(resetAfterMs >= 1900, qPrintable(QString::number(resetAfterMs)));

        // The Done button goes back at once.
        QTest::mouseClick(serviceButton(window, u"B"_s), Qt::LeftButton);
        QTRY_COMPARE(label(window, u"resultNumber"_s), u"B002"_s);
        QVERIFY(idle->isActive());
        QTest::mouseClick(window.findChild<QPushButton *>(u"resultDoneButton"_s), Qt::LeftButton);
        QVERIFY(window.isShowingStart());
        QVERIFY(!idle->isActive());
    }

    void aKeypadTakesATicketAndClosesThePage()
    {
        KioskWindow window(m_branch->context());
        showWindow(window);
        QSignalSpy issued(&window, &KioskWindow::ticketIssued);
        QTest::keyClick(&window, Qt::Key_2); // the second service: civil registration
        QTRY_COMPARE(issued.size(), 1);
        QCOMPARE(issued.first().first().toString(), u"B001"_s);
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(window.isShowingStart());
        QTest::keyClick(&window, Qt::Key_1);
        QTRY_COMPARE(issued.size(), 2);
        QCOMPARE(issued.last().first().toString(), u"A001"_s);
        QTest::keyClick(&window, Qt::Key_Return);
        QVERIFY(window.isShowingStart());
    }

    void showsHowManyWaitAheadAndTheEstimate()
    {
        QueueManager &queue = m_branch->hub().queue();
        QVERIFY(queue.issueTicket(u"A"_s).ok());
        QVERIFY(queue.issueTicket(u"A"_s).ok());
        KioskWindow window(m_branch->context());
        showWindow(window);
        // Two waiting, no history: 2 x 10 min with one counter (the fallback service time).
        QTRY_VERIFY(serviceButton(window, u"A"_s)->accessibleName().contains(u"20"_s));
        QTest::mouseClick(serviceButton(window, u"A"_s), Qt::LeftButton);
        QTRY_COMPARE(label(window, u"resultNumber"_s), u"A003"_s);
        QCOMPARE(label(window, u"resultAhead"_s), u"มีผู้รอก่อนหน้าท่าน 2 คิว"_s);
        QCOMPARE(label(window, u"resultWait"_s), u"เวลารอโดยประมาณ: รอประมาณ 20 นาที"_s);
        // No printer is configured: the citizen is told to remember the number, no reprint.
        QCOMPARE(window.resultPage()->printState(), KioskResultPage::PrintState::NoPrinter);
        QVERIFY(label(window, u"resultPrintStatus"_s).contains(u"A003"_s));
        QVERIFY(!window.findChild<QPushButton *>(u"reprintButton"_s)->isVisible());
        QVERIFY(deviceStatus().isEmpty()); // nothing to report
    }

    void reprintsTheSameTicketOnAnInjectedPrinter()
    {
        FakeThermalPrinter fake;
        QVERIFY(fake.listen());
        TcpPrinter printer(u"127.0.0.1"_s, quint16(QUrl(fake.address()).port()));
        KioskWindow window(m_branch->context());
        window.setPrinter(&printer);
        showWindow(window);
        QTest::mouseClick(serviceButton(window, u"C"_s), Qt::LeftButton);
        QTRY_COMPARE(window.resultPage()->printState(), KioskResultPage::PrintState::Printed);
        auto *reprint = window.findChild<QPushButton *>(u"reprintButton"_s);
        QVERIFY(reprint->isVisible());
        QTest::mouseClick(reprint, Qt::LeftButton);
        QTRY_COMPARE(fake.jobs.size(), 2);
        QTRY_COMPARE(window.resultPage()->printState(), KioskResultPage::PrintState::Printed);
        QTRY_COMPARE(fake.ticket(1), fake.ticket(0));
        QCOMPARE(m_branch->hub().queue().lastEventSeq(), 1); // one ticket, printed twice
    }

    void paperOutIsShownAndReportedThenOkWhenRefilled()
    {
        FakeThermalPrinter printer;
        printer.statusAnswer = 0x72; // paper end
        QVERIFY(printer.listen());
        m_branch->settings().setKioskPrinter(printer.address());
        KioskWindow window(m_branch->context());
        showWindow(window);
        QTest::mouseClick(serviceButton(window, u"A"_s), Qt::LeftButton);
        QTRY_COMPARE(window.resultPage()->printState(), KioskResultPage::PrintState::PaperOut);
        QCOMPARE(label(window, u"resultNumber"_s), u"A001"_s); // still shown
        QVERIFY(label(window, u"resultPrintStatus"_s).contains(u"A001"_s));
        QCOMPARE(deviceStatus(), u"paperOut"_s);
        QVERIFY(saveScreenshot(&window, u"kiosk_paperout_th"_s));

        // The next citizen is warned before touching a service.
        window.showStart();
        QVERIFY(window.findChild<QLabel *>(u"kioskNotice"_s)->isVisible());

        printer.statusAnswer = 0x12; // staff put a new roll in
        QTest::mouseClick(serviceButton(window, u"A"_s), Qt::LeftButton);
        QTRY_COMPARE(window.resultPage()->printState(), KioskResultPage::PrintState::Printed);
        QTRY_COMPARE(deviceStatus(), u"ok"_s);
        window.showStart();
        QVERIFY(!window.findChild<QLabel *>(u"kioskNotice"_s)->isVisible());
    }

    void offlinePrinterIsShownAndReported()
    {
        m_branch->settings().setKioskPrinter(
            u"socket://127.0.0.1:"_s + QString::number(closedPort()));
        KioskWindow window(m_branch->context());
        showWindow(window);
        QTest::mouseClick(serviceButton(window, u"A"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            window.resultPage()->printState(), KioskResultPage::PrintState::PrinterFailed, 10000);
        QCOMPARE(label(window, u"resultNumber"_s), u"A001"_s);
        QVERIFY(window.findChild<QLabel *>(u"resultPrintDetail"_s)->isVisible());
        QCOMPARE(deviceStatus(), u"printerOffline"_s);
    }

    void buttonsSayNoTicketsWhileTheHubIsAway()
    {
        QString why;
        QVERIFY2(m_branch->hub().listen(QHostAddress::LocalHost, 0, &why), qPrintable(why));
        RemoteQueueLink remote(QUrl(m_branch->hub().server()->url()),
            m_branch->pair(int(Device::Role::Kiosk), u"Kiosk 1"_s));
        remote.client().setBackoff(10, 50);
        KioskWindow window(m_branch->context(&remote));
        window.show();
        QVERIFY(!serviceButton(window, u"A"_s)->isEnabled()); // not connected yet
        remote.start();
        QTRY_VERIFY(serviceButton(window, u"A"_s)->isEnabled());
        QVERIFY(!window.findChild<QLabel *>(u"kioskNotice"_s)->isVisible());
        QTest::mouseClick(serviceButton(window, u"D"_s), Qt::LeftButton);
        QTRY_COMPARE(label(window, u"resultNumber"_s), u"D001"_s);
        window.showStart();

        m_branch->closeHub();
        QTRY_VERIFY(!serviceButton(window, u"A"_s)->isEnabled());
        QVERIFY(window.findChild<QLabel *>(u"kioskNotice"_s)->isVisible());
        QVERIFY(saveScreenshot(&window, u"kiosk_hubaway_th"_s));
    }

private:
    std::unique_ptr<TestBranch> m_branch;
};

QTEST_MAIN(TestKioskWindow)
#include "tst_kioskwindow.moc"
