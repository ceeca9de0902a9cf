// GET /v1/statistics is read off central's event loop (issue 13, item 5): with a statistics read
// of a large day held in flight, /v1/health and an ingest on other connections are answered, and
// the statistics answer, once the read runs, is still right; a connection's pipelined answers
// keep the order of its requests. The real CentralServer on loopback, on SQLite or PostgreSQL;
// the test takes the server's heavy reads and runs them on a thread of its own when it chooses,
// so "in flight" is a fact, not a race.
#include "postgrescluster.h"

#include <branchstore.h>
#include <centraldatabase.h>
#include <centralserver.h>
#include <ingeststore.h>

#include <domain/bangkoktime.h>
#include <queuemodel/queueevent.h>

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

const QString kDay = u"2026-11-25"_s;
constexpr int kServices = 3000; // one ticket waiting for each, at branch B001

// One client connection that reads answers framed by Content-Length, in the order they come.
class Connection
{
public:
    explicit Connection(quint16 port)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] {
            m_in += m_socket.readAll();
            takeAnswers();
        });
        m_socket.connectToHost(u"127.0.0.1"_s, port);
    }
    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    const QList<QJsonObject> &answers() const { return m_answers; }
    const QList<int> &statuses() const { return m_statuses; }

private:
    void takeAnswers()
    {
        for (;;) {
            const qsizetype end = m_in.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qint64 length = 0;
            for (const QByteArray &line : m_in.left(end).split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (m_in.size() < end + 4 + length)
                return;
            m_statuses.append(m_in.mid(9, 3).toInt());
            m_answers.append(QJsonDocument::fromJson(m_in.mid(end + 4, length)).object());
            m_in.remove(0, end + 4 + length);
        }
    }

    QTcpSocket m_socket;
    QByteArray m_in;
    QList<QJsonObject> m_answers;
    QList<int> m_statuses;
};

QByteArray get(const QByteArray &path, const QString &token = {})
{
    QByteArray out = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!token.isEmpty())
        out += "Authorization: Bearer " + token.toLatin1() + "\r\n";
    return out + "\r\n";
}

QByteArray eventRow(qint64 seq, const QueueEvent &e)
{
    return QJsonDocument(QJsonObject {{u"uuid"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                             {u"seq"_s, seq}, {u"kind"_s, u"event"_s}, {u"payload"_s, e.toJson()},
                             {u"createdAt"_s, e.atMs}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestCentralHeavyReads : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CentralDatabase> m_central;
    QString m_token;
    QString m_token2;
    std::unique_ptr<CentralServer> m_server;
    QList<std::function<void()>> m_heldReads;
    QThreadPool m_readers; // where the test runs the reads it held

    void runHeldReads()
    {
        for (auto &read : std::exchange(m_heldReads, {}))
            m_readers.start(std::move(read));
    }

private Q_SLOTS:
    void initTestCase()
    {
        StorageError error;
        m_central = CentralDatabase::open(test::centralLocation(m_dir), &error);
        QVERIFY2(m_central, qPrintable(error.detail));
        QString why;
        const auto b1 = m_central->branches().enrol(u"B001"_s, u"Siam"_s, &why);
        const auto b2 = m_central->branches().enrol(u"B002"_s, u"Korat"_s, &why);
        QVERIFY2(b1 && b2, qPrintable(why));
        m_token = b1->token;
        m_token2 = b2->token;

        // A large day at B001: one ticket issued for each of kServices service codes, a second
        // apart from 08:30 Bangkok; nobody called.
        const qint64 openingMs
            = QDateTime(QDate::fromString(kDay, Qt::ISODate), QTime(8, 30), BangkokTime::zone())
                  .toMSecsSinceEpoch();
        QList<IngestRow> rows;
        for (int i = 0; i < kServices; ++i) {
            QueueEvent e;
            e.seq = i + 1;
            e.type = QueueEvent::TicketIssued.toString();
            e.atMs = openingMs + i * 1000;
            e.businessDay = kDay;
            e.ticketId = u"t%1"_s.arg(i);
            e.ticketNumber = u"A%1"_s.arg(i);
            e.serviceCode = u"S%1"_s.arg(i, 4, 10, QLatin1Char('0'));
            rows.append({QUuid::createUuid().toString(QUuid::WithoutBraces), e.seq, u"event"_s,
                QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact), e.atMs});
            if (rows.size() == 1000) {
                QVERIFY2(m_central->ingest().ingest(b1->branch.id, rows, &why), qPrintable(why));
                rows.clear();
            }
        }

        m_server = std::make_unique<CentralServer>(*m_central);
        m_server->setHeavyReadRunner(
            [this](std::function<void()> read) { m_heldReads.append(std::move(read)); });
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &why), qPrintable(why));
    }

    void cleanupTestCase()
    {
        runHeldReads();
        m_readers.waitForDone();
        m_server.reset();
    }

    void healthAndIngestAreAnsweredWhileStatisticsIsRead()
    {
        Connection statistics(m_server->port());
        statistics.send(get("/v1/statistics?day=" + kDay.toLatin1(), m_token));
        QTRY_COMPARE(m_heldReads.size(), 1); // the request is in, its read is in flight

        Connection other(m_server->port());
        other.send(get("/v1/health"));
        QTRY_COMPARE(other.answers().size(), 1);
        QCOMPARE(other.statuses().first(), 200);
        QCOMPARE(other.answers().first().value(u"service"_s).toString(), u"saduak-central"_s);

        // An ingest (of another day, so the figures below stay as worked out) is stored too.
        QueueEvent e;
        e.type = QueueEvent::TicketIssued.toString();
        e.atMs = 1795680000000;
        e.businessDay = u"2026-11-26"_s;
        e.ticketId = u"x1"_s;
        e.serviceCode = u"A"_s;
        const QByteArray body = "{\"rows\":[" + eventRow(1, e) + "]}";
        other.send("POST /v1/ingest HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
            + m_token2.toLatin1() + "\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n\r\n" + body);
        QTRY_COMPARE(other.answers().size(), 2);
        QCOMPARE(other.statuses().at(1), 200);
        QCOMPARE(other.answers().at(1).value(u"inserted"_s).toInt(), 1);

        QVERIFY(statistics.answers().isEmpty()); // still being read

        runHeldReads();
        QTRY_COMPARE(statistics.answers().size(), 1);
        QCOMPARE(statistics.statuses().first(), 200);
        const QJsonObject figures = statistics.answers().first();
        QCOMPARE(figures.value(u"businessDay"_s).toString(), kDay);
        const QJsonObject totals = figures.value(u"totals"_s).toObject();
        QCOMPARE(totals.value(u"issuedCount"_s).toInt(), kServices);
        QCOMPARE(totals.value(u"waitingNow"_s).toInt(), kServices);
        QCOMPARE(totals.value(u"calledCount"_s).toInt(), 0);
        const QJsonArray branches = figures.value(u"branches"_s).toArray();
        QCOMPARE(branches.size(), 2);
        QCOMPARE(branches.at(0).toObject().value(u"code"_s).toString(), u"B001"_s);
        const QJsonArray services = branches.at(0).toObject().value(u"services"_s).toArray();
        QCOMPARE(services.size(), kServices);
        for (int i = 0; i < kServices; ++i) {
            const QJsonObject s = services.at(i).toObject();
            QCOMPARE(s.value(u"serviceCode"_s).toString(), u"S%1"_s.arg(i, 4, 10, QLatin1Char('0')));
            QCOMPARE(s.value(u"issuedCount"_s).toInt(), 1);
            QCOMPARE(s.value(u"waitingNow"_s).toInt(), 1);
        }
        QVERIFY(branches.at(1).toObject().value(u"services"_s).toArray().isEmpty());
    }

    // HTTP/1.1 answers come in the order of the requests, even when the first is read off the
    // event loop and the one behind it is ready at once.
    void pipelinedAnswersKeepTheirOrder()
    {
        Connection pipelined(m_server->port());
        pipelined.send(
            get("/v1/statistics?day=" + kDay.toLatin1(), m_token) + get("/v1/health"));
        QTRY_COMPARE(m_heldReads.size(), 1);
        // Another connection's answer: by then the server has taken the pipelined health too.
        Connection other(m_server->port());
        other.send(get("/v1/health"));
        QTRY_COMPARE(other.answers().size(), 1);
        QVERIFY(pipelined.answers().isEmpty()); // health waits behind statistics

        runHeldReads();
        QTRY_COMPARE(pipelined.answers().size(), 2);
        QCOMPARE(pipelined.answers().at(0).value(u"totals"_s).toObject().value(u"issuedCount"_s).toInt(),
            kServices);
        QCOMPARE(pipelined.answers().at(1).value(u"service"_s).toString(), u"saduak-central"_s);
    }

    // A client that goes away while its figures are read costs nothing afterwards.
    void answerToAClosedConnectionIsDropped()
    {
        {
            Connection gone(m_server->port());
            gone.send(get("/v1/statistics?day=" + kDay.toLatin1(), m_token));
            QTRY_COMPARE(m_heldReads.size(), 1);
        } // closed
        runHeldReads();
        m_readers.waitForDone();
        Connection next(m_server->port());
        next.send(get("/v1/health"));
        QTRY_COMPARE(next.answers().size(), 1);
        QCOMPARE(next.statuses().first(), 200);
    }
};

QTEST_GUILESS_MAIN(TestCentralHeavyReads)
#include "tst_centralheavyreads.moc"
