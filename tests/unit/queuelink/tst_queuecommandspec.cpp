// The queue's command table without handlers (app/queuelink/queuecommandspec.h): who may send
// which queue command — the device's role and the person logged in at it — as QueueLink::may tells
// a screen, read on a device that has no hub in it, and such a device loads nothing of SQL.
#include <queuelink/queuecommandspec.h>
#include <queuelink/queuelink.h>

#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;

Q_DECLARE_METATYPE(QList<saduak::DeviceRole>)
Q_DECLARE_METATYPE(saduak::DeviceRole)
Q_DECLARE_METATYPE(std::optional<saduak::StaffRole>)

namespace {

// A link that knows its role and holds the commands it is asked to send until the test answers
// them with what a hub would say: enough for may() and for who is logged in here. Answers pass
// QueueLink::noticeReply first, as RemoteQueueLink's do.
class RoleOnlyLink : public QueueLink
{
public:
    struct Sent
    {
        QString type;
        QJsonObject params;
        RawDone done;
    };

    explicit RoleOnlyLink(std::optional<DeviceRole> role) : m_role(role) { }
    State state() const override { return State::Connecting; }
    std::optional<DeviceRole> role() const override { return m_role; }
    void command(const QString &type, const QJsonObject &params, RawDone done) override
    {
        sent.append({type, params, std::move(done)});
    }
    // The hub's answer to the oldest command not yet answered.
    void answer(const QJsonObject &reply)
    {
        const Sent s = sent.takeFirst();
        noticeReply(reply);
        if (s.done)
            s.done(reply);
    }

    QList<Sent> sent;

private:
    std::optional<DeviceRole> m_role;
};

QJsonObject loggedIn(const QString &user, const QString &role)
{
    return {{u"type"_s, u"reply"_s}, {u"ok"_s, true},
        {u"staff"_s,
            QJsonObject {{u"user"_s, user}, {u"name"_s, u"Somchai"_s}, {u"role"_s, role}}},
        {u"endsAt"_s, 1'700'000'000'000.0}};
}

// A role as the protocol writes it, "nobody" for none: what QCOMPARE can show.
QString word(std::optional<StaffRole> role)
{
    return role ? toString(*role) : u"nobody"_s;
}

QJsonObject refused(const QString &code)
{
    return {{u"type"_s, u"error"_s}, {u"code"_s, code}, {u"message"_s, u"no"_s}};
}

} // namespace

class TestQueueCommandSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void supervisorStandsInForCounterAndKiosk_data()
    {
        QTest::addColumn<QList<DeviceRole>>("roles");
        QTest::addColumn<DeviceRole>("role");
        QTest::addColumn<bool>("allowed");
        const QList<DeviceRole> counter {DeviceRole::Counter};
        const QList<DeviceRole> kiosk {DeviceRole::Kiosk};
        const QList<DeviceRole> display {DeviceRole::Display};
        QTest::newRow("counter's command, counter") << counter << DeviceRole::Counter << true;
        QTest::newRow("counter's command, kiosk") << counter << DeviceRole::Kiosk << false;
        QTest::newRow("counter's command, supervisor") << counter << DeviceRole::Supervisor << true;
        QTest::newRow("kiosk's command, supervisor") << kiosk << DeviceRole::Supervisor << true;
        QTest::newRow("display's command, supervisor")
            << display << DeviceRole::Supervisor << false;
        QTest::newRow("nobody's command, supervisor")
            << QList<DeviceRole>() << DeviceRole::Supervisor << false;
    }
    void supervisorStandsInForCounterAndKiosk()
    {
        QFETCH(QList<DeviceRole>, roles);
        QFETCH(DeviceRole, role);
        QFETCH(bool, allowed);
        QCOMPARE(rolesAllow(roles, role), allowed);
    }

    void mayFollowsTheQueuesTable_data()
    {
        QTest::addColumn<DeviceRole>("role");
        QTest::addColumn<QString>("command");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("counter calls next") << DeviceRole::Counter << u"callNext"_s << true;
        QTest::newRow("kiosk does not call") << DeviceRole::Kiosk << u"callNext"_s << false;
        QTest::newRow("kiosk issues") << DeviceRole::Kiosk << u"issueTicket"_s << true;
        QTest::newRow("counter issues") << DeviceRole::Counter << u"issueTicket"_s << true;
        QTest::newRow("display does not issue") << DeviceRole::Display << u"issueTicket"_s << false;
        QTest::newRow("display reads figures") << DeviceRole::Display << u"statistics"_s << true;
        QTest::newRow("kiosk reports its printer")
            << DeviceRole::Kiosk << u"reportDevice"_s << true;
        QTest::newRow("counter reports no printer")
            << DeviceRole::Counter << u"reportDevice"_s << false;
        QTest::newRow("supervisor sets a call order")
            << DeviceRole::Supervisor << u"setCallProfile"_s << true;
        QTest::newRow("not a queue command") << DeviceRole::Supervisor << u"launch"_s << false;
        QTest::newRow("a module's command is not the queue's")
            << DeviceRole::Counter << u"idcard.recordRead"_s << false;
    }
    void mayFollowsTheQueuesTable()
    {
        QFETCH(DeviceRole, role);
        QFETCH(QString, command);
        QFETCH(bool, allowed);
        QCOMPARE(queueCommandRoleMay(role, command), allowed);
        RoleOnlyLink link(role);
        // Whoever logs in at a counter or supervisor PC: an admin, who may do what any person
        // may — this table is about the device's role.
        if (link.needsLogIn()) {
            link.logIn(u"admin"_s, u"secret-enough"_s, {});
            link.answer(loggedIn(u"admin"_s, u"admin"_s));
        }
        QCOMPARE(link.may(command), allowed);
    }

    // Who must be logged in for a queue command: nobody for what a board may also ask, a
    // supervisor for what only a supervisor's PC may send, an officer for the rest.
    void theLeastStaffRoleFollowsWhoMaySend_data()
    {
        QTest::addColumn<QList<DeviceRole>>("roles");
        QTest::addColumn<std::optional<StaffRole>>("needed");
        QTest::newRow("everyone") << allDeviceRoles() << std::optional<StaffRole>();
        QTest::newRow("a board and a counter")
            << QList<DeviceRole> {DeviceRole::Display, DeviceRole::Counter}
            << std::optional<StaffRole>();
        QTest::newRow("counter") << QList<DeviceRole> {DeviceRole::Counter}
                                 << std::optional<StaffRole>(StaffRole::Counter);
        QTest::newRow("kiosk and counter")
            << QList<DeviceRole> {DeviceRole::Kiosk, DeviceRole::Counter}
            << std::optional<StaffRole>(StaffRole::Counter);
        QTest::newRow("supervisor only") << QList<DeviceRole> {DeviceRole::Supervisor}
                                         << std::optional<StaffRole>(StaffRole::Supervisor);
        QTest::newRow("counter and supervisor")
            << QList<DeviceRole> {DeviceRole::Counter, DeviceRole::Supervisor}
            << std::optional<StaffRole>(StaffRole::Counter);
    }
    void theLeastStaffRoleFollowsWhoMaySend()
    {
        QFETCH(QList<DeviceRole>, roles);
        QFETCH(std::optional<StaffRole>, needed);
        QCOMPARE(word(leastStaffRole(roles)), word(needed));
    }

    // The figures and the catalog a board may ask need nobody; the last days' figures are the
    // supervisor's; every other queue command needs a counter officer at least.
    void queueCommandsNeedAnOfficerButTheFiguresAndCatalog()
    {
        for (const QueueCommandSpec &spec : queueCommandSpecs()) {
            const bool open = spec.name == u"statistics"_s || spec.name == u"catalog"_s;
            const bool supervisors = spec.name == u"recentDays"_s;
            QCOMPARE(word(queueCommandStaffRole(spec.name)),
                open ? u"nobody"_s : (supervisors ? u"supervisor"_s : u"counter"_s));
            QCOMPARE(word(spec.staffRole), word(queueCommandStaffRole(spec.name)));
        }
    }

    // A counter or supervisor PC offers the queue's staff commands only while somebody is logged
    // in there; kiosks and boards are paired devices and need nobody.
    void mayWeighsThePersonLoggedIn_data()
    {
        QTest::addColumn<DeviceRole>("role");
        QTest::addColumn<QString>("person"); // a role's word; empty: nobody
        QTest::addColumn<QString>("command");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("counter PC, nobody, call next")
            << DeviceRole::Counter << QString() << u"callNext"_s << false;
        QTest::newRow("counter PC, officer, call next")
            << DeviceRole::Counter << u"counter"_s << u"callNext"_s << true;
        QTest::newRow("counter PC, nobody, issue") << DeviceRole::Counter << QString()
                                                   << u"issueTicket"_s << false;
        QTest::newRow("counter PC, nobody, figures")
            << DeviceRole::Counter << QString() << u"statistics"_s << true;
        QTest::newRow("counter PC, nobody, catalog")
            << DeviceRole::Counter << QString() << u"catalog"_s << true;
        QTest::newRow("counter PC, officer, no printer to report")
            << DeviceRole::Counter << u"counter"_s << u"reportDevice"_s << false;
        QTest::newRow("supervisor PC, nobody, call order")
            << DeviceRole::Supervisor << QString() << u"setCallProfile"_s << false;
        // An officer acts only at their own counter's PC: at a supervisor's PC, for no counter
        // (docs/hub-protocol.md "Roles"), but still for a citizen's ticket.
        QTest::newRow("supervisor PC, officer, call order")
            << DeviceRole::Supervisor << u"counter"_s << u"setCallProfile"_s << false;
        QTest::newRow("supervisor PC, officer, open a counter")
            << DeviceRole::Supervisor << u"counter"_s << u"openCounter"_s << false;
        QTest::newRow("supervisor PC, officer, issue")
            << DeviceRole::Supervisor << u"counter"_s << u"issueTicket"_s << true;
        QTest::newRow("supervisor PC, supervisor, open a counter")
            << DeviceRole::Supervisor << u"supervisor"_s << u"openCounter"_s << true;
        QTest::newRow("supervisor PC, supervisor, call order")
            << DeviceRole::Supervisor << u"supervisor"_s << u"setCallProfile"_s << true;
        QTest::newRow("kiosk, nobody, issue")
            << DeviceRole::Kiosk << QString() << u"issueTicket"_s << true;
        QTest::newRow("board, nobody, figures")
            << DeviceRole::Display << QString() << u"statistics"_s << true;
    }
    void mayWeighsThePersonLoggedIn()
    {
        QFETCH(DeviceRole, role);
        QFETCH(QString, person);
        QFETCH(QString, command);
        QFETCH(bool, allowed);
        RoleOnlyLink link(role);
        QCOMPARE(link.needsLogIn(), role == DeviceRole::Counter || role == DeviceRole::Supervisor);
        if (!person.isEmpty()) {
            link.logIn(u"somchai"_s, u"secret-enough"_s, {});
            link.answer(loggedIn(u"somchai"_s, person));
            QVERIFY(link.staff());
        }
        QCOMPARE(link.may(command), allowed);
    }

    // Who is logged in here follows the hub's answers: a log-in, a refused log-in, the hub
    // saying nobody is (notLoggedIn: the session ended at close of day), a log-out.
    void theLinkFollowsWhoIsLoggedIn()
    {
        RoleOnlyLink link(DeviceRole::Counter);
        QSignalSpy changed(&link, &QueueLink::staffChanged);
        QVERIFY(!link.staff());
        QVERIFY(!link.may(u"callNext"_s));

        std::optional<QueueReply> reply;
        link.logIn(u"somchai"_s, u"secret-enough"_s, [&reply](const QueueReply &r) { reply = r; });
        QCOMPARE(link.sent.size(), 1);
        QCOMPARE(link.sent.first().type, u"logIn"_s);
        QCOMPARE(link.sent.first().params.value(u"user"_s).toString(), u"somchai"_s);
        QCOMPARE(link.sent.first().params.value(u"password"_s).toString(), u"secret-enough"_s);
        link.answer(loggedIn(u"somchai"_s, u"counter"_s));
        QVERIFY(reply && reply->ok);
        QVERIFY(link.staff());
        QCOMPARE(link.staff()->user, u"somchai"_s);
        QCOMPARE(link.staff()->name, u"Somchai"_s);
        QCOMPARE(word(link.staff()->role), u"counter"_s);
        QCOMPARE(link.staff()->endsAtMs, 1'700'000'000'000);
        QCOMPARE(changed.size(), 1);
        QVERIFY(link.may(u"callNext"_s));

        // A wrong password changes nobody: the officer who was logged in still is.
        reply.reset();
        link.logIn(u"malee"_s, u"wrong-password"_s, [&reply](const QueueReply &r) { reply = r; });
        link.answer(refused(u"logInRefused"_s));
        QVERIFY(reply && !reply->ok);
        QCOMPARE(reply->code, u"logInRefused"_s);
        QCOMPARE(link.staff()->user, u"somchai"_s);
        QCOMPARE(changed.size(), 1);

        // The hub refuses a command: nobody is logged in here any more.
        link.callNext(1, {});
        link.answer(refused(u"notLoggedIn"_s));
        QVERIFY(!link.staff());
        QCOMPARE(changed.size(), 2);
        QVERIFY(!link.may(u"callNext"_s));

        // Asked again when the link comes up: the hub says who.
        link.refreshStaff();
        QCOMPARE(link.sent.first().type, u"staffSession"_s);
        link.answer(loggedIn(u"malee"_s, u"supervisor"_s));
        QCOMPARE(word(link.staff()->role), u"supervisor"_s);
        QCOMPARE(changed.size(), 3);

        link.logOut({});
        QCOMPARE(link.sent.first().type, u"logOut"_s);
        link.answer({{u"type"_s, u"reply"_s}, {u"ok"_s, true}});
        QVERIFY(!link.staff());
        QCOMPARE(changed.size(), 4);
        QVERIFY(!link.may(u"callNext"_s));

        link.refreshStaff();
        link.answer({{u"type"_s, u"reply"_s}, {u"ok"_s, true}, {u"staff"_s, QJsonValue()}});
        QVERIFY(!link.staff());
        QCOMPARE(changed.size(), 4);
    }

    // Nobody logs in at a kiosk: the link does not ask the hub who is logged in there.
    void aKioskAsksNobody()
    {
        RoleOnlyLink link(DeviceRole::Kiosk);
        link.refreshStaff();
        QVERIFY(link.sent.isEmpty());
        QVERIFY(!link.staff());
        QVERIFY(link.may(u"issueTicket"_s));
    }

    void mayNothingBeforeTheRoleIsKnown()
    {
        const RoleOnlyLink link(std::nullopt);
        for (const QueueCommandSpec &spec : queueCommandSpecs())
            QVERIFY2(!link.may(spec.name), qPrintable(spec.name));
    }

    void everyCommandIsNamedOnceWithRolesAndSummary()
    {
        QSet<QString> names;
        for (const QueueCommandSpec &spec : queueCommandSpecs()) {
            QVERIFY2(!spec.name.isEmpty() && !spec.name.contains(u'.'), qPrintable(spec.name));
            QVERIFY2(!names.contains(spec.name), qPrintable(spec.name));
            names.insert(spec.name);
            QVERIFY2(!spec.roles.isEmpty(), qPrintable(spec.name));
            QVERIFY2(!spec.summary.isEmpty(), qPrintable(spec.name));
        }
        QVERIFY(names.contains(u"callNext"_s));
        QVERIFY(names.contains(u"issueTicket"_s));
    }

    // The link library is what the screens link: a process with it has no SQL library mapped
    // (app/CMakeLists.txt checks the link lines; this checks what the loader really loaded).
    void processLoadsNoSqlLibrary()
    {
        QFile maps(u"/proc/self/maps"_s);
        if (!maps.open(QIODevice::ReadOnly))
            QSKIP("no /proc/self/maps here");
        const QByteArray mapped = maps.readAll();
        QVERIFY(mapped.contains("libsaduak_sdk"));
        QVERIFY(!mapped.contains("libQt6Sql"));
        QVERIFY(!mapped.contains("libsqlite3"));
    }
};

QTEST_GUILESS_MAIN(TestQueueCommandSpec)
#include "tst_queuecommandspec.moc"
