// A citizen touches a service on a kiosk that talks to a real hub across the LAN, and the link
// drops after the hub issued the ticket but before its answer reached the kiosk (a proxy on
// loopback between them swallows the answer and cuts both ends). The kiosk waits, reconnects and
// sends the same request again: exactly one ticket exists, the kiosk shows it, and it is printed
// once — to a `pdf:` folder printer, read back with poppler.
#include "shelltestbranch.h"

#include "qrdecode.h"

#include <hub/hubserver.h>
#include <queue/queuemanager.h>
#include <queuelink/hubclient.h>
#include <queuelink/remotequeuelink.h>
#include <shell/kioskwindow.h>

#include <QDir>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

namespace {

// A TCP proxy on loopback in front of the hub. Armed, it swallows the next bytes the hub sends
// and cuts both connections: the hub has done the work, the device never hears of it.
class DroppingProxy : public QObject
{
    Q_OBJECT
public:
    explicit DroppingProxy(quint16 hubPort) : m_hubPort(hubPort)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &DroppingProxy::accept);
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString url() const { return u"ws://127.0.0.1:"_s + QString::number(m_server.serverPort()); }

    bool armed = false;
    bool down = false; // refuses connections: the LAN is down until the test says otherwise
    int drops = 0;
    int connections = 0;

private:
    void accept()
    {
        while (QTcpSocket *device = m_server.nextPendingConnection()) {
            if (down) {
                device->abort();
                device->deleteLater();
                continue;
            }
            ++connections;
            device->setParent(this);
            auto *hub = new QTcpSocket(this);
            auto pending = std::make_shared<QByteArray>();
            connect(device, &QTcpSocket::readyRead, this, [device, hub, pending] {
                if (hub->state() == QAbstractSocket::ConnectedState)
                    hub->write(device->readAll());
                else
                    *pending += device->readAll();
            });
            connect(hub, &QTcpSocket::connected, this, [hub, pending] {
                hub->write(*pending);
                pending->clear();
            });
            connect(hub, &QTcpSocket::readyRead, this, [this, device, hub] {
                const QByteArray bytes = hub->readAll();
                if (armed) {
                    armed = false;
                    down = true;
                    ++drops;
                    device->abort();
                    hub->abort();
                    return;
                }
                device->write(bytes);
            });
            connect(device, &QTcpSocket::disconnected, hub, &QTcpSocket::abort);
            connect(hub, &QTcpSocket::disconnected, device, &QTcpSocket::abort);
            hub->connectToHost(QHostAddress::LocalHost, m_hubPort);
        }
    }

    QTcpServer m_server;
    quint16 m_hubPort;
};

QStringList pdfsIn(const QString &folder)
{
    return QDir(folder).entryList({u"*.pdf"_s}, QDir::Files, QDir::Name);
}

QString qrOfPdf(const QString &pdf)
{
    QTemporaryDir out;
    QProcess p;
    p.start(QStandardPaths::findExecutable(u"pdftoppm"_s),
        {u"-r"_s, u"203"_s, u"-png"_s, u"-singlefile"_s, pdf, out.filePath(u"page"_s)});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return u"<pdftoppm failed: "_s + QString::fromLocal8Bit(p.readAllStandardError()) + u'>';
    return decodeQr(QImage(out.filePath(u"page.png"_s))).text;
}

} // namespace

class TestKioskDroppedLink : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aTicketAskedForWhileTheLinkDropsIsIssuedAndPrintedOnce()
    {
        TestBranch branch;
        QString why;
        QVERIFY2(branch.open(&why), qPrintable(why));
        QVERIFY2(branch.hub().listen(QHostAddress::LocalHost, 0, &why), qPrintable(why));
        DroppingProxy proxy(branch.hub().server()->port());
        QVERIFY(proxy.listen());

        QTemporaryDir tickets;
        branch.settings().setKioskPrinter(u"pdf:"_s + tickets.path());
        branch.settings().raw().setValue(u"kiosk/ticketStatusBase"_s, u"https://branch.example/"_s);
        RemoteQueueLink remote(
            QUrl(proxy.url()), branch.pair(int(Device::Role::Kiosk), u"Kiosk 1"_s));
        remote.client().setBackoff(20, 100);
        KioskWindow window(branch.context(&remote));
        window.resize(1080, 1600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        remote.start();
        auto *idCard = window.findChild<QPushButton *>(u"serviceButton_A"_s);
        QTRY_VERIFY(idCard->isEnabled());
        // Settled: the wait estimates came back, nothing else is on its way to the kiosk.
        QTRY_VERIFY(idCard->findChild<QLabel *>(u"serviceWait"_s)->isVisible());

        proxy.armed = true;
        QTest::mouseClick(idCard, Qt::LeftButton);
        QTRY_COMPARE(proxy.drops, 1);
        QCOMPARE(branch.hub().queue().lastEventSeq(), 1); // the hub issued it …
        QVERIFY(!window.isShowingStart()); // … the kiosk still waits for the answer
        QVERIFY(window.findChild<QLabel *>(u"kioskWaitingPage"_s)->isVisible());
        QTRY_COMPARE(remote.state(), QueueLink::State::Reconnecting);
        QVERIFY(window.findChild<QLabel *>(u"kioskWaitingPage"_s)->text().contains(u"…"_s));
        QVERIFY(saveScreenshot(&window, u"kiosk_waiting_for_hub_th"_s));
        proxy.down = false;

        // The link comes back by itself and the same request is answered from the hub's memory.
        QTRY_COMPARE_WITH_TIMEOUT(
            window.findChild<QLabel *>(u"resultNumber"_s)->text(), u"A001"_s, 10000);
        QVERIFY(proxy.connections >= 2);
        QCOMPARE(branch.hub().queue().snapshot()->queues.first().waiting.size(), 1);
        QCOMPARE(branch.hub().queue().lastEventSeq(), 1); // one ticket.issued, nothing more

        // Printed once: one PDF, whose QR is this ticket's status address.
        QTRY_COMPARE(pdfsIn(tickets.path()).size(), 1);
        const QString id = branch.hub().queue().snapshot()->queues.first().waiting.first().id;
        QCOMPARE(qrOfPdf(tickets.filePath(pdfsIn(tickets.path()).first())),
            u"https://branch.example/t/"_s + id);
        QVERIFY(saveScreenshot(&window, u"kiosk_after_dropped_link_th"_s));
    }
};

QTEST_MAIN(TestKioskDroppedLink)
#include "tst_kioskdroppedlink.moc"
