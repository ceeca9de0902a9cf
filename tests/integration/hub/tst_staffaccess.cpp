// Who may send what to a real hub (docs/hub-protocol.md "Logging in", "Roles"): hand-made JSON over
// real WebSockets on loopback from really paired devices. Every device role × every person logged
// in there × every command the hub lists is answered as the rules written out below say — rules of
// this test's own, not the hub's leastStaffRole/rolesAllow, so a change of the hub's rules shows
// here. Then the log-in itself: wrong passwords and the lock-out, a session bound to its device,
// a switch of officer, log-out, the close of day on the hub's clock, a disabled account, a dropped
// link and a restarted hub; and the staff.audit rows all of it leaves in the outbox.
#include <hub/branchhub.h>
#include <hub/commandtable.h>
#include <hub/devicestore.h>
#include <hub/hubserver.h>
#include <hub/queuecommands.h>
#include <hub/staffcommands.h>
#include <hub/staffstore.h>
#include <modulehost/moduleloader.h>
#include <queue/queuemanager.h>
#include <queuemodel/queuesnapshot.h>
#include <storage/database.h>

#include <seatedstaff.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "rawpeer.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

// 2026-11-26 10:00 in Bangkok (03:00 UTC); the business day ends at 04:00 Bangkok on the 27th,
// 21:00 UTC on the 26th (queue/rolloverHour 4, the default).
constexpr qint64 kMorning = 1'795'662'000'000;
constexpr qint64 kCloseOfDay = 1'795'726'800'000;

const QByteArray kSomchaiPassword = "somchai's long password";
const QByteArray kAnongPassword = "anong's long password";
const StaffActor kActor {u"tester"_s, u"saduak-hub"_s};

using R = DeviceRole;
using P = StaffRole;

// The rules as the protocol document states them, written out here on purpose. devices: the
// device roles that may send it (a supervisor's PC spelled out where it may); least: the person who
// must be logged in when a counter or supervisor PC sends it (none: nobody need be).
struct Rule
{
    QList<DeviceRole> devices;
    std::optional<StaffRole> least;
    // It always acts for a counter (it needs one): at a supervisor's PC, bound to no counter, a
    // counter officer may not send it, as an officer acts only at their own counter's PC.
    bool forCounter = false;
};

const QHash<QString, Rule> &rules()
{
    static const QList<R> all {R::Counter, R::Kiosk, R::Display, R::Supervisor};
    static const QList<R> staffed {R::Counter, R::Supervisor};
    static const QHash<QString, Rule> table {
        // What a board may ask too: nobody need log in for it.
        {u"statistics"_s, {all, std::nullopt}},
        {u"catalog"_s, {all, std::nullopt}},
        // The days before today's figures, for the supervisor's dashboard: a supervisor's PC with a
        // supervisor at it.
        {u"recentDays"_s, {{R::Supervisor}, P::Supervisor}},
        {u"sample.listNotes"_s, {all, std::nullopt}},
        // Logging in needs nobody, and only counter and supervisor PCs log in.
        {u"logIn"_s, {staffed, std::nullopt}},
        {u"logOut"_s, {staffed, std::nullopt}},
        {u"staffSession"_s, {staffed, std::nullopt}},
        // A kiosk's: its screen, or a supervisor's PC with an officer at it.
        {u"issueTicket"_s, {{R::Kiosk, R::Counter, R::Supervisor}, P::Counter}},
        {u"reportDevice"_s, {{R::Kiosk, R::Supervisor}, P::Counter}},
        {u"sample.fileNote"_s, {{R::Kiosk, R::Counter, R::Supervisor}, P::Counter}},
        // The counter's work: an officer at least; what acts for a counter (true) an officer
        // at that counter's own PC only, a supervisor anywhere.
        {u"syncNow"_s, {staffed, P::Counter}},
        {u"callNext"_s, {staffed, P::Counter, true}},
        {u"recall"_s, {staffed, P::Counter, true}},
        {u"startService"_s, {staffed, P::Counter, true}},
        {u"finishService"_s, {staffed, P::Counter, true}},
        {u"markNoShow"_s, {staffed, P::Counter, true}},
        {u"park"_s, {staffed, P::Counter, true}},
        {u"transfer"_s, {staffed, P::Counter, true}},
        {u"returnToQueue"_s, {staffed, P::Counter}},
        {u"cancel"_s, {staffed, P::Counter}},
        {u"changePriority"_s, {staffed, P::Counter}},
        {u"openCounter"_s, {staffed, P::Counter, true}},
        {u"pauseCounter"_s, {staffed, P::Counter, true}},
        {u"closeCounter"_s, {staffed, P::Counter, true}},
        {u"setCallProfile"_s, {staffed, P::Counter, true}},
        // Managing devices: a supervisor's PC with a supervisor at it.
        {u"devices"_s, {{R::Supervisor}, P::Supervisor}},
        {u"renameDevice"_s, {{R::Supervisor}, P::Supervisor}},
        {u"rebindDevice"_s, {{R::Supervisor}, P::Supervisor}},
        {u"revokeDevice"_s, {{R::Supervisor}, P::Supervisor}},
        // What central refused for good, for support: the same.
        {u"deadLetters"_s, {{R::Supervisor}, P::Supervisor}},
        // The e-report: a supervisor's PC with a supervisor at it.
        {u"eReport"_s, {{R::Supervisor}, P::Supervisor}},
        // Managing the branch from a supervisor's PC: the catalog's hours, targets and holidays
        // an admin; a counter's services and moving a waiting ticket a supervisor.
        {u"setServiceTarget"_s, {{R::Supervisor}, P::Admin}},
        {u"setServiceHours"_s, {{R::Supervisor}, P::Admin}},
        {u"setHolidays"_s, {{R::Supervisor}, P::Admin}},
        {u"setCounterServices"_s, {{R::Supervisor}, P::Supervisor}},
        {u"moveTicket"_s, {{R::Supervisor}, P::Supervisor}},
        // Two more, put into the hub's own table by the test: one a counter PC may send too but
        // only an admin at it, one for a supervisor's PC only.
        {u"probe.supervisorOnly"_s, {{R::Supervisor}, P::Supervisor}},
        {u"probe.adminOnly"_s, {staffed, P::Admin}},
    };
    return table;
}

int rank(StaffRole role)
{
    switch (role) {
    case P::Counter:
        return 1;
    case P::Supervisor:
        return 2;
    case P::Admin:
        return 3;
    }
    return 0;
}

// What the hub must answer: "unknownCommand", "forbidden:device", "notLoggedIn",
// "forbidden:person", "forbidden:counter", or "" — not refused for who sent it (whatever else it
// says).
QString expectedRefusal(const QString &command, DeviceRole device, std::optional<StaffRole> person)
{
    const auto rule = rules().constFind(command);
    if (rule == rules().cend())
        return u"unknownCommand"_s;
    if (!rule->devices.contains(device))
        return u"forbidden:device"_s;
    const bool staffedDevice = device == R::Counter || device == R::Supervisor;
    if (staffedDevice && rule->least) {
        if (!person)
            return u"notLoggedIn"_s;
        if (rank(*person) < rank(*rule->least))
            return u"forbidden:person"_s;
    }
    if (device == R::Supervisor && person == P::Counter && rule->forCounter)
        return u"forbidden:counter"_s;
    return {};
}

// The refusal of a counter officer acting for a counter from a supervisor's PC, as the protocol
// document words it.
const QString kOfficerAtOwnPcOnly
    = u"A counter officer acts only at their own counter's PC. Log in there, or ask a supervisor."_s;

// The same words for an answer the hub gave; for forbidden, which of the two its sentence says.
QString refusalOf(const QJsonObject &answer, std::optional<StaffRole> person)
{
    if (answer.value(u"type"_s).toString() != u"error"_s)
        return {};
    const QString code = answer.value(u"code"_s).toString();
    const QString source = answer.value(u"text"_s).toObject().value(u"source"_s).toString();
    if (code == u"forbidden"_s) {
        if (source == u"A %1 may not do \"%2\"."_s)
            return u"forbidden:device"_s;
        if (person == P::Counter && source == u"A counter officer may not do \"%1\"."_s)
            return u"forbidden:person"_s;
        if (person == P::Supervisor && source == u"A supervisor may not do \"%1\"."_s)
            return u"forbidden:person"_s;
        if (source == kOfficerAtOwnPcOnly)
            return u"forbidden:counter"_s;
        return u"forbidden, saying: "_s + source;
    }
    if (code == u"unknownCommand"_s || code == u"notLoggedIn"_s)
        return code;
    return {};
}

QString personName(std::optional<StaffRole> person)
{
    return person ? toString(*person) : u"nobody"_s;
}

QString codeOf(const QJsonObject &answer)
{
    return answer.value(u"code"_s).toString();
}

bool isOk(const QJsonObject &answer)
{
    return answer.value(u"type"_s).toString() == u"reply"_s;
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

class TestStaffAccess : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    ModuleLoader m_loader; // outlives every hub
    qint64 m_now = kMorning;
    std::unique_ptr<BranchHub> m_hub;
    int m_lastId = 0;

    QString databasePath() const { return m_dir->filePath(u"branch.sqlite"_s); }

    bool openHub()
    {
        BranchHub::Options options;
        options.databasePath = databasePath();
        options.queue.openAllDay = true;
        options.clock = [this] { return m_now; };
        options.modules = m_loader.modules();
        StorageError error;
        m_hub = BranchHub::open(options, &error);
        if (!m_hub) {
            qWarning() << error.detail;
            return false;
        }
        return m_hub->listen(QHostAddress::LocalHost, 0);
    }

    std::unique_ptr<RawPeer> join(const QString &token)
    {
        auto peer = std::make_unique<RawPeer>(m_hub->server()->url());
        if (!peer->waitConnected() || !peer->hello(token))
            return nullptr;
        return peer;
    }

    DeviceStore::Pairing pair(DeviceRole role, const QString &name)
    {
        return *m_hub->devices().pair(role, name, role == R::Counter ? 1 : 0);
    }

    // The hub's answer to one hand-made message; every id new, so the hub's memory of answered
    // requests never hands back an old answer.
    QJsonObject ask(RawPeer &peer, const QString &type, QJsonObject fields = {})
    {
        const QString id = u"m"_s + QString::number(++m_lastId);
        fields.insert(u"type"_s, type);
        fields.insert(u"id"_s, id);
        peer.send(fields);
        return peer.answer(id);
    }

    QJsonObject logIn(RawPeer &peer, const QString &user, const QByteArray &password)
    {
        return ask(
            peer, u"logIn"_s, {{u"user"_s, user}, {u"password"_s, QString::fromUtf8(password)}});
    }

    // Who staffSession says is logged in: a user name, "" for nobody, "?" for an error.
    QString loggedIn(RawPeer &peer)
    {
        const QJsonObject answer = ask(peer, u"staffSession"_s);
        if (!isOk(answer))
            return u"? "_s + compact(answer);
        return answer.value(u"staff"_s).toObject().value(u"user"_s).toString();
    }

    bool addStaff(const QString &user, StaffRole role, const QByteArray &password)
    {
        QString why;
        const bool added = StaffStore(m_hub->database())
                               .add(user, u"Name of "_s + user, role, password, m_now, kActor, &why)
            == StaffStore::Change::Done;
        if (!added)
            qWarning() << why;
        return added;
    }

    // Counter n's state in the hub's own queue (not what a device was told).
    std::optional<Counter::State> counterState(int n)
    {
        const std::optional<QueueSnapshot> snapshot = m_hub->queue().snapshot();
        if (!snapshot)
            return std::nullopt;
        for (const auto &c : snapshot->counters)
            if (c.counter.number == n)
                return c.counter.state;
        return std::nullopt;
    }

    QList<QJsonObject> audits()
    {
        QList<QJsonObject> rows;
        QSqlQuery q(m_hub->database().connection());
        if (!q.exec(u"SELECT payload FROM outbox WHERE kind = 'staff.audit' ORDER BY seq"_s))
            return rows;
        // The rows of logging in; those of managing accounts and devices (staffAdded…) aside.
        static const QStringList logInActions {u"logIn"_s, u"logInRefused"_s, u"lockedOut"_s,
            u"switched"_s, u"logOut"_s, u"commandRefused"_s};
        while (q.next()) {
            const QJsonObject row
                = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            if (logInActions.contains(row.value(u"action"_s).toString()))
                rows << row;
        }
        return rows;
    }

    QStringList auditActions()
    {
        QStringList actions;
        for (const QJsonObject &row : audits())
            actions << row.value(u"action"_s).toString();
        return actions;
    }

private Q_SLOTS:
    void initTestCase()
    {
        (void)m_loader.loadFolder(QStringLiteral(SADUAK_TEST_MODULE_DIR));
        QCOMPARE(m_loader.modules().size(), qsizetype(1)); // the sample module
    }

    void init()
    {
        m_hub.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_now = kMorning;
        QVERIFY(openHub());
    }

    void cleanup() { m_hub.reset(); }

    void everyCommandIsCheckedAgainstTheDeviceAndThePerson()
    {
        CommandTable &table = m_hub->commands().table();
        for (const auto &[name, roles, least] :
            {std::tuple {u"probe.supervisorOnly"_s, QList<R> {R::Supervisor}, P::Supervisor},
                std::tuple {u"probe.adminOnly"_s, QList<R> {R::Counter}, P::Admin}}) {
            HubCommand probe;
            probe.name = name;
            probe.roles = roles;
            probe.staffRole = least;
            probe.summary = u"a test's"_s;
            probe.run = [](const Device &, const QJsonObject &, const QString &,
                            const StaffMember *) { return HubReply {}; };
            QString why;
            QVERIFY2(table.add(probe, &why), qPrintable(why));
        }
        // Every command the hub lists has a rule here, and every rule a command: a new command
        // must be given its rule in this test.
        QStringList listed;
        for (const HubCommand *command : table.commands())
            listed << command->name;
        QStringList ruled = rules().keys();
        listed.sort();
        ruled.sort();
        QCOMPARE(listed, ruled);
        QStringList commands = listed;
        commands << u"noSuchCommand"_s << u"sample.noSuchCommand"_s;
        // logOut last: it ends the session the commands after it would be checked against.
        commands.removeOne(u"logOut"_s);
        commands << u"logOut"_s;

        const QList<DeviceRole> devices {R::Counter, R::Kiosk, R::Display, R::Supervisor};
        const QList<std::optional<StaffRole>> people {
            std::nullopt, P::Counter, P::Supervisor, P::Admin};
        QStringList wrong;
        qsizetype tried = 0;
        for (const DeviceRole device : devices) {
            for (const std::optional<StaffRole> &person : people) {
                const QString who = toString(device) + u" PC, "_s + personName(person);
                const DeviceStore::Pairing pairing = pair(device, who);
                QString why;
                if (person)
                    QVERIFY2(test::seatStaff(m_hub->database(), pairing.device.id, *person, &why),
                        qPrintable(why));
                auto peer = join(pairing.token);
                QVERIFY2(peer, qPrintable(who));
                // All at once, then the answers by id: the hub answers each message on its own.
                // No fields: a command that passes the checks of who sent it is refused for its
                // fields (badRequest) or runs where it takes none.
                QStringList ids;
                for (const QString &command : std::as_const(commands)) {
                    ids << u"m"_s + QString::number(++m_lastId);
                    peer->send({{u"type"_s, command}, {u"id"_s, ids.last()}});
                }
                for (qsizetype i = 0; i < commands.size(); ++i) {
                    const QString &command = commands.at(i);
                    const QJsonObject answer = peer->answer(ids.at(i));
                    QVERIFY2(!answer.isEmpty(), qPrintable(who + u": "_s + command));
                    const QString expected = expectedRefusal(command, device, person);
                    const QString got = refusalOf(answer, person);
                    ++tried;
                    if (got != expected)
                        wrong << who + u" × "_s + command + u": expected "_s
                                + (expected.isEmpty() ? u"not refused for who sent it"_s : expected)
                                + u", got "_s + compact(answer);
                }
            }
        }
        QCOMPARE(tried, 16 * commands.size());
        QVERIFY2(wrong.isEmpty(), qPrintable(u"\n"_s + wrong.join(u'\n')));
    }

    void wrongPasswordsAreRefusedAndTheFifthLocksOut()
    {
        QVERIFY(addStaff(u"somchai"_s, P::Counter, kSomchaiPassword));
        auto counter = join(pair(R::Counter, u"Counter 1"_s).token);
        QVERIFY(counter);
        for (int attempt = 1; attempt <= 4; ++attempt) {
            const QJsonObject refused
                = logIn(*counter, u"somchai"_s, "wrong password " + QByteArray::number(attempt));
            QCOMPARE(codeOf(refused), u"logInRefused"_s);
            QCOMPARE(loggedIn(*counter), QString());
            QCOMPARE(codeOf(ask(*counter, u"callNext"_s)), u"notLoggedIn"_s);
        }
        const QJsonObject fifth = logIn(*counter, u"somchai"_s, "wrong password 5");
        QCOMPARE(codeOf(fifth), u"lockedOut"_s);
        // The message's one argument is the seconds to wait: 30 at the first lock-out.
        const QJsonArray fifthArgs = fifth.value(u"text"_s).toObject().value(u"args"_s).toArray();
        QCOMPARE(fifthArgs.size(), qsizetype(1));
        QCOMPARE(fifthArgs.at(0).toInteger(), qint64(30));
        QVERIFY(fifth.value(u"message"_s).toString().contains(u"30"_s));

        // The right password while locked: still locked out, nobody logged in.
        m_now += 10'000;
        const QJsonObject right = logIn(*counter, u"somchai"_s, kSomchaiPassword);
        QCOMPARE(codeOf(right), u"lockedOut"_s);
        QCOMPARE(right.value(u"text"_s).toObject().value(u"args"_s).toArray().at(0).toInteger(),
            qint64(20));
        QCOMPARE(loggedIn(*counter), QString());

        // Once the lock is over the right password logs in.
        m_now += 21'000;
        QVERIFY(isOk(logIn(*counter, u"somchai"_s, kSomchaiPassword)));
        QCOMPARE(loggedIn(*counter), u"somchai"_s);
    }

    void aSessionIsBoundToTheDeviceItWasOpenedFrom()
    {
        QVERIFY(addStaff(u"somchai"_s, P::Counter, kSomchaiPassword));
        auto a = join(pair(R::Counter, u"Counter 1 A"_s).token);
        auto b = join(pair(R::Counter, u"Counter 1 B"_s).token);
        QVERIFY(a && b);
        const QJsonObject in = logIn(*a, u"somchai"_s, kSomchaiPassword);
        QVERIFY2(isOk(in), qPrintable(compact(in)));
        QCOMPARE(in.value(u"staff"_s).toObject(),
            (QJsonObject {{u"user"_s, u"somchai"_s}, {u"name"_s, u"Name of somchai"_s},
                {u"role"_s, u"counter"_s}}));
        QCOMPARE(in.value(u"endsAt"_s).toInteger(), kCloseOfDay);
        QCOMPARE(codeOf(ask(*a, u"callNext"_s)), u"counterNotOpen"_s); // past every staff check
        QCOMPARE(codeOf(ask(*b, u"callNext"_s)), u"notLoggedIn"_s);
        QCOMPARE(loggedIn(*b), QString());
        QCOMPARE(loggedIn(*a), u"somchai"_s);
    }

    void aNewLogInSwitchesThePersonAndLogOutEndsTheSession()
    {
        QVERIFY(addStaff(u"somchai"_s, P::Counter, kSomchaiPassword));
        QVERIFY(addStaff(u"anong"_s, P::Supervisor, kAnongPassword));
        auto counter = join(pair(R::Counter, u"Counter 1"_s).token);
        QVERIFY(counter);
        QVERIFY(isOk(logIn(*counter, u"somchai"_s, kSomchaiPassword)));
        QCOMPARE(loggedIn(*counter), u"somchai"_s);
        const QJsonObject second = logIn(*counter, u"anong"_s, kAnongPassword);
        QVERIFY(isOk(second));
        QCOMPARE(second.value(u"staff"_s).toObject().value(u"role"_s).toString(), u"supervisor"_s);
        QCOMPARE(loggedIn(*counter), u"anong"_s);

        QVERIFY(isOk(ask(*counter, u"logOut"_s)));
        QCOMPARE(codeOf(ask(*counter, u"callNext"_s)), u"notLoggedIn"_s);
        QCOMPARE(loggedIn(*counter), QString());
        QVERIFY(isOk(ask(*counter, u"logOut"_s))); // nobody there: still fine
    }

    // The e-report counts per officer (app/reports): each queue event of a counter action names
    // the person logged in at the PC that sent it, in the event log and in its row for central;
    // a kiosk's ticket names nobody.
    void queueEventsNameTheOfficerWhoActed()
    {
        QVERIFY(addStaff(u"somchai"_s, P::Counter, kSomchaiPassword));
        QVERIFY(addStaff(u"anong"_s, P::Supervisor, kAnongPassword));
        auto counter = join(pair(R::Counter, u"Counter 1"_s).token);
        auto kiosk = join(pair(R::Kiosk, u"Kiosk"_s).token);
        QVERIFY(counter && kiosk);
        QVERIFY(isOk(logIn(*counter, u"somchai"_s, kSomchaiPassword)));
        QJsonObject answer = ask(*counter, u"openCounter"_s,
            {{u"counter"_s, 1}, {u"services"_s, QJsonArray {u"A"_s}}});
        QVERIFY2(isOk(answer), qPrintable(compact(answer)));
        answer = ask(*kiosk, u"issueTicket"_s, {{u"service"_s, u"A"_s}});
        QVERIFY2(isOk(answer), qPrintable(compact(answer)));
        answer = ask(*counter, u"callNext"_s, {{u"counter"_s, 1}});
        QVERIFY2(isOk(answer), qPrintable(compact(answer)));
        const QString ticket = answer.value(u"ticket"_s).toObject().value(u"id"_s).toString();
        QVERIFY(!ticket.isEmpty());
        QVERIFY(isOk(logIn(*counter, u"anong"_s, kAnongPassword))); // a quick switch of officer
        answer = ask(*counter, u"startService"_s, {{u"counter"_s, 1}, {u"ticket"_s, ticket}});
        QVERIFY2(isOk(answer), qPrintable(compact(answer)));

        QStringList logged;
        for (const QueueEvent &e : m_hub->queue().eventsSince(0))
            logged << e.type + u' ' + e.data.value(u"staff"_s).toString();
        QCOMPARE(logged,
            QStringList({u"counter.opened somchai"_s, u"ticket.issued "_s,
                u"ticket.called somchai"_s, u"ticket.started anong"_s}));
        QStringList sent;
        QSqlQuery q(m_hub->database().connection());
        QVERIFY(q.exec(u"SELECT payload FROM outbox WHERE kind = 'event' ORDER BY seq"_s));
        while (q.next()) {
            const QJsonObject row = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            sent << row.value(u"type"_s).toString() + u' '
                    + row.value(u"data"_s).toObject().value(u"staff"_s).toString();
        }
        QCOMPARE(sent, logged);
    }

    void theSessionEndsAtTheBusinessDaysRollover()
    {
        QVERIFY(addStaff(u"somchai"_s, P::Counter, kSomchaiPassword));
        auto counter = join(pair(R::Counter, u"Counter 1"_s).token);
        QVERIFY(counter);
        QCOMPARE(logIn(*counter, u"somchai"_s, kSomchaiPassword).value(u"endsAt"_s).toInteger(),
            kCloseOfDay);
        m_now = kCloseOfDay - 1; // 03:59:59.999 Bangkok
        QCOMPARE(codeOf(ask(*counter, u"callNext"_s)), u"counterNotOpen"_s);
        m_now = kCloseOfDay; // 04:00 Bangkok: a new business day
        QCOMPARE(codeOf(ask(*counter, u"callNext"_s)), u"notLoggedIn"_s);
        QCOMPARE(loggedIn(*counter), QString());
    }

    void disablingTheAccountEndsItsSession()
    {
        QVERIFY(addStaff(u"somchai"_s, P::Counter, kSomchaiPassword));
        auto counter = join(pair(R::Counter, u"Counter 1"_s).token);
        QVERIFY(counter);
        QVERIFY(isOk(logIn(*counter, u"somchai"_s, kSomchaiPassword)));
        QCOMPARE(codeOf(ask(*counter, u"callNext"_s)), u"counterNotOpen"_s);
        {
            // As saduak-hub disable-staff does it beside the serving hub: its own connection to
            // the same file.
            StorageError error;
            auto other = Database::open(databasePath(), {}, &error);
            QVERIFY2(other, qPrintable(error.detail));
            QString why;
            QCOMPARE(StaffStore(*other).disable(u"somchai"_s, m_now, kActor, &why),
                StaffStore::Change::Done);
        }
        QCOMPARE(codeOf(ask(*counter, u"callNext"_s)), u"notLoggedIn"_s);
        QCOMPARE(codeOf(logIn(*counter, u"somchai"_s, kSomchaiPassword)), u"logInRefused"_s);
    }

    void theSessionSurvivesADroppedLinkAndARestartedHub()
    {
        QVERIFY(addStaff(u"somchai"_s, P::Counter, kSomchaiPassword));
        const QString token = pair(R::Counter, u"Counter 1"_s).token;
        auto counter = join(token);
        QVERIFY(counter);
        QVERIFY(isOk(logIn(*counter, u"somchai"_s, kSomchaiPassword)));

        counter->socket.close();
        QTRY_COMPARE(counter->socket.state(), QAbstractSocket::UnconnectedState);
        counter = join(token);
        QVERIFY(counter);
        QCOMPARE(loggedIn(*counter), u"somchai"_s);
        QCOMPARE(codeOf(ask(*counter, u"callNext"_s)), u"counterNotOpen"_s);

        counter.reset();
        m_hub.reset();
        QVERIFY(openHub());
        counter = join(token);
        QVERIFY(counter);
        QCOMPARE(loggedIn(*counter), u"somchai"_s);
        QCOMPARE(codeOf(ask(*counter, u"callNext"_s)), u"counterNotOpen"_s);
    }

    // A client that keeps sending what it may not cannot fill the outbox that goes to central:
    // the first refusals of a minute are audited, the rest only counted in the hub's log.
    // Issue 16: a counter officer cannot open a counter remotely. At a supervisor's PC (bound to no
    // counter) every message that acts for a counter is refused with the same sentence, whatever
    // shape a hand-made one takes, and does nothing; what acts for no counter stays an officer's.
    void aCounterOfficerAtASupervisorsPcActsForNoCounter()
    {
        QVERIFY(addStaff(u"somchai"_s, P::Counter, kSomchaiPassword));
        QVERIFY(addStaff(u"anong"_s, P::Supervisor, kAnongPassword));
        auto office = join(pair(R::Supervisor, u"Office"_s).token);
        QVERIFY(office);
        QVERIFY(isOk(logIn(*office, u"somchai"_s, kSomchaiPassword)));
        QCOMPARE(counterState(2), Counter::State::Closed);

        const QList<std::pair<QString, QJsonObject>> forCounter {
            {u"openCounter"_s, {{u"counter"_s, 2}}},
            {u"openCounter"_s, {{u"counter"_s, 2}, {u"services"_s, QJsonArray {u"A"_s}}}},
            {u"openCounter"_s, {}}, // no counter named: still a counter's command
            {u"openCounter"_s, {{u"counter"_s, u"2"_s}}},
            {u"pauseCounter"_s, {{u"counter"_s, 2}, {u"reason"_s, u"break"_s}}},
            {u"closeCounter"_s, {{u"counter"_s, 2}}},
            {u"callNext"_s, {{u"counter"_s, 2}}},
            {u"recall"_s, {{u"counter"_s, 2}, {u"ticket"_s, u"t"_s}}},
            {u"finishService"_s, {{u"counter"_s, 2}, {u"ticket"_s, u"t"_s}}},
            {u"transfer"_s, {{u"counter"_s, 2}, {u"ticket"_s, u"t"_s}, {u"toService"_s, u"B"_s}}},
            {u"setCallProfile"_s, {{u"counter"_s, 2}, {u"mode"_s, u"ratio"_s}}},
            // A ticket "issued by staff at counter 2" would skip the opening hours.
            {u"issueTicket"_s, {{u"service"_s, u"A"_s}, {u"counter"_s, 2}}},
            // A module's record made at counter 2.
            {u"sample.fileNote"_s,
                {{u"text"_s, u"note"_s}, {u"workplace"_s, QJsonObject {{u"counter"_s, 2}}}}},
        };
        for (const auto &[type, fields] : forCounter) {
            const QJsonObject answer = ask(*office, type, fields);
            QVERIFY2(codeOf(answer) == u"forbidden"_s
                    && answer.value(u"text"_s).toObject().value(u"source"_s).toString()
                        == kOfficerAtOwnPcOnly,
                qPrintable(type + u" "_s + compact(fields) + u": "_s + compact(answer)));
        }
        QCOMPARE(counterState(2), Counter::State::Closed); // nothing done
        const std::optional<QueueSnapshot> after = m_hub->queue().snapshot();
        QVERIFY(after);
        for (const auto &queue : after->queues)
            QVERIFY2(queue.waiting.isEmpty(), qPrintable(queue.serviceCode)); // no ticket issued

        // Refused for who sent it: audited with the officer's name.
        const QList<QJsonObject> rows = audits();
        const auto refusedRows = std::count_if(rows.begin(), rows.end(), [](const QJsonObject &r) {
            return r.value(u"action"_s).toString() == u"commandRefused"_s
                && r.value(u"user"_s).toString() == u"somchai"_s
                && r.value(u"code"_s).toString() == u"forbidden"_s;
        });
        QCOMPARE(refusedRows, qsizetype(forCounter.size()));

        // What acts for no counter: a ticket for a citizen at the desk, a module's record made
        // away from any counter, a printer's state.
        QVERIFY2(isOk(ask(*office, u"issueTicket"_s, {{u"service"_s, u"A"_s}})),
            "issueTicket without a counter");
        QVERIFY(isOk(ask(*office, u"sample.fileNote"_s, {{u"text"_s, u"note"_s}})));
        QVERIFY(isOk(ask(*office, u"sample.fileNote"_s,
            {{u"text"_s, u"note"_s}, {u"workplace"_s, QJsonObject {{u"counter"_s, 0}}}})));
        QVERIFY(isOk(ask(*office, u"reportDevice"_s, {{u"status"_s, u"ok"_s}})));

        // A supervisor at the same PC opens counter 2 remotely.
        QVERIFY(isOk(logIn(*office, u"anong"_s, kAnongPassword)));
        const QJsonObject opened = ask(*office, u"openCounter"_s, {{u"counter"_s, 2}});
        QVERIFY2(isOk(opened), qPrintable(compact(opened)));
        QCOMPARE(counterState(2), Counter::State::Open);
        QVERIFY(isOk(ask(*office, u"callNext"_s, {{u"counter"_s, 2}})));
    }

    // A counter PC bound to counter 3 with an officer at it: counter 3's work, no other counter's.
    void aCounterOfficerAtACounterPcActsForItsOwnCounterOnly()
    {
        QVERIFY(addStaff(u"somchai"_s, P::Counter, kSomchaiPassword));
        auto pc = join(m_hub->devices().pair(R::Counter, u"Counter 3"_s, 3)->token);
        QVERIFY(pc);
        QVERIFY(isOk(logIn(*pc, u"somchai"_s, kSomchaiPassword)));
        const QJsonObject other = ask(*pc, u"openCounter"_s, {{u"counter"_s, 4}});
        QCOMPARE(codeOf(other), u"forbidden"_s);
        QCOMPARE(other.value(u"text"_s).toObject().value(u"source"_s).toString(),
            u"This PC is paired as counter %1 and may act for that counter only."_s);
        QCOMPARE(counterState(4), Counter::State::Closed);
        const QJsonObject own = ask(*pc, u"openCounter"_s, {{u"counter"_s, 3}});
        QVERIFY2(isOk(own), qPrintable(compact(own)));
        QCOMPARE(counterState(3), Counter::State::Open);
        QVERIFY(isOk(ask(*pc, u"issueTicket"_s, {{u"service"_s, u"B"_s}})));
        const QJsonObject called = ask(*pc, u"callNext"_s); // the hub fills in counter 3
        QVERIFY2(isOk(called), qPrintable(compact(called)));
        QCOMPARE(called.value(u"ticket"_s).toObject().value(u"counter"_s).toInt(), 3);
    }

    void refusedCommandsAreAuditedUpToALimitAMinute()
    {
        const DeviceStore::Pairing pairing = pair(R::Counter, u"Counter 1"_s);
        auto counter = join(pairing.token);
        QVERIFY(counter);
        const int sent = StaffCommands::kRefusalAuditsPerMinute + 5;
        for (int i = 0; i < sent; ++i)
            QCOMPARE(codeOf(ask(*counter, u"callNext"_s)), u"notLoggedIn"_s);
        QTRY_COMPARE(auditActions().size(), 20);
        // Every refusal was answered before: one more round trip, and no row is late.
        QVERIFY(isOk(ask(*counter, u"staffSession"_s)));
        QCoreApplication::processEvents();
        QCOMPARE(auditActions(), QStringList(20, u"commandRefused"_s));
        // Another device has a minute of its own.
        auto other = join(pair(R::Counter, u"Counter 1 spare"_s).token);
        QVERIFY(other);
        QCOMPARE(codeOf(ask(*other, u"callNext"_s)), u"notLoggedIn"_s);
        QTRY_COMPARE(auditActions().size(), 21);
    }

    void logInsRefusalsAndSwitchesAreAuditedWithoutPasswords()
    {
        QVERIFY(addStaff(u"somchai"_s, P::Counter, kSomchaiPassword));
        QVERIFY(addStaff(u"anong"_s, P::Supervisor, kAnongPassword));
        const DeviceStore::Pairing pairing = pair(R::Counter, u"Counter 1"_s);
        auto counter = join(pairing.token);
        QVERIFY(counter);

        // A password typed into the name field: refused, and kept nowhere.
        const QString typedAsName = u"anong's long password"_s;
        QCOMPARE(
            codeOf(ask(*counter, u"logIn"_s, {{u"user"_s, typedAsName}, {u"password"_s, u"x"_s}})),
            u"logInRefused"_s);
        for (int attempt = 1; attempt <= 5; ++attempt)
            (void)logIn(*counter, u"anong"_s, "wrong secret " + QByteArray::number(attempt));
        QVERIFY(isOk(logIn(*counter, u"somchai"_s, kSomchaiPassword)));
        QVERIFY(isOk(ask(*counter, u"logOut"_s)));
        QVERIFY(isOk(logIn(*counter, u"somchai"_s, kSomchaiPassword)));
        // Again, typed with a capital and a space: the same person, nobody switched.
        QVERIFY(isOk(logIn(*counter, u" Somchai"_s, kSomchaiPassword)));
        m_now += 60'000; // anong's lock-out is over
        QVERIFY(isOk(logIn(*counter, u"anong"_s, kAnongPassword))); // switched
        QVERIFY(isOk(ask(*counter, u"logOut"_s)));
        QCOMPARE(codeOf(ask(*counter, u"probe"_s)), u"unknownCommand"_s); // not audited
        QCOMPARE(codeOf(ask(*counter, u"callNext"_s)), u"notLoggedIn"_s); // commandRefused

        // The refused command's row is written on the next turn of the event loop.
        QTRY_VERIFY(auditActions().contains(u"commandRefused"_s));
        QCOMPARE(auditActions(),
            (QStringList {u"logInRefused"_s, u"logInRefused"_s, u"logInRefused"_s,
                u"logInRefused"_s, u"logInRefused"_s, u"lockedOut"_s, u"logIn"_s, u"logOut"_s,
                u"logIn"_s, u"logIn"_s, u"switched"_s, u"logIn"_s, u"logOut"_s,
                u"commandRefused"_s}));
        const QList<QJsonObject> rows = audits();
        for (const QJsonObject &row : rows) {
            const QString text = compact(row);
            QVERIFY2(
                !text.contains(u"password"_s) && !text.contains(u"secret"_s), qPrintable(text));
            QCOMPARE(row.value(u"device"_s).toString(), pairing.device.id);
            QCOMPARE(row.value(u"deviceRole"_s).toString(), u"counter"_s);
            QCOMPARE(row.value(u"counter"_s).toInt(), 1);
            QVERIFY(row.value(u"atMs"_s).toInteger() >= kMorning);
        }
        // The unknown name (a password typed as a name) is no user of the row.
        QCOMPARE(rows.at(0).value(u"action"_s).toString(), u"logInRefused"_s);
        QVERIFY2(!rows.at(0).contains(u"user"_s), qPrintable(compact(rows.at(0))));
        for (int i = 1; i <= 5; ++i)
            QCOMPARE(rows.at(i).value(u"user"_s).toString(), u"anong"_s);
        QCOMPARE(rows.at(6).value(u"user"_s).toString(), u"somchai"_s); // logIn
        QCOMPARE(rows.at(7).value(u"user"_s).toString(), u"somchai"_s); // logOut
        QCOMPARE(rows.at(9).value(u"user"_s).toString(), u"somchai"_s); // the same again
        QCOMPARE(rows.at(10).value(u"user"_s).toString(), u"somchai"_s); // switched: who left
        QCOMPARE(rows.at(11).value(u"user"_s).toString(), u"anong"_s); // logIn: who came
        QCOMPARE(rows.at(12).value(u"user"_s).toString(), u"anong"_s); // logOut
        const QJsonObject refusedCommand = rows.at(13);
        QCOMPARE(refusedCommand.value(u"command"_s).toString(), u"callNext"_s);
        QCOMPARE(refusedCommand.value(u"code"_s).toString(), u"notLoggedIn"_s);
        QVERIFY(!refusedCommand.contains(u"user"_s));
    }
};

QTEST_GUILESS_MAIN(TestStaffAccess)
#include "tst_staffaccess.moc"
