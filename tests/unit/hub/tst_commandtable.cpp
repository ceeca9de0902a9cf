// The hub's one table of commands (app/hub/commandtable.h): which fields a message must carry and
// of which JSON type, and the order refusals come in — the rules every queue and module command
// is held to before it runs, and the person check: who must be logged in at a counter or
// supervisor PC (StaffGate). (Who may send what: rolesAllow, tests/unit/queuelink.)
#include <hub/commandtable.h>

#include <QHash>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;

Q_DECLARE_METATYPE(saduak::CommandField)
Q_DECLARE_METATYPE(saduak::StaffRole)

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

StaffMember member(const QString &user, StaffRole role)
{
    StaffMember m;
    m.id = qHash(user);
    m.userName = user;
    m.displayName = user;
    m.role = role;
    return m;
}

// Who is logged in where, as the test says, and the refusals the table reports: the table is pure
// (no database), so its gate is too. The hub's own gate (StaffCommands, on the staff sessions) is
// tested through the hub in tests/integration/hub.
class SeatingGate : public StaffGate
{
public:
    struct Refusal
    {
        QString device;
        QString user; // empty: nobody was logged in
        QString command;
        QString code;
    };

    void seat(const QString &deviceId, const StaffMember &person) { m_people.insert(deviceId, person); }
    void unseat(const QString &deviceId) { m_people.remove(deviceId); }

    std::optional<StaffMember> personAt(const Device &device, HubReply *) override
    {
        ++asked;
        const auto it = m_people.constFind(device.id);
        return it == m_people.cend() ? std::nullopt : std::optional<StaffMember>(*it);
    }
    void refused(const Device &device, const StaffMember *person, const QString &command,
        const HubReply &refusal) override
    {
        refusals.append(
            {device.id, person ? person->userName : QString(), command, refusal.errorCode});
    }

    int asked = 0;
    QList<Refusal> refusals;

private:
    QHash<QString, StaffMember> m_people;
};

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
        SeatingGate gate;
        gate.seat(counter.id, member(u"somchai"_s, StaffRole::Counter));
        table.setStaffGate(&gate);

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

    // A counter PC is a place, not a person: until somebody logs in there, every command that
    // needs a person is refused notLoggedIn — after the device's own role, before the fields —
    // and the handler never runs. The refusal is reported for the audit.
    void aCounterPcWithNobodyLoggedInIsRefusedNotLoggedIn()
    {
        QStringList calls;
        QStringList people;
        CommandTable table;
        HubCommand add = command(u"memo.add"_s, {DeviceRole::Counter},
            {{u"text"_s, Type::String}}, &calls);
        add.run = [&calls, &people](const Device &, const QJsonObject &, const QString &requestId,
                      const StaffMember *person) {
            calls.append(requestId);
            people.append(person ? person->userName : u"(nobody)"_s);
            return HubReply {{{u"done"_s, true}}, {}, {}, {}};
        };
        QVERIFY(table.add(add));
        const Device counter {u"dev-1"_s, DeviceRole::Counter, u"Counter 1"_s};
        const Device supervisor {u"dev-9"_s, DeviceRole::Supervisor, u"Supervisor PC"_s};
        const Device kiosk {u"dev-2"_s, DeviceRole::Kiosk, u"Kiosk"_s};
        const QJsonObject message {{u"id"_s, u"r1"_s}, {u"text"_s, u"hi"_s}};

        // No gate at all: nobody is logged in anywhere.
        QCOMPARE(table.execute(counter, u"memo.add"_s, message).errorCode, u"notLoggedIn"_s);

        SeatingGate gate;
        table.setStaffGate(&gate);
        const HubReply refused = table.execute(counter, u"memo.add"_s, message);
        QCOMPARE(refused.errorCode, u"notLoggedIn"_s);
        QVERIFY2(refused.errorText.toString().contains(u"Log in first"_s),
            qPrintable(refused.errorText.toString()));
        QCOMPARE(table.execute(supervisor, u"memo.add"_s, message).errorCode, u"notLoggedIn"_s);
        // Before the fields: a stranger learns nothing of what the command takes.
        QCOMPARE(table.execute(counter, u"memo.add"_s, {{u"text"_s, 5}}).errorCode,
            u"notLoggedIn"_s);
        // The device's role comes first: a kiosk is forbidden, whoever is (not) logged in.
        QCOMPARE(table.execute(kiosk, u"memo.add"_s, message).errorCode, u"forbidden"_s);
        QVERIFY(calls.isEmpty());

        QCOMPARE(gate.refusals.size(), 4);
        QCOMPARE(gate.refusals.at(0).device, counter.id);
        QCOMPARE(gate.refusals.at(0).user, QString());
        QCOMPARE(gate.refusals.at(0).command, u"memo.add"_s);
        QCOMPARE(gate.refusals.at(0).code, u"notLoggedIn"_s);
        QCOMPARE(gate.refusals.at(1).device, supervisor.id);
        QCOMPARE(gate.refusals.at(1).code, u"notLoggedIn"_s);
        QCOMPARE(gate.refusals.at(3).device, kiosk.id);
        QCOMPARE(gate.refusals.at(3).code, u"forbidden"_s);

        // Somebody logs in at the counter: the handler runs, and knows who.
        gate.seat(counter.id, member(u"somchai"_s, StaffRole::Counter));
        QVERIFY(table.execute(counter, u"memo.add"_s, message).ok());
        QCOMPARE(calls, QStringList {u"dev-1/r1"_s});
        QCOMPARE(people, QStringList {u"somchai"_s});
        // Bound to the device, not the branch: the supervisor PC still has nobody.
        QCOMPARE(table.execute(supervisor, u"memo.add"_s, message).errorCode, u"notLoggedIn"_s);
        // And a log-out is the end of it.
        gate.unseat(counter.id);
        QCOMPARE(table.execute(counter, u"memo.add"_s, {{u"id"_s, u"r2"_s}, {u"text"_s, u"x"_s}})
                     .errorCode,
            u"notLoggedIn"_s);
        QCOMPARE(calls.size(), 1);
    }

    // The person's role, after the device's: an officer at a supervisor's PC may not do what only
    // a supervisor may; a supervisor may not do what only an admin may; each role covers the ones
    // below it.
    void aPersonIsRefusedWhatTheirRoleDoesNotCover_data()
    {
        QTest::addColumn<StaffRole>("needed");
        QTest::addColumn<StaffRole>("has");
        QTest::addColumn<QString>("refusal"); // empty: runs
        QTest::newRow("officer, supervisor's command")
            << StaffRole::Supervisor << StaffRole::Counter
            << u"A counter officer may not do \"memo.close\"."_s;
        QTest::newRow("supervisor, supervisor's command")
            << StaffRole::Supervisor << StaffRole::Supervisor << QString();
        QTest::newRow("admin, supervisor's command")
            << StaffRole::Supervisor << StaffRole::Admin << QString();
        QTest::newRow("supervisor, admin's command")
            << StaffRole::Admin << StaffRole::Supervisor
            << u"A supervisor may not do \"memo.close\"."_s;
        QTest::newRow("officer, admin's command")
            << StaffRole::Admin << StaffRole::Counter
            << u"A counter officer may not do \"memo.close\"."_s;
        QTest::newRow("admin, admin's command") << StaffRole::Admin << StaffRole::Admin << QString();
        QTest::newRow("officer, officer's command")
            << StaffRole::Counter << StaffRole::Counter << QString();
    }
    void aPersonIsRefusedWhatTheirRoleDoesNotCover()
    {
        QFETCH(StaffRole, needed);
        QFETCH(StaffRole, has);
        QFETCH(QString, refusal);
        QStringList calls;
        CommandTable table;
        HubCommand close = command(u"memo.close"_s, {DeviceRole::Supervisor},
            {{u"count"_s, Type::Integer}}, &calls);
        close.staffRole = needed;
        QVERIFY(table.add(close));
        const Device supervisorPc {u"dev-9"_s, DeviceRole::Supervisor, u"Supervisor PC"_s};
        SeatingGate gate;
        gate.seat(supervisorPc.id, member(u"malee"_s, has));
        table.setStaffGate(&gate);

        // A bad field too: the person's role is refused before the fields are read.
        const HubReply reply = table.execute(supervisorPc, u"memo.close"_s,
            {{u"id"_s, u"r1"_s}, {u"count"_s, refusal.isEmpty() ? QJsonValue(1) : u"x"_s}});
        if (refusal.isEmpty()) {
            QVERIFY2(reply.ok(), qPrintable(reply.errorCode));
            QCOMPARE(calls, QStringList {u"dev-9/r1"_s});
            QVERIFY(gate.refusals.isEmpty());
            return;
        }
        QCOMPARE(reply.errorCode, u"forbidden"_s);
        QCOMPARE(reply.errorText.toString(), refusal);
        QVERIFY(calls.isEmpty());
        QCOMPARE(gate.refusals.size(), 1);
        QCOMPARE(gate.refusals.first().device, supervisorPc.id);
        QCOMPARE(gate.refusals.first().user, u"malee"_s); // who was refused, for the audit
        QCOMPARE(gate.refusals.first().command, u"memo.close"_s);
        QCOMPARE(gate.refusals.first().code, u"forbidden"_s);
    }

    // What needs nobody (staffRole unset: what a board may also ask, logging in itself) runs at a
    // counter PC where nobody is logged in; the gate is not even asked.
    void aCommandWithoutAStaffRoleRunsWithoutAnyone()
    {
        QStringList calls;
        QStringList people;
        CommandTable table;
        HubCommand figures = command(u"memo.figures"_s,
            {DeviceRole::Counter, DeviceRole::Display}, {}, &calls);
        figures.staffRole = std::nullopt;
        figures.run = [&calls, &people](const Device &, const QJsonObject &,
                          const QString &requestId, const StaffMember *person) {
            calls.append(requestId);
            people.append(person ? person->userName : u"(nobody)"_s);
            return HubReply {{{u"done"_s, true}}, {}, {}, {}};
        };
        QVERIFY(table.add(figures));
        SeatingGate gate;
        table.setStaffGate(&gate);
        const Device counter {u"dev-1"_s, DeviceRole::Counter, u"Counter 1"_s};
        const Device board {u"dev-3"_s, DeviceRole::Display, u"Board"_s};
        QVERIFY(table.execute(counter, u"memo.figures"_s, {{u"id"_s, u"a"_s}}).ok());
        QVERIFY(table.execute(board, u"memo.figures"_s, {{u"id"_s, u"b"_s}}).ok());
        QCOMPARE(calls, (QStringList {u"dev-1/a"_s, u"dev-3/b"_s}));
        QCOMPARE(people, (QStringList {u"(nobody)"_s, u"(nobody)"_s}));
        QCOMPARE(gate.asked, 0);
        QVERIFY(gate.refusals.isEmpty());
    }

    // Kiosks and boards are paired devices, not places where a person logs in: a command that
    // needs an officer at a counter PC runs from a kiosk with nobody, and no person is given.
    void aKioskNeedsNobody()
    {
        QStringList calls;
        QStringList people;
        CommandTable table;
        HubCommand issue = command(u"memo.issue"_s, {DeviceRole::Kiosk, DeviceRole::Counter},
            {{u"text"_s, Type::String}}, &calls);
        QVERIFY(issue.staffRole == StaffRole::Counter); // the default
        issue.run = [&calls, &people](const Device &, const QJsonObject &,
                        const QString &requestId, const StaffMember *person) {
            calls.append(requestId);
            people.append(person ? person->userName : u"(nobody)"_s);
            return HubReply {{{u"done"_s, true}}, {}, {}, {}};
        };
        QVERIFY(table.add(issue));
        SeatingGate gate;
        table.setStaffGate(&gate);
        const Device kiosk {u"dev-2"_s, DeviceRole::Kiosk, u"Kiosk"_s};
        const Device counter {u"dev-1"_s, DeviceRole::Counter, u"Counter 1"_s};
        const QJsonObject message {{u"id"_s, u"k1"_s}, {u"text"_s, u"hi"_s}};
        QVERIFY(table.execute(kiosk, u"memo.issue"_s, message).ok());
        QCOMPARE(people, QStringList {u"(nobody)"_s});
        QCOMPARE(gate.asked, 0);
        // The same command from a counter PC needs its officer.
        QCOMPARE(table.execute(counter, u"memo.issue"_s, message).errorCode, u"notLoggedIn"_s);
        QCOMPARE(calls, QStringList {u"dev-2/k1"_s});
        QVERIFY(!CommandTable::needsPerson(issue, kiosk));
        QVERIFY(CommandTable::needsPerson(issue, counter));
    }

    // A counter PC's officer acting for another counter is refused for the counter, not the
    // person, and the refusal names the person for the audit.
    void aRefusedWorkplaceIsReportedWithThePerson()
    {
        QStringList calls;
        CommandTable table;
        QVERIFY(table.add(command(u"memo.call"_s, {DeviceRole::Counter},
            {{u"counter"_s, Type::Integer}, {u"note"_s, Type::String, false}}, &calls)));
        SeatingGate gate;
        table.setStaffGate(&gate);
        const Device counter3 {u"dev-3"_s, DeviceRole::Counter, u"Counter 3"_s, 3};
        gate.seat(counter3.id, member(u"somchai"_s, StaffRole::Counter));
        QCOMPARE(table.execute(counter3, u"memo.call"_s, {{u"id"_s, u"a"_s}, {u"counter"_s, 4}})
                     .errorCode,
            u"forbidden"_s);
        QVERIFY(calls.isEmpty());
        QCOMPARE(gate.refusals.size(), 1);
        QCOMPARE(gate.refusals.first().user, u"somchai"_s);
        QCOMPARE(gate.refusals.first().code, u"forbidden"_s);
        // A bad field is the sender's mistake, not a refusal of who they are: no audit row.
        QCOMPARE(table.execute(counter3, u"memo.call"_s, {{u"id"_s, u"b"_s}, {u"note"_s, 5}})
                     .errorCode,
            u"badRequest"_s);
        QCOMPARE(gate.refusals.size(), 1);
        QVERIFY(table.execute(counter3, u"memo.call"_s, {{u"id"_s, u"c"_s}}).ok());
        QCOMPARE(calls, QStringList {u"dev-3/c"_s});
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
        SeatingGate gate;
        gate.seat(counter.id, member(u"somchai"_s, StaffRole::Counter));
        table.setStaffGate(&gate);
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
