// The real saduak-central against a flood of what anyone can send it (issue 13): refused requests
// and failed TLS handshakes, a connection each. Each kind costs the log a few lines a window and
// one summary that counts the rest, not one line a connection (the disk is not filled through
// the log).
#include "centralprocess.h"
#include "rawhttp.h"

#include <testcerts.h>

#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace saduak::test;

namespace {

constexpr int kFlood = 150;
constexpr int kLinesPerWindow = 5; // LogThrottle::kDefaultLinesPerWindow
// A TLS handshake record (type 22, TLS 1.0) whose body is no handshake message.
const QByteArray kBrokenHandshake = QByteArrayLiteral("\x16\x03\x01\x00\x05hello");

// What central's log says about one kind of line: the lines logged one by one, and the
// summaries ("<what>: N more like this in the last S s") with the N they add up to.
struct LogCount
{
    int lines = 0;
    int summaries = 0;
    qint64 summed = 0;
};

LogCount countLog(const QString &log, const QString &line, const QString &what)
{
    LogCount count;
    const QRegularExpression summary(
        QRegularExpression::escape(what) + u": (\\d+) more like this in the last "_s);
    for (const QString &l : log.split(u'\n')) {
        if (l.contains(line))
            ++count.lines;
        const QRegularExpressionMatch m = summary.match(l);
        if (m.hasMatch()) {
            ++count.summaries;
            count.summed += m.captured(1).toLongLong();
        }
    }
    return count;
}

} // namespace

class TestCentralLogFlood : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CentralProcess> m_central;
    QString m_log;

    // Waits until every one of `flood` is in the log, one by one or in a summary.
    LogCount waitForAll(const QString &line, const QString &what)
    {
        LogCount count;
        (void)QTest::qWaitFor(
            [&] {
                m_log += QString::fromUtf8(m_central->standardError());
                count = countLog(m_log, line, what);
                return count.lines + count.summed >= kFlood;
            },
            30000);
        return count;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_central = std::make_unique<CentralProcess>(m_dir.filePath(u"central.sqlite"_s));
        m_log.clear();
    }

    void cleanup() { m_central.reset(); }

    // 150 requests without a token, a connection each: a few are logged, the rest are counted in
    // a summary at the end of the window (1 s here), and every one is accounted for.
    void refusedRequestsAreSummedUp()
    {
        QVERIFY(m_central->start(0, {u"--log-window"_s, u"1"_s}) != 0);
        for (int i = 0; i < kFlood; ++i)
            QCOMPARE(rawHttp(m_central->port(), httpRequest("GET"_ba, "/v1/statistics"_ba)).status,
                401);
        const LogCount count = waitForAll(u"refused a request from"_s, u"refused requests"_s);
        QVERIFY2(count.summaries >= 1, qPrintable(m_log.right(2000)));
        QCOMPARE(count.lines + count.summed, qint64(kFlood));
        // At most a window's lines per window (each window but the last summed up).
        QVERIFY2(count.lines <= kLinesPerWindow * (count.summaries + 1), qPrintable(m_log));
    }

    // 150 clients at the HTTPS port, each starting a TLS handshake with a record that is none:
    // every handshake fails, and the log says so a few times and then counts. (A client that
    // sends no TLS record at all is dropped by QSslServer without a word.)
    void failedTlsHandshakesAreSummedUp()
    {
        const TestCerts certs = makeCerts(m_dir.filePath(u"certs"_s));
        QVERIFY(!certs.pin.isEmpty());
        QVERIFY(m_central->start(0,
                    {u"--log-window"_s, u"1"_s, u"--tls-cert"_s, certs.certFile(),
                        u"--tls-key"_s, certs.keyFile()})
            != 0);
        for (int i = 0; i < kFlood; ++i) {
            QTcpSocket plain;
            plain.connectToHost(u"127.0.0.1"_s, m_central->port());
            QVERIFY(plain.waitForConnected(5000));
            plain.write(kBrokenHandshake);
            // Central's answer is a TLS alert, once its handshake has failed.
            QVERIFY(plain.bytesAvailable() > 0 || plain.waitForReadyRead(10000)
                || plain.state() == QAbstractSocket::UnconnectedState);
            plain.abort();
        }
        const LogCount count = waitForAll(u"TLS handshake with"_s, u"failed TLS handshakes"_s);
        QVERIFY2(count.summaries >= 1, qPrintable(m_log.right(2000)));
        QCOMPARE(count.lines + count.summed, qint64(kFlood));
        QVERIFY2(count.lines <= kLinesPerWindow * (count.summaries + 1), qPrintable(m_log));
    }
};

QTEST_GUILESS_MAIN(TestCentralLogFlood)
#include "tst_centrallogflood.moc"
