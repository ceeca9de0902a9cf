// docs/hub-protocol.md promises that someone can write a client from it alone. This test holds it
// to that: it replays the worked session of the document, line by line, against a real hub over
// a real WebSocket, and checks that every answer says what the document says it says.
#include <hub/branchhub.h>
#include <hub/devicestore.h>
#include <hub/hubmodules.h>
#include <hub/hubserver.h>
#include <modulehost/moduleloader.h>

#include <storage/database.h>

#include <QFile>
#include <QSqlQuery>
#include <QJsonDocument>
#include <QRegularExpression>
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
        u"state"_s, u"ticketNumber"_s, u"serviceCode"_s};
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
        const QHash<QString, QString> tokens {
            {u"<display token>"_s, hub->devices().pair(Device::Role::Display, u"Board"_s, 0)->token},
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

        // c7 left one audit row for central (c8 was refused and left none).
        QSqlQuery audit(hub->database().connection());
        QVERIFY(audit.exec(u"SELECT count(*) FROM outbox WHERE kind = 'idcard.read'"_s));
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
};

QTEST_GUILESS_MAIN(TestProtocolDoc)
#include "tst_protocoldoc.moc"
