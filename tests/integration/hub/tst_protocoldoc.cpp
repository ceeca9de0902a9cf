// docs/hub-protocol.md promises that someone can write a client from it alone. This test holds it
// to that: it replays the worked session of the document, line by line, against a real hub over
// a real WebSocket, and checks that every answer says what the document says it says; and it
// reads the document's tables (each event's data, the snapshot, the ticket and counter objects,
// which ticket state allows which command, the refusals' args) and checks each against what a
// real hub sends.
#include <hub/branchhub.h>
#include <hub/devicestore.h>
#include <hub/hubmodules.h>
#include <hub/hubserver.h>
#include <hub/staffstore.h>
#include <modulehost/moduleloader.h>
#include <queue/queuesettings.h>

#include <storage/database.h>
#include <storage/outbox.h>
#include <storage/writetransaction.h>
#include <sync/outboxpushstore.h>

#include <seatedstaff.h>

#include <QDateTime>
#include <QTimeZone>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "rawpeer.h"

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

struct Block
{
    QStringList sent; // "→" lines
    QStringList expected; // "←" lines
};

// The fenced json blocks of the "A worked session" section.
QList<Block> workedSession(const QString &markdown)
{
    QList<Block> blocks;
    const qsizetype start = markdown.indexOf(u"## A worked session"_s);
    if (start < 0)
        return blocks;
    bool inJson = false;
    for (const QString &line : markdown.mid(start).split(u'\n')) {
        if (line.startsWith(u"```"_s)) {
            inJson = !inJson && line.trimmed() == u"```json"_s;
            if (inJson)
                blocks.append(Block {});
            continue;
        }
        if (!inJson)
            continue;
        if (line.startsWith(u"→ "_s))
            blocks.last().sent << line.mid(2);
        else if (line.startsWith(u"← "_s))
            blocks.last().expected << line.mid(2);
    }
    return blocks;
}

// The first value of key in json, top level first, then nested (breadth first).
QJsonValue findKey(const QJsonObject &json, const QString &key, QJsonValue::Type type)
{
    QList<QJsonObject> level {json};
    while (!level.isEmpty()) {
        QList<QJsonObject> next;
        for (const QJsonObject &o : std::as_const(level)) {
            const QJsonValue v = o.value(key);
            if (v.type() == type)
                return v;
            for (const QJsonValue &child : o) {
                if (child.isObject())
                    next << child.toObject();
                if (child.isArray())
                    for (const QJsonValue &item : child.toArray())
                        if (item.isObject())
                            next << item.toObject();
            }
        }
        level = next;
    }
    return {};
}

// Checks the facts an expected line states (identifiers, states, numbers, codes — not times,
// dates or ids, which differ every run) against the answer received. Returns what differs.
QString compare(const QString &expected, const QJsonObject &actual)
{
    static const QStringList textKeys {u"type"_s, u"code"_s, u"role"_s, u"name"_s, u"number"_s,
        u"state"_s, u"ticketNumber"_s, u"serviceCode"_s, u"user"_s, u"context"_s, u"source"_s};
    static const QStringList numberKeys {u"protocol"_s, u"seq"_s, u"eventSeq"_s, u"counter"_s};
    static const QStringList boolKeys {u"ok"_s, u"resync"_s};
    QStringList differences;
    for (const QString &key : textKeys) {
        const auto m = QRegularExpression(u"\""_s + key + u"\":\"([^\"…]*)\""_s).match(expected);
        if (m.hasMatch() && findKey(actual, key, QJsonValue::String).toString() != m.captured(1))
            differences << key + u": expected "_s + m.captured(1) + u", got "_s
                    + findKey(actual, key, QJsonValue::String).toString();
    }
    for (const QString &key : numberKeys) {
        const auto m = QRegularExpression(u"\""_s + key + u"\":(\\d+)"_s).match(expected);
        if (m.hasMatch()
            && findKey(actual, key, QJsonValue::Double).toInteger(-1) != m.captured(1).toLongLong())
            differences << key + u": expected "_s + m.captured(1);
    }
    for (const QString &key : boolKeys) {
        const auto m = QRegularExpression(u"\""_s + key + u"\":(true|false)"_s).match(expected);
        if (m.hasMatch()
            && findKey(actual, key, QJsonValue::Bool).toBool() != (m.captured(1) == u"true"_s))
            differences << key + u": expected "_s + m.captured(1);
    }
    return differences.join(u"; "_s);
}

QString protocolDoc()
{
    QFile file(QStringLiteral(SADUAK_PROTOCOL_DOC));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", SADUAK_PROTOCOL_DOC);
    return QString::fromUtf8(file.readAll());
}

// The lines under heading (e.g. "### Snapshot") up to the next heading of its level or higher.
QStringList section(const QString &markdown, const QString &heading)
{
    const qsizetype level = heading.indexOf(u' ');
    QStringList lines;
    bool inside = false;
    bool inFence = false;
    for (const QString &line : markdown.split(u'\n')) {
        if (line.startsWith(u"```"_s))
            inFence = !inFence;
        if (!inFence && line.startsWith(u'#')) {
            if (inside && line.indexOf(u' ') <= level)
                break;
            if (line == heading) {
                inside = true;
                continue;
            }
        }
        if (inside)
            lines << line;
    }
    return lines;
}

// The rows of the first table in lines (header and rule left out), each as its cells.
QList<QStringList> tableRows(const QStringList &lines)
{
    QList<QStringList> rows;
    bool header = true;
    for (const QString &line : lines) {
        if (!line.startsWith(u"| "_s)) {
            if (!rows.isEmpty())
                break;
            continue;
        }
        if (header || line.startsWith(u"|---"_s)) {
            header = false;
            continue;
        }
        QStringList cells = line.mid(2, line.size() - 4).split(u" | "_s);
        rows << cells;
    }
    return rows;
}

// Every `quoted` word of a cell, in order.
QStringList quoted(const QString &cell)
{
    QStringList words;
    auto it = QRegularExpression(u"`([^`]+)`"_s).globalMatch(cell);
    while (it.hasNext())
        words << it.next().captured(1);
    return words;
}

// The json fenced blocks of lines, parsed.
QList<QJsonObject> jsonBlocks(const QStringList &lines)
{
    QList<QJsonObject> blocks;
    QString text;
    bool inJson = false;
    for (const QString &line : lines) {
        if (line.startsWith(u"```"_s)) {
            if (inJson)
                blocks << QJsonDocument::fromJson(text.toUtf8()).object();
            inJson = !inJson && line.trimmed() == u"```json"_s;
            text.clear();
            continue;
        }
        if (inJson)
            text += line + u'\n';
    }
    return blocks;
}

QStringList sorted(QStringList list)
{
    list.removeDuplicates();
    list.sort();
    return list;
}

QStringList sorted(const QSet<QString> &set)
{
    return sorted(QStringList(set.cbegin(), set.cend()));
}

// 2026-11-26 10:00 in Bangkok: a weekday within every demo service's hours.
constexpr qint64 morningMs = 1795662000000;
constexpr qint64 dayMs = 24 * 3600 * 1000;

// The account the document's examples log in with (its "Logging in" and "A worked session").
const QString docUser = u"somchai"_s;
const QString docName = u"สมชาย ใจดี"_s;
const QByteArray docPassword = "somchai's own password";

bool addDocStaff(Database &db, qint64 nowMs)
{
    QString why;
    if (StaffStore(db).add(docUser, docName, StaffRole::Counter, docPassword, nowMs,
            StaffActor {u"tst_protocoldoc"_s, u"saduak-hub"_s}, &why)
        == StaffStore::Change::Done)
        return true;
    qWarning() << why;
    return false;
}

// A real hub on loopback with the demo catalog, a fixed clock the test moves, and a supervisor
// PC (which may send every queue command, for any counter) connected and past hello, a
// supervisor logged in at it.
struct TestHub
{
    explicit TestHub(const QueueSettings &queue)
    {
        BranchHub::Options options;
        options.databasePath = dir.filePath(u"branch.sqlite"_s);
        options.queue = queue;
        options.clock = [this] { return nowMs; };
        StorageError error;
        hub = BranchHub::open(options, &error);
        if (!hub || !hub->listen(QHostAddress::LocalHost, 0))
            qFatal("hub: %s", qPrintable(error.detail));
        supervisor = connect(Device::Role::Supervisor, u"Supervisor"_s);
    }

    std::unique_ptr<RawPeer> connect(Device::Role role, const QString &name)
    {
        const auto pairing = hub->devices().pair(role, name, 0);
        QString why;
        // A supervisor PC needs a person logged in ("Logging in"): one is seated here directly.
        if (role == Device::Role::Supervisor
            && !test::seatStaff(hub->database(), pairing->device.id, StaffRole::Supervisor, &why))
            qFatal("nobody could be seated at %s: %s", qPrintable(name), qPrintable(why));
        auto peer = std::make_unique<RawPeer>(hub->server()->url());
        if (!peer->waitConnected() || !peer->hello(pairing->token))
            qFatal("%s could not join the hub", qPrintable(name));
        return peer;
    }

    // The hub's answer to a command from the supervisor.
    QJsonObject ask(const QString &type, QJsonObject fields = {})
    {
        const QString id = u"s"_s + QString::number(++lastId);
        fields.insert(u"type"_s, type);
        fields.insert(u"id"_s, id);
        supervisor->send(fields);
        const QJsonObject answer = supervisor->answer(id);
        if (answer.value(u"type"_s).toString() == u"reply"_s) {
            QSet<QString> &keys = replyKeys[type];
            for (const QString &key : answer.keys())
                keys.insert(key);
        }
        return answer;
    }

    QString issue(const QString &service = u"A"_s)
    {
        return ask(u"issueTicket"_s, {{u"service"_s, service}})
            .value(u"ticket"_s)
            .toObject()
            .value(u"id"_s)
            .toString();
    }

    QJsonObject atCounter(const QString &type, const QString &ticket, int counter = 3)
    {
        return ask(type, {{u"counter"_s, counter}, {u"ticket"_s, ticket}});
    }

    QTemporaryDir dir;
    qint64 nowMs = morningMs;
    std::unique_ptr<BranchHub> hub;
    std::unique_ptr<RawPeer> supervisor;
    int lastId = 0;
    QHash<QString, QSet<QString>> replyKeys; // of the supervisor's successful commands, by type
};

bool isOk(const QJsonObject &answer)
{
    return answer.value(u"type"_s).toString() == u"reply"_s;
}

QString codeOf(const QJsonObject &answer)
{
    return answer.value(u"code"_s).toString();
}

QString stateOf(const QJsonObject &answer)
{
    return answer.value(u"ticket"_s).toObject().value(u"state"_s).toString();
}

} // namespace

class TestProtocolDoc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workedSessionIsTrue()
    {
        QFile file(QStringLiteral(SADUAK_PROTOCOL_DOC));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<Block> blocks = workedSession(QString::fromUtf8(file.readAll()));
        QCOMPARE(blocks.size(), 4); // display, kiosk, counter, what the display received

        QTemporaryDir dir;
        BranchHub::Options options;
        options.databasePath = dir.filePath(u"branch.sqlite"_s);
        options.queue.openAllDay = true; // the test runs at any hour with the real clock
        // The program's modules (the worked session audits an ID card read through one).
        ModuleLoader loader;
        loader.loadFolder(qEnvironmentVariable("SADUAK_MODULE_DIR"));
        options.modules = loader.modules();
        StorageError error;
        auto hub = BranchHub::open(options, &error);
        QVERIFY2(hub, qPrintable(error.detail));
        QVERIFY(hub->listen(QHostAddress::LocalHost, 0));
        QVERIFY(addDocStaff(hub->database(), QDateTime::currentMSecsSinceEpoch()));
        const QHash<QString, QString> tokens {
            {u"<display token>"_s,
                hub->devices().pair(Device::Role::Display, u"Board"_s, 0)->token},
            {u"<kiosk token>"_s, hub->devices().pair(Device::Role::Kiosk, u"Kiosk 1"_s, 0)->token},
            {u"<counter token>"_s,
                hub->devices().pair(Device::Role::Counter, u"Counter 3"_s, 3)->token}};

        std::vector<std::unique_ptr<RawPeer>> peers;
        QString ticketId; // the document shortens it to "7d1f…"
        for (int b = 0; b < 3; ++b) {
            const Block &block = blocks.at(b);
            QCOMPARE(block.sent.size(), block.expected.size());
            peers.push_back(std::make_unique<RawPeer>(hub->server()->url()));
            RawPeer &peer = *peers.back();
            QVERIFY(peer.waitConnected());
            for (int i = 0; i < block.sent.size(); ++i) {
                QString line = block.sent.at(i);
                for (auto it = tokens.begin(); it != tokens.end(); ++it)
                    line.replace(it.key(), it.value());
                line.replace(u"7d1f…"_s, ticketId);
                QJsonParseError parseError;
                const QJsonObject message
                    = QJsonDocument::fromJson(line.toUtf8(), &parseError).object();
                QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(line));
                peer.send(message);
                const QJsonObject answer = peer.answer(message.value(u"id"_s).toString());
                QVERIFY2(!answer.isEmpty(), qPrintable(line));
                const QString differences = compare(block.expected.at(i), answer);
                QVERIFY2(differences.isEmpty(),
                    qPrintable(line + u" → "_s + differences + u"\n   got "_s
                        + QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact))));
                if (ticketId.isEmpty() && answer.value(u"ticket"_s).isObject())
                    ticketId = answer.value(u"ticket"_s).toObject().value(u"id"_s).toString();
            }
        }

        // c8 left one audit row for central (c9 was refused and left none), and c2 its log-in.
        QSqlQuery audit(hub->database().connection());
        QVERIFY(audit.exec(u"SELECT count(*) FROM outbox WHERE kind = 'idcard.read'"_s));
        QVERIFY(audit.next());
        QCOMPARE(audit.value(0).toInt(), 1);
        QVERIFY(audit.exec(u"SELECT count(*) FROM outbox WHERE kind = 'staff.audit' "
                           "AND json_extract(payload, '$.action') = 'logIn' "
                           "AND json_extract(payload, '$.user') = 'somchai'"_s));
        QVERIFY(audit.next());
        QCOMPARE(audit.value(0).toInt(), 1);

        // The display, subscribed first, received the events the document lists, in order.
        RawPeer &display = *peers.front();
        const QStringList &events = blocks.at(3).expected;
        QTRY_COMPARE(
            std::count_if(display.received.cbegin(), display.received.cend(),
                [](const QJsonObject &m) { return m.value(u"type"_s).toString() == u"event"_s; }),
            qsizetype(events.size()));
        int e = 0;
        for (const QJsonObject &m : std::as_const(display.received)) {
            if (m.value(u"type"_s).toString() != u"event"_s)
                continue;
            const QString &expected = events.at(e++);
            // The event's own type is inside "event"; the outer one is "event".
            const auto inner
                = QRegularExpression(u"\"event\":\\{\"seq\":(\\d+),\"type\":\"([\\w.]+)\""_s)
                      .match(expected);
            QVERIFY(inner.hasMatch());
            const QJsonObject event = m.value(u"event"_s).toObject();
            QCOMPARE(event.value(u"seq"_s).toInteger(), inner.captured(1).toLongLong());
            QCOMPARE(event.value(u"type"_s).toString(), inner.captured(2));
            const QString differences = compare(
                QString(expected).remove(QRegularExpression(u"\"type\":\"[\\w.]+\""_s)), event);
            QVERIFY2(differences.isEmpty(), qPrintable(expected + u" → "_s + differences));
        }
    }

    // "Event object": the table's row for each type lists exactly the data keys the hub sent for
    // it in a session that makes every event there is; the example has the event's own keys.
    void eventDataIsDocumented()
    {
        QueueSettings queue;
        queue.openAllDay = true;
        queue.recallPauseSeconds = 0; // recalls at once; the pause has its own test
        queue.maxRecalls = 1; // the second recall makes the automatic no-show
        TestHub h(queue);
        // A board that follows live: its events carry "after" (see "What a live event left
        // behind").
        auto live = h.connect(Device::Role::Display, u"Live board"_s);
        live->send({{u"type"_s, u"subscribe"_s}, {u"id"_s, u"l1"_s}});
        QVERIFY(isOk(live->answer(u"l1"_s)));
        QVERIFY(isOk(h.ask(
            u"openCounter"_s, {{u"counter"_s, 3}, {u"services"_s, QJsonArray {u"A"_s, u"B"_s}}})));
        const QJsonObject booked
            = h.ask(u"issueTicket"_s, {{u"service"_s, u"A"_s}, {u"bookingReference"_s, u"BK-1"_s}});
        QVERIFY(isOk(booked));
        const QString t1 = booked.value(u"ticket"_s).toObject().value(u"id"_s).toString();
        const QString t2 = h.ask(u"issueTicket"_s, {{u"service"_s, u"A"_s}, {u"counter"_s, 3}})
                               .value(u"ticket"_s)
                               .toObject()
                               .value(u"id"_s)
                               .toString();
        QVERIFY(!t2.isEmpty());
        QCOMPARE(stateOf(h.ask(u"callNext"_s, {{u"counter"_s, 3}})), u"called"_s);
        QCOMPARE(stateOf(h.atCounter(u"recall"_s, t1)), u"called"_s);
        QCOMPARE(stateOf(h.atCounter(u"recall"_s, t1)), u"noShow"_s); // automatic
        QCOMPARE(stateOf(h.ask(u"callNext"_s, {{u"counter"_s, 3}})), u"called"_s); // t2
        QCOMPARE(stateOf(h.atCounter(u"startService"_s, t2)), u"serving"_s);
        QCOMPARE(stateOf(h.atCounter(u"park"_s, t2)), u"parked"_s);
        QCOMPARE(stateOf(h.ask(u"returnToQueue"_s, {{u"ticket"_s, t2}})), u"waiting"_s);
        QCOMPARE(
            stateOf(h.ask(u"changePriority"_s, {{u"ticket"_s, t2}, {u"priority"_s, u"elderly"_s}})),
            u"waiting"_s);
        QCOMPARE(stateOf(h.ask(u"callNext"_s, {{u"counter"_s, 3}})), u"called"_s);
        QCOMPARE(stateOf(h.ask(u"transfer"_s,
                     {{u"counter"_s, 3}, {u"ticket"_s, t2}, {u"toService"_s, u"B"_s}})),
            u"waiting"_s);
        QCOMPARE(stateOf(h.ask(u"callNext"_s, {{u"counter"_s, 3}})), u"called"_s);
        QCOMPARE(stateOf(h.atCounter(u"markNoShow"_s, t2)), u"noShow"_s);
        const QString t3 = h.issue();
        QCOMPARE(stateOf(h.ask(u"cancel"_s, {{u"ticket"_s, t3}})), u"cancelled"_s);
        const QString t4 = h.issue();
        QCOMPARE(stateOf(h.ask(u"callNext"_s, {{u"counter"_s, 3}})), u"called"_s);
        QCOMPARE(stateOf(h.atCounter(u"startService"_s, t4)), u"serving"_s);
        QCOMPARE(stateOf(h.atCounter(u"finishService"_s, t4)), u"done"_s);
        QVERIFY(isOk(h.ask(u"pauseCounter"_s, {{u"counter"_s, 3}, {u"reason"_s, u"break"_s}})));
        QVERIFY(isOk(h.ask(u"openCounter"_s, {{u"counter"_s, 3}})));
        QVERIFY(isOk(h.ask(u"setCallProfile"_s,
            {{u"counter"_s, 3}, {u"mode"_s, u"ratio"_s}, {u"normalCallsPerPriority"_s, 2}})));
        QVERIFY(isOk(h.ask(u"closeCounter"_s, {{u"counter"_s, 3}})));
        // Managing the branch: a waiting ticket moved, a counter's services, and an admin's
        // changes to the catalog (at another supervisor's PC), each a catalog.changed.
        const QString t5 = h.issue();
        QCOMPARE(stateOf(h.ask(u"moveTicket"_s, {{u"ticket"_s, t5}, {u"toService"_s, u"B"_s}})),
            u"waiting"_s);
        QVERIFY(isOk(h.ask(u"setCounterServices"_s,
            {{u"counter"_s, 3}, {u"services"_s, QJsonArray {u"A"_s, u"B"_s}}})));
        {
            const auto pairing = h.hub->devices().pair(Device::Role::Supervisor, u"Admin"_s, 0);
            QString why;
            QVERIFY2(test::seatStaff(h.hub->database(), pairing->device.id, StaffRole::Admin, &why),
                qPrintable(why));
            RawPeer admin(h.hub->server()->url());
            QVERIFY(admin.waitConnected() && admin.hello(pairing->token));
            const QList<QJsonObject> changes {
                {{u"type"_s, u"setServiceTarget"_s}, {u"service"_s, u"A"_s},
                    {u"targetWaitMinutes"_s, 20}},
                {{u"type"_s, u"setServiceHours"_s}, {u"service"_s, u"C"_s},
                    {u"week"_s,
                        QJsonArray {QJsonObject {
                            {u"day"_s, 1}, {u"opens"_s, u"08:30"_s}, {u"closes"_s, u"15:30"_s}}}}},
                {{u"type"_s, u"setHolidays"_s},
                    {u"holidays"_s,
                        QJsonArray {QJsonObject {
                            {u"date"_s, u"2026-12-31"_s}, {u"name"_s, u"วันสิ้นปี"_s}}}}},
            };
            int n = 0;
            for (QJsonObject change : changes) {
                const QString id = u"a"_s + QString::number(++n);
                change.insert(u"id"_s, id);
                admin.send(change);
                QVERIFY(isOk(admin.answer(id)));
            }
        }
        QVERIFY(!h.issue().isEmpty()); // left waiting when the day ends
        h.nowMs += dayMs;
        const QJsonObject next = h.ask(u"issueTicket"_s, {{u"service"_s, u"A"_s}});
        QVERIFY(isOk(next));
        const qint64 lastSeq = next.value(u"eventSeq"_s).toInteger();
        QVERIFY(isOk(h.ask(u"reportDevice"_s, {{u"status"_s, u"ok"_s}})));

        // Every event, replayed to a board that subscribes from the start.
        auto board = h.connect(Device::Role::Display, u"Board"_s);
        board->send({{u"type"_s, u"subscribe"_s}, {u"id"_s, u"b1"_s}, {u"afterSeq"_s, 0}});
        QVERIFY(isOk(board->answer(u"b1"_s)));
        QList<QJsonObject> events;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                events.clear();
                for (const QJsonObject &m : std::as_const(board->received))
                    if (m.value(u"type"_s).toString() == u"event"_s)
                        events << m.value(u"event"_s).toObject();
                return events.size() == lastSeq;
            }(),
            10000);

        QHash<QString, QSet<QString>> sent;
        for (const QJsonObject &e : std::as_const(events)) {
            QSet<QString> &keys = sent[e.value(u"type"_s).toString()];
            for (const QString &key : e.value(u"data"_s).toObject().keys())
                keys.insert(key);
        }

        const QStringList lines = section(protocolDoc(), u"### Event object"_s);
        const QList<QJsonObject> examples = jsonBlocks(lines);
        QVERIFY(!examples.isEmpty());
        QCOMPARE(sorted(examples.first().keys()), sorted(events.first().keys()));
        QHash<QString, QStringList> documented;
        for (const QStringList &row : tableRows(lines)) {
            QVERIFY2(row.size() >= 2 && quoted(row.at(0)).size() == 1, qPrintable(row.join(u'|')));
            documented.insert(quoted(row.at(0)).first(), quoted(row.at(1)));
        }
        QCOMPARE(sorted(documented.keys()), sorted(sent.keys()));
        for (auto it = sent.cbegin(); it != sent.cend(); ++it)
            QVERIFY2(sorted(documented.value(it.key())) == sorted(it.value()),
                qPrintable(it.key() + u": the document says "_s
                    + sorted(documented.value(it.key())).join(u", "_s) + u"; the hub sent "_s
                    + sorted(it.value()).join(u", "_s)));

        // "after": a replayed event has none; a live one has exactly the keys the document's
        // table names for its kind (position only while the ticket waits), and the example's.
        for (const QJsonObject &e : std::as_const(events))
            QVERIFY2(!e.contains(u"after"_s), qPrintable(e.value(u"type"_s).toString()));
        QList<QJsonObject> liveEvents;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                liveEvents.clear();
                for (const QJsonObject &m : std::as_const(live->received))
                    if (m.value(u"type"_s).toString() == u"event"_s)
                        liveEvents << m.value(u"event"_s).toObject();
                return liveEvents.size() == lastSeq;
            }(),
            10000);
        const QStringList afterLines
            = section(protocolDoc(), u"### What a live event left behind: `after`"_s);
        QStringList afterDocumented;
        for (const QStringList &row : tableRows(afterLines))
            afterDocumented << quoted(row.at(0));
        QStringList afterSent;
        for (const QJsonObject &e : std::as_const(liveEvents)) {
            const QString type = e.value(u"type"_s).toString();
            const QJsonObject after = e.value(u"after"_s).toObject();
            QStringList expected;
            if (type.startsWith(u"ticket."_s)) {
                expected << u"ticket"_s;
                if (after.value(u"ticket"_s).toObject().value(u"state"_s).toString()
                    == u"waiting"_s)
                    expected << u"position"_s;
                QCOMPARE(
                    after.value(u"ticket"_s).toObject().value(u"id"_s), e.value(u"ticketId"_s));
            } else if (type.startsWith(u"counter."_s)) {
                expected << u"counter"_s;
                QCOMPARE(
                    after.value(u"counter"_s).toObject().value(u"number"_s), e.value(u"counter"_s));
            }
            QVERIFY2(sorted(after.keys()) == sorted(expected),
                qPrintable(type + u": after has "_s + after.keys().join(u", "_s)));
            for (const QString &key : after.keys())
                afterSent << u"after."_s + key;
        }
        QCOMPARE(sorted(afterDocumented), sorted(afterSent));
        const QList<QJsonObject> afterExamples = jsonBlocks(afterLines);
        QVERIFY(!afterExamples.isEmpty());
        const QJsonObject example = afterExamples.first();
        const auto sameType = std::find_if(liveEvents.cbegin(), liveEvents.cend(),
            [&](const QJsonObject &e) { return e.value(u"type"_s) == example.value(u"type"_s); });
        QVERIFY(sameType != liveEvents.cend());
        QCOMPARE(sorted(example.keys()), sorted(sameType->keys()));
        QCOMPARE(sorted(example.value(u"after"_s).toObject().keys()),
            sorted(sameType->value(u"after"_s).toObject().keys()));

        // Live events carry no "replay"; caught-up ones carry "replay": true.
        for (const QJsonObject &m : std::as_const(board->received))
            if (m.value(u"type"_s).toString() == u"event"_s)
                QCOMPARE(m.value(u"replay"_s), QJsonValue(true));
        QVERIFY(isOk(h.ask(u"issueTicket"_s, {{u"service"_s, u"A"_s}})));
        QTRY_VERIFY(board->received.last().value(u"type"_s).toString() == u"event"_s);
        QString eventRow;
        for (const QStringList &row :
            tableRows(section(protocolDoc(), u"## Messages from the hub"_s)))
            if (row.at(0) == u"`event`"_s)
                eventRow = row.join(u" | "_s);
        QCOMPARE(eventRow.contains(u"`replay`"_s), true);
        QCOMPARE(eventRow.contains(u"absent from a live event"_s),
            !board->received.last().contains(u"replay"_s));

        // "Commands": which replies carry ticket, which counter; reportDevice's only re and ok.
        QString commandsText = section(protocolDoc(), u"## Commands"_s).join(u'\n');
        commandsText = commandsText.mid(commandsText.indexOf(u"A successful queue command"_s));
        const auto listAfter = [&](const QString &key) {
            const auto m = QRegularExpression(u"`"_s + key + u"` \\(([^)]*)\\)"_s)
                               .match(QString(commandsText).replace(u'\n', u' '));
            return quoted(m.captured(1));
        };
        const QStringList withTicket = listAfter(u"ticket"_s);
        const QStringList withCounter = listAfter(u"counter"_s);
        QVERIFY(!withTicket.isEmpty() && !withCounter.isEmpty());
        QStringList checked;
        for (auto it = h.replyKeys.cbegin(); it != h.replyKeys.cend(); ++it) {
            QStringList expected {u"type"_s, u"re"_s, u"ok"_s};
            if (it.key() == u"reportDevice"_s)
                QVERIFY(commandsText.contains(u"`reportDevice`'s reply has only `re` and `ok`"_s));
            else if (it.value().contains(u"eventSeq"_s))
                expected << u"eventSeq"_s; // a queue command
            else
                continue; // snapshot, subscribe
            if (withTicket.contains(it.key()))
                expected << u"ticket"_s;
            if (withCounter.contains(it.key()))
                expected << u"counter"_s;
            QVERIFY2(sorted(expected) == sorted(it.value()),
                qPrintable(it.key() + u": the document says "_s + sorted(expected).join(u", "_s)
                    + u"; the hub sent "_s + sorted(it.value()).join(u", "_s)));
            checked << it.key();
        }
        // Every command the document lists was tried in the session above.
        QCOMPARE(
            sorted(checked), sorted(withTicket + withCounter + QStringList {u"reportDevice"_s}));
    }

    // "Snapshot": every key of a real snapshot, at the top and one level down, is a row of the
    // table and every row is a key; the ticket and counter objects are those the hub sends.
    void snapshotIsDocumented()
    {
        QueueSettings queue;
        queue.openAllDay = true;
        TestHub h(queue);
        const QJsonObject opened
            = h.ask(u"openCounter"_s, {{u"counter"_s, 3}, {u"services"_s, QJsonArray {u"A"_s}}});
        QVERIFY(isOk(opened));
        const QJsonObject issued = h.ask(u"issueTicket"_s, {{u"service"_s, u"A"_s}});
        QVERIFY(isOk(issued));
        h.nowMs += 60000;
        QVERIFY(!h.issue().isEmpty());
        h.nowMs += 120000;
        QCOMPARE(stateOf(h.ask(u"callNext"_s, {{u"counter"_s, 3}})), u"called"_s);
        const QJsonObject snapshot = h.ask(u"snapshot"_s).value(u"snapshot"_s).toObject();
        // The document's example is this one (SADUAK_PRINT_SNAPSHOT=1 prints it).
        if (qEnvironmentVariableIsSet("SADUAK_PRINT_SNAPSHOT"))
            qInfo().noquote() << QJsonDocument(snapshot).toJson(QJsonDocument::Compact);

        const QStringList lines = section(protocolDoc(), u"### Ticket and counter objects"_s);
        const QList<QJsonObject> objects = jsonBlocks(lines);
        QCOMPARE(objects.size(), 2); // a ticket, a counter
        const QStringList ticketKeys = sorted(objects.at(0).keys());
        const QStringList counterKeys = sorted(objects.at(1).keys());
        QCOMPARE(ticketKeys, sorted(issued.value(u"ticket"_s).toObject().keys()));
        QCOMPARE(counterKeys, sorted(opened.value(u"counter"_s).toObject().keys()));

        // Snapshot keys as the table names them: "queues", "queues[].waiting"; a counter's own
        // keys are the counter object's, documented above.
        QSet<QString> real;
        bool heldTicket = false;
        for (auto it = snapshot.begin(); it != snapshot.end(); ++it) {
            real.insert(it.key());
            QVERIFY2(
                !it.value().isArray() || !it.value().toArray().isEmpty(), qPrintable(it.key()));
            for (const QJsonValue &item : it.value().toArray()) {
                for (const QString &key : item.toObject().keys()) {
                    if (it.key() == u"counters"_s && counterKeys.contains(key))
                        continue;
                    real.insert(it.key() + u"[]."_s + key);
                }
                if (it.key() == u"counters"_s) {
                    const QJsonObject counter = item.toObject();
                    for (const QString &key : counterKeys)
                        QVERIFY2(counter.contains(key), qPrintable(key));
                    if (counter.contains(u"currentTicket"_s)) {
                        heldTicket = true;
                        QCOMPARE(sorted(counter.value(u"currentTicket"_s).toObject().keys()),
                            ticketKeys);
                    }
                }
            }
        }
        QVERIFY(heldTicket);
        QStringList documented;
        for (const QStringList &row : tableRows(section(protocolDoc(), u"### Snapshot"_s))) {
            QVERIFY2(quoted(row.at(0)).size() == 1, qPrintable(row.join(u'|')));
            documented << quoted(row.at(0)).first();
        }
        QCOMPARE(sorted(documented), sorted(real));
    }

    // "Ticket states and commands": each command tried on a ticket in each state answers ok
    // where the table allows it and illegalTransition elsewhere; notAtThisCounter where the
    // table says so, for a ticket held at another counter.
    void stateTableIsTrue()
    {
        QueueSettings queue;
        queue.openAllDay = true;
        queue.recallPauseSeconds = 0; // a recall right after the call is allowed by its state
        TestHub h(queue);
        QVERIFY(isOk(h.ask(
            u"openCounter"_s, {{u"counter"_s, 3}, {u"services"_s, QJsonArray {u"A"_s, u"B"_s}}})));
        QVERIFY(isOk(
            h.ask(u"openCounter"_s, {{u"counter"_s, 4}, {u"services"_s, QJsonArray {u"C"_s}}})));

        QHash<QString, QStringList> allowed;
        QHash<QString, QString> otherwise;
        for (const QStringList &row :
            tableRows(section(protocolDoc(), u"### Ticket states and commands"_s))) {
            QVERIFY2(row.size() == 3 && quoted(row.at(0)).size() == 1, qPrintable(row.join(u'|')));
            allowed.insert(quoted(row.at(0)).first(), quoted(row.at(1)));
            otherwise.insert(quoted(row.at(0)).first(), row.at(2));
        }
        const QStringList commands {u"recall"_s, u"startService"_s, u"finishService"_s,
            u"markNoShow"_s, u"park"_s, u"returnToQueue"_s, u"transfer"_s, u"cancel"_s,
            u"changePriority"_s};
        QCOMPARE(sorted(allowed.keys()), sorted(commands));
        const QStringList states {u"waiting"_s, u"called"_s, u"serving"_s, u"parked"_s, u"done"_s,
            u"noShow"_s, u"cancelled"_s, u"closedAtRollover"_s};

        const auto tryCommand = [&](const QString &command, const QString &ticket, int counter) {
            if (command == u"returnToQueue"_s || command == u"cancel"_s)
                return h.ask(command, {{u"ticket"_s, ticket}});
            if (command == u"changePriority"_s)
                return h.ask(command, {{u"ticket"_s, ticket}, {u"priority"_s, u"elderly"_s}});
            if (command == u"transfer"_s)
                return h.ask(command,
                    {{u"counter"_s, counter}, {u"ticket"_s, ticket}, {u"toService"_s, u"B"_s}});
            return h.atCounter(command, ticket, counter);
        };
        for (const QString &command : commands) {
            QStringList observed;
            for (const QString &state : states) {
                // A ticket of service A in this state; nothing else waits, counter 3 is free.
                const QString ticket = h.issue();
                QVERIFY(!ticket.isEmpty());
                if (state != u"waiting"_s && state != u"cancelled"_s
                    && state != u"closedAtRollover"_s)
                    QCOMPARE(stateOf(h.ask(u"callNext"_s, {{u"counter"_s, 3}})), u"called"_s);
                if (state == u"serving"_s || state == u"done"_s)
                    QVERIFY(isOk(h.atCounter(u"startService"_s, ticket)));
                if (state == u"done"_s)
                    QVERIFY(isOk(h.atCounter(u"finishService"_s, ticket)));
                if (state == u"parked"_s)
                    QVERIFY(isOk(h.atCounter(u"park"_s, ticket)));
                if (state == u"noShow"_s)
                    QVERIFY(isOk(h.atCounter(u"markNoShow"_s, ticket)));
                if (state == u"cancelled"_s)
                    QVERIFY(isOk(h.ask(u"cancel"_s, {{u"ticket"_s, ticket}})));
                if (state == u"closedAtRollover"_s)
                    h.nowMs += dayMs; // the command below rolls the day over first

                const QJsonObject answer = tryCommand(command, ticket, 3);
                const QString context = command + u" on a "_s + state + u" ticket"_s;
                QString now = state;
                if (isOk(answer)) {
                    observed << state;
                    now = stateOf(answer);
                } else {
                    QVERIFY2(codeOf(answer) == u"illegalTransition"_s,
                        qPrintable(context + u": "_s + codeOf(answer)));
                }
                // Clear up: the ticket out of the queue and off counter 3.
                if (now == u"waiting"_s || now == u"parked"_s)
                    QVERIFY(isOk(h.ask(u"cancel"_s, {{u"ticket"_s, ticket}})));
                if (now == u"serving"_s)
                    QVERIFY(isOk(h.atCounter(u"finishService"_s, ticket)));
                if (now == u"called"_s)
                    QVERIFY(isOk(h.atCounter(u"markNoShow"_s, ticket)));
            }
            QVERIFY2(sorted(observed) == sorted(allowed.value(command)),
                qPrintable(command + u": the document allows "_s
                    + sorted(allowed.value(command)).join(u", "_s) + u"; the hub allowed "_s
                    + sorted(observed).join(u", "_s)));

            // A ticket called at counter 3, the command sent for counter 4.
            const QString ticket = h.issue();
            QCOMPARE(stateOf(h.ask(u"callNext"_s, {{u"counter"_s, 3}})), u"called"_s);
            const QJsonObject elsewhere = tryCommand(command, ticket, 4);
            const bool takesCounter = command != u"returnToQueue"_s && command != u"cancel"_s
                && command != u"changePriority"_s;
            if (takesCounter)
                QCOMPARE(codeOf(elsewhere), u"notAtThisCounter"_s);
            QVERIFY2(otherwise.value(command).contains(u"`notAtThisCounter`"_s) == takesCounter,
                qPrintable(command + u": "_s + otherwise.value(command)));
            QVERIFY2(otherwise.value(command).contains(u"`illegalTransition`"_s),
                qPrintable(command + u": "_s + otherwise.value(command)));
            if (!isOk(elsewhere) || stateOf(elsewhere) == u"called"_s)
                QVERIFY(isOk(h.atCounter(u"markNoShow"_s, ticket)));
            else if (stateOf(elsewhere) == u"serving"_s)
                QVERIFY(isOk(h.atCounter(u"finishService"_s, ticket)));
        }
    }

    // "Counter states and commands": each counter command tried from each counter state answers
    // ok where the table allows it and, elsewhere, a refusal the row names.
    void counterStateTableIsTrue()
    {
        QueueSettings queue;
        queue.openAllDay = true;
        TestHub h(queue);
        QHash<QString, QStringList> allowed;
        QHash<QString, QString> otherwise;
        for (const QStringList &row :
            tableRows(section(protocolDoc(), u"### Counter states and commands"_s))) {
            QVERIFY2(row.size() == 3 && quoted(row.at(0)).size() == 1, qPrintable(row.join(u'|')));
            allowed.insert(quoted(row.at(0)).first(), quoted(row.at(1)));
            otherwise.insert(quoted(row.at(0)).first(), row.at(2));
        }
        const QStringList commands {u"openCounter"_s, u"pauseCounter"_s, u"closeCounter"_s,
            u"callNext"_s, u"setCallProfile"_s};
        QCOMPARE(sorted(allowed.keys()), sorted(commands));
        const QJsonObject three {{u"counter"_s, 3}};
        const QHash<QString, QJsonObject> fields {
            {u"openCounter"_s, {{u"counter"_s, 3}, {u"services"_s, QJsonArray {u"A"_s}}}},
            {u"pauseCounter"_s, {{u"counter"_s, 3}, {u"reason"_s, u"break"_s}}},
            {u"closeCounter"_s, three},
            {u"callNext"_s, three},
            {u"setCallProfile"_s, {{u"counter"_s, 3}, {u"mode"_s, u"priorityFirst"_s}}},
        };
        for (const QString &command : commands) {
            QStringList observed;
            for (const QString &state : {u"closed"_s, u"open"_s, u"paused"_s}) {
                // Counter 3 in this state, holding no ticket; one ticket waits for it.
                const QString counterState = h.ask(u"snapshot"_s)
                                                 .value(u"snapshot"_s)
                                                 .toObject()
                                                 .value(u"counters"_s)
                                                 .toArray()
                                                 .at(2)
                                                 .toObject()
                                                 .value(u"state"_s)
                                                 .toString();
                if (counterState != u"closed"_s)
                    QVERIFY(isOk(h.ask(u"closeCounter"_s, three)));
                if (state != u"closed"_s)
                    QVERIFY(isOk(h.ask(u"openCounter"_s, fields.value(u"openCounter"_s))));
                if (state == u"paused"_s)
                    QVERIFY(isOk(h.ask(u"pauseCounter"_s, fields.value(u"pauseCounter"_s))));
                const QString ticket = h.issue();

                const QJsonObject answer = h.ask(command, fields.value(command));
                if (isOk(answer))
                    observed << state;
                else
                    QVERIFY2(otherwise.value(command).contains(u"`"_s + codeOf(answer) + u"`"_s),
                        qPrintable(
                            command + u" on a "_s + state + u" counter: "_s + codeOf(answer)));
                // Clear up: the ticket out of the queue and off counter 3.
                if (stateOf(answer) == u"called"_s)
                    QVERIFY(isOk(h.atCounter(u"markNoShow"_s, ticket)));
                else
                    QVERIFY(isOk(h.ask(u"cancel"_s, {{u"ticket"_s, ticket}})));
            }
            QVERIFY2(sorted(observed) == sorted(allowed.value(command)),
                qPrintable(command + u": the document allows "_s
                    + sorted(allowed.value(command)).join(u", "_s) + u"; the hub allowed "_s
                    + sorted(observed).join(u", "_s)));
        }
    }

    // "Logging in": its example, line by line, from a counter PC of counter 3 at the hub's clock
    // the section names, with the account it names; and the rows of "Error codes" for the log-in's
    // refusals carry the sentences the hub sends (the lock-out's seconds in its args).
    void loggingInIsTrue()
    {
        QueueSettings queue;
        queue.openAllDay = true;
        TestHub h(queue);
        QVERIFY(addDocStaff(h.hub->database(), h.nowMs));
        const auto pairing = h.hub->devices().pair(Device::Role::Counter, u"Counter 3"_s, 3);
        RawPeer counter(h.hub->server()->url());
        QVERIFY(counter.waitConnected() && counter.hello(pairing->token));

        const QStringList lines = section(protocolDoc(), u"## Logging in"_s);
        QVERIFY(lines.join(u'\n').contains(
            u"`somchai` added with the password `"_s + QString::fromUtf8(docPassword) + u"`"_s));
        QVERIFY(lines.join(u'\n').contains(u"10:00 Bangkok time on 2026-11-26"_s));
        QStringList sent;
        QStringList expected;
        for (const QString &line : lines) {
            if (line.startsWith(u"→ "_s))
                sent << line.mid(2);
            else if (line.startsWith(u"← "_s))
                expected << line.mid(2);
        }
        QVERIFY(sent.size() >= 6);
        QCOMPARE(sent.size(), expected.size());
        QSet<QString> types;
        for (int i = 0; i < sent.size(); ++i) {
            QJsonParseError parseError;
            const QJsonObject message
                = QJsonDocument::fromJson(sent.at(i).toUtf8(), &parseError).object();
            QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(sent.at(i)));
            types << message.value(u"type"_s).toString();
            counter.send(message);
            const QJsonObject answer = counter.answer(message.value(u"id"_s).toString());
            QVERIFY2(!answer.isEmpty(), qPrintable(sent.at(i)));
            const QString got
                = QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact));
            QString differences = compare(expected.at(i), answer);
            // What compare does not look at: who the session is for, and until when.
            if (expected.at(i).contains(u"\"staff\":null"_s) && !answer.value(u"staff"_s).isNull())
                differences += u" staff: expected null"_s;
            const auto endsAt = QRegularExpression(u"\"endsAt\":(\\d+)"_s).match(expected.at(i));
            if (endsAt.hasMatch()
                && answer.value(u"endsAt"_s).toInteger() != endsAt.captured(1).toLongLong())
                differences += u" endsAt: expected "_s + endsAt.captured(1);
            QVERIFY2(differences.isEmpty(),
                qPrintable(sent.at(i) + u" → "_s + differences + u"\n   got "_s + got));
        }
        QCOMPARE(sorted(types),
            sorted(QStringList {u"logIn"_s, u"logOut"_s, u"staffSession"_s, u"callNext"_s}));

        // The refusals of "Logging in" as "Error codes" states them.
        QHash<QString, QString> rows;
        for (const QStringList &row : tableRows(section(protocolDoc(), u"## Error codes"_s)))
            for (const QString &code : quoted(row.at(0)))
                rows.insert(code, row.value(1));
        const auto ask = [&](const QJsonObject &fields) {
            static int n = 0;
            const QString id = u"x"_s + QString::number(++n);
            QJsonObject message = fields;
            message.insert(u"id"_s, id);
            counter.send(message);
            return counter.answer(id);
        };
        QList<QJsonObject> refusals {ask(QJsonObject {{u"type"_s, u"callNext"_s}})};
        for (int attempt = 1; attempt <= 5; ++attempt)
            refusals << ask(QJsonObject {{u"type"_s, u"logIn"_s}, {u"user"_s, docUser},
                {u"password"_s, QString(u"wrong "_s + QString::number(attempt))}});
        QCOMPARE(codeOf(refusals.at(0)), u"notLoggedIn"_s);
        QCOMPARE(codeOf(refusals.at(1)), u"logInRefused"_s);
        QCOMPARE(codeOf(refusals.at(5)), u"lockedOut"_s);
        for (const QJsonObject &refusal : {refusals.at(0), refusals.at(1), refusals.at(5)}) {
            const QJsonObject text = refusal.value(u"text"_s).toObject();
            const QString row = rows.value(codeOf(refusal));
            QVERIFY2(row.contains(u"`"_s + text.value(u"source"_s).toString() + u"`"_s)
                    && row.contains(u"`"_s + text.value(u"context"_s).toString() + u"`"_s),
                qPrintable(codeOf(refusal) + u": "_s + row));
            const auto args = QRegularExpression(u"`args` `\\[(.*?)\\]`"_s).match(row);
            QCOMPARE(args.hasMatch(), text.contains(u"args"_s));
        }
        // The first lock-out: 30 seconds to wait, the one argument the row names.
        QCOMPARE(
            refusals.at(5).value(u"text"_s).toObject().value(u"args"_s).toArray().at(0).toInteger(),
            qint64(30));
        QVERIFY(rows.value(u"lockedOut"_s).contains(u"`[<seconds to wait>]`"_s));
        // The person's sentences of forbidden, beside the device's.
        for (const QString &source : {u"A %1 may not do \"%2\"."_s,
                 u"A counter officer may not do \"%1\"."_s, u"A supervisor may not do \"%1\"."_s})
            QVERIFY2(
                rows.value(u"forbidden"_s).contains(u"`"_s + source + u"`"_s), qPrintable(source));
    }

    // "Error codes": the refusals a client explains from their args say so in their rows, with
    // the sentence the hub sends; for recallTooSoon the entry the row names as the seconds to
    // wait is the one that holds them.
    void refusalArgsAreDocumented()
    {
        QueueSettings queue;
        queue.openAllDay = true; // the recall pause stays 30 s
        TestHub h(queue);
        QVERIFY(isOk(
            h.ask(u"openCounter"_s, {{u"counter"_s, 3}, {u"services"_s, QJsonArray {u"A"_s}}})));
        const QString ticket = h.issue();
        QCOMPARE(stateOf(h.ask(u"callNext"_s, {{u"counter"_s, 3}})), u"called"_s);
        h.nowMs += 10000;
        const QJsonObject tooSoon = h.atCounter(u"recall"_s, ticket);
        const QJsonObject illegal = h.atCounter(u"finishService"_s, ticket);
        const QJsonObject elsewhere = h.atCounter(u"startService"_s, ticket, 4);
        const QJsonObject unknown = h.atCounter(u"startService"_s, u"no-such-ticket"_s);
        QCOMPARE(codeOf(tooSoon), u"recallTooSoon"_s);
        QCOMPARE(codeOf(illegal), u"illegalTransition"_s);
        QCOMPARE(codeOf(elsewhere), u"notAtThisCounter"_s);
        QCOMPARE(codeOf(unknown), u"ticketNotFound"_s);

        QHash<QString, QString> rows;
        for (const QStringList &row : tableRows(section(protocolDoc(), u"## Error codes"_s)))
            for (const QString &code : quoted(row.at(0)))
                rows.insert(code, row.value(1));
        for (const QJsonObject &error : {tooSoon, illegal, elsewhere}) {
            const QJsonObject text = error.value(u"text"_s).toObject();
            const QString row = rows.value(codeOf(error));
            QVERIFY2(row.contains(u"`"_s + text.value(u"source"_s).toString() + u"`"_s)
                    && row.contains(u"`"_s + text.value(u"context"_s).toString() + u"`"_s),
                qPrintable(codeOf(error) + u": "_s + row));
            // args as the row lists them: `args` `[…, …]`, one entry per argument.
            const auto m = QRegularExpression(u"`args` `\\[(.*?)\\]`"_s).match(row);
            QVERIFY2(m.hasMatch(), qPrintable(row));
            QCOMPARE(m.captured(1).split(u", "_s).size(), text.value(u"args"_s).toArray().size());
        }
        // The ticket was called 10 s ago: 10 s since, 20 s to wait.
        const QJsonArray args = tooSoon.value(u"text"_s).toObject().value(u"args"_s).toArray();
        const QStringList entries = QRegularExpression(u"`args` `\\[(.*?)\\]`"_s)
                                        .match(rows.value(u"recallTooSoon"_s))
                                        .captured(1)
                                        .split(u", "_s);
        qsizetype toWait = -1;
        for (qsizetype i = 0; i < entries.size(); ++i)
            if (entries.at(i).contains(u"to wait"_s))
                toWait = i;
        QVERIFY2(toWait >= 0, qPrintable(entries.join(u", "_s)));
        QCOMPARE(args.at(toWait).toInteger(), 20);
        // A sentence without arguments carries no args at all.
        QVERIFY(!unknown.value(u"text"_s).toObject().contains(u"args"_s));
    }
    // "at most 500": of 503 rows refused one after the other, the latest 500, latest first.
    void deadLettersAreTheLatest500()
    {
        QueueSettings queue;
        queue.openAllDay = true;
        TestHub h(queue);
        QVERIFY(section(protocolDoc(), u"### Rows central refused: `deadLetters`"_s)
                    .join(u' ')
                    .contains(u"latest refused first, at most 500"_s));
        Database &db = h.hub->database();
        QList<qint64> seqs;
        {
            WriteTransaction tx(db.connection());
            for (int i = 0; i < 503; ++i) {
                OutboxRow row;
                row.kind = u"event"_s;
                row.payload = {{u"n"_s, i}};
                QVERIFY(!Outbox::append(db, row).isEmpty());
                QSqlQuery last(db.connection());
                QVERIFY(last.exec(u"SELECT max(seq) FROM outbox"_s) && last.next());
                seqs << last.value(0).toLongLong();
            }
            QVERIFY(tx.commit());
        }
        OutboxPushStore store(db);
        for (int i = 0; i < seqs.size(); ++i)
            QVERIFY(store.deadLetter(seqs.at(i), 200, u"refused"_s, morningMs + i));
        const QJsonArray listed = h.ask(u"deadLetters"_s).value(u"deadLetters"_s).toArray();
        QCOMPARE(listed.size(), qsizetype(500));
        QCOMPARE(listed.first().toObject().value(u"seq"_s).toInteger(), seqs.last());
        QCOMPARE(listed.last().toObject().value(u"seq"_s).toInteger(), seqs.at(3));
        QCOMPARE(listed.last().toObject().value(u"deadAt"_s).toInteger(), morningMs + 3);
    }

    // "Rows central refused: `deadLetters`": the rows the example lists, refused as it says, are
    // answered exactly so (its table's keys, the latest refused first), and no payload goes out.
    void deadLettersAreTrue()
    {
        QueueSettings queue;
        queue.openAllDay = true;
        TestHub h(queue);
        const QStringList lines
            = section(protocolDoc(), u"### Rows central refused: `deadLetters`"_s);
        QStringList sent;
        QStringList expected;
        for (const QString &line : lines) {
            if (line.startsWith(u"→ "_s))
                sent << line.mid(2);
            else if (line.startsWith(u"← "_s))
                expected << line.mid(2);
        }
        QCOMPARE(sent.size(), 1);
        QCOMPARE(expected.size(), 1);
        const QJsonObject reply = QJsonDocument::fromJson(expected.first().toUtf8()).object();
        const QJsonArray letters = reply.value(u"deadLetters"_s).toArray();
        QVERIFY(letters.size() >= 2);
        QStringList tableKeys;
        for (const QStringList &row : tableRows(lines))
            tableKeys << quoted(row.at(0));
        for (const QJsonValue &letter : letters)
            QCOMPARE(sorted(letter.toObject().keys()), sorted(tableKeys));

        // The rows, oldest first, at the seqs the example names (other rows in between), each
        // with a citizen's id in its payload; then refused as the example says.
        const QString citizenId = u"1101700230708"_s;
        QList<QJsonObject> oldestFirst;
        for (const QJsonValue &letter : letters)
            oldestFirst.prepend(letter.toObject());
        Database &db = h.hub->database();
        {
            WriteTransaction tx(db.connection());
            QVERIFY(tx.isActive());
            for (const QJsonObject &letter : std::as_const(oldestFirst)) {
                QString uuid;
                while (true) {
                    QSqlQuery last(db.connection());
                    QVERIFY(last.exec(u"SELECT coalesce(max(seq), 0) FROM outbox"_s) && last.next());
                    const qint64 next = last.value(0).toLongLong() + 1;
                    QVERIFY(next <= letter.value(u"seq"_s).toInteger());
                    const bool theRow = next == letter.value(u"seq"_s).toInteger();
                    OutboxRow row;
                    row.kind = theRow ? letter.value(u"kind"_s).toString() : u"event"_s;
                    row.payload = {{u"citizenId"_s, citizenId}};
                    row.createdAtMs = letter.value(u"createdAt"_s).toInteger();
                    QVERIFY(!Outbox::append(db, row).isEmpty());
                    if (theRow)
                        break;
                }
            }
            QVERIFY(tx.commit());
        }
        OutboxPushStore store(db);
        for (const QJsonObject &letter : std::as_const(oldestFirst)) {
            QString why;
            QVERIFY2(store.deadLetter(letter.value(u"seq"_s).toInteger(),
                         letter.value(u"httpStatus"_s).toInt(), letter.value(u"reason"_s).toString(),
                         letter.value(u"deadAt"_s).toInteger(), &why),
                qPrintable(why));
        }

        const QJsonObject message = QJsonDocument::fromJson(sent.first().toUtf8()).object();
        h.supervisor->send(message);
        const QJsonObject answer = h.supervisor->answer(message.value(u"id"_s).toString());
        QCOMPARE(answer, reply);
        QVERIFY(!QJsonDocument(answer).toJson().contains(citizenId.toLatin1()));
    }

    // "The last days: `recentDays`": the days its example tells of, played on a real hub through
    // the supervisor's PC on the days it names, are answered exactly as its lines say.
    void recentDaysIsTrue()
    {
        QueueSettings queue;
        queue.openAllDay = true;
        TestHub h(queue);
        const auto at = [&h](int day, int hour, int minute) {
            h.nowMs = QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone(7 * 3600))
                          .toMSecsSinceEpoch();
        };
        const auto ok = [](const QJsonObject &answer) {
            if (!isOk(answer))
                qFatal("refused: %s", QJsonDocument(answer).toJson().constData());
        };
        // The 23rd: A waits 10 and is served in 10; B waits 30 and does not come; C never called.
        at(23, 9, 0);
        ok(h.ask(u"openCounter"_s, {{u"counter"_s, 1}, {u"services"_s, QJsonArray {u"A"_s}}}));
        ok(h.ask(u"openCounter"_s, {{u"counter"_s, 3}, {u"services"_s, QJsonArray {u"B"_s}}}));
        const QString a = h.issue(u"A"_s);
        const QString b = h.issue(u"B"_s);
        h.issue(u"C"_s);
        at(23, 9, 10);
        ok(h.ask(u"callNext"_s, {{u"counter"_s, 1}}));
        ok(h.atCounter(u"startService"_s, a, 1));
        at(23, 9, 20);
        ok(h.atCounter(u"finishService"_s, a, 1));
        at(23, 9, 30);
        ok(h.ask(u"callNext"_s, {{u"counter"_s, 3}}));
        at(23, 9, 35);
        ok(h.atCounter(u"markNoShow"_s, b, 3));
        // The 25th: A waits 5, served in 10, transferred to B; there it waits 10, served in 20.
        at(25, 14, 0);
        const QString visit = h.issue(u"A"_s);
        at(25, 14, 5);
        ok(h.ask(u"callNext"_s, {{u"counter"_s, 1}}));
        ok(h.atCounter(u"startService"_s, visit, 1));
        at(25, 14, 15);
        ok(h.ask(u"transfer"_s,
            {{u"counter"_s, 1}, {u"ticket"_s, visit}, {u"toService"_s, u"B"_s}}));
        at(25, 14, 25);
        ok(h.ask(u"callNext"_s, {{u"counter"_s, 3}}));
        ok(h.atCounter(u"startService"_s, visit, 3));
        at(25, 14, 45);
        ok(h.atCounter(u"finishService"_s, visit, 3));
        h.nowMs = morningMs; // the 26th

        QStringList sent;
        QStringList expected;
        for (const QString &line : section(protocolDoc(), u"### The last days: `recentDays`"_s)) {
            if (line.startsWith(u"→ "_s))
                sent << line.mid(2);
            else if (line.startsWith(u"← "_s))
                expected << line.mid(2);
        }
        QCOMPARE(sent.size(), 1);
        QCOMPARE(expected.size(), 1);
        const QJsonObject message = QJsonDocument::fromJson(sent.first().toUtf8()).object();
        QVERIFY(!message.isEmpty());
        h.supervisor->send(message);
        QCOMPARE(h.supervisor->answer(message.value(u"id"_s).toString()),
            QJsonDocument::fromJson(expected.first().toUtf8()).object());
    }
};

QTEST_GUILESS_MAIN(TestProtocolDoc)
#include "tst_protocoldoc.moc"
