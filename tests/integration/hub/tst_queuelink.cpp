// The screens' one queue interface, run through the same scenario twice: with the queue in this
// process (LocalQueueLink) and on a hub across a real WebSocket (RemoteQueueLink). A screen must
// not be able to tell the difference, so the answers and the resulting queue must be the same.
#include <hub/branchhub.h>
#include <hub/devicestore.h>
#include <hub/hubserver.h>
#include <hub/localqueuelink.h>
#include <queue/queuemanager.h>
#include <queuelink/remotequeuelink.h>
#include <seatedstaff.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

// Waits for one answer through the link.
QueueReply await(const std::function<void(QueueLink::Done)> &send)
{
    std::optional<QueueReply> reply;
    send([&reply](const QueueReply &r) { reply = r; });
    (void)QTest::qWaitFor([&reply] { return reply.has_value(); }, 10000);
    return reply.value_or(QueueReply {false, u"timeout"_s, {}, {}, {}});
}

} // namespace

class TestQueueLink : public QObject
{
    Q_OBJECT

    // An officer is logged in at the PC (tests/support/staff): this test is about the queue.
    std::unique_ptr<QueueLink> makeLink(const QString &kind, BranchHub &hub)
    {
        if (kind == u"local"_s) {
            if (!test::seatStaff(hub.database(), u"local"_s))
                return nullptr;
            // As the embedded counter screen is: a counter PC of its own hub, here counter 3's
            // like the remote one, with an officer logged in.
            return std::make_unique<LocalQueueLink>(
                hub.commands(), Device {u"local"_s, Device::Role::Counter, u"test"_s, 3});
        }
        if (!hub.server() && !hub.listen(QHostAddress::LocalHost, 0))
            return nullptr;
        const auto pairing = hub.devices().pair(Device::Role::Counter, u"Counter 3 PC"_s, 3);
        if (!pairing || !test::seatStaff(hub.database(), pairing->device.id))
            return nullptr;
        auto remote = std::make_unique<RemoteQueueLink>(QUrl(hub.server()->url()), pairing->token);
        remote->start();
        return remote;
    }

private Q_SLOTS:
    void sameScenarioSameAnswers_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("queue in this process") << u"local"_s;
        QTest::newRow("queue on a hub over WebSocket") << u"remote"_s;
    }

    void sameScenarioSameAnswers()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        BranchHub::Options options;
        options.databasePath = dir.filePath(u"branch.sqlite"_s);
        options.queue.openAllDay = true; // the test runs at any hour with the real clock
        StorageError error;
        auto hub = BranchHub::open(options, &error);
        QVERIFY2(hub, qPrintable(error.detail));
        auto link = makeLink(kind, *hub);
        QVERIFY(link);

        // The catalog arrives the same way.
        QList<Service> services;
        link->requestCatalog(
            [&](const QList<Service> &s, const QList<Counter> &) { services = s; });
        QTRY_COMPARE_WITH_TIMEOUT(services.size(), 5, 10000);
        QCOMPARE(services.first().thaiName, u"บัตรประจำตัวประชาชน"_s);

        QSignalSpy events(link.get(), &QueueLink::queueEvent);

        // A morning in miniature: an elderly citizen overtakes, a one-stop visit is transferred.
        QCOMPARE(await([&](auto d) {
            link->issueTicket(u"B"_s, PriorityClass::Normal, d);
        }).ticket->number,
            u"B001"_s);
        QCOMPARE(await([&](auto d) {
            link->issueTicket(u"B"_s, PriorityClass::Elderly, d);
        }).ticket->number,
            u"B002"_s);
        QVERIFY(await([&](auto d) { link->openCounter(3, {}, d); }).ok);
        const QueueReply called = await([&](auto d) { link->callNext(3, d); });
        QCOMPARE(called.ticket->number, u"B002"_s); // elderly first
        const QString id = called.ticket->id;
        QVERIFY(await([&](auto d) { link->ticketCommand(u"startService"_s, 3, id, d); }).ok);
        const QueueReply moved = await([&](auto d) { link->transfer(3, id, u"A"_s, d); });
        QVERIFY(moved.ok);
        QCOMPARE(moved.ticket->serviceCode, u"A"_s);
        QCOMPARE(moved.ticket->number, u"B002"_s); // the citizen keeps the number

        // Refusals come back with their code and a message for the person.
        const QueueReply refused
            = await([&](auto d) { link->ticketCommand(u"finishService"_s, 3, id, d); });
        QVERIFY(!refused.ok);
        QCOMPARE(refused.code, u"illegalTransition"_s);
        QVERIFY(!refused.message.isEmpty());

        // Events arrive, live, in order; the snapshot follows them.
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 6, 10000);
        QStringList types;
        for (const QList<QVariant> &e : events) {
            types << e.at(0).value<QueueEvent>().type;
            QCOMPARE(e.at(1).toBool(), false);
        }
        QCOMPARE(types,
            (QStringList {u"ticket.issued"_s, u"ticket.issued"_s, u"counter.opened"_s,
                u"ticket.called"_s, u"ticket.started"_s, u"ticket.transferred"_s}));
        QTRY_VERIFY_WITH_TIMEOUT(link->snapshot() && link->snapshot()->lastEventSeq == 6, 10000);
        const QueueSnapshot &s = *link->snapshot();
        QCOMPARE(s.queues.at(0).serviceCode, u"A"_s);
        QCOMPARE(s.queues.at(0).waiting.size(), 1);
        QCOMPARE(s.queues.at(0).waiting.first().number, u"B002"_s);
        QCOMPARE(s.queues.at(1).waiting.size(), 1);
        QCOMPARE(s.queues.at(1).waiting.first().number, u"B001"_s);
        QCOMPARE(s.recentCalls.first().ticketNumber, u"B002"_s);
    }
};

QTEST_GUILESS_MAIN(TestQueueLink)
#include "tst_queuelink.moc"
