// The queue's command table without handlers (app/queuelink/queuecommandspec.h): who may send
// which queue command, as QueueLink::may tells a screen, read on a device that has no hub in it —
// and such a device loads nothing of SQL.
#include <queuelink/queuecommandspec.h>
#include <queuelink/queuelink.h>

#include <QFile>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;

Q_DECLARE_METATYPE(QList<saduak::DeviceRole>)
Q_DECLARE_METATYPE(saduak::DeviceRole)

namespace {

// A link that only knows its role: enough for may().
class RoleOnlyLink : public QueueLink
{
public:
    explicit RoleOnlyLink(std::optional<DeviceRole> role) : m_role(role) { }
    State state() const override { return State::Connecting; }
    std::optional<DeviceRole> role() const override { return m_role; }
    void command(const QString &, const QJsonObject &, RawDone) override { }

private:
    std::optional<DeviceRole> m_role;
};

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
        const RoleOnlyLink link(role);
        QCOMPARE(link.may(command), allowed);
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
