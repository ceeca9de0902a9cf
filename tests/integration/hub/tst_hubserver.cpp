// The branch hub over real WebSockets on loopback: pairing, the queue commands from several
// devices at once, pushed events, idempotent retries, reconnect without duplicates, and bad input.
#include <QTranslator>
#include <domain/translatabletext.h>
#include <hub/branchhub.h>
#include <hub/devicestore.h>
#include <hub/hubserver.h>
#include <hub/staffsessions.h>
#include <i18n/translation.h>
#include <queue/queuemanager.h>
#include <queuelink/hubclient.h>
#include <seatedstaff.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include "rawpeer.h"
#include "rawtcppeer.h"

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

// The hub's log lines (category saduak.hub) that name `needle`, while a test installs this.
QStringList g_hubLog;
QtMessageHandler g_previousHandler = nullptr;
void collectHubLog(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (context.category && QByteArray(context.category) == "saduak.hub")
        g_hubLog.append(text);
    if (g_previousHandler)
        g_previousHandler(type, context, text);
}

QJsonObject helloWith(const QString &token, const QString &id = u"h1"_s)
{
    return {{u"type"_s, u"hello"_s}, {u"id"_s, id}, {u"protocols"_s, QJsonArray {1}},
        {u"token"_s, token}};
}

QString ticketNumber(const QJsonObject &reply)
{
    return reply.value(u"ticket"_s).toObject().value(u"number"_s).toString();
}

} // namespace

class TestHubServer : public QObject
{
    Q_OBJECT

    // A counter PC is paired with its counter (counterNumber), as saduak-hub pair-device does,
    // and an officer is logged in at a counter or supervisor PC (tests/support/staff): these
    // tests are about the protocol, not the log-in.
    QString pair(Device::Role role, const QString &name, int counterNumber = 0)
    {
        QString why;
        const auto p = m_hub->devices().pair(role, name, counterNumber, &why);
        if (!p)
            qFatal("pairing failed: %s", qPrintable(why));
        if ((role == Device::Role::Counter || role == Device::Role::Supervisor)
            && !test::seatStaff(m_hub->database(), p->device.id,
                role == Device::Role::Supervisor ? StaffRole::Supervisor : StaffRole::Counter,
                &why))
            qFatal("seating failed: %s", qPrintable(why));
        return p->token;
    }

    // Sends through a HubClient and waits for the answer.
    QJsonObject command(HubClient &client, const QString &type, const QJsonObject &params)
    {
        QJsonObject answer;
        client.send(type, params, [&answer](const QJsonObject &r) { answer = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!answer.isEmpty(), 5000); }();
        return answer;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        BranchHub::Options options;
        options.databasePath = m_dir->filePath(u"branch.sqlite"_s);
        options.queue.openAllDay = true; // the test runs at any hour with the real clock
        StorageError error;
        m_hub = BranchHub::open(options, &error);
        QVERIFY2(m_hub, qPrintable(error.detail));
        QString why;
        QVERIFY2(m_hub->listen(QHostAddress::LocalHost, 0, &why), qPrintable(why));
        QVERIFY(m_hub->server()->port() != 0);
    }

    void cleanup()
    {
        m_hub.reset();
        m_dir.reset();
    }

    void refusesCommandsBeforeHelloAndUnknownTokens()
    {
        RawPeer peer(m_hub->server()->url());
        QVERIFY(peer.waitConnected());
        peer.send({{u"type"_s, u"issueTicket"_s}, {u"id"_s, u"x1"_s}, {u"service"_s, u"A"_s}});
        QCOMPARE(peer.answer(u"x1"_s).value(u"code"_s).toString(), u"unauthorized"_s);

        HubClient stranger(QUrl(m_hub->server()->url()), u"not-a-token"_s);
        QSignalSpy states(&stranger, &HubClient::stateChanged);
        stranger.start();
        QTRY_COMPARE(stranger.state(), HubClient::State::Refused);
        QVERIFY(!stranger.lastError().isEmpty());
        // The refusal travels untranslated too, so the device says it in its own language.
        const QJsonObject text = peer.answer(u"x1"_s).value(u"text"_s).toObject();
        QCOMPARE(text.value(u"source"_s).toString(), u"Say hello with a pairing token first."_s);
        const QString english = stranger.lastError();
        const Language before = installedLanguage();
        QTranslator thai;
        QVERIFY(loadTranslation(thai, Language::Thai));
        QCoreApplication::installTranslator(&thai);
        setInstalledLanguage(Language::Thai);
        const QString inThai = stranger.lastError();
        QCoreApplication::removeTranslator(&thai);
        setInstalledLanguage(before);
        QVERIFY2(inThai != english && !inThai.isEmpty(), qPrintable(inThai));
        QCOMPARE(m_hub->queue().lastEventSeq(), 0); // nothing happened
    }

    void devicesServeAMorningTogether()
    {
        HubClient kiosk(QUrl(m_hub->server()->url()), pair(Device::Role::Kiosk, u"Kiosk 1"_s));
        HubClient counter(
            QUrl(m_hub->server()->url()), pair(Device::Role::Counter, u"Counter 1"_s, 1));
        HubClient display(QUrl(m_hub->server()->url()), pair(Device::Role::Display, u"Board"_s));
        QList<QJsonObject> shown;
        connect(&display, &HubClient::eventReceived, this,
            [&shown](const QJsonObject &e, qint64, bool) { shown.append(e); });
        for (HubClient *c : {&kiosk, &counter, &display})
            c->start();
        QTRY_COMPARE(display.state(), HubClient::State::Ready);
        QTRY_COMPARE(kiosk.state(), HubClient::State::Ready);
        QTRY_COMPARE(counter.state(), HubClient::State::Ready);

        QCOMPARE(
            ticketNumber(command(kiosk, u"issueTicket"_s, {{u"service"_s, u"A"_s}})), u"A001"_s);
        const QJsonObject second = command(kiosk, u"issueTicket"_s, {{u"service"_s, u"A"_s}});
        QCOMPARE(ticketNumber(second), u"A002"_s);
        QVERIFY(command(counter, u"openCounter"_s, {{u"counter"_s, 1}}).value(u"ok"_s).toBool());
        const QJsonObject called = command(counter, u"callNext"_s, {{u"counter"_s, 1}});
        QCOMPARE(ticketNumber(called), u"A001"_s);
        const QString ticketId = called.value(u"ticket"_s).toObject().value(u"id"_s).toString();
        QVERIFY(command(counter, u"startService"_s, {{u"counter"_s, 1}, {u"ticket"_s, ticketId}})
                    .value(u"ok"_s)
                    .toBool());
        QVERIFY(command(counter, u"finishService"_s, {{u"counter"_s, 1}, {u"ticket"_s, ticketId}})
                    .value(u"ok"_s)
                    .toBool());

        // The display saw every event, in order, without asking.
        QTRY_COMPARE(shown.size(), 6);
        QStringList types;
        for (const QJsonObject &e : shown)
            types << e.value(u"type"_s).toString();
        QCOMPARE(types,
            (QStringList {u"ticket.issued"_s, u"ticket.issued"_s, u"counter.opened"_s,
                u"ticket.called"_s, u"ticket.started"_s, u"ticket.finished"_s}));

        // Roles: a display may not call, a kiosk may not finish.
        QCOMPARE(command(display, u"callNext"_s, {{u"counter"_s, 1}}).value(u"code"_s).toString(),
            u"forbidden"_s);
        QCOMPARE(command(kiosk, u"callNext"_s, {{u"counter"_s, 1}}).value(u"code"_s).toString(),
            u"forbidden"_s);
        // Without a counter to claim, it is the device's role alone that refuses: a board does
        // not issue, a kiosk does not cancel the ticket still waiting — and nothing happens.
        const qint64 seqBefore = m_hub->queue().lastEventSeq();
        QCOMPARE(command(display, u"issueTicket"_s, {{u"service"_s, u"A"_s}})
                     .value(u"code"_s)
                     .toString(),
            u"forbidden"_s);
        QCOMPARE(command(kiosk, u"cancel"_s,
                     {{u"ticket"_s, second.value(u"ticket"_s).toObject().value(u"id"_s)}})
                     .value(u"code"_s)
                     .toString(),
            u"forbidden"_s);
        QCOMPARE(m_hub->queue().lastEventSeq(), seqBefore);
        // A queue rule refused over the wire keeps its code and a message for the person.
        const QJsonObject refused
            = command(counter, u"finishService"_s, {{u"counter"_s, 1}, {u"ticket"_s, ticketId}});
        QCOMPARE(refused.value(u"type"_s).toString(), u"error"_s);
        QCOMPARE(refused.value(u"code"_s).toString(), u"illegalTransition"_s);
        QVERIFY(!refused.value(u"message"_s).toString().isEmpty());
    }

    // The person check of the real hub, from its staff sessions: a counter PC where nobody is
    // logged in is refused what needs a person, nothing happens, and the refusal is audited; the
    // day's figures need nobody. With an officer logged in there it serves; once the session
    // ends it is refused again at once (the hub asks who is logged in for every command).
    void aCounterPcServesOnlyWhileSomebodyIsLoggedIn()
    {
        QString why;
        const auto paired = m_hub->devices().pair(Device::Role::Counter, u"Counter 1"_s, 1, &why);
        QVERIFY2(paired, qPrintable(why));
        RawPeer counter(m_hub->server()->url());
        QVERIFY(counter.waitConnected());
        QVERIFY(counter.hello(paired->token));

        counter.send({{u"type"_s, u"openCounter"_s}, {u"id"_s, u"o1"_s}, {u"counter"_s, 1}});
        const QJsonObject refused = counter.answer(u"o1"_s);
        QCOMPARE(refused.value(u"code"_s).toString(), u"notLoggedIn"_s);
        QVERIFY(!refused.value(u"message"_s).toString().isEmpty());
        QCOMPARE(m_hub->queue().lastEventSeq(), 0);
        counter.send({{u"type"_s, u"statistics"_s}, {u"id"_s, u"s1"_s}});
        QVERIFY(counter.answer(u"s1"_s).value(u"ok"_s).toBool());
        // The refusal is an audit row for central, written after the command's turn.
        const auto audited = [this](const QString &deviceId) {
            QSqlQuery q(m_hub->database().connection());
            q.exec(u"SELECT payload FROM outbox WHERE kind = 'staff.audit'"_s);
            while (q.next()) {
                const QJsonObject row = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
                if (row.value(u"action"_s).toString() == u"commandRefused"_s
                    && row.value(u"device"_s).toString() == deviceId
                    && row.value(u"command"_s).toString() == u"openCounter"_s
                    && row.value(u"code"_s).toString() == u"notLoggedIn"_s)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(audited(paired->device.id), 5000);

        QVERIFY2(test::seatStaff(m_hub->database(), paired->device.id, StaffRole::Counter, &why),
            qPrintable(why));
        counter.send({{u"type"_s, u"openCounter"_s}, {u"id"_s, u"o2"_s}, {u"counter"_s, 1}});
        QVERIFY(counter.answer(u"o2"_s).value(u"ok"_s).toBool());
        QCOMPARE(m_hub->queue().lastEventSeq(), 1);

        QVERIFY2(StaffSessions(m_hub->database()).end(paired->device.id, &why), qPrintable(why));
        counter.send({{u"type"_s, u"closeCounter"_s}, {u"id"_s, u"c1"_s}, {u"counter"_s, 1}});
        QCOMPARE(counter.answer(u"c1"_s).value(u"code"_s).toString(), u"notLoggedIn"_s);
        QCOMPARE(m_hub->queue().lastEventSeq(), 1);
    }

    void retryWithTheSameIdIssuesOnce()
    {
        RawPeer kiosk(m_hub->server()->url());
        QVERIFY(kiosk.waitConnected());
        QVERIFY(kiosk.hello(pair(Device::Role::Kiosk, u"Kiosk 1"_s)));
        const QJsonObject issue {
            {u"type"_s, u"issueTicket"_s}, {u"id"_s, u"r-1"_s}, {u"service"_s, u"B"_s}};
        kiosk.send(issue);
        const QJsonObject first = kiosk.answer(u"r-1"_s);
        QCOMPARE(ticketNumber(first), u"B001"_s);
        const qint64 seqAfterFirst = m_hub->queue().lastEventSeq();

        // The same message again, as after a lost acknowledgement.
        kiosk.received.clear();
        kiosk.send(issue);
        const QJsonObject second = kiosk.answer(u"r-1"_s);
        QCOMPARE(second.value(u"ticket"_s).toObject().value(u"id"_s),
            first.value(u"ticket"_s).toObject().value(u"id"_s));
        QCOMPARE(m_hub->queue().lastEventSeq(), seqAfterFirst);

        // Another device using the same id is another request.
        RawPeer other(m_hub->server()->url());
        QVERIFY(other.waitConnected());
        QVERIFY(other.hello(pair(Device::Role::Kiosk, u"Kiosk 2"_s)));
        other.send(issue);
        QCOMPARE(ticketNumber(other.answer(u"r-1"_s)), u"B002"_s);
    }

    // Commands sent in one go share the hub's commit (group commit), yet each is answered as if
    // alone, a refusal takes nothing of the others with it, every reply comes before the events
    // of its command, and a message of another kind is answered after the commands before it.
    void commandsSentTogetherAreAnsweredEachAsAlone()
    {
        RawPeer counter(m_hub->server()->url());
        QVERIFY(counter.waitConnected());
        QVERIFY(counter.hello(pair(Device::Role::Counter, u"Counter 1"_s, 1)));
        counter.send({{u"type"_s, u"subscribe"_s}, {u"id"_s, u"s1"_s}});
        QVERIFY(counter.answer(u"s1"_s).value(u"ok"_s).toBool());

        const QList<QJsonObject> burst {
            {{u"type"_s, u"openCounter"_s}, {u"id"_s, u"b1"_s}, {u"counter"_s, 1},
                {u"services"_s, QJsonArray {u"A"_s}}},
            {{u"type"_s, u"issueTicket"_s}, {u"id"_s, u"b2"_s}, {u"service"_s, u"A"_s},
                {u"counter"_s, 1}},
            {{u"type"_s, u"finishService"_s}, {u"id"_s, u"b3"_s}, {u"counter"_s, 1},
                {u"ticket"_s, u"no-such-ticket"_s}},
            {{u"type"_s, u"callNext"_s}, {u"id"_s, u"b4"_s}, {u"counter"_s, 1}},
            {{u"type"_s, u"ping"_s}, {u"id"_s, u"b5"_s}},
        };
        for (const QJsonObject &m : burst)
            counter.send(m);
        QVERIFY(counter.answer(u"b5"_s).value(u"ok"_s).toBool());

        QVERIFY(counter.answer(u"b1"_s).value(u"ok"_s).toBool());
        const QJsonObject issued = counter.answer(u"b2"_s);
        QCOMPARE(ticketNumber(issued), u"A001"_s);
        QCOMPARE(counter.answer(u"b3"_s).value(u"code"_s).toString(), u"ticketNotFound"_s);
        const QJsonObject called = counter.answer(u"b4"_s);
        QCOMPARE(ticketNumber(called), u"A001"_s);
        QCOMPARE(called.value(u"ticket"_s).toObject().value(u"state"_s).toString(), u"called"_s);
        const QString ticketId = issued.value(u"ticket"_s).toObject().value(u"id"_s).toString();
        QCOMPARE(m_hub->queue().ticket(ticketId)->state, TicketState::Called);

        // In the order received: each reply before its event, the ping after every command.
        auto indexOf = [&](const std::function<bool(const QJsonObject &)> &is) {
            for (qsizetype i = 0; i < counter.received.size(); ++i)
                if (is(counter.received.at(i)))
                    return i;
            return qsizetype(-1);
        };
        auto replyTo = [&](const QString &id) {
            return indexOf([&](const QJsonObject &m) { return m.value(u"re"_s).toString() == id; });
        };
        QTRY_COMPARE(counter.lastOfType(u"event"_s).value(u"seq"_s).toInteger(),
            called.value(u"eventSeq"_s).toInteger());
        for (const QString &id : {u"b1"_s, u"b2"_s, u"b4"_s}) {
            const qint64 seq = counter.answer(id).value(u"eventSeq"_s).toInteger();
            const qsizetype reply = replyTo(id);
            const qsizetype event = indexOf([&](const QJsonObject &m) {
                return m.value(u"type"_s).toString() == u"event"_s
                    && m.value(u"seq"_s).toInteger() == seq;
            });
            QVERIFY2(reply >= 0 && event > reply, qPrintable(id));
        }
        for (const QString &id : {u"b1"_s, u"b2"_s, u"b3"_s, u"b4"_s})
            QVERIFY2(replyTo(id) < replyTo(u"b5"_s), qPrintable(id));
    }

    void badInputGetsAnErrorNeverACrash_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("garbage") << u"}{ not json"_s << u"badJson"_s;
        QTest::newRow("array") << u"[1,2,3]"_s << u"badJson"_s;
        QTest::newRow("no id") << u"{\"type\":\"ping\"}"_s << u"badRequest"_s;
        QTest::newRow("id is a number") << u"{\"type\":\"ping\",\"id\":7}"_s << u"badRequest"_s;
        QTest::newRow("type is a number") << u"{\"type\":7,\"id\":\"a\"}"_s << u"badRequest"_s;
        QTest::newRow("unknown command")
            << u"{\"type\":\"launchRocket\",\"id\":\"a\"}"_s << u"unknownCommand"_s;
        QTest::newRow("counter as text")
            << u"{\"type\":\"callNext\",\"id\":\"a\",\"counter\":\"1\"}"_s << u"badRequest"_s;
        QTest::newRow("counter negative")
            << u"{\"type\":\"callNext\",\"id\":\"a\",\"counter\":-4}"_s << u"badRequest"_s;
        QTest::newRow("unknown priority")
            << u"{\"type\":\"issueTicket\",\"id\":\"a\",\"service\":\"A\",\"priority\":\"vip\"}"_s
            << u"badRequest"_s;
        QTest::newRow("unknown service")
            << u"{\"type\":\"issueTicket\",\"id\":\"a\",\"service\":\"Z\"}"_s
            << u"serviceNotFound"_s;
        QTest::newRow("too large") << (u"{\"type\":\"ping\",\"id\":\"a\",\"pad\":\""_s
            + QString(100 * 1024, u'x') + u"\"}"_s)
                                   << u"tooLarge"_s;
    }

    void badInputGetsAnErrorNeverACrash()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        RawPeer peer(m_hub->server()->url());
        QVERIFY(peer.waitConnected());
        QVERIFY(peer.hello(pair(Device::Role::Supervisor, u"Office"_s)));
        peer.socket.sendTextMessage(text);
        const QJsonObject error = peer.lastOfType(u"error"_s);
        QCOMPARE(error.value(u"code"_s).toString(), code);
        QVERIFY(!error.value(u"message"_s).toString().isEmpty());
        // Still served afterwards.
        peer.send({{u"type"_s, u"ping"_s}, {u"id"_s, u"p"_s}});
        QVERIFY(peer.answer(u"p"_s).value(u"ok"_s).toBool());
    }

    void hugeFrameClosesOnlyThatConnection()
    {
        RawPeer peer(m_hub->server()->url());
        QVERIFY(peer.waitConnected());
        QSignalSpy closed(&peer.socket, &QWebSocket::disconnected);
        peer.socket.sendTextMessage(QString(2 * 1024 * 1024, u'x'));
        QVERIFY(closed.wait(5000));
        RawPeer next(m_hub->server()->url());
        QVERIFY(next.waitConnected());
        QVERIFY(next.hello(pair(Device::Role::Display, u"Board"_s)));
    }

    void reconnectsAndResynchronisesWithoutDuplicates()
    {
        HubClient display(QUrl(m_hub->server()->url()), pair(Device::Role::Display, u"Board"_s));
        display.setBackoff(10, 50);
        QList<qint64> seqs;
        QList<bool> replays;
        connect(&display, &HubClient::eventReceived, this,
            [&](const QJsonObject &, qint64 seq, bool replay) {
                seqs.append(seq);
                replays.append(replay);
            });
        display.start();
        QTRY_COMPARE(display.state(), HubClient::State::Ready);
        m_hub->queue().issueTicket(u"A"_s);
        QTRY_COMPARE(seqs.size(), 1);

        // The LAN drops: the hub goes away while tickets are issued, then comes back.
        const quint16 port = m_hub->server()->port();
        m_hub.reset();
        QTRY_COMPARE(display.state(), HubClient::State::Reconnecting);
        BranchHub::Options options;
        options.databasePath = m_dir->filePath(u"branch.sqlite"_s);
        options.queue.openAllDay = true; // the test runs at any hour with the real clock
        StorageError error;
        m_hub = BranchHub::open(options, &error);
        QVERIFY(m_hub);
        m_hub->queue().issueTicket(u"A"_s);
        m_hub->queue().issueTicket(u"A"_s);
        QString why;
        QVERIFY2(m_hub->listen(QHostAddress::LocalHost, port, &why), qPrintable(why));

        QTRY_COMPARE_WITH_TIMEOUT(display.state(), HubClient::State::Ready, 10000);
        QTRY_COMPARE(seqs.size(), 3);
        QCOMPARE(seqs, (QList<qint64> {1, 2, 3}));
        // What happened while away is marked as replay, so the board does not announce it.
        QCOMPARE(replays, (QList<bool> {false, true, true}));
        m_hub->queue().issueTicket(u"A"_s);
        QTRY_COMPARE(seqs.size(), 4);
        QCOMPARE(replays.last(), false);
    }

    void commandSentWhileAwayRunsOnceWhenBack()
    {
        HubClient kiosk(QUrl(m_hub->server()->url()), pair(Device::Role::Kiosk, u"Kiosk"_s));
        kiosk.setBackoff(10, 50);
        kiosk.start();
        QTRY_COMPARE(kiosk.state(), HubClient::State::Ready);
        const quint16 port = m_hub->server()->port();
        m_hub.reset();
        QTRY_COMPARE(kiosk.state(), HubClient::State::Reconnecting);

        QJsonObject answer;
        kiosk.send(
            u"issueTicket"_s, {{u"service"_s, u"C"_s}}, [&](const QJsonObject &r) { answer = r; });
        QCOMPARE(kiosk.pendingCount(), 1);

        BranchHub::Options options;
        options.databasePath = m_dir->filePath(u"branch.sqlite"_s);
        options.queue.openAllDay = true; // the test runs at any hour with the real clock
        StorageError error;
        m_hub = BranchHub::open(options, &error);
        QVERIFY(m_hub);
        QVERIFY(m_hub->listen(QHostAddress::LocalHost, port));
        QTRY_VERIFY_WITH_TIMEOUT(!answer.isEmpty(), 10000);
        QCOMPARE(ticketNumber(answer), u"C001"_s);
        QCOMPARE(kiosk.pendingCount(), 0);
        QCOMPARE(m_hub->queue().snapshot()->queues.at(2).waiting.size(), 1);
    }

    // A peer that has not said hello has nothing to get wrong many times: a few error replies,
    // then the connection is closed, so a flood of bad bytes cannot make the hub write a flood.
    void malformedMessagesBeforeHelloGetAFewRepliesThenClose()
    {
        RawPeer peer(m_hub->server()->url());
        QVERIFY(peer.waitConnected());
        QSignalSpy closed(&peer.socket, &QWebSocket::disconnected);
        for (int i = 0; i < 20; ++i)
            peer.socket.sendTextMessage(u"x"_s);
        QVERIFY(closed.wait(5000));
        QCOMPARE(peer.socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        QCOMPARE(peer.received.size(), m_hub->server()->limits().maxErrorsBeforeHello);
        QCOMPARE(peer.received.last().value(u"code"_s).toString(), u"badJson"_s);
    }

    // Unfinished fragments before hello cannot hold more than a hello's worth of the hub's memory;
    // after hello a device may send the protocol's full message size.
    void unfinishedMessageBeforeHelloIsSmall()
    {
        const QString big(16 * 1024, u'x'); // over 4 KiB, in 1 KiB fragments
        RawPeer stranger(m_hub->server()->url());
        QVERIFY(stranger.waitConnected());
        stranger.socket.setOutgoingFrameSize(1024);
        QSignalSpy closed(&stranger.socket, &QWebSocket::disconnected);
        stranger.socket.sendTextMessage(big);
        QVERIFY(closed.wait(5000));
        QCOMPARE(stranger.socket.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);

        RawPeer device(m_hub->server()->url());
        QVERIFY(device.waitConnected());
        QVERIFY(device.hello(pair(Device::Role::Display, u"Board"_s)));
        device.socket.setOutgoingFrameSize(1024);
        device.socket.sendTextMessage(big);
        QCOMPARE(device.lastOfType(u"error"_s).value(u"code"_s).toString(), u"badJson"_s);
        QCOMPARE(device.socket.state(), QAbstractSocket::ConnectedState);
    }

    // A connection that does not complete hello in time is closed, however it trickles (pings do
    // not extend it: the time counts from connect); a device that said hello stays.
    void silentConnectionsCloseAtTheHelloTimeout()
    {
        HubLimits limits = m_hub->server()->limits();
        limits.helloTimeoutMs = 300;
        m_hub->server()->setLimits(limits);
        HubClient board(QUrl(m_hub->server()->url()), pair(Device::Role::Display, u"Board"_s));
        board.start();
        QTRY_COMPARE(board.state(), HubClient::State::Ready);

        QTcpSocket noHandshake; // not even the WebSocket upgrade
        noHandshake.connectToHost(QHostAddress::LocalHost, m_hub->server()->port());
        QVERIFY(noHandshake.waitForConnected(5000));
        RawPeer silent(m_hub->server()->url());
        QVERIFY(silent.waitConnected());
        RawPeer trickle(m_hub->server()->url());
        QVERIFY(trickle.waitConnected());
        QObject::connect(&trickle.socket, &QWebSocket::pong, &trickle.socket,
            [&trickle] { trickle.socket.ping(); });
        trickle.socket.ping();
        QTRY_COMPARE_WITH_TIMEOUT(silent.socket.state(), QAbstractSocket::UnconnectedState, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(trickle.socket.state(), QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(int(silent.socket.closeCode()), HubServer::kCloseNoHello);
        QTRY_COMPARE_WITH_TIMEOUT(noHandshake.state(), QAbstractSocket::UnconnectedState, 10000);
        QCOMPARE(int(trickle.socket.closeCode()), HubServer::kCloseNoHello);
        QVERIFY(!silent.socket.closeReason().isEmpty());
        QCOMPARE(board.state(), HubClient::State::Ready);
        QCOMPARE(m_hub->server()->clientCount(), 1);
    }

    // The hub pings quiet devices: one that answers (every WebSocket client does by itself) stays
    // however long it says nothing; one that stopped reading is closed after the idle timeout.
    void quietDeviceStaysWhileADeadOneIsClosed()
    {
        HubLimits limits = m_hub->server()->limits();
        limits.pingIntervalMs = 100;
        limits.idleTimeoutMs = 500;
        limits.closeGraceMs = 100;
        m_hub->server()->setLimits(limits);

        RawPeer quiet(m_hub->server()->url());
        QVERIFY(quiet.waitConnected());
        QVERIFY(quiet.hello(pair(Device::Role::Display, u"Board"_s)));
        RawTcpPeer dead;
        QVERIFY(dead.open(m_hub->server()->port()));
        dead.send(helloWith(pair(Device::Role::Display, u"Board 2"_s)));
        QCOMPARE(dead.waitFor(u"welcome"_s).value(u"ok"_s).toBool(), true);
        dead.stopReading();
        QCOMPARE(m_hub->server()->clientCount(), 2);

        // Gone from the hub: closed, and cut when it did not finish the close either.
        QTRY_COMPARE_WITH_TIMEOUT(m_hub->server()->clientCount(), 1, 10000);
        QCOMPARE(quiet.socket.state(), QAbstractSocket::ConnectedState);
        quiet.send({{u"type"_s, u"ping"_s}, {u"id"_s, u"p"_s}});
        QVERIFY(quiet.answer(u"p"_s).value(u"ok"_s).toBool());
    }

    // Over the cap a new connection is closed at once with a reason; a paired device waiting to
    // get in connects and opens a counter as soon as a slot is free.
    void overTheCapAConnectionIsRefusedUntilASlotFrees()
    {
        HubLimits limits = m_hub->server()->limits();
        limits.maxConnections = 2;
        m_hub->server()->setLimits(limits);
        auto first = std::make_unique<RawPeer>(m_hub->server()->url());
        RawPeer second(m_hub->server()->url());
        QVERIFY(first->waitConnected() && second.waitConnected());
        QTRY_COMPARE(m_hub->server()->clientCount(), 2);

        RawPeer third(m_hub->server()->url());
        QTRY_COMPARE(int(third.socket.closeCode()), HubServer::kCloseFull);
        QCOMPARE(third.socket.closeReason(), u"The hub is full; try again later."_s);

        HubClient counter(
            QUrl(m_hub->server()->url()), pair(Device::Role::Supervisor, u"Office"_s));
        counter.setBackoff(20, 100);
        QSignalSpy states(&counter, &HubClient::stateChanged);
        counter.start();
        QTRY_VERIFY(states.contains(
            QVariantList {QVariant::fromValue(HubClient::State::Reconnecting)}));
        QVERIFY(counter.state() != HubClient::State::Ready);

        first.reset(); // a slot frees
        QTRY_COMPARE_WITH_TIMEOUT(counter.state(), HubClient::State::Ready, 10000);
        QVERIFY(command(counter, u"openCounter"_s, {{u"counter"_s, 1}}).value(u"ok"_s).toBool());
    }

    // After a few unknown tokens from one address its hellos are refused (tooManyAttempts), good
    // token or not, until the window passes; another address is not affected; the log gets one line
    // when the window opens and one summary when it ends, not one a failure.
    void failedHellosAreThrottledPerAddress()
    {
        HubLimits limits = m_hub->server()->limits();
        limits.maxFailedHellos = 3;
        limits.failedHelloWindowMs = 600'000;
        m_hub->server()->setLimits(limits);
        g_hubLog.clear();
        g_previousHandler = qInstallMessageHandler(collectHubLog);
        const auto restore = qScopeGuard([] { qInstallMessageHandler(g_previousHandler); });

        const QString good = pair(Device::Role::Display, u"Board"_s);
        QStringList codes;
        for (int i = 0; i < 6; ++i) {
            RawPeer guess(m_hub->server()->url());
            QVERIFY(guess.waitConnected());
            guess.send(helloWith(u"guess-"_s + QString::number(i)));
            codes << guess.answer(u"h1"_s).value(u"code"_s).toString();
        }
        QCOMPARE(codes,
            (QStringList {u"unauthorized"_s, u"unauthorized"_s, u"unauthorized"_s,
                u"tooManyAttempts"_s, u"tooManyAttempts"_s, u"tooManyAttempts"_s}));

        RawPeer sameAddress(m_hub->server()->url());
        QVERIFY(sameAddress.waitConnected());
        sameAddress.send(helloWith(good));
        const QJsonObject refused = sameAddress.answer(u"h1"_s);
        QCOMPARE(refused.value(u"code"_s).toString(), u"tooManyAttempts"_s);
        QCOMPARE(refused.value(u"text"_s).toObject().value(u"source"_s).toString(),
            u"Too many failed attempts to connect from this computer. Try again in %1 seconds."_s);
        QTRY_COMPARE(sameAddress.socket.state(), QAbstractSocket::UnconnectedState);

        RawTcpPeer otherAddress;
        QVERIFY(otherAddress.open(m_hub->server()->port(), QHostAddress(u"127.0.0.2"_s)));
        otherAddress.send(helloWith(good));
        QCOMPARE(otherAddress.waitFor(u"welcome"_s).value(u"ok"_s).toBool(), true);

        const auto linesAbout = [] {
            return g_hubLog.filter(u"127.0.0.1"_s).size();
        };
        QCOMPARE(linesAbout(), 1);

        // The window passes: its summary, and the address is served again.
        limits.failedHelloWindowMs = 1;
        m_hub->server()->setLimits(limits);
        QTRY_COMPARE(linesAbout(), 2);
        QVERIFY2(g_hubLog.filter(u"127.0.0.1"_s).last().contains(u"3 with an unknown"_s),
            qPrintable(g_hubLog.join(u'\n')));
        RawPeer again(m_hub->server()->url());
        QVERIFY(again.waitConnected());
        QVERIFY(again.hello(good));
    }

    // The table of addresses with failed hellos holds hub/maxFailedHelloAddresses; a new address
    // past it pushes the oldest out (its summary logged), so many addresses cannot grow the hub's
    // memory: the oldest is a stranger again, the newer ones stay throttled.
    void failedHelloAddressesAreCappedOldestOut()
    {
        HubLimits limits = m_hub->server()->limits();
        limits.maxFailedHellos = 1;
        limits.failedHelloWindowMs = 600'000;
        limits.maxFailedHelloAddresses = 2;
        m_hub->server()->setLimits(limits);
        g_hubLog.clear();
        g_previousHandler = qInstallMessageHandler(collectHubLog);
        const auto restore = qScopeGuard([] { qInstallMessageHandler(g_previousHandler); });

        // The code a bad hello from this loopback address gets.
        const auto helloFrom = [this](const QString &address) {
            RawTcpPeer peer;
            if (!peer.open(m_hub->server()->port(), QHostAddress(address)))
                return u"no connection"_s;
            peer.send(helloWith(u"not-a-token"_s));
            return peer.waitFor(u"error"_s).value(u"code"_s).toString();
        };
        QCOMPARE(helloFrom(u"127.0.0.2"_s), u"unauthorized"_s);
        QCOMPARE(helloFrom(u"127.0.0.2"_s), u"tooManyAttempts"_s); // remembered
        QCOMPARE(helloFrom(u"127.0.0.3"_s), u"unauthorized"_s); // two addresses: the cap
        QCOMPARE(helloFrom(u"127.0.0.4"_s), u"unauthorized"_s); // 127.0.0.2 goes
        QVERIFY2(!g_hubLog.filter(u"hellos from 127.0.0.2"_s).isEmpty(),
            qPrintable(g_hubLog.join(u'\n')));
        QCOMPARE(helloFrom(u"127.0.0.3"_s), u"tooManyAttempts"_s);
        QCOMPARE(helloFrom(u"127.0.0.4"_s), u"tooManyAttempts"_s);
        QCOMPARE(helloFrom(u"127.0.0.2"_s), u"unauthorized"_s); // forgotten: a stranger again
    }

    // A device refused for what others did from its address (tooManyAttempts) is not refused for
    // good, as for a wrong token: it says why meanwhile, and gets in once the window has passed.
    void deviceThrottledForItsAddressGetsInLater()
    {
        HubLimits limits = m_hub->server()->limits();
        limits.maxFailedHellos = 1;
        limits.failedHelloWindowMs = 600'000;
        m_hub->server()->setLimits(limits);
        HubClient stranger(QUrl(m_hub->server()->url()), u"not-a-token"_s);
        stranger.start();
        QTRY_COMPARE(stranger.state(), HubClient::State::Refused);

        HubClient board(QUrl(m_hub->server()->url()), pair(Device::Role::Display, u"Board"_s));
        board.setBackoff(20, 100);
        board.start();
        QTRY_VERIFY(!board.lastError().isEmpty());
        QCOMPARE(board.state(), HubClient::State::Reconnecting);

        limits.failedHelloWindowMs = 1;
        m_hub->server()->setLimits(limits);
        QTRY_COMPARE_WITH_TIMEOUT(board.state(), HubClient::State::Ready, 10000);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<BranchHub> m_hub;
};

QTEST_GUILESS_MAIN(TestHubServer)
#include "tst_hubserver.moc"
