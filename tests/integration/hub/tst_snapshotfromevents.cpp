// A screen follows the queue from the events alone (QueueSnapshot::applied, with what each live
// event left behind: QueueEvent::after), and the picture it keeps must be the hub's own: after
// every command of a busy morning, the snapshot built from the events is compared with a fresh
// snapshot from the same real hub. And QueueLink asks for a whole snapshot only when it must.
#include <hub/branchhub.h>
#include <hub/devicestore.h>
#include <hub/hubserver.h>
#include <queue/queuemanager.h>
#include <queuelink/hubclient.h>
#include <queuelink/queuelink.h>
#include <queuemodel/queuesnapshot.h>
#include <seatedstaff.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

// The picture without the moment it was taken: the hub's "at" is when it read, a follower's is
// its last event's time.
QByteArray picture(const QueueSnapshot &s)
{
    QJsonObject json = s.toJson();
    json.remove(u"at"_s);
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

// A QueueLink as RemoteQueueLink is, over the real HubClient, that counts the snapshots it asks
// for: the round trips this work removes.
class CountingLink : public QueueLink
{
public:
    CountingLink(const QUrl &url, const QString &token) : m_client(url, token)
    {
        m_client.setBackoff(50, 200);
        connect(&m_client, &HubClient::snapshotReceived, this, [this](const QJsonObject &json) {
            if (const auto s = QueueSnapshot::fromJson(json))
                setSnapshot(*s);
        });
        connect(&m_client, &HubClient::eventReceived, this,
            [this](const QJsonObject &event, qint64, bool replay) { handleEvent(event, replay); });
    }
    HubClient &client() { return m_client; }
    int snapshotsAsked = 0;

    State state() const override
    {
        return m_client.state() == HubClient::State::Ready ? State::Online : State::Connecting;
    }
    void command(const QString &type, const QJsonObject &params, RawDone done) override
    {
        if (type == u"snapshot"_s)
            ++snapshotsAsked;
        m_client.send(type, params, std::move(done));
    }

private:
    HubClient m_client;
};

} // namespace

#define STEP(...) \
    do { \
        step(__VA_ARGS__); \
        if (QTest::currentTestFailed()) \
            return; \
    } while (false)

class TestSnapshotFromEvents : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<BranchHub> m_hub;
    std::unique_ptr<HubClient> m_staff; // sends the commands (a supervisor's PC may do all)
    std::optional<QueueSnapshot> m_follower; // built from its first snapshot and the events only
    QStringList m_notApplied; // events applied() refused, with why
    std::unique_ptr<HubClient> m_watcher; // a board: takes its snapshot, then follows events

    QJsonObject ask(const QString &type, const QJsonObject &params = {})
    {
        std::optional<QJsonObject> reply;
        m_staff->send(type, params, [&](const QJsonObject &r) { reply = r; });
        if (!QTest::qWaitFor([&] { return reply.has_value(); }, 10000))
            return {};
        return *reply;
    }

    QueueSnapshot hubSnapshot()
    {
        return QueueSnapshot::fromJson(ask(u"snapshot"_s).value(u"snapshot"_s).toObject())
            .value_or(QueueSnapshot {});
    }

    // One command; then the follower must have applied its events and show what the hub shows.
    // m_ticket: the reply's ticket id, if any. Use through STEP, which stops the test at a failure.
    void step(const QString &type, const QJsonObject &params, const char *what)
    {
        const QJsonObject reply = ask(type, params);
        QVERIFY2(reply.value(u"ok"_s).toBool(),
            qPrintable(QString::fromUtf8(what) + u": "_s
                + QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact))));
        m_ticket = reply.value(u"ticket"_s).toObject().value(u"id"_s).toString();
        const qint64 seq = reply.value(u"eventSeq"_s).toInteger();
        QTRY_VERIFY2_WITH_TIMEOUT(
            m_follower && m_follower->lastEventSeq >= seq && m_notApplied.isEmpty(),
            qPrintable(QString::fromUtf8(what) + u": not applied: "_s + m_notApplied.join(u"; "_s)),
            10000);
        const QueueSnapshot fromHub = hubSnapshot();
        QCOMPARE(fromHub.lastEventSeq, m_follower->lastEventSeq);
        if (picture(*m_follower) != picture(fromHub))
            qWarning("after %s:\nfrom events: %s\nfrom the hub: %s", what,
                picture(*m_follower).constData(), picture(fromHub).constData());
        QCOMPARE(picture(*m_follower), picture(fromHub));
    }
    QString m_ticket;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        BranchHub::Options options;
        options.databasePath = m_dir.filePath(
            u"branch-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        options.queue.openAllDay = true; // the test runs at any hour with the real clock
        options.queue.recallPauseSeconds = 0; // recall at once
        options.queue.maxRecalls = 1; // the second recall is an automatic no-show
        StorageError error;
        m_hub = BranchHub::open(options, &error);
        QVERIFY2(m_hub, qPrintable(error.detail));
        QVERIFY(m_hub->listen(QHostAddress::LocalHost, 0));
        const QUrl url(m_hub->server()->url());
        const auto staff = m_hub->devices().pair(Device::Role::Supervisor, u"Supervisor PC"_s, 0);
        QVERIFY(staff);
        // A supervisor is logged in there (tests/support/staff): this test is about the queue.
        QString why;
        QVERIFY2(test::seatStaff(m_hub->database(), staff->device.id, StaffRole::Supervisor, &why),
            qPrintable(why));
        m_staff = std::make_unique<HubClient>(url, staff->token);
        m_staff->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_staff->state(), HubClient::State::Ready, 10000);

        const auto board = m_hub->devices().pair(Device::Role::Display, u"Board"_s, 0);
        QVERIFY(board);
        m_watcher = std::make_unique<HubClient>(url, board->token);
        m_follower.reset();
        m_notApplied.clear();
        connect(m_watcher.get(), &HubClient::snapshotReceived, this,
            [this](const QJsonObject &json) { m_follower = QueueSnapshot::fromJson(json); });
        connect(m_watcher.get(), &HubClient::eventReceived, this,
            [this](const QJsonObject &json, qint64 seq, bool) {
                const auto event = QueueEvent::fromJson(json);
                const auto next = event && m_follower ? m_follower->applied(*event) : std::nullopt;
                if (next)
                    m_follower = next;
                else
                    m_notApplied << QString::number(seq) + u" "_s
                            + QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))
                            + u" to a snapshot at "_s
                            + QString::number(m_follower ? m_follower->lastEventSeq : -1);
            });
        m_watcher->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_follower.has_value(), 10000);
        // Subscribed too (Ready comes with the subscribe's reply): an event committed between the
        // snapshot and the subscription would come as a replay, which carries no "after" and is
        // for a screen to answer with a snapshot, not what this test follows.
        QTRY_COMPARE_WITH_TIMEOUT(m_watcher->state(), HubClient::State::Ready, 10000);
    }

    void cleanup()
    {
        m_watcher.reset();
        m_staff.reset();
        m_hub.reset();
    }

    // Every kind of event a command makes, the queue order with priority classes and a transfer
    // into the middle of another queue, more calls than the recent-call list holds.
    void followerMatchesHubAfterEveryCommand()
    {
        const auto issue = [](const QString &service, const QString &priority) {
            return QJsonObject {{u"service"_s, service}, {u"priority"_s, priority}};
        };
        const QJsonObject at3 {{u"counter"_s, 3}};
        const auto held = [](const QString &ticket) {
            return QJsonObject {{u"counter"_s, 3}, {u"ticket"_s, ticket}};
        };
        const QString issued = u"issueTicket"_s;

        STEP(issued, issue(u"B"_s, u"normal"_s), "issueTicket");
        STEP(issued, issue(u"B"_s, u"normal"_s), "issueTicket");
        STEP(issued, issue(u"B"_s, u"elderly"_s), "issueTicket (before both normal ones)");
        STEP(issued, issue(u"A"_s, u"normal"_s), "issueTicket");
        const QString a1 = m_ticket;
        STEP(issued, issue(u"A"_s, u"disabledOrPregnant"_s), "issueTicket");
        STEP(u"openCounter"_s, QJsonObject({{u"counter"_s, 3}, {u"services"_s, QJsonArray {u"B"_s}}}),
            "openCounter");
        STEP(u"callNext"_s, at3, "callNext (the elderly B003)");
        const QString b3 = m_ticket;
        STEP(u"recall"_s, held(b3), "recall");
        STEP(u"startService"_s, held(b3), "startService");
        // Into A's queue with its old arrival: behind the priority ticket, before A001.
        STEP(u"transfer"_s,
            QJsonObject({{u"counter"_s, 3}, {u"ticket"_s, b3}, {u"toService"_s, u"A"_s}}),
            "transfer");
        STEP(u"callNext"_s, at3, "callNext (B001)");
        const QString b1 = m_ticket;
        STEP(u"park"_s, held(b1), "park");
        STEP(u"returnToQueue"_s, QJsonObject({{u"ticket"_s, b1}}), "returnToQueue");
        STEP(u"changePriority"_s, QJsonObject({{u"ticket"_s, a1}, {u"priority"_s, u"elderly"_s}}),
            "changePriority");
        STEP(u"cancel"_s, QJsonObject({{u"ticket"_s, a1}}), "cancel");
        STEP(u"callNext"_s, at3, "callNext");
        STEP(u"markNoShow"_s, held(m_ticket), "markNoShow");
        STEP(u"callNext"_s, at3, "callNext");
        const QString again = m_ticket;
        STEP(u"recall"_s, held(again), "recall");
        STEP(u"recall"_s, held(again), "recall beyond maxRecalls: an automatic no-show");
        STEP(u"pauseCounter"_s, QJsonObject({{u"counter"_s, 3}, {u"reason"_s, u"break"_s}}),
            "pauseCounter");
        STEP(u"openCounter"_s, at3, "openCounter (resumed)");
        STEP(u"setCallProfile"_s,
            QJsonObject(
                {{u"counter"_s, 3}, {u"mode"_s, u"ratio"_s}, {u"normalCallsPerPriority"_s, 3}}),
            "setCallProfile");
        // More calls than the board's list holds: the oldest drop off.
        for (int i = 0; i < QueueSnapshot::maxRecentCalls + 1; ++i) {
            STEP(issued, issue(u"B"_s, i % 3 == 0 ? u"elderly"_s : u"normal"_s), "issueTicket");
            STEP(u"callNext"_s, at3, "callNext");
            const QString t = m_ticket;
            STEP(u"startService"_s, held(t), "startService");
            STEP(u"finishService"_s, held(t), "finishService");
        }
        // A waiting ticket moved by the supervisor: out of B's queue into A's, by its arrival.
        STEP(issued, issue(u"B"_s, u"normal"_s), "issueTicket");
        STEP(u"moveTicket"_s, QJsonObject({{u"ticket"_s, m_ticket}, {u"toService"_s, u"A"_s}}),
            "moveTicket");
        STEP(u"closeCounter"_s, at3, "closeCounter");
        QCOMPARE(m_follower->recentCalls.size(), QueueSnapshot::maxRecentCalls);
    }

    // What a screen cannot apply is refused, so it takes a snapshot instead of drawing a guess.
    void refusesWhatItCannotApply()
    {
        STEP(u"issueTicket"_s, QJsonObject({{u"service"_s, u"A"_s}}), "issueTicket");
        const QueueSnapshot before = *m_follower;
        STEP(u"issueTicket"_s, QJsonObject({{u"service"_s, u"A"_s}}), "issueTicket");
        const QueueSnapshot after = *m_follower;

        // The event as a replay gives it: from the event table, without "after".
        const QList<QueueEvent> stored = m_hub->queue().eventsSince(before.lastEventSeq, 1);
        QCOMPARE(stored.size(), 1);
        QVERIFY(stored.first().after.isEmpty());
        QVERIFY(!before.applied(stored.first()));

        // With what it left behind it applies; with a seq gap, on another business day, of an
        // unknown type or with a place beyond the queue's end it does not.
        QueueEvent live = stored.first();
        live.after.ticket = after.queues.first().waiting.last();
        live.after.position = int(after.queues.first().waiting.size()) - 1;
        QVERIFY(before.applied(live));
        QCOMPARE(picture(*before.applied(live)), picture(after));
        QueueEvent gap = live;
        gap.seq += 1;
        QVERIFY(!before.applied(gap));
        QueueEvent nextDay = live;
        nextDay.businessDay = u"2099-01-01"_s;
        QVERIFY(!before.applied(nextDay));
        QueueEvent unknown = live;
        unknown.type = u"ticket.teleported"_s;
        QVERIFY(!before.applied(unknown));
        QueueEvent beyond = live;
        beyond.after.position = int(after.queues.first().waiting.size()) + 1;
        QVERIFY(!before.applied(beyond));
    }

    // QueueLink keeps its snapshot from the events: no snapshot request per event; one after a
    // replay (replayed events carry no "after"), and then it matches the hub again.
    void queueLinkAsksForSnapshotsOnlyWhenItMust()
    {
        const auto counter = m_hub->devices().pair(Device::Role::Counter, u"Counter 3 PC"_s, 3);
        QVERIFY(counter);
        QVERIFY(test::seatStaff(m_hub->database(), counter->device.id));
        CountingLink link(QUrl(m_hub->server()->url()), counter->token);
        link.client().start();
        QTRY_VERIFY_WITH_TIMEOUT(link.snapshot().has_value(), 10000);
        QCOMPARE(link.snapshotsAsked, 0); // the first one comes with connecting (HubClient)

        STEP(u"openCounter"_s, QJsonObject({{u"counter"_s, 3}}), "openCounter");
        STEP(u"issueTicket"_s, QJsonObject({{u"service"_s, u"B"_s}}), "issueTicket");
        STEP(u"callNext"_s, QJsonObject({{u"counter"_s, 3}}), "callNext");
        const QString t = m_ticket;
        QTRY_COMPARE_WITH_TIMEOUT(link.snapshot()->lastEventSeq, m_follower->lastEventSeq, 10000);
        QCOMPARE(picture(*link.snapshot()), picture(hubSnapshot()));
        QCOMPARE(link.snapshotsAsked, 0);

        // Away while two things happen; back, the hub replays them.
        link.client().stop();
        STEP(u"issueTicket"_s, QJsonObject({{u"service"_s, u"A"_s}}), "issueTicket while away");
        STEP(u"startService"_s, QJsonObject({{u"counter"_s, 3}, {u"ticket"_s, t}}),
            "startService while away");
        link.client().start();
        QTRY_COMPARE_WITH_TIMEOUT(link.snapshotsAsked, 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(link.snapshot()->lastEventSeq, m_follower->lastEventSeq, 10000);
        QCOMPARE(picture(*link.snapshot()), picture(hubSnapshot()));

        // Live again: applied, not fetched.
        STEP(u"finishService"_s, QJsonObject({{u"counter"_s, 3}, {u"ticket"_s, t}}),
            "finishService");
        QTRY_COMPARE_WITH_TIMEOUT(link.snapshot()->lastEventSeq, m_follower->lastEventSeq, 10000);
        QCOMPARE(picture(*link.snapshot()), picture(hubSnapshot()));
        QCOMPARE(link.snapshotsAsked, 1);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotFromEvents)
#include "tst_snapshotfromevents.moc"
