#include <queue/queueresult.h>
#include <queuemodel/queueevent.h>
#include <queuemodel/queuejson.h>
#include <queuemodel/queuesnapshot.h>

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;

// What goes over the LAN protocol comes back the same, and what a peer cannot know is refused
// rather than turned into a default.
class tst_QueueJson : public QObject
{
    Q_OBJECT

private:
    static Ticket sampleTicket()
    {
        Ticket t;
        t.id = u"6f1c2a8e-8d0f-4d1e-9a53-2b7f0f6c1d11"_s;
        t.number = u"A012"_s;
        t.serviceCode = u"B"_s;
        t.priority = PriorityClass::DisabledOrPregnant;
        t.state = TicketState::Serving;
        t.businessDay = u"2026-11-25"_s;
        t.arrivedAtMs = 1'795'000'000'000;
        t.counterNumber = 3;
        t.calledAtMs = 1'795'000'600'000;
        t.recallCount = 2;
        t.bookingReference = u"BK-77"_s;
        return t;
    }

private slots:
    void eventRoundTrip()
    {
        QueueEvent e;
        e.seq = 42;
        e.type = QueueEvent::TicketTransferred.toString();
        e.atMs = 1'795'000'000'123;
        e.businessDay = u"2026-11-25"_s;
        e.ticketId = u"id-1"_s;
        e.ticketNumber = u"A012"_s;
        e.serviceCode = u"B"_s;
        e.counterNumber = 4;
        e.data = QJsonObject {{u"fromService"_s, u"A"_s}, {u"toService"_s, u"B"_s}};
        const auto back = QueueEvent::fromJson(e.toJson());
        QVERIFY(back);
        QCOMPARE(*back, e);
        QCOMPARE(e.toJson().value(u"type"_s).toString(), u"ticket.transferred"_s);
    }

    void eventWithoutSeqOrTypeIsRefused_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::newRow("event without seq is refused")
            << QJsonObject {{u"type"_s, u"ticket.called"_s}};
        QTest::newRow("event without type is refused") << QJsonObject {{u"seq"_s, 1}};
    }
    void eventWithoutSeqOrTypeIsRefused()
    {
        QFETCH(QJsonObject, json);
        QVERIFY(!QueueEvent::fromJson(json));
    }

    void ticketRoundTrip()
    {
        const Ticket t = sampleTicket();
        const auto back = QueueJson::ticketFrom(QueueJson::toJson(t));
        QVERIFY(back);
        QCOMPARE(QueueJson::toJson(*back), QueueJson::toJson(t));
        QCOMPARE(back->priority, PriorityClass::DisabledOrPregnant);
        QCOMPARE(back->recallCount, 2);
    }

    void unknownWordsAreRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("unknown ticket state is refused") << u"state"_s << u"teleported"_s;
        QTest::newRow("unknown priority is refused") << u"priority"_s << u"vip"_s;
    }
    void unknownWordsAreRefused()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QJsonObject json = QueueJson::toJson(sampleTicket());
        json.insert(field, value);
        QVERIFY(!QueueJson::ticketFrom(json));
    }

    void resultRoundTrip_data()
    {
        QTest::addColumn<bool>("withTicket");
        QTest::addColumn<int>("code");
        QTest::newRow("success with a ticket") << true << int(QueueError::Code::None);
        QTest::newRow("refusal with the ticket")
            << true << int(QueueError::Code::IllegalTransition);
        QTest::newRow("refusal without a ticket") << false << int(QueueError::Code::NothingWaiting);
    }
    void resultRoundTrip()
    {
        QFETCH(bool, withTicket);
        QFETCH(int, code);
        QueueResult r;
        r.error.code = QueueError::Code(code);
        r.error.message = u"เหตุผล"_s;
        r.eventSeq = 7;
        if (withTicket)
            r.ticket = sampleTicket();
        const auto back = QueueResult::fromJson(r.toJson());
        QVERIFY(back);
        QCOMPARE(back->toJson(), r.toJson());
        QCOMPARE(back->error.code, r.error.code);
        QCOMPARE(back->ticket.has_value(), withTicket);
    }

    void snapshotRoundTrip()
    {
        QueueSnapshot s;
        s.lastEventSeq = 99;
        s.atMs = 1'795'000'000'000;
        s.businessDay = u"2026-11-25"_s;
        Counter c;
        c.number = 3;
        c.thaiName = u"ช่องบริการ 3"_s;
        c.englishName = u"Counter 3"_s;
        c.state = Counter::State::Paused;
        c.pauseReason = PauseReason::SystemDown;
        c.serviceCodes = {u"B"_s};
        c.profile = {CallProfile::Mode::Ratio, 3};
        s.counters.append({c, sampleTicket()});
        s.queues.append({u"A"_s, {sampleTicket()}});
        s.recentCalls.append({98, s.atMs, u"id"_s, u"A012"_s, u"A"_s, 3, true});
        const auto back = QueueSnapshot::fromJson(s.toJson());
        QVERIFY(back);
        QCOMPARE(back->toJson(), s.toJson());
        QCOMPARE(back->counters.at(0).counter.profile, c.profile);
        QCOMPARE(back->counters.at(0).counter.pauseReason, PauseReason::SystemDown);
        QVERIFY(back->recentCalls.at(0).recall);
    }
};

QTEST_GUILESS_MAIN(tst_QueueJson)
#include "tst_queuejson.moc"
