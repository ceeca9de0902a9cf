// Managing the branch from a supervisor's PC (issue 16, docs/hub-protocol.md "Managing the
// branch"): a real hub on loopback, really paired devices over real WebSockets, the messages
// written by hand as a third party's supervisor screen would send them. Each change is seen
// where a user would look (the catalog, the queue's snapshot, a kiosk's ticket), with its
// staff.audit row and its event in the same commit; who may not is refused.
#include <domain/bangkoktime.h>
#include <hub/branchhub.h>
#include <hub/devicestore.h>
#include <hub/hubserver.h>
#include <seatedstaff.h>
#include <storage/database.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "rawpeer.h"

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

qint64 bangkok(QDate date, int hour, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute), BangkokTime::zone()).toMSecsSinceEpoch();
}

// Wednesday 9 December 2026; the 10th, a Thursday, is Constitution Day.
const QDate wednesday(2026, 12, 9);

QJsonArray weekdaysOnly(const QString &opens, const QString &closes)
{
    QJsonArray week;
    for (int day = 1; day <= 5; ++day)
        week.append(QJsonObject {{u"day"_s, day}, {u"opens"_s, opens}, {u"closes"_s, closes}});
    return week;
}

} // namespace

class TestManagementCommands : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<BranchHub> m_hub;
    qint64 m_now = 0;
    int m_ids = 0;

    // A device of this role with a person of personRole logged in at it (nobody: nullopt).
    std::unique_ptr<RawPeer> device(Device::Role role, const QString &name, int counter = 0,
        std::optional<StaffRole> person = std::nullopt, const QString &user = {})
    {
        QString why;
        const auto p = m_hub->devices().pair(role, name, counter, &why);
        if (!p)
            qFatal("pairing failed: %s", qPrintable(why));
        if (person && !test::seatStaff(m_hub->database(), p->device.id, *person, &why, user))
            qFatal("seating failed: %s", qPrintable(why));
        auto peer = std::make_unique<RawPeer>(m_hub->server()->url());
        if (!peer->waitConnected())
            return nullptr;
        peer->send({{u"type"_s, u"hello"_s}, {u"id"_s, u"h1"_s}, {u"protocols"_s, QJsonArray {1}},
            {u"token"_s, p->token}});
        if (peer->answer(u"h1"_s).value(u"type"_s).toString() != u"welcome"_s)
            return nullptr;
        return peer;
    }

    QJsonObject command(RawPeer &peer, const QString &type, QJsonObject fields = {})
    {
        const QString id = u"m"_s + QString::number(++m_ids);
        fields.insert(u"type"_s, type);
        fields.insert(u"id"_s, id);
        peer.send(fields);
        return peer.answer(id);
    }

    static QString code(const QJsonObject &answer)
    {
        return answer.value(u"ok"_s).toBool() ? u"ok"_s : answer.value(u"code"_s).toString();
    }

    QList<QJsonObject> rows(const QString &sql)
    {
        QList<QJsonObject> out;
        QSqlQuery q(m_hub->database().connection());
        if (!q.exec(sql))
            qFatal("not read: %s", qPrintable(sql));
        while (q.next())
            out.append(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
        return out;
    }

    // The staff.audit rows of management (not the log-ins and refusals).
    QList<QJsonObject> managementAudits()
    {
        static const QStringList actions {u"serviceTargetSet"_s, u"serviceHoursSet"_s,
            u"holidaysSet"_s, u"counterServicesSet"_s, u"ticketMoved"_s};
        QList<QJsonObject> out;
        for (const QJsonObject &row :
            rows(u"SELECT payload FROM outbox WHERE kind = 'staff.audit' ORDER BY seq"_s))
            if (actions.contains(row.value(u"action"_s).toString()))
                out.append(row);
        return out;
    }

    QList<QJsonObject> events(const QString &type)
    {
        QList<QJsonObject> out;
        for (const QJsonObject &row :
            rows(u"SELECT payload FROM outbox WHERE kind = 'event' ORDER BY seq"_s))
            if (row.value(u"type"_s).toString() == type)
                out.append(row);
        return out;
    }

    QJsonObject catalogService(RawPeer &peer, const QString &code)
    {
        for (const QJsonValue &s : command(peer, u"catalog"_s).value(u"services"_s).toArray())
            if (s.toObject().value(u"code"_s).toString() == code)
                return s.toObject();
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_now = bangkok(wednesday, 10);
        BranchHub::Options options;
        options.databasePath = m_dir->filePath(u"branch.sqlite"_s);
        options.clock = [this] { return m_now; };
        StorageError error;
        m_hub = BranchHub::open(options, &error);
        QVERIFY2(m_hub, qPrintable(error.detail));
        QVERIFY(m_hub->listen(QHostAddress::LocalHost, 0));
    }

    void cleanup()
    {
        m_hub.reset();
        m_dir.reset();
    }

    void anAdminSetsATargetSeenInTheCatalogWithItsAuditRowAndEvent()
    {
        auto office = device(Device::Role::Supervisor, u"Office"_s, 0, StaffRole::Admin, u"anong"_s);
        QVERIFY(office);
        QCOMPARE(catalogService(*office, u"A"_s).value(u"targetWaitMinutes"_s).toInt(), 15);
        const QJsonObject reply = command(*office, u"setServiceTarget"_s,
            {{u"service"_s, u"A"_s}, {u"targetWaitMinutes"_s, 25}});
        QCOMPARE(code(reply), u"ok"_s);
        QCOMPARE(catalogService(*office, u"A"_s).value(u"targetWaitMinutes"_s).toInt(), 25);

        const QList<QJsonObject> audits = managementAudits();
        QCOMPARE(audits.size(), qsizetype(1));
        QCOMPARE(audits.first().value(u"action"_s).toString(), u"serviceTargetSet"_s);
        QCOMPARE(audits.first().value(u"user"_s).toString(), u"anong"_s);
        QCOMPARE(audits.first().value(u"target"_s).toString(), u"A"_s);
        QCOMPARE(audits.first().value(u"oldTargetWaitMinutes"_s).toInt(), 15);
        QCOMPARE(audits.first().value(u"targetWaitMinutes"_s).toInt(), 25);
        const QList<QJsonObject> changed = events(u"catalog.changed"_s);
        QCOMPARE(changed.size(), qsizetype(1));
        const QJsonObject data = changed.first().value(u"data"_s).toObject();
        QCOMPARE(data.value(u"change"_s).toString(), u"serviceTarget"_s);
        QCOMPARE(data.value(u"service"_s).toString(), u"A"_s);
        QCOMPARE(data.value(u"staff"_s).toString(), u"anong"_s);

        // Out of 1..600: refused for the field, nothing written.
        QCOMPARE(code(command(*office, u"setServiceTarget"_s,
                     {{u"service"_s, u"A"_s}, {u"targetWaitMinutes"_s, 601}})),
            u"badRequest"_s);
        QCOMPARE(code(command(*office, u"setServiceTarget"_s,
                     {{u"service"_s, u"Z"_s}, {u"targetWaitMinutes"_s, 20}})),
            u"serviceNotFound"_s);
        QCOMPARE(managementAudits().size(), qsizetype(1));
    }

    void weekHoursAndAHolidayCloseTheKioskWithTheHolidaysName()
    {
        auto office = device(Device::Role::Supervisor, u"Office"_s, 0, StaffRole::Admin);
        auto kiosk = device(Device::Role::Kiosk, u"Kiosk"_s);
        QVERIFY(office && kiosk);
        const QJsonArray week = weekdaysOnly(u"08:30"_s, u"16:30"_s);
        QCOMPARE(code(command(*office, u"setServiceHours"_s,
                     {{u"service"_s, u"A"_s}, {u"week"_s, week}})),
            u"ok"_s);
        const QJsonArray holidays {
            QJsonObject {{u"date"_s, u"2026-12-10"_s}, {u"name"_s, u"วันรัฐธรรมนูญ"_s}}};
        QCOMPARE(code(command(*office, u"setHolidays"_s, {{u"holidays"_s, holidays}})), u"ok"_s);

        // The catalog carries both, for every screen.
        const QJsonObject catalog = command(*kiosk, u"catalog"_s);
        QCOMPARE(catalog.value(u"holidays"_s).toArray(), holidays);
        QJsonObject a;
        for (const QJsonValue &s : catalog.value(u"services"_s).toArray())
            if (s.toObject().value(u"code"_s).toString() == u"A"_s)
                a = s.toObject();
        QCOMPARE(a.value(u"week"_s).toArray(), week);

        // Wednesday 10:00: open. Thursday 10:00, the holiday: refused, by the holiday's name.
        QCOMPARE(code(command(*kiosk, u"issueTicket"_s, {{u"service"_s, u"A"_s}})), u"ok"_s);
        m_now = bangkok(wednesday.addDays(1), 10);
        const QJsonObject refused = command(*kiosk, u"issueTicket"_s, {{u"service"_s, u"E"_s}});
        QCOMPARE(code(refused), u"serviceClosed"_s);
        const QJsonArray args = refused.value(u"text"_s).toObject().value(u"args"_s).toArray();
        QCOMPARE(args.last().toString(), u"วันรัฐธรรมนูญ"_s);
        // Saturday: A does not open on Saturdays now; E (no week given) still does.
        m_now = bangkok(wednesday.addDays(3), 10);
        QCOMPARE(code(command(*kiosk, u"issueTicket"_s, {{u"service"_s, u"A"_s}})),
            u"serviceClosed"_s);
        QCOMPARE(code(command(*kiosk, u"issueTicket"_s, {{u"service"_s, u"E"_s}})), u"ok"_s);

        const QList<QJsonObject> audits = managementAudits();
        QCOMPARE(audits.size(), qsizetype(2));
        QCOMPARE(audits.at(0).value(u"action"_s).toString(), u"serviceHoursSet"_s);
        QCOMPARE(audits.at(0).value(u"week"_s).toArray(), week);
        QCOMPARE(audits.at(1).value(u"action"_s).toString(), u"holidaysSet"_s);
        QCOMPARE(audits.at(1).value(u"dates"_s).toArray(), QJsonArray {u"2026-12-10"_s});
        QCOMPARE(events(u"catalog.changed"_s).size(), qsizetype(2));

        // A bad week or a holiday without a name: refused for the field.
        QJsonArray twice = week;
        twice.append(week.first());
        QCOMPARE(code(command(*office, u"setServiceHours"_s,
                     {{u"service"_s, u"A"_s}, {u"week"_s, twice}})),
            u"badRequest"_s);
        QCOMPARE(code(command(*office, u"setHolidays"_s,
                     {{u"holidays"_s,
                         QJsonArray {QJsonObject {{u"date"_s, u"2026-12-31"_s}, {u"name"_s, u" "_s}}}}})),
            u"badRequest"_s);
        QCOMPARE(managementAudits().size(), qsizetype(2));
    }

    void aSupervisorSetsACountersServicesItThenOpensWith()
    {
        auto office = device(Device::Role::Supervisor, u"Office"_s, 0, StaffRole::Supervisor, u"pim"_s);
        QVERIFY(office);
        const QJsonObject reply = command(*office, u"setCounterServices"_s,
            {{u"counter"_s, 3}, {u"services"_s, QJsonArray {u"E"_s, u"B"_s}}});
        QCOMPARE(code(reply), u"ok"_s);
        QJsonObject three;
        for (const QJsonValue &c : command(*office, u"catalog"_s).value(u"counters"_s).toArray())
            if (c.toObject().value(u"number"_s).toInt() == 3)
                three = c.toObject();
        QCOMPARE(three.value(u"services"_s).toArray(), (QJsonArray {u"B"_s, u"E"_s}));
        // Opened with no services named: those.
        const QJsonObject opened = command(*office, u"openCounter"_s, {{u"counter"_s, 3}});
        QCOMPARE(code(opened), u"ok"_s);
        QCOMPARE(opened.value(u"counter"_s).toObject().value(u"services"_s).toArray(),
            (QJsonArray {u"B"_s, u"E"_s}));

        const QList<QJsonObject> audits = managementAudits();
        QCOMPARE(audits.size(), qsizetype(1));
        QCOMPARE(audits.first().value(u"action"_s).toString(), u"counterServicesSet"_s);
        QCOMPARE(audits.first().value(u"user"_s).toString(), u"pim"_s);
        QCOMPARE(audits.first().value(u"targetCounter"_s).toInt(), 3);
        QCOMPARE(audits.first().value(u"oldServices"_s).toArray(), QJsonArray {u"B"_s});
        QCOMPARE(audits.first().value(u"services"_s).toArray(), (QJsonArray {u"B"_s, u"E"_s}));
        QCOMPARE(events(u"catalog.changed"_s).first().value(u"counter"_s).toInt(), 3);

        QCOMPARE(code(command(*office, u"setCounterServices"_s,
                     {{u"counter"_s, 3}, {u"services"_s, QJsonArray {u"Z"_s}}})),
            u"serviceNotFound"_s);
        QCOMPARE(code(command(*office, u"setCounterServices"_s,
                     {{u"counter"_s, 3}, {u"services"_s, QJsonArray {}}})),
            u"badRequest"_s);
        QCOMPARE(code(command(*office, u"setCounterServices"_s,
                     {{u"counter"_s, 99}, {u"services"_s, QJsonArray {u"A"_s}}})),
            u"counterNotFound"_s);
    }

    void aMovedWaitingTicketKeepsItsNumberAndPlace()
    {
        auto office = device(Device::Role::Supervisor, u"Office"_s, 0, StaffRole::Supervisor, u"pim"_s);
        auto kiosk = device(Device::Role::Kiosk, u"Kiosk"_s);
        QVERIFY(office && kiosk);
        // A001 came first for A; B001 and B002 later for B. A001 moved to B is called first there.
        const QJsonObject a1 = command(*kiosk, u"issueTicket"_s, {{u"service"_s, u"A"_s}});
        const qint64 arrived = m_now;
        m_now += 60'000;
        command(*kiosk, u"issueTicket"_s, {{u"service"_s, u"B"_s}});
        command(*kiosk, u"issueTicket"_s, {{u"service"_s, u"B"_s}});
        m_now += 60'000;
        const QString id = a1.value(u"ticket"_s).toObject().value(u"id"_s).toString();
        const QJsonObject moved
            = command(*office, u"moveTicket"_s, {{u"ticket"_s, id}, {u"toService"_s, u"B"_s}});
        QCOMPARE(code(moved), u"ok"_s);
        const QJsonObject ticket = moved.value(u"ticket"_s).toObject();
        QCOMPARE(ticket.value(u"number"_s).toString(), u"A001"_s);
        QCOMPARE(ticket.value(u"serviceCode"_s).toString(), u"B"_s);
        QCOMPARE(ticket.value(u"state"_s).toString(), u"waiting"_s);
        QCOMPARE(ticket.value(u"arrivedAt"_s).toInteger(), arrived);

        const QJsonObject snapshot = command(*office, u"snapshot"_s);
        for (const QJsonValue &q : snapshot.value(u"snapshot"_s).toObject().value(u"queues"_s).toArray()) {
            const QJsonObject queue = q.toObject();
            const QJsonArray waiting = queue.value(u"waiting"_s).toArray();
            if (queue.value(u"serviceCode"_s).toString() == u"A"_s)
                QVERIFY(waiting.isEmpty());
            if (queue.value(u"serviceCode"_s).toString() == u"B"_s) {
                QCOMPARE(waiting.size(), qsizetype(3));
                QCOMPARE(waiting.first().toObject().value(u"number"_s).toString(), u"A001"_s);
            }
        }

        const QList<QJsonObject> transferred = events(u"ticket.transferred"_s);
        QCOMPARE(transferred.size(), qsizetype(1));
        const QJsonObject data = transferred.first().value(u"data"_s).toObject();
        QCOMPARE(data.value(u"from"_s).toString(), u"waiting"_s);
        QCOMPARE(data.value(u"fromService"_s).toString(), u"A"_s);
        QCOMPARE(data.value(u"toService"_s).toString(), u"B"_s);
        const QList<QJsonObject> audits = managementAudits();
        QCOMPARE(audits.size(), qsizetype(1));
        QCOMPARE(audits.first().value(u"action"_s).toString(), u"ticketMoved"_s);
        QCOMPARE(audits.first().value(u"ticketNumber"_s).toString(), u"A001"_s);
        QCOMPARE(audits.first().value(u"fromService"_s).toString(), u"A"_s);
        QCOMPARE(audits.first().value(u"toService"_s).toString(), u"B"_s);

        // A ticket already called is the counter's to transfer, not a move.
        QCOMPARE(code(command(*office, u"openCounter"_s,
                     {{u"counter"_s, 2}, {u"services"_s, QJsonArray {u"B"_s}}})),
            u"ok"_s);
        const QJsonObject called = command(*office, u"callNext"_s, {{u"counter"_s, 2}});
        QCOMPARE(called.value(u"ticket"_s).toObject().value(u"number"_s).toString(), u"A001"_s);
        QCOMPARE(code(command(*office, u"moveTicket"_s, {{u"ticket"_s, id}, {u"toService"_s, u"A"_s}})),
            u"illegalTransition"_s);
        QCOMPARE(managementAudits().size(), qsizetype(1));
    }

    void aSupervisorOpensPausesAndClosesAnyCounterAndSetsItsCallOrder()
    {
        auto office = device(Device::Role::Supervisor, u"Office"_s, 0, StaffRole::Supervisor);
        QVERIFY(office);
        for (const int counter : {1, 4, 6}) {
            QCOMPARE(code(command(*office, u"openCounter"_s, {{u"counter"_s, counter}})), u"ok"_s);
            QCOMPARE(code(command(*office, u"pauseCounter"_s,
                         {{u"counter"_s, counter}, {u"reason"_s, u"break"_s}})),
                u"ok"_s);
            QCOMPARE(code(command(*office, u"setCallProfile"_s,
                         {{u"counter"_s, counter}, {u"mode"_s, u"ratio"_s},
                             {u"normalCallsPerPriority"_s, 3}})),
                u"ok"_s);
            const QJsonObject closed = command(*office, u"closeCounter"_s, {{u"counter"_s, counter}});
            QCOMPARE(code(closed), u"ok"_s);
            QCOMPARE(closed.value(u"counter"_s).toObject().value(u"state"_s).toString(), u"closed"_s);
        }
        QCOMPARE(events(u"counter.opened"_s).size(), qsizetype(3));
        QCOMPARE(events(u"counter.paused"_s).size(), qsizetype(3));
        QCOMPARE(events(u"counter.profileChanged"_s).size(), qsizetype(3));
        QCOMPARE(events(u"counter.closed"_s).size(), qsizetype(3));
    }

    void counterOfficersAndCounterPcsMayNotManage_data()
    {
        QTest::addColumn<int>("deviceRole");
        QTest::addColumn<int>("personRole");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("refusal");
        const int supervisorPc = int(Device::Role::Supervisor);
        const int counterPc = int(Device::Role::Counter);
        const int officer = int(StaffRole::Counter);
        const int supervisor = int(StaffRole::Supervisor);
        const int admin = int(StaffRole::Admin);
        for (const QString &command : {u"setServiceTarget"_s, u"setServiceHours"_s,
                 u"setHolidays"_s, u"setCounterServices"_s, u"moveTicket"_s}) {
            QTest::addRow("%s by an officer at a supervisor's PC", qPrintable(command))
                << supervisorPc << officer << command << u"forbidden"_s;
            QTest::addRow("%s by an admin at a counter PC", qPrintable(command))
                << counterPc << admin << command << u"forbidden"_s;
        }
        for (const QString &command :
            {u"setServiceTarget"_s, u"setServiceHours"_s, u"setHolidays"_s})
            QTest::addRow("%s by a supervisor", qPrintable(command))
                << supervisorPc << supervisor << command << u"forbidden"_s;
    }

    void counterOfficersAndCounterPcsMayNotManage()
    {
        QFETCH(int, deviceRole);
        QFETCH(int, personRole);
        QFETCH(QString, command);
        QFETCH(QString, refusal);
        auto peer = device(Device::Role(deviceRole), u"PC"_s,
            Device::Role(deviceRole) == Device::Role::Counter ? 1 : 0, StaffRole(personRole));
        QVERIFY(peer);
        // Well-formed messages, so only who sent them can be the refusal.
        const QHash<QString, QJsonObject> messages {
            {u"setServiceTarget"_s, {{u"service"_s, u"A"_s}, {u"targetWaitMinutes"_s, 30}}},
            {u"setServiceHours"_s,
                {{u"service"_s, u"A"_s}, {u"week"_s, weekdaysOnly(u"09:00"_s, u"15:00"_s)}}},
            {u"setHolidays"_s, {{u"holidays"_s, QJsonArray {}}}},
            {u"setCounterServices"_s, {{u"counter"_s, 1}, {u"services"_s, QJsonArray {u"E"_s}}}},
            {u"moveTicket"_s, {{u"ticket"_s, u"no-such-ticket"_s}, {u"toService"_s, u"B"_s}}},
        };
        QCOMPARE(code(this->command(*peer, command, messages.value(command))), refusal);
        QVERIFY(managementAudits().isEmpty());
        QVERIFY(events(u"catalog.changed"_s).isEmpty());
        QCOMPARE(catalogService(*peer, u"A"_s).value(u"targetWaitMinutes"_s).toInt(), 15);
    }
};

QTEST_GUILESS_MAIN(TestManagementCommands)
#include "tst_managementcommands.moc"
