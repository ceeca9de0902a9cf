// The hub's one table of commands (app/hub/commandtable.h): which fields a message must carry and
// of which JSON type, and the order refusals come in — the rules every queue and module command
// is held to before it runs. (Who may send what: rolesAllow, tests/unit/queuelink.)
#include <hub/commandtable.h>

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;

Q_DECLARE_METATYPE(saduak::CommandField)

namespace {

using Type = CommandField::Type;

HubCommand command(const QString &name, QList<DeviceRole> roles, QList<CommandField> fields,
    QStringList *calls)
{
    return {name, roles, fields, false, u"test"_s,
        [calls](const Device &, const QJsonObject &, const QString &requestId, const StaffMember *) {
            calls->append(requestId);
            return HubReply {{{u"done"_s, true}}, {}, {}, {}};
        }};
}

} // namespace

class TestCommandTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldsAreCheckedByType_data()
    {
        QTest::addColumn<CommandField>("field");
        QTest::addColumn<QJsonObject>("message");
        QTest::addColumn<bool>("fits");
        const CommandField text {u"f"_s, Type::String, true, 5};
        const CommandField optionalText {u"f"_s, Type::String, false, 5};
        const CommandField whole {u"f"_s, Type::Integer};
        const CommandField flag {u"f"_s, Type::Boolean};
        const CommandField list {u"f"_s, Type::Array, false};
        QTest::newRow("text") << text << QJsonObject {{u"f"_s, u"abc"_s}} << true;
        QTest::newRow("text missing") << text << QJsonObject {} << false;
        QTest::newRow("text empty when required") << text << QJsonObject {{u"f"_s, u""_s}} << false;
        QTest::newRow("text too long") << text << QJsonObject {{u"f"_s, u"abcdef"_s}} << false;
        QTest::newRow("a number for text") << text << QJsonObject {{u"f"_s, 3}} << false;
        QTest::newRow("optional text absent") << optionalText << QJsonObject {} << true;
        QTest::newRow("optional text empty") << optionalText << QJsonObject {{u"f"_s, u""_s}} << true;
        QTest::newRow("optional text null") << optionalText << QJsonObject {{u"f"_s, QJsonValue()}}
                                            << false;
        QTest::newRow("whole number") << whole << QJsonObject {{u"f"_s, 7}} << true;
        QTest::newRow("fraction") << whole << QJsonObject {{u"f"_s, 7.5}} << false;
        QTest::newRow("negative") << whole << QJsonObject {{u"f"_s, -1}} << false;
        QTest::newRow("text for a number") << whole << QJsonObject {{u"f"_s, u"7"_s}} << false;
        QTest::newRow("boolean") << flag << QJsonObject {{u"f"_s, false}} << true;
        QTest::newRow("0 for a boolean") << flag << QJsonObject {{u"f"_s, 0}} << false;
        QTest::newRow("array") << list << QJsonObject {{u"f"_s, QJsonArray {1}}} << true;
        QTest::newRow("object for an array") << list << QJsonObject {{u"f"_s, QJsonObject {}}}
                                             << false;
    }
    void fieldsAreCheckedByType()
    {
        QFETCH(CommandField, field);
        QFETCH(QJsonObject, message);
        QFETCH(bool, fits);
        QCOMPARE(CommandTable::badField({field}, message).isEmpty(), fits);
    }

    void refusalsComeBeforeTheHandlerInOrder()
    {
        QStringList calls;
        CommandTable table;
        QVERIFY(table.add(command(u"memo.add"_s, {DeviceRole::Counter},
            {{u"text"_s, Type::String}, {u"count"_s, Type::Integer}}, &calls)));
        const Device counter {u"dev-1"_s, DeviceRole::Counter, u"Counter 1"_s};
        const Device kiosk {u"dev-2"_s, DeviceRole::Kiosk, u"Kiosk"_s};

        QCOMPARE(table.execute(counter, u"memo.nothing"_s, {}).errorCode, u"unknownCommand"_s);
        QCOMPARE(table.execute(kiosk, u"memo.add"_s, {}).errorCode, u"forbidden"_s);
        const HubReply bad = table.execute(counter, u"memo.add"_s, {{u"count"_s, u"x"_s}});
        QCOMPARE(bad.errorCode, u"badRequest"_s);
        QVERIFY2(bad.errorText.toString().contains(u"\"text\""_s), qPrintable(bad.errorMessage));
        QVERIFY(calls.isEmpty()); // nothing refused ever reached the handler

        const HubReply ok = table.execute(
            counter, u"memo.add"_s, {{u"id"_s, u"r1"_s}, {u"text"_s, u"hi"_s}, {u"count"_s, 2}});
        QVERIFY(ok.ok());
        // The request id is the device's own: another device's "r1" is another request.
        QCOMPARE(calls, QStringList {u"dev-1/r1"_s});
    }

    void refusesCommandsThatCannotBeServed()
    {
        QStringList calls;
        CommandTable table;
        QString why;
        QVERIFY(table.add(command(u"memo.add"_s, {DeviceRole::Counter}, {}, &calls), &why));
        QVERIFY(!table.add(command(u"memo.add"_s, {DeviceRole::Counter}, {}, &calls), &why));
        QVERIFY(why.contains(u"exists already"_s));
        QVERIFY(!table.add(command(u"memo.list"_s, {}, {}, &calls), &why)); // nobody may
        QVERIFY(!table.add(command(u"Memo.add list"_s, {DeviceRole::Counter}, {}, &calls), &why));
        QVERIFY(!table.add(
            command(u"memo.odd"_s, {DeviceRole::Counter}, {{u"id"_s, Type::String}}, &calls), &why));
        QVERIFY(why.contains(u"protocol owns"_s));
        HubCommand noHandler = command(u"memo.none"_s, {DeviceRole::Counter}, {}, &calls);
        noHandler.run = {};
        QVERIFY(!table.add(noHandler, &why));
        // A rule for a field the command does not take would never be asked.
        QVERIFY(!table.add(command(u"memo.ruled"_s, {DeviceRole::Counter}, {}, &calls),
            {{u"colour"_s, [](const QJsonValue &) { return true; }}}, &why));
        QVERIFY(why.contains(u"colour"_s));
        QCOMPARE(table.commands().size(), 1);
    }

    // A value of the right JSON type may still be no value of its kind: the rule names it, in
    // the order of the fields, before the handler sees it.
    void aRuleRefusesAValueOfItsTypeButNotOfItsKind()
    {
        QStringList calls;
        CommandTable table;
        const FieldRule colours {u"colour"_s, [](const QJsonValue &v) {
                                     return v.toString() == u"red"_s || v.toString() == u"blue"_s;
                                 }};
        QVERIFY(table.add(command(u"memo.paint"_s, {DeviceRole::Counter},
                              {{u"colour"_s, Type::String, false}, {u"count"_s, Type::Integer}},
                              &calls),
            {colours}));
        const Device counter {u"dev-1"_s, DeviceRole::Counter, u"Counter 1"_s};
        const HubReply green = table.execute(
            counter, u"memo.paint"_s, {{u"id"_s, u"a"_s}, {u"colour"_s, u"green"_s}, {u"count"_s, 1}});
        QCOMPARE(green.errorCode, u"badRequest"_s);
        QCOMPARE(green.errorText.toJson().value(u"args"_s).toArray(), QJsonArray {u"colour"_s});
        // The first field at fault: the colour before the count.
        QCOMPARE(CommandTable::badField(table.find(u"memo.paint"_s)->fields, {colours},
                     {{u"colour"_s, u"green"_s}, {u"count"_s, u"x"_s}}),
            u"colour"_s);
        QVERIFY(calls.isEmpty());
        QVERIFY(table.execute(counter, u"memo.paint"_s, {{u"id"_s, u"b"_s}, {u"count"_s, 1}}).ok());
        QVERIFY(table
                    .execute(counter, u"memo.paint"_s,
                        {{u"id"_s, u"c"_s}, {u"colour"_s, u"red"_s}, {u"count"_s, 1}})
                    .ok());
        QCOMPARE(calls.size(), 2);
    }

    // What makes a repeat of an id the same request: the type and the declared fields' values.
    void theDigestIsOfTheTypeAndTheDeclaredFields()
    {
        const QList<CommandField> fields {{u"service"_s, Type::String},
            {u"priority"_s, Type::String, false}};
        const auto digest = [&fields](const QString &type, const QJsonObject &m) {
            return CommandTable::requestDigest(type, fields, m);
        };
        const QString a = digest(u"issueTicket"_s, {{u"id"_s, u"1"_s}, {u"service"_s, u"A"_s}});
        QCOMPARE(a.size(), 64); // SHA-256, hex
        QCOMPARE(digest(u"issueTicket"_s,
                     {{u"service"_s, u"A"_s}, {u"id"_s, u"2"_s}, {u"note"_s, u"not declared"_s}}),
            a);
        QVERIFY(digest(u"issueTicket"_s, {{u"service"_s, u"B"_s}}) != a);
        QVERIFY(digest(u"issueTicket"_s, {{u"service"_s, u"A"_s}, {u"priority"_s, u"normal"_s}})
            != a);
        QVERIFY(digest(u"otherCommand"_s, {{u"service"_s, u"A"_s}}) != a);
        // "1" and 1 are other values.
        QVERIFY(digest(u"issueTicket"_s, {{u"service"_s, 1}})
            != digest(u"issueTicket"_s, {{u"service"_s, u"1"_s}}));
    }

    void subscribesAfterSeqIsAWholeNumber_data()
    {
        QTest::addColumn<QJsonObject>("message");
        QTest::addColumn<bool>("fits");
        QTest::newRow("absent: from now") << QJsonObject {} << true;
        QTest::newRow("0") << QJsonObject {{u"afterSeq"_s, 0}} << true;
        QTest::newRow("beyond 32 bits")
            << QJsonObject {{u"afterSeq"_s, double(qint64(1) << 40)}} << true;
        QTest::newRow("text") << QJsonObject {{u"afterSeq"_s, u"0"_s}} << false;
        QTest::newRow("negative") << QJsonObject {{u"afterSeq"_s, -1}} << false;
        QTest::newRow("fraction") << QJsonObject {{u"afterSeq"_s, 1.5}} << false;
        QTest::newRow("null") << QJsonObject {{u"afterSeq"_s, QJsonValue()}} << false;
    }
    void subscribesAfterSeqIsAWholeNumber()
    {
        QFETCH(QJsonObject, message);
        QFETCH(bool, fits);
        const QString bad = CommandTable::badProtocolField(u"subscribe"_s, message);
        QCOMPARE(bad.isEmpty(), fits);
        if (!fits)
            QCOMPARE(bad, u"afterSeq"_s);
        QVERIFY(CommandTable::badProtocolField(u"ping"_s, message).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommandTable)
#include "tst_commandtable.moc"
