// Long reads leave the hub thread (app/hub/longreads.h, docs/hub-protocol.md "Long reads"): a
// real hub on a real file, a counter PC and a supervisor's PC over real WebSockets.
//  - While a month's eReport is being read, a counter's callNext is answered first, and the
//    report still has the right figures: those of the file when its read began.
//  - The supervisor's PC gone before the answer harms nothing; a hub stopped mid-read stops.
//  - More long reads than the hub takes at once: busy, the others answered.
// The reader is stopped at a test hold (LongReads::holdForTest) once its read transaction has
// begun, so "while it runs" is every time, not when the machine is slow enough. That is not a
// mock: the read, its thread, its connection and the hub are the real ones; only when it goes
// on is the test's to say. Expected figures are counted by hand from the script below.
#include <hub/branchhub.h>
#include <hub/devicestore.h>
#include <hub/hubserver.h>
#include <hub/longreads.h>
#include <queue/queuemanager.h>

#include <domain/bangkoktime.h>

#include <seatedstaff.h>

#include <QDateTime>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "rawpeer.h"

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

const QDate kToday(2026, 12, 7);

qint64 bangkok(QDate day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), BangkokTime::zone()).toMSecsSinceEpoch();
}

bool answered(const RawPeer &peer, const QString &id)
{
    for (const QJsonObject &m : peer.received)
        if (m.value(u"re"_s).toString() == id)
            return true;
    return false;
}

// The report's row of service A: issued and called.
std::pair<int, int> serviceA(const QJsonObject &answer)
{
    const QJsonArray rows = answer.value(u"report"_s).toObject().value(u"rows"_s).toArray();
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        if (row.value(u"dimension"_s).toString() == u"service"_s
            && row.value(u"key"_s).toString() == u"A"_s)
            return {row.value(u"issued"_s).toInt(), row.value(u"called"_s).toInt()};
    }
    return {-1, -1};
}

} // namespace

class TestLongReads : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<BranchHub> m_hub;
    qint64 m_now = 0;
    QString m_firstTicket;

    std::unique_ptr<RawPeer> join(DeviceRole role, StaffRole person)
    {
        const auto pairing = m_hub->devices().pair(
            role, u"pc"_s, role == DeviceRole::Counter ? 1 : 0);
        QString why;
        if (!pairing || !test::seatStaff(m_hub->database(), pairing->device.id, person, &why)) {
            qWarning() << "cannot pair:" << why;
            return nullptr;
        }
        if (!m_hub->server() && !m_hub->listen(QHostAddress::LocalHost, 0))
            return nullptr;
        auto peer = std::make_unique<RawPeer>(m_hub->server()->url());
        if (!peer->waitConnected() || !peer->hello(pairing->token))
            return nullptr;
        return peer;
    }

    static void askMonth(RawPeer &supervisor, const QString &id)
    {
        supervisor.send({{u"type"_s, u"eReport"_s}, {u"id"_s, id}, {u"from"_s, u"2026-12-01"_s},
            {u"to"_s, u"2026-12-31"_s}});
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        BranchHub::Options options;
        options.databasePath = m_dir->filePath(u"branch.sqlite"_s);
        options.queue.openAllDay = true;
        options.clock = [this] { return m_now; };
        StorageError error;
        m_hub = BranchHub::open(options, &error);
        QVERIFY2(m_hub, qPrintable(error.detail));
        // Today at 09:00: counter 1 opens for A, three A tickets come; nothing called yet.
        m_now = bangkok(kToday, 9, 0);
        QueueManager &q = m_hub->queue();
        const QueueManager::ActingStaff acting(q, u"somchai"_s);
        QVERIFY(q.openCounter(1, {u"A"_s}).ok());
        for (int i = 0; i < 3; ++i) {
            const QueueResult issued = q.issueTicket(u"A"_s);
            QVERIFY(issued.ok() && issued.ticket);
            if (i == 0)
                m_firstTicket = issued.ticket->id;
        }
        m_now = bangkok(kToday, 9, 10);
    }

    void cleanup()
    {
        if (m_hub)
            m_hub->longReads().holdForTest(false);
        m_hub.reset();
    }

    void aCallNextIsAnsweredWhileAMonthsReportIsRead()
    {
        auto counter = join(DeviceRole::Counter, StaffRole::Counter);
        auto supervisor = join(DeviceRole::Supervisor, StaffRole::Supervisor);
        QVERIFY(counter && supervisor);

        m_hub->longReads().holdForTest(true);
        askMonth(*supervisor, u"e1"_s);
        QTRY_COMPARE(m_hub->longReads().heldForTest(), 1); // its snapshot is taken

        counter->send({{u"type"_s, u"callNext"_s}, {u"id"_s, u"c1"_s}, {u"counter"_s, 1}});
        const QJsonObject called = counter->answer(u"c1"_s);
        QCOMPARE(called.value(u"type"_s).toString(), u"reply"_s);
        QCOMPARE(called.value(u"ticket"_s).toObject().value(u"id"_s).toString(), m_firstTicket);
        QVERIFY(!answered(*supervisor, u"e1"_s)); // the report is still being read

        // The supervisor's PC is answered too in the meantime: only the long read waits.
        supervisor->send({{u"type"_s, u"ping"_s}, {u"id"_s, u"p1"_s}});
        QCOMPARE(supervisor->answer(u"p1"_s).value(u"ok"_s).toBool(), true);
        QVERIFY(!answered(*supervisor, u"e1"_s));

        m_hub->longReads().holdForTest(false);
        const QJsonObject report = supervisor->answer(u"e1"_s);
        QCOMPARE(report.value(u"type"_s).toString(), u"reply"_s);
        // The file as the read began: three issued, the call after it not yet in.
        QCOMPARE(serviceA(report), std::make_pair(3, 0));

        askMonth(*supervisor, u"e2"_s);
        QCOMPARE(serviceA(supervisor->answer(u"e2"_s)), std::make_pair(3, 1));
    }

    void theAskingPcGoneBeforeTheAnswerHarmsNothing()
    {
        auto counter = join(DeviceRole::Counter, StaffRole::Counter);
        auto supervisor = join(DeviceRole::Supervisor, StaffRole::Supervisor);
        QVERIFY(counter && supervisor);

        m_hub->longReads().holdForTest(true);
        askMonth(*supervisor, u"e1"_s);
        QTRY_COMPARE(m_hub->longReads().heldForTest(), 1);
        supervisor->socket.abort();
        QTRY_COMPARE(m_hub->server()->clientCount(), 1);
        m_hub->longReads().holdForTest(false);
        QTRY_COMPARE(m_hub->longReads().heldForTest(), 0);

        // The hub goes on: the counter calls, and a supervisor who asks again gets the report.
        counter->send({{u"type"_s, u"callNext"_s}, {u"id"_s, u"c1"_s}, {u"counter"_s, 1}});
        QCOMPARE(counter->answer(u"c1"_s).value(u"type"_s).toString(), u"reply"_s);
        auto again = join(DeviceRole::Supervisor, StaffRole::Supervisor);
        QVERIFY(again);
        askMonth(*again, u"e2"_s);
        QCOMPARE(serviceA(again->answer(u"e2"_s)), std::make_pair(3, 1));
    }

    void aHubStoppedMidReadStops()
    {
        auto supervisor = join(DeviceRole::Supervisor, StaffRole::Supervisor);
        QVERIFY(supervisor);
        m_hub->longReads().holdForTest(true);
        askMonth(*supervisor, u"e1"_s);
        QTRY_COMPARE(m_hub->longReads().heldForTest(), 1);

        QSignalSpy closed(&supervisor->socket, &QWebSocket::disconnected);
        m_hub.reset(); // the held read is let go, its thread ends, the connection closes
        QVERIFY(closed.count() == 1 || closed.wait());
        QVERIFY(!answered(*supervisor, u"e1"_s));
    }

    void moreLongReadsThanTheHubTakesAreRefusedBusy()
    {
        auto supervisor = join(DeviceRole::Supervisor, StaffRole::Supervisor);
        QVERIFY(supervisor);
        m_hub->longReads().holdForTest(true);
        askMonth(*supervisor, u"e1"_s); // read, held
        QTRY_COMPARE(m_hub->longReads().heldForTest(), 1);
        const int taken = 1 + LongReads::kMaxWaiting; // one read, the others waiting their turn
        for (int i = 2; i <= taken + 1; ++i)
            askMonth(*supervisor, u"e"_s + QString::number(i));
        const QJsonObject refused = supervisor->answer(u"e"_s + QString::number(taken + 1));
        QCOMPARE(refused.value(u"code"_s).toString(), u"busy"_s);
        QCOMPARE(refused.value(u"text"_s).toObject().value(u"args"_s).toArray(),
            QJsonArray {taken});

        m_hub->longReads().holdForTest(false);
        for (int i = 1; i <= taken; ++i)
            QCOMPARE(serviceA(supervisor->answer(u"e"_s + QString::number(i))),
                std::make_pair(3, 0));
    }
};

QTEST_GUILESS_MAIN(TestLongReads)
#include "tst_longreads.moc"
