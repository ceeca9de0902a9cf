// What the hub does with a request it cannot take as it is, over real WebSockets on loopback,
// with the JSON text a third-party client would send (docs/hub-protocol.md): a request id used
// again for other content is refused (requestIdReused) while a true resend still gets the first
// answer, for queue and module commands alike; every field of the wrong type or out of its
// words is badRequest naming the field, with nothing done; "re" is absent for an unusable id.
#include <hub/branchhub.h>
#include <hub/devicestore.h>
#include <hub/hubserver.h>
#include <queue/queuemanager.h>
#include <sdk/hubpart.h>
#include <sdk/module.h>
#include <seatedstaff.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "rawpeer.h"

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

QString ticketNumber(const QJsonObject &reply)
{
    return reply.value(u"ticket"_s).toObject().value(u"number"_s).toString();
}

QJsonObject textOf(const QJsonObject &error)
{
    return error.value(u"text"_s).toObject();
}

// The row of docs/hub-protocol.md's "Error codes" table for code.
QString documentedRow(const QString &code)
{
    QFile file(QStringLiteral(SADUAK_PROTOCOL_DOC));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines)
        if (line.startsWith(u"| `"_s + code + u"` |"_s))
            return line;
    return {};
}

// A module with a command that counts what it was asked to note: "note.add" {text}, answered
// with how many notes it has taken, so a command run twice shows.
class NoteModule final : public Module
{
    class Part final : public ModuleHubPart
    {
    public:
        explicit Part(int *taken) : m_taken(taken) { }
        bool initialize(HubModuleContext *context, QString *why) override
        {
            CommandSpec add;
            add.name = u"add"_s;
            add.roles = {DeviceRole::Counter, DeviceRole::Kiosk};
            add.fields = {{u"text"_s, CommandField::Type::String}};
            add.handler = [taken = m_taken](ModuleTransaction &, const CommandRequest &request) {
                return CommandResult::ok({{u"taken"_s, ++*taken},
                    {u"text"_s, request.params.value(u"text"_s).toString()}});
            };
            return context->registerCommand(add, why);
        }

    private:
        int *m_taken;
    };

public:
    bool initialize(ModuleContext *, QString *) override { return true; }
    std::unique_ptr<ModuleHubPart> createHubPart() override
    {
        return std::make_unique<Part>(&taken);
    }
    int taken = 0;
};

} // namespace

class TestHubRequests : public QObject
{
    Q_OBJECT

    // A counter or supervisor PC has a person of its kind logged in (tests/support/staff): these
    // tests are about what a request carries, not who sends it.
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

    std::unique_ptr<RawPeer> connected(Device::Role role, const QString &name, int counter = 0)
    {
        auto peer = std::make_unique<RawPeer>(m_hub->server()->url());
        if (!peer->waitConnected() || !peer->hello(pair(role, name, counter)))
            qFatal("no hello for %s", qPrintable(name));
        return peer;
    }

    // Sends the text as it is (key order, types) and waits for the answer to id.
    static QJsonObject sendText(RawPeer &peer, const QString &id, const QString &text)
    {
        peer.socket.sendTextMessage(text);
        return peer.answer(id);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_notes = std::make_unique<NoteModule>();
        ModuleInfo note;
        note.id = u"note"_s;
        BranchHub::Options options;
        options.databasePath = m_dir->filePath(u"branch.sqlite"_s);
        options.queue.openAllDay = true; // the test runs at any hour with the real clock
        options.modules = {LoadedModule {note, {}, m_notes.get()}};
        StorageError error;
        m_hub = BranchHub::open(options, &error);
        QVERIFY2(m_hub, qPrintable(error.detail));
        QString why;
        QVERIFY2(m_hub->listen(QHostAddress::LocalHost, 0, &why), qPrintable(why));
    }

    void cleanup()
    {
        m_hub.reset();
        m_notes.reset();
        m_dir.reset();
    }

    // A kiosk that restarted its id counter sends "r-1" again for another service: it must not
    // be handed the first request's ticket (issue 14 item 4).
    void aRequestIdUsedAgainForOtherContentIsRefused()
    {
        auto kiosk = connected(Device::Role::Kiosk, u"Kiosk 1"_s);
        const QJsonObject first = sendText(
            *kiosk, u"r-1"_s, uR"({"type":"issueTicket","id":"r-1","service":"A"})"_s);
        QCOMPARE(ticketNumber(first), u"A001"_s);
        const qint64 seq = m_hub->queue().lastEventSeq();

        kiosk->received.clear();
        const QJsonObject reused = sendText(
            *kiosk, u"r-1"_s, uR"({"type":"issueTicket","id":"r-1","service":"B"})"_s);
        QCOMPARE(reused.value(u"type"_s).toString(), u"error"_s);
        QCOMPARE(reused.value(u"code"_s).toString(), u"requestIdReused"_s);
        QCOMPARE(textOf(reused).value(u"source"_s).toString(),
            u"This request id was used before for another request (%1); nothing was done. Send "
            u"the request with a new id."_s);
        QCOMPARE(textOf(reused).value(u"args"_s).toArray(), QJsonArray {u"issueTicket"_s});
        QVERIFY(!reused.value(u"message"_s).toString().isEmpty());
        QCOMPARE(m_hub->queue().lastEventSeq(), seq); // nothing happened

        // Another priority, the same service: other content too.
        kiosk->received.clear();
        QCOMPARE(sendText(*kiosk, u"r-1"_s,
                     uR"({"type":"issueTicket","id":"r-1","service":"A","priority":"elderly"})"_s)
                     .value(u"code"_s)
                     .toString(),
            u"requestIdReused"_s);

        // The true resend (keys in another order) is still answered with the first ticket.
        kiosk->received.clear();
        const QJsonObject resent = sendText(
            *kiosk, u"r-1"_s, uR"({"service":"A","id":"r-1","type":"issueTicket"})"_s);
        QCOMPARE(resent.value(u"ticket"_s).toObject().value(u"id"_s),
            first.value(u"ticket"_s).toObject().value(u"id"_s));
        QCOMPARE(m_hub->queue().lastEventSeq(), seq);

        // B was never issued: its first ticket is still to come.
        QCOMPARE(ticketNumber(sendText(
                     *kiosk, u"r-2"_s, uR"({"type":"issueTicket","id":"r-2","service":"B"})"_s)),
            u"B001"_s);
    }

    // A counter PC may leave its own counter out (the hub fills it in): with or without it, the
    // request is the same one.
    void aCounterPcsResendWithoutItsCounterIsTheSameRequest()
    {
        auto counter = connected(Device::Role::Counter, u"Counter 1"_s, 1);
        const QJsonObject opened = sendText(
            *counter, u"c-1"_s, uR"({"type":"openCounter","id":"c-1","counter":1})"_s);
        QVERIFY2(opened.value(u"ok"_s).toBool(), qPrintable(opened.value(u"message"_s).toString()));
        counter->received.clear();
        const QJsonObject again
            = sendText(*counter, u"c-1"_s, uR"({"type":"openCounter","id":"c-1"})"_s);
        QCOMPARE(again.value(u"eventSeq"_s), opened.value(u"eventSeq"_s));
        // The same id to open for other services is another request.
        counter->received.clear();
        QCOMPARE(sendText(*counter, u"c-1"_s,
                     uR"({"type":"openCounter","id":"c-1","services":["B"]})"_s)
                     .value(u"code"_s)
                     .toString(),
            u"requestIdReused"_s);
    }

    void aModuleCommandUsedAgainForOtherContentIsRefused()
    {
        auto kiosk = connected(Device::Role::Kiosk, u"Kiosk 1"_s);
        const QJsonObject first
            = sendText(*kiosk, u"n-1"_s, uR"({"type":"note.add","id":"n-1","text":"one"})"_s);
        QCOMPARE(first.value(u"taken"_s).toInt(), 1);

        kiosk->received.clear();
        const QJsonObject reused
            = sendText(*kiosk, u"n-1"_s, uR"({"type":"note.add","id":"n-1","text":"two"})"_s);
        QCOMPARE(reused.value(u"code"_s).toString(), u"requestIdReused"_s);
        QCOMPARE(textOf(reused).value(u"args"_s).toArray(), QJsonArray {u"note.add"_s});
        QCOMPARE(m_notes->taken, 1); // not run again

        // Where it was made is part of what was asked (the module records it).
        kiosk->received.clear();
        QCOMPARE(sendText(*kiosk, u"n-1"_s,
                     uR"({"type":"note.add","id":"n-1","text":"one","workplace":{"staff":"somchai"}})"_s)
                     .value(u"code"_s)
                     .toString(),
            u"requestIdReused"_s);

        kiosk->received.clear();
        const QJsonObject resent
            = sendText(*kiosk, u"n-1"_s, uR"({"text":"one","type":"note.add","id":"n-1"})"_s);
        QCOMPARE(resent.value(u"taken"_s).toInt(), 1);
        QCOMPARE(resent.value(u"text"_s).toString(), u"one"_s);
        QCOMPARE(m_notes->taken, 1);
    }

    void aFieldOfTheWrongKindIsRefusedNamingIt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        // Each as a supervisor's PC may send it (it may do what a counter or kiosk may).
        QTest::newRow("services as text")
            << uR"({"type":"openCounter","id":"x","counter":1,"services":"B"})"_s << u"services"_s;
        QTest::newRow("a number as a service code")
            << uR"({"type":"openCounter","id":"x","counter":1,"services":[5]})"_s << u"services"_s;
        QTest::newRow("an empty service code")
            << uR"({"type":"openCounter","id":"x","counter":1,"services":["A",""]})"_s
            << u"services"_s;
        QTest::newRow("services as an object")
            << uR"({"type":"openCounter","id":"x","counter":1,"services":{"A":1}})"_s
            << u"services"_s;
        QTest::newRow("counter as text")
            << uR"({"type":"openCounter","id":"x","counter":"1"})"_s << u"counter"_s;
        QTest::newRow("counter a fraction")
            << uR"({"type":"closeCounter","id":"x","counter":1.5})"_s << u"counter"_s;
        QTest::newRow("unknown pause reason")
            << uR"({"type":"pauseCounter","id":"x","counter":1,"reason":"nap"})"_s << u"reason"_s;
        QTest::newRow("pause reason a number")
            << uR"({"type":"pauseCounter","id":"x","counter":1,"reason":2})"_s << u"reason"_s;
        QTest::newRow("unknown call mode")
            << uR"({"type":"setCallProfile","id":"x","counter":1,"mode":"fast"})"_s << u"mode"_s;
        QTest::newRow("no normal call between priorities")
            << uR"({"type":"setCallProfile","id":"x","counter":1,"mode":"ratio","normalCallsPerPriority":0})"_s
            << u"normalCallsPerPriority"_s;
        QTest::newRow("unknown priority on issue")
            << uR"({"type":"issueTicket","id":"x","service":"A","priority":"vip"})"_s
            << u"priority"_s;
        QTest::newRow("booking reference a number")
            << uR"({"type":"issueTicket","id":"x","service":"A","bookingReference":42})"_s
            << u"bookingReference"_s;
        QTest::newRow("service a list")
            << uR"({"type":"issueTicket","id":"x","service":["A"]})"_s << u"service"_s;
        QTest::newRow("unknown printer state")
            << uR"({"type":"reportDevice","id":"x","status":"onFire"})"_s << u"status"_s;
        QTest::newRow("printer detail a number")
            << uR"({"type":"reportDevice","id":"x","status":"ok","detail":5})"_s << u"detail"_s;
        QTest::newRow("ticket a number")
            << uR"({"type":"cancel","id":"x","ticket":7})"_s << u"ticket"_s;
        QTest::newRow("unknown priority on change")
            << uR"({"type":"changePriority","id":"x","ticket":"t","priority":"urgent"})"_s
            << u"priority"_s;
        QTest::newRow("transfer to no service")
            << uR"({"type":"transfer","id":"x","counter":1,"ticket":"t","toService":""})"_s
            << u"toService"_s;
        QTest::newRow("a module field of the wrong type")
            << uR"({"type":"note.add","id":"x","text":true})"_s << u"text"_s;
        QTest::newRow("workplace as text")
            << uR"({"type":"note.add","id":"x","text":"a","workplace":"counter 1"})"_s
            << u"workplace"_s;
        QTest::newRow("workplace counter as text")
            << uR"({"type":"note.add","id":"x","text":"a","workplace":{"counter":"1"}})"_s
            << u"workplace"_s;
        QTest::newRow("workplace staff a number")
            << uR"({"type":"note.add","id":"x","text":"a","workplace":{"counter":1,"staff":7}})"_s
            << u"workplace"_s;
    }

    void aFieldOfTheWrongKindIsRefusedNamingIt()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        auto office = connected(Device::Role::Supervisor, u"Office"_s);
        const qint64 seq = m_hub->queue().lastEventSeq();
        const QJsonObject error = sendText(*office, u"x"_s, text);
        QCOMPARE(error.value(u"type"_s).toString(), u"error"_s);
        QCOMPARE(error.value(u"code"_s).toString(), u"badRequest"_s);
        QCOMPARE(textOf(error).value(u"source"_s).toString(),
            u"The field \"%1\" is missing or has the wrong type."_s);
        QCOMPARE(textOf(error).value(u"args"_s).toArray(), QJsonArray {field});
        QCOMPARE(m_hub->queue().lastEventSeq(), seq); // nothing happened
        QCOMPARE(m_notes->taken, 0);
        QVERIFY(m_hub->queue().counter(1)->state == Counter::State::Closed);
        // A refused request is not remembered: the same id, put right, runs.
        office->received.clear();
        const QJsonObject right = sendText(*office, u"x"_s,
            uR"({"type":"openCounter","id":"x","counter":1,"services":["A"]})"_s);
        QVERIFY2(right.value(u"ok"_s).toBool(), qPrintable(right.value(u"message"_s).toString()));
    }

    // A client written from the document alone finds each refusal's sentence and its argument
    // there as the hub sends them.
    void theDocumentSaysWhatTheseRefusalsSay()
    {
        auto kiosk = connected(Device::Role::Kiosk, u"Kiosk 1"_s);
        sendText(*kiosk, u"d-1"_s, uR"({"type":"issueTicket","id":"d-1","service":"A"})"_s);
        kiosk->received.clear();
        const QJsonObject reused = sendText(
            *kiosk, u"d-1"_s, uR"({"type":"issueTicket","id":"d-1","service":"B"})"_s);
        kiosk->received.clear();
        const QJsonObject bad = sendText(
            *kiosk, u"d-2"_s, uR"({"type":"issueTicket","id":"d-2","service":"A","priority":"vip"})"_s);
        for (const QJsonObject &error : {reused, bad}) {
            const QString code = error.value(u"code"_s).toString();
            const QString row = documentedRow(code);
            QVERIFY2(!row.isEmpty(), qPrintable(code));
            const QJsonObject text = textOf(error);
            QVERIFY2(row.contains(u'`' + text.value(u"source"_s).toString() + u'`'), qPrintable(row));
            QVERIFY2(row.contains(u'`' + text.value(u"context"_s).toString() + u'`'), qPrintable(row));
            QVERIFY2(row.contains(u"`args`"_s), qPrintable(row));
        }
    }

    // The document: "re" is absent when the message had no usable id. An id cut to 128
    // characters would name a request the client never sent.
    void anOverLongIdIsAnsweredWithoutRe()
    {
        auto office = connected(Device::Role::Supervisor, u"Office"_s);
        const QString longest(128, u'a');
        office->send({{u"type"_s, u"ping"_s}, {u"id"_s, longest}});
        QVERIFY(office->answer(longest).value(u"ok"_s).toBool());

        office->received.clear();
        office->send({{u"type"_s, u"ping"_s}, {u"id"_s, QString(longest + u'a')}});
        const QJsonObject error = office->lastOfType(u"error"_s);
        QCOMPARE(error.value(u"code"_s).toString(), u"badRequest"_s);
        QVERIFY2(!error.contains(u"re"_s),
            qPrintable(QString::fromUtf8(QJsonDocument(error).toJson(QJsonDocument::Compact))));
    }

    // subscribe's afterSeq is a seq, a whole number: "0" (text) or -1 taken as one would hand
    // the board a resync it never asked for; the hub names the field instead.
    void subscribeWithAMistypedAfterSeqIsRefused_data()
    {
        QTest::addColumn<QString>("afterSeq");
        QTest::newRow("text") << u"\"0\""_s;
        QTest::newRow("negative") << u"-1"_s;
        QTest::newRow("fraction") << u"0.5"_s;
        QTest::newRow("null") << u"null"_s;
    }

    void subscribeWithAMistypedAfterSeqIsRefused()
    {
        QFETCH(QString, afterSeq);
        auto board = connected(Device::Role::Display, u"Board"_s);
        const QJsonObject error = sendText(*board, u"s-1"_s,
            uR"({"type":"subscribe","id":"s-1","afterSeq":)"_s + afterSeq + u"}"_s);
        QCOMPARE(error.value(u"code"_s).toString(), u"badRequest"_s);
        QCOMPARE(textOf(error).value(u"args"_s).toArray(), QJsonArray {u"afterSeq"_s});
        board->received.clear();
        const QJsonObject right
            = sendText(*board, u"s-2"_s, uR"({"type":"subscribe","id":"s-2","afterSeq":0})"_s);
        QVERIFY(right.value(u"ok"_s).toBool());
    }

    // hello's fields are checked too: versions as text would be answered "update Saduak", a
    // token that is a number would count as a guessed one (issue 14 item 5).
    void aMistypedHelloIsRefusedNamingTheField_data()
    {
        QTest::addColumn<QString>("hello");
        QTest::addColumn<QString>("field");
        QTest::newRow("protocols as text") << uR"("protocols":"1","token":"T")"_s << u"protocols"_s;
        QTest::newRow("a version as text") << uR"("protocols":["1"],"token":"T")"_s << u"protocols"_s;
        QTest::newRow("no protocols") << uR"("token":"T")"_s << u"protocols"_s;
        QTest::newRow("token as a number") << uR"("protocols":[1],"token":5)"_s << u"token"_s;
        QTest::newRow("client as a number")
            << uR"("protocols":[1],"token":"T","client":1)"_s << u"client"_s;
    }

    void aMistypedHelloIsRefusedNamingTheField()
    {
        QFETCH(QString, hello);
        QFETCH(QString, field);
        const QString token = pair(Device::Role::Display, u"Board"_s);
        RawPeer peer(m_hub->server()->url());
        QVERIFY(peer.waitConnected());
        hello.replace(uR"("token":"T")"_s, u"\"token\":\""_s + token + u"\""_s);
        const QJsonObject error
            = sendText(peer, u"h-1"_s, uR"({"type":"hello","id":"h-1",)"_s + hello + u"}"_s);
        QCOMPARE(error.value(u"code"_s).toString(), u"badRequest"_s);
        QCOMPARE(textOf(error).value(u"args"_s).toArray(), QJsonArray {field});
        // Still connected: the same device says hello rightly and is welcome.
        QVERIFY(peer.hello(token));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<NoteModule> m_notes;
    std::unique_ptr<BranchHub> m_hub;
};

QTEST_MAIN(TestHubRequests)
#include "tst_hubrequests.moc"
