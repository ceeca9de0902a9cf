#include "printing/cupsprinter.h"
#include "printing/deviceprinter.h"
#include "printing/tcpprinter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using saduak::CupsPrinter;
using saduak::DevicePrinter;
using saduak::PrintError;
using saduak::TcpPrinter;
using saduak::TicketPrinter;

Q_DECLARE_METATYPE(PrintError::Code)

namespace {

// Long enough that the operating system cannot buffer all of it, so the far end's behaviour
// (hanging up, not reading) is met while bytes are still being written.
QByteArray bigJob()
{
    QByteArray block(251, '\0'); // a prime length, so no two 4 KB pages of the job are alike
    for (int i = 0; i < block.size(); ++i)
        block[i] = char(i * 7);
    return block.repeated(32 * 1024 * 1024 / block.size());
}

QByteArray smallJob()
{
    return QByteArray("\x1b@") + QByteArray(5000, '\x55') + QByteArray("\x1dV\x42\x00", 4);
}

PrintError errorOf(const QSignalSpy &failed)
{
    return failed.first().at(1).value<PrintError>();
}

// A network printer on loopback: records what it receives, can answer DLE EOT 4, hang up after
// some bytes, or stop reading.
class FakeNetworkPrinter : public QObject
{
    Q_OBJECT

public:
    std::optional<char> statusAnswer;
    qsizetype hangUpAfter = -1; // bytes; -1: never
    bool stopReading = false;
    QByteArray received;
    int connections = 0;

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    void close() { m_server.close(); }

    FakeNetworkPrinter()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                socket->setParent(this);
                if (stopReading)
                    socket->setReadBufferSize(4096); // Qt stops reading the OS socket when full
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }

private:
    void read(QTcpSocket *socket)
    {
        if (stopReading)
            return;
        received += socket->readAll();
        if (statusAnswer && received.endsWith("\x10\x04\x04") && received.size() == 3)
            socket->write(QByteArray(1, *statusAnswer));
        if (hangUpAfter >= 0 && received.size() >= hangUpAfter)
            socket->abort();
    }

    QTcpServer m_server;
};

} // namespace

class TestTicketPrinters : public QObject
{
    Q_OBJECT

private slots:
    void writesJobToDeviceFile();
    void missingDeviceIsOfflineAndNotCreated_data();
    void missingDeviceIsOfflineAndNotCreated();
    void unwritableDeviceIsNotPermitted_data();
    void unwritableDeviceIsNotPermitted();
    void pathThatIsNoDeviceIsRefused_data();
    void pathThatIsNoDeviceIsRefused();
    void runsJobsOneAfterAnotherInOrder();

    void sendsExactBytesToNetworkPrinter();
    void asksPaperStatusThenPrints();
    void refusesToPrintWhenPaperEnds();
    void printsAndWarnsWhenPaperNearEnd();
    void printsWhenPrinterDoesNotAnswerStatus();
    void sendsAnEmptyJobWithoutWaiting();
    void refusedPortIsOffline();
    void printerHangingUpMidJobIsOffline();
    void printerNotTakingDataTimesOut();

    void sendsRawJobThroughLp();
    void missingLpIsAClearError_data();
    void missingLpIsAClearError();
    void lpRefusingTheJobIsFailed();

    void makesPrinterFromAddress_data();
    void makesPrinterFromAddress();
};

void TestTicketPrinters::writesJobToDeviceFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lp0"_s);
    QFile device(path);
    QVERIFY(device.open(QIODevice::WriteOnly)); // the device node exists; it is never created
    device.close();

    DevicePrinter printer(path);
    QSignalSpy printed(&printer, &TicketPrinter::printed);
    QSignalSpy failed(&printer, &TicketPrinter::failed);
    const int job = printer.print(smallJob());
    QVERIFY(printer.isBusy());
    QVERIFY(printed.wait());
    QCOMPARE(printed.first().first().toInt(), job);
    QCOMPARE(failed.count(), 0);
    QVERIFY(!printer.isBusy());

    QVERIFY(device.open(QIODevice::ReadOnly));
    QCOMPARE(device.readAll(), smallJob());
}

void TestTicketPrinters::missingDeviceIsOfflineAndNotCreated_data()
{
    QTest::addColumn<QString>("relativePath");

    QTest::newRow("no such file") << u"lp0"_s;
    QTest::newRow("no such directory") << u"usb/lp0"_s;
}

void TestTicketPrinters::missingDeviceIsOfflineAndNotCreated()
{
    QFETCH(QString, relativePath);

    QTemporaryDir dir;
    const QString path = dir.filePath(relativePath);
    DevicePrinter printer(path);
    QSignalSpy failed(&printer, &TicketPrinter::failed);
    printer.print(smallJob());
    QVERIFY(failed.wait());
    const PrintError error = errorOf(failed);
    QCOMPARE(error.code, PrintError::Code::Offline);
    QVERIFY(error.message.contains(u"not connected"_s));
    QVERIFY(error.detail.contains(path));
    QVERIFY(!QFile::exists(path));
}

void TestTicketPrinters::unwritableDeviceIsNotPermitted_data()
{
    QTest::addColumn<QString>("path");
    // A read-only sysfs attribute: the kernel refuses to open it for writing whoever asks, root
    // included, so this runs as CI runs (as root), unlike a chmod'ed file that root may write.
    QTest::newRow("read-only for every user, root too") << u"/sys/devices/system/cpu/online"_s;
}

void TestTicketPrinters::unwritableDeviceIsNotPermitted()
{
    QFETCH(QString, path);
    QVERIFY2(QFileInfo(path).isFile(), qPrintable(path));

    DevicePrinter printer(path);
    QSignalSpy failed(&printer, &TicketPrinter::failed);
    printer.print(smallJob());
    QVERIFY(failed.wait());
    const PrintError error = errorOf(failed);
    QCOMPARE(error.code, PrintError::Code::NotPermitted);
    QCOMPARE(error.message,
        u"This computer's user may not use the ticket printer. Ask the administrator to give it "
        "access to the printer (group lp)."_s);
    QVERIFY2(error.detail.startsWith(path + u": open failed: "_s), qPrintable(error.detail));
}

// A printer path that names no device file (a folder, or a path through a regular file) is a
// setting to correct; the citizen's ticket is not written anywhere else.
void TestTicketPrinters::pathThatIsNoDeviceIsRefused_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<PrintError::Code>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("a folder where the device should be")
        << u"usb"_s << PrintError::Code::Failed
        << u"The ticket could not be sent to the printer."_s;
    QTest::newRow("a path under a regular file")
        << u"lp0/usb"_s << PrintError::Code::Offline
        << u"The ticket printer is not connected. Check its cable and that it is switched on."_s;
}

void TestTicketPrinters::pathThatIsNoDeviceIsRefused()
{
    QFETCH(QString, relativePath);
    QFETCH(PrintError::Code, code);
    QFETCH(QString, message);

    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"usb"_s));
    QFile regular(dir.filePath(u"lp0"_s));
    QVERIFY(regular.open(QIODevice::WriteOnly));
    regular.close();

    const QString path = dir.filePath(relativePath);
    DevicePrinter printer(path);
    QSignalSpy failed(&printer, &TicketPrinter::failed);
    printer.print(smallJob());
    QVERIFY(failed.wait());
    const PrintError error = errorOf(failed);
    QCOMPARE(error.code, code);
    QCOMPARE(error.message, message);
    QVERIFY2(error.detail.startsWith(path + u": open failed: "_s), qPrintable(error.detail));
    QCOMPARE(regular.size(), 0); // nothing went into the file on the way
    QVERIFY(QFileInfo(dir.filePath(u"usb"_s)).isDir());
}

void TestTicketPrinters::runsJobsOneAfterAnotherInOrder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"lp0"_s);
    QFile device(path);
    QVERIFY(device.open(QIODevice::WriteOnly));
    device.close();

    DevicePrinter printer(path);
    QSignalSpy printed(&printer, &TicketPrinter::printed);
    const int first = printer.print("first ");
    const int second = printer.print("second");
    QVERIFY(first != second);
    QTRY_COMPARE(printed.count(), 2);
    QCOMPARE(printed.at(0).first().toInt(), first);
    QCOMPARE(printed.at(1).first().toInt(), second);
    QVERIFY(device.open(QIODevice::ReadOnly));
    // Each job opens the device anew; a file is rewritten, a device just takes the bytes.
    QCOMPARE(device.readAll(), QByteArray("second"));
}

void TestTicketPrinters::sendsExactBytesToNetworkPrinter()
{
    FakeNetworkPrinter fake;
    QVERIFY(fake.listen());
    TcpPrinter printer(u"127.0.0.1"_s, fake.port());
    printer.setPaperCheck(false);
    QSignalSpy printed(&printer, &TicketPrinter::printed);
    QSignalSpy failed(&printer, &TicketPrinter::failed);

    const QByteArray job = bigJob().left(3 * 1024 * 1024);
    printer.print(job);
    QVERIFY(printed.wait(20000));
    QCOMPARE(failed.count(), 0);
    QTRY_COMPARE(fake.received.size(), job.size());
    QVERIFY(fake.received == job);
    QCOMPARE(fake.connections, 1);
}

void TestTicketPrinters::asksPaperStatusThenPrints()
{
    FakeNetworkPrinter fake;
    fake.statusAnswer = char(0x12); // paper present
    QVERIFY(fake.listen());
    TcpPrinter printer(u"127.0.0.1"_s, fake.port());
    QVERIFY(printer.paperCheck());
    QSignalSpy printed(&printer, &TicketPrinter::printed);
    QSignalSpy nearEnd(&printer, &TcpPrinter::paperNearEnd);

    printer.print(smallJob());
    QVERIFY(printed.wait());
    QTRY_COMPARE(fake.received, QByteArray("\x10\x04\x04") + smallJob());
    QCOMPARE(nearEnd.count(), 0);
}

void TestTicketPrinters::refusesToPrintWhenPaperEnds()
{
    FakeNetworkPrinter fake;
    fake.statusAnswer = char(0x72); // paper end
    QVERIFY(fake.listen());
    TcpPrinter printer(u"127.0.0.1"_s, fake.port());
    QSignalSpy failed(&printer, &TicketPrinter::failed);
    QSignalSpy printed(&printer, &TicketPrinter::printed);

    printer.print(smallJob());
    QVERIFY(failed.wait());
    const PrintError error = errorOf(failed);
    QCOMPARE(error.code, PrintError::Code::OutOfPaper);
    QVERIFY(error.message.contains(u"out of paper"_s));
    QVERIFY(error.detail.contains(u"0x72"_s));
    QCOMPARE(printed.count(), 0);
    QCOMPARE(fake.received, QByteArray("\x10\x04\x04")); // nothing of the ticket was sent
}

void TestTicketPrinters::printsAndWarnsWhenPaperNearEnd()
{
    FakeNetworkPrinter fake;
    fake.statusAnswer = char(0x1e); // near end
    QVERIFY(fake.listen());
    TcpPrinter printer(u"127.0.0.1"_s, fake.port());
    QSignalSpy printed(&printer, &TicketPrinter::printed);
    QSignalSpy nearEnd(&printer, &TcpPrinter::paperNearEnd);

    printer.print(smallJob());
    QVERIFY(printed.wait());
    QCOMPARE(nearEnd.count(), 1);
    QTRY_COMPARE(fake.received, QByteArray("\x10\x04\x04") + smallJob());
}

void TestTicketPrinters::printsWhenPrinterDoesNotAnswerStatus()
{
    FakeNetworkPrinter fake; // no statusAnswer
    QVERIFY(fake.listen());
    TcpPrinter printer(u"127.0.0.1"_s, fake.port());
    printer.setStatusTimeout(100ms);
    QSignalSpy printed(&printer, &TicketPrinter::printed);

    printer.print(smallJob());
    QVERIFY(printed.wait());
    QTRY_COMPARE(fake.received, QByteArray("\x10\x04\x04") + smallJob());
}

void TestTicketPrinters::sendsAnEmptyJobWithoutWaiting()
{
    FakeNetworkPrinter fake;
    QVERIFY(fake.listen());
    TcpPrinter printer(u"127.0.0.1"_s, fake.port());
    printer.setPaperCheck(false);
    printer.setWriteTimeout(60s); // a job waiting for a bytesWritten() that never comes would fail
    QSignalSpy printed(&printer, &TicketPrinter::printed);
    printer.print(QByteArray());
    QVERIFY(printed.wait());
    QCOMPARE(fake.received, QByteArray());
}

void TestTicketPrinters::refusedPortIsOffline()
{
    quint16 port = 0;
    {
        QTcpServer server; // a port that was free a moment ago and has no listener now
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        port = server.serverPort();
    }
    TcpPrinter printer(u"127.0.0.1"_s, port);
    QSignalSpy failed(&printer, &TicketPrinter::failed);
    printer.print(smallJob());
    QVERIFY(failed.wait());
    const PrintError error = errorOf(failed);
    QCOMPARE(error.code, PrintError::Code::Offline);
    QVERIFY(error.message.contains(u"does not answer"_s));
    QVERIFY(error.detail.contains(QString::number(port)));
}

void TestTicketPrinters::printerHangingUpMidJobIsOffline()
{
    FakeNetworkPrinter fake;
    fake.hangUpAfter = 64 * 1024;
    QVERIFY(fake.listen());
    TcpPrinter printer(u"127.0.0.1"_s, fake.port());
    printer.setPaperCheck(false);
    printer.setWriteTimeout(5s); // a hang would show as Timeout, not as a stuck test
    QSignalSpy failed(&printer, &TicketPrinter::failed);
    QSignalSpy printed(&printer, &TicketPrinter::printed);

    printer.print(bigJob());
    QVERIFY(failed.wait(20000));
    QCOMPARE(printed.count(), 0);
    const PrintError error = errorOf(failed);
    QCOMPARE(error.code, PrintError::Code::Offline);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(!printer.isBusy());
}

void TestTicketPrinters::printerNotTakingDataTimesOut()
{
    FakeNetworkPrinter fake;
    fake.stopReading = true; // a printer with its cover open
    QVERIFY(fake.listen());
    TcpPrinter printer(u"127.0.0.1"_s, fake.port());
    printer.setPaperCheck(false);
    printer.setWriteTimeout(300ms);
    QSignalSpy failed(&printer, &TicketPrinter::failed);

    printer.print(bigJob());
    QVERIFY(failed.wait(20000));
    const PrintError error = errorOf(failed);
    QCOMPARE(error.code, PrintError::Code::Timeout);
    QVERIFY(error.message.contains(u"stopped taking data"_s));
}

namespace {

// A stand-in for CUPS's lp: a shell script with the given body.
QString writeLp(const QTemporaryDir &dir, const QByteArray &body)
{
    const QString path = dir.filePath(u"lp"_s);
    QFile script(path);
    if (!script.open(QIODevice::WriteOnly))
        return {};
    script.write("#!/bin/sh\n" + body);
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

} // namespace

void TestTicketPrinters::sendsRawJobThroughLp()
{
    QTemporaryDir dir;
    const QString job = dir.filePath(u"job.bin"_s);
    const QString args = dir.filePath(u"args.txt"_s);
    const QString lp = writeLp(dir,
        "cat > '" + job.toLocal8Bit() + "'\necho \"$@\" > '" + args.toLocal8Bit()
            + "'\necho 'request id is kiosk-1 (0 file(s))'\n");
    QVERIFY(!lp.isEmpty());

    CupsPrinter printer(u"kiosk"_s);
    printer.setLpProgram(lp);
    QSignalSpy printed(&printer, &TicketPrinter::printed);
    QSignalSpy failed(&printer, &TicketPrinter::failed);
    printer.print(smallJob());
    QVERIFY(printed.wait(10000));
    QCOMPARE(failed.count(), 0);

    QFile jobFile(job);
    QVERIFY(jobFile.open(QIODevice::ReadOnly));
    QCOMPARE(jobFile.readAll(), smallJob());
    QFile argsFile(args);
    QVERIFY(argsFile.open(QIODevice::ReadOnly));
    QCOMPARE(argsFile.readAll().trimmed(), QByteArray("-o raw -d kiosk"));
}

void TestTicketPrinters::missingLpIsAClearError_data()
{
    QTest::addColumn<QString>("lpProgram");

    QTest::newRow("not in PATH") << u"saduak-test-no-such-lp"_s;
    QTest::newRow("absolute path, missing") << u"/nonexistent/saduak/bin/lp"_s;
}

void TestTicketPrinters::missingLpIsAClearError()
{
    QFETCH(QString, lpProgram);

    CupsPrinter printer(u"kiosk"_s);
    printer.setLpProgram(lpProgram);
    QSignalSpy failed(&printer, &TicketPrinter::failed);
    printer.print(smallJob());
    QVERIFY(failed.wait());
    const PrintError error = errorOf(failed);
    QCOMPARE(error.code, PrintError::Code::Failed);
    QVERIFY(error.message.contains(u"lp command"_s));
    QVERIFY(error.detail.contains(lpProgram));
}

void TestTicketPrinters::lpRefusingTheJobIsFailed()
{
    QTemporaryDir dir;
    const QString lp = writeLp(
        dir, "cat > /dev/null\necho 'lp: The printer or class does not exist.' >&2\nexit 1\n");
    CupsPrinter printer(u"nosuchqueue"_s);
    printer.setLpProgram(lp);
    QSignalSpy failed(&printer, &TicketPrinter::failed);
    printer.print(smallJob());
    QVERIFY(failed.wait(10000));
    const PrintError error = errorOf(failed);
    QCOMPARE(error.code, PrintError::Code::Failed);
    QVERIFY(error.message.contains(u"nosuchqueue"_s));
    QVERIFY(error.detail.contains(u"The printer or class does not exist."_s));
    QVERIFY(error.detail.contains(u"exit code 1"_s));
}

void TestTicketPrinters::makesPrinterFromAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("expected"); // the printer's address(); empty: refused

    QTest::newRow("socket with port") << u"socket://10.0.0.5:9101"_s << u"socket://10.0.0.5:9101"_s;
    QTest::newRow("socket, port 9100 by default")
        << u"socket://printer.local"_s << u"socket://printer.local:9100"_s;
    QTest::newRow("device path") << u"/dev/usb/lp0"_s << u"/dev/usb/lp0"_s;
    QTest::newRow("device file url") << u"file:///dev/usb/lp1"_s << u"/dev/usb/lp1"_s;
    QTest::newRow("cups queue") << u"cups:kiosk"_s << u"cups:kiosk"_s;
    QTest::newRow("cups default") << u"cups:"_s << u"cups:"_s;
    QTest::newRow("http is no printer") << u"http://10.0.0.5/"_s << QString();
    QTest::newRow("socket without host") << u"socket://"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestTicketPrinters::makesPrinterFromAddress()
{
    QFETCH(QString, address);
    QFETCH(QString, expected);

    QString why;
    const std::unique_ptr<TicketPrinter> printer = TicketPrinter::fromAddress(address, &why);
    if (expected.isEmpty()) {
        QVERIFY(!printer);
        QVERIFY(!why.isEmpty());
        return;
    }
    QVERIFY2(printer, qPrintable(why));
    QCOMPARE(printer->address(), expected);
}

QTEST_GUILESS_MAIN(TestTicketPrinters)
#include "tst_ticketprinters.moc"
