// The real saduak-central against clients that bend HTTP framing, pipeline, trickle or hold
// connections open (issue 13): each is answered early, costs central no memory for bytes it
// refused, and leaves room for a real branch.
#include "centralprocess.h"
#include "rawhttp.h"

#include <programprocess.h>

#include <QFile>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace saduak::test;

namespace {

// Reads what the server sends until it closes or timeoutMs passes.
QByteArray readUntilClosed(QTcpSocket &socket, int timeoutMs = 10000)
{
    QByteArray in;
    (void)QTest::qWaitFor(
        [&] {
            in += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    return in + socket.readAll();
}

int statusOf(const QByteArray &answer)
{
    return answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0;
}

} // namespace

class TestCentralLimits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CentralProcess> m_central;
    QString m_token;

    QByteArray auth() const { return "Authorization: Bearer "_ba + m_token.toLatin1(); }

    quint16 restart(const QStringList &arguments = {}) { return m_central->start(0, arguments); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_central = std::make_unique<CentralProcess>(m_dir.filePath(u"central.sqlite"_s));
        m_token = m_central->enrol(u"B001"_s, u"Central World"_s);
        QVERIFY(!m_token.isEmpty());
    }

    // The request line and headers alone are enough for central to refuse: no body is sent,
    // and the answer comes. Before the fix the limiter saw no end of the head (bare LF) or took
    // the last Content-Length while Qt took the first, and the answer waited for the body.
    void framingTricksAreRefusedBeforeTheBody_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("bare LF")
            << "POST /v1/ingest HTTP/1.1\nHost: x\nContent-Length: 67108864\n\n"_ba << 400
            << u"badRequest"_s;
        QTest::newRow("bare LF after CRLF lines")
            << "POST /v1/ingest HTTP/1.1\r\nHost: x\r\nContent-Length: 67108864\r\n\n"_ba << 400
            << u"badRequest"_s;
        QTest::newRow("two Content-Length, large first")
            << "POST /v1/ingest HTTP/1.1\r\nHost: x\r\nContent-Length: 67108864\r\n"
               "Content-Length: 10\r\n\r\n"_ba
            << 400 << u"badRequest"_s;
        QTest::newRow("two equal Content-Length")
            << "POST /v1/ingest HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n"
               "Content-Length: 10\r\n\r\n"_ba
            << 400 << u"badRequest"_s;
        QTest::newRow("Content-Length as a list")
            << "POST /v1/ingest HTTP/1.1\r\nHost: x\r\nContent-Length: 10, 10\r\n\r\n"_ba << 400
            << u"badRequest"_s;
        QTest::newRow("no token, body under the limit")
            << "POST /v1/ingest HTTP/1.1\r\nHost: x\r\nContent-Length: 4000000\r\n\r\n"_ba << 401
            << u"unauthorized"_s;
        QTest::newRow("unknown token, body under the limit")
            << "POST /v1/ingest HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer nope\r\n"
               "Content-Length: 4000000\r\n\r\n"_ba
            << 401 << u"unauthorized"_s;
        QTest::newRow("unknown token, encoded path")
            << "POST /v1/%69ngest HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer nope\r\n"
               "Content-Length: 4000000\r\n\r\n"_ba
            << 401 << u"unauthorized"_s;
    }

    void framingTricksAreRefusedBeforeTheBody()
    {
        QFETCH(QByteArray, head);
        QFETCH(int, status);
        QFETCH(QString, error);
        if (!m_central->isRunning())
            QVERIFY(restart() != 0);
        const RawResponse r = rawHttp(m_central->port(), head, 5000);
        QCOMPARE(r.status, status);
        QCOMPARE(r.json().value(u"ok"_s).toBool(true), false);
        QCOMPARE(r.json().value(u"error"_s).toString(), error);
        QVERIFY(r.head.contains("Connection: close"));
    }

    // 64 MiB sent behind each trick: central keeps none of it (before the fix its peak grew by
    // the body, twice over).
    void refusedBodiesCostNoMemory_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::newRow("bare LF")
            << "POST /v1/ingest HTTP/1.1\nHost: x\nContent-Length: 67108864\n\n"_ba;
        QTest::newRow("two Content-Length")
            << "POST /v1/ingest HTTP/1.1\r\nHost: x\r\nContent-Length: 67108864\r\n"
               "Content-Length: 10\r\n\r\n"_ba;
    }

    void refusedBodiesCostNoMemory()
    {
        QFETCH(QByteArray, head);
        QVERIFY(restart() != 0); // a fresh peak for each
        QCOMPARE(rawHttp(m_central->port(), httpRequest("GET"_ba, "/v1/health"_ba)).status, 200);
        const qint64 before = peakResidentKiB(m_central->processId());
        QVERIFY(before > 0);

        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_central->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(head);
        const QByteArray chunk(1024 * 1024, 'x');
        for (int i = 0; i < 64 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
            socket.write(chunk);
            while (socket.bytesToWrite() > 0 && socket.waitForBytesWritten(5000)) { }
        }
        socket.abort();
        QCOMPARE(rawHttp(m_central->port(), httpRequest("GET"_ba, "/v1/health"_ba)).status, 200);
        const qint64 grown = peakResidentKiB(m_central->processId()) - before;
        QVERIFY2(grown < 16 * 1024, qPrintable(u"peak grew by %1 kB"_s.arg(grown)));
    }

    // Pipelined requests on one connection are answered in order, each once; a bad one behind
    // them is refused after their answers, not in their place.
    void pipelinedRequestsAreAnsweredInOrder()
    {
        if (!m_central->isRunning())
            QVERIFY(restart() != 0);
        const int count = 2000;
        QByteArray requests;
        for (int i = 0; i < count; ++i)
            requests += httpRequest("GET"_ba, "/v1/health"_ba);
        requests += "POST /v1/ingest HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
                    "Content-Length: 0\r\n\r\nhello"_ba;
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_central->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(requests);
        const QByteArray in = readUntilClosed(socket, 60000);
        QCOMPARE(in.count("HTTP/1.1 200 OK"), count);
        const qsizetype last = in.lastIndexOf("HTTP/1.1 ");
        QCOMPARE(statusOf(in.mid(last)), 400);
        QVERIFY(in.mid(last).contains("more than one Content-Length"));
        QCOMPARE(in.indexOf("HTTP/1.1 400"), last); // after every 200
    }

    // A client that sends its head or body a byte at a time is closed at its deadline, with a
    // 408; before, every byte restarted the idle timer and the connection lived for ever.
    void tricklingClientsAreClosedAtTheirDeadline_data()
    {
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("head") << "GET /v1/health HTTP/1.1\r\n"_ba;
        QTest::newRow("body") << "POST /v1/ingest HTTP/1.1\r\nHost: x\r\nAUTH\r\n"
                                 "Content-Length: 3000\r\n\r\n{"_ba;
    }

    void tricklingClientsAreClosedAtTheirDeadline()
    {
        QFETCH(QByteArray, start);
        start.replace("AUTH", auth());
        // 1 s for a head; a body of 3000 bytes at 1000 bytes a second: 1 s + 3 s.
        QVERIFY(restart({u"--head-timeout"_s, u"1"_s, u"--min-body-rate"_s, u"1000"_s}) != 0);
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_central->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(start);
        QTimer trickle;
        connect(&trickle, &QTimer::timeout, &socket, [&socket] { socket.write("X-"); });
        trickle.start(100);
        const QByteArray in = readUntilClosed(socket, 15000);
        QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(statusOf(in), 408);
        QVERIFY(in.contains("\"requestTimeout\""));
    }

    // Between requests a connection has --idle-timeout from the end of the last one: empty lines
    // (which a request may start with) do not keep it.
    void idleTimeIsCountedFromTheLastRequest()
    {
        QVERIFY(restart({u"--idle-timeout"_s, u"1"_s, u"--head-timeout"_s, u"60"_s}) != 0);
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, m_central->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(httpRequest("GET"_ba, "/v1/health"_ba));
        QTRY_VERIFY(socket.bytesAvailable() > 0);
        QTimer trickle;
        connect(&trickle, &QTimer::timeout, &socket, [&socket] { socket.write("\r\n"); });
        trickle.start(100);
        readUntilClosed(socket, 15000);
        QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    }

    // Over --max-connections a new connection is answered 503 at once; when an idle one closes,
    // an enrolled branch's push gets in.
    void connectionsOverTheCapAreRefusedAndABranchGetsInLater()
    {
        QVERIFY(restart({u"--max-connections"_s, u"3"_s}) != 0);
        QList<std::shared_ptr<QTcpSocket>> idle;
        for (int i = 0; i < 3; ++i) {
            auto socket = std::make_shared<QTcpSocket>();
            socket->connectToHost(u"127.0.0.1"_s, m_central->port());
            QVERIFY(socket->waitForConnected(5000));
            idle << socket;
        }
        // The three are central's once a fourth is refused; it asks nothing and is answered.
        QTcpSocket fourth;
        fourth.connectToHost(u"127.0.0.1"_s, m_central->port());
        QVERIFY(fourth.waitForConnected(5000));
        const QByteArray in = readUntilClosed(fourth);
        QCOMPARE(statusOf(in), 503);
        QVERIFY(in.contains("\"tooManyConnections\""));
        QVERIFY(in.contains("\"ok\":false"));

        idle.takeFirst()->abort();
        const QByteArray push = httpRequest("POST"_ba, "/v1/ingest"_ba, {auth()},
            "{\"rows\":[{\"uuid\":\"7d3c1a52-8f4e-4c1b-9a57-3f2e6b1d9c01\",\"seq\":1,"
            "\"kind\":\"event\",\"payload\":{},\"createdAt\":1795680000000}]}"_ba);
        // Central counts the closed one out once it has seen it go: until then, 503. Pushed
        // until it is in, and not once more: QTRY_COMPARE evaluates its expression again after it
        // holds, and that second push, on a new connection, raced central's counting out of the
        // first one's (closed by rawHttp, not yet seen closed by central): 503, a flaky test.
        RawResponse answer;
        const bool pastTheCap = QTest::qWaitFor(
            [&] {
                // A refused connection may also be reset before its answer is read (status 0).
                answer = rawHttp(m_central->port(), push);
                return answer.status != 0
                    && answer.json().value(u"error"_s).toString() != u"tooManyConnections"_s;
            },
            10000);
        QVERIFY2(pastTheCap, "still tooManyConnections after the idle connection closed");
        QCOMPARE(answer.status, 200);
    }
};

QTEST_GUILESS_MAIN(TestCentralLimits)
#include "tst_centrallimits.moc"
