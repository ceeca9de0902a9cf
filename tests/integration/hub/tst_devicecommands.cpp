// The branch's paired devices managed from a supervisor's PC (issue 16, docs/hub-protocol.md
// "Managing devices"): a real hub on loopback, real paired devices over real WebSockets, the
// messages written by hand as a third party's supervisor screen would send them.
#include <hub/branchhub.h>
#include <hub/devicestore.h>
#include <hub/hubserver.h>
#include <seatedstaff.h>
#include <storage/database.h>

#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "rawpeer.h"

using namespace Qt::StringLiterals;
using namespace saduak;

class TestDeviceCommands : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<BranchHub> m_hub;
    int m_ids = 0;

    struct Paired
    {
        QString id;
        QString token;
    };

    // A device of this role; at a counter or supervisor PC a person of personRole is logged in
    // (nobody with std::nullopt).
    Paired pair(Device::Role role, const QString &name, int counterNumber = 0,
        std::optional<StaffRole> personRole = std::nullopt, const QString &user = {})
    {
        QString why;
        const auto p = m_hub->devices().pair(role, name, counterNumber, &why);
        if (!p)
            qFatal("pairing failed: %s", qPrintable(why));
        if (personRole && !test::seatStaff(m_hub->database(), p->device.id, *personRole, &why, user))
            qFatal("seating failed: %s", qPrintable(why));
        return {p->device.id, p->token};
    }

    // Past hello, saying which program it is (hello's optional "client").
    std::unique_ptr<RawPeer> connected(const QString &token, const QString &client = {})
    {
        auto peer = std::make_unique<RawPeer>(m_hub->server()->url());
        if (!peer->waitConnected())
            return nullptr;
        QJsonObject hello {{u"type"_s, u"hello"_s}, {u"id"_s, u"h1"_s},
            {u"protocols"_s, QJsonArray {1}}, {u"token"_s, token}};
        if (!client.isEmpty())
            hello.insert(u"client"_s, client);
        peer->send(hello);
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

    QJsonObject listed(RawPeer &supervisor, const QString &deviceId)
    {
        const QJsonObject reply = command(supervisor, u"devices"_s);
        for (const QJsonValue &d : reply.value(u"devices"_s).toArray())
            if (d.toObject().value(u"id"_s).toString() == deviceId)
                return d.toObject();
        return {};
    }

    QList<QJsonObject> deviceAudits()
    {
        QList<QJsonObject> rows;
        QSqlQuery q(m_hub->database().connection());
        if (!q.exec(u"SELECT payload FROM outbox WHERE kind = 'staff.audit' ORDER BY seq"_s))
            qFatal("outbox not read");
        while (q.next()) {
            const QJsonObject row = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
            if (row.value(u"action"_s).toString().startsWith(u"device"_s))
                rows.append(row);
        }
        return rows;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        BranchHub::Options options;
        options.databasePath = m_dir->filePath(u"branch.sqlite"_s);
        options.queue.openAllDay = true; // the test runs at any hour with the real clock
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

    void aSupervisorSeesEveryDeviceWithItsLastContactAndVersion()
    {
        const Paired office = pair(Device::Role::Supervisor, u"Office"_s, 0, StaffRole::Supervisor);
        const Paired counter3
            = pair(Device::Role::Counter, u"Counter 3"_s, 3, StaffRole::Counter);
        const Paired kiosk = pair(Device::Role::Kiosk, u"Kiosk"_s);
        const Paired board = pair(Device::Role::Display, u"Board"_s); // never connects
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const auto supervisor = connected(office.token, u"saduak 0.1.0"_s);
        const auto counter = connected(counter3.token, u"saduak 0.2.0-test"_s);
        auto kioskPeer = connected(kiosk.token); // an older client: no "client"
        QVERIFY(supervisor && counter && kioskPeer);

        const QJsonObject reply = command(*supervisor, u"devices"_s);
        QCOMPARE(code(reply), u"ok"_s);
        QCOMPARE(reply.value(u"devices"_s).toArray().size(), 4);

        const QJsonObject c = listed(*supervisor, counter3.id);
        QCOMPARE(c.value(u"name"_s).toString(), u"Counter 3"_s);
        QCOMPARE(c.value(u"role"_s).toString(), u"counter"_s);
        QCOMPARE(c.value(u"counter"_s).toInt(), 3);
        QCOMPARE(c.value(u"version"_s).toString(), u"saduak 0.2.0-test"_s);
        QCOMPARE(c.value(u"connected"_s).toBool(), true);
        QVERIFY(c.value(u"revokedAt"_s).isNull());
        QVERIFY(c.value(u"pairedAt"_s).toInteger() > 0);
        const qint64 counterHello = c.value(u"lastContact"_s).toInteger();
        QVERIFY2(counterHello >= before && counterHello <= QDateTime::currentMSecsSinceEpoch(),
            qPrintable(QString::number(counterHello)));

        const QJsonObject s = listed(*supervisor, office.id);
        QCOMPARE(s.value(u"role"_s).toString(), u"supervisor"_s);
        QVERIFY(s.value(u"counter"_s).isNull());
        QCOMPARE(s.value(u"version"_s).toString(), u"saduak 0.1.0"_s);

        const QJsonObject b = listed(*supervisor, board.id);
        QCOMPARE(b.value(u"role"_s).toString(), u"display"_s);
        QVERIFY(b.value(u"lastContact"_s).isNull());
        QVERIFY(b.value(u"version"_s).isNull());
        QCOMPARE(b.value(u"connected"_s).toBool(), false);

        // The kiosk goes away: not connected any more, its last contact when it went.
        const QJsonObject k = listed(*supervisor, kiosk.id);
        QCOMPARE(k.value(u"connected"_s).toBool(), true);
        QVERIFY(k.value(u"version"_s).isNull());
        const qint64 kioskHello = k.value(u"lastContact"_s).toInteger();
        QVERIFY(kioskHello >= before);
        // (A clock tick past its hello, so that the end of its connection is a later time.)
        QTRY_VERIFY(QDateTime::currentMSecsSinceEpoch() > kioskHello);
        const qint64 beforeItWent = QDateTime::currentMSecsSinceEpoch();
        kioskPeer.reset();
        QTRY_COMPARE(listed(*supervisor, kiosk.id).value(u"connected"_s).toBool(), false);
        QVERIFY(listed(*supervisor, kiosk.id).value(u"lastContact"_s).toInteger() >= beforeItWent);
        // The other devices' records are untouched by the kiosk's end.
        QCOMPARE(listed(*supervisor, counter3.id).value(u"lastContact"_s).toInteger(), counterHello);
    }

    void aSupervisorRenamesADevice()
    {
        const Paired office = pair(Device::Role::Supervisor, u"Office"_s, 0, StaffRole::Supervisor,
            u"sompong"_s);
        const Paired kiosk = pair(Device::Role::Kiosk, u"Kiosk"_s);
        const auto supervisor = connected(office.token);
        QVERIFY(supervisor);

        const QJsonObject renamed = command(*supervisor, u"renameDevice"_s,
            {{u"device"_s, kiosk.id}, {u"name"_s, u"Kiosk by the door"_s}});
        QCOMPARE(code(renamed), u"ok"_s);
        QCOMPARE(renamed.value(u"device"_s).toObject().value(u"name"_s).toString(),
            u"Kiosk by the door"_s);
        QCOMPARE(listed(*supervisor, kiosk.id).value(u"name"_s).toString(), u"Kiosk by the door"_s);

        const QList<QJsonObject> audits = deviceAudits();
        QCOMPARE(audits.size(), 1);
        QCOMPARE(audits[0].value(u"action"_s).toString(), u"deviceRenamed"_s);
        QCOMPARE(audits[0].value(u"user"_s).toString(), u"sompong"_s);
        QCOMPARE(audits[0].value(u"device"_s).toString(), office.id);
        QCOMPARE(audits[0].value(u"target"_s).toString(), kiosk.id);
        QCOMPARE(audits[0].value(u"oldName"_s).toString(), u"Kiosk"_s);
        QCOMPARE(audits[0].value(u"newName"_s).toString(), u"Kiosk by the door"_s);

        // An id that names no device: refused in words naming it, nothing written.
        const QJsonObject unknown = command(*supervisor, u"renameDevice"_s,
            {{u"device"_s, u"no-such-device"_s}, {u"name"_s, u"X"_s}});
        QCOMPARE(code(unknown), u"unknownDevice"_s);
        QVERIFY2(unknown.value(u"message"_s).toString().contains(u"no-such-device"_s),
            qPrintable(unknown.value(u"message"_s).toString()));
        QCOMPARE(code(command(*supervisor, u"renameDevice"_s,
                     {{u"device"_s, kiosk.id}, {u"name"_s, u"   "_s}})),
            u"badRequest"_s);
        QCOMPARE(deviceAudits().size(), 1);
    }

    void aCounterPcReboundActsForItsNewCounterAtOnce()
    {
        const Paired office = pair(Device::Role::Supervisor, u"Office"_s, 0, StaffRole::Supervisor,
            u"sompong"_s);
        const Paired pc = pair(Device::Role::Counter, u"Counter 1"_s, 1, StaffRole::Counter);
        const Paired kiosk = pair(Device::Role::Kiosk, u"Kiosk"_s);
        const auto supervisor = connected(office.token);
        auto counter = connected(pc.token);
        QVERIFY(supervisor && counter);
        QCOMPARE(code(command(*counter, u"openCounter"_s)), u"ok"_s); // counter 1

        const QJsonObject rebound
            = command(*supervisor, u"rebindDevice"_s, {{u"device"_s, pc.id}, {u"counter"_s, 2}});
        QCOMPARE(code(rebound), u"ok"_s);
        QCOMPARE(rebound.value(u"device"_s).toObject().value(u"counter"_s).toInt(), 2);
        // Its live connection is closed so that it says hello again and takes the new counter.
        QTRY_COMPARE(int(counter->socket.closeCode()), HubServer::kCloseRebound);
        counter = connected(pc.token);
        QVERIFY(counter);
        QCOMPARE(counter->lastOfType(u"welcome"_s)
                     .value(u"device"_s)
                     .toObject()
                     .value(u"counter"_s)
                     .toInt(),
            2);
        QCOMPARE(code(command(*counter, u"openCounter"_s)), u"ok"_s);
        QCOMPARE(code(command(*counter, u"issueTicket"_s, {{u"service"_s, u"A"_s}})), u"ok"_s);
        const QJsonObject called = command(*counter, u"callNext"_s, {{u"counter"_s, 2}});
        QCOMPARE(code(called), u"ok"_s);
        QCOMPARE(called.value(u"ticket"_s).toObject().value(u"counter"_s).toInt(), 2);
        QCOMPARE(code(command(*counter, u"callNext"_s, {{u"counter"_s, 1}})), u"forbidden"_s);

        const QList<QJsonObject> audits = deviceAudits();
        QCOMPARE(audits.size(), 1);
        QCOMPARE(audits[0].value(u"action"_s).toString(), u"deviceRebound"_s);
        QCOMPARE(audits[0].value(u"user"_s).toString(), u"sompong"_s);
        QCOMPARE(audits[0].value(u"target"_s).toString(), pc.id);
        QCOMPARE(audits[0].value(u"oldCounter"_s).toInt(), 1);
        QCOMPARE(audits[0].value(u"newCounter"_s).toInt(), 2);

        // Only a counter PC has a counter; counter 0 is none.
        QCOMPARE(code(command(*supervisor, u"rebindDevice"_s,
                     {{u"device"_s, kiosk.id}, {u"counter"_s, 2}})),
            u"badRequest"_s);
        QCOMPARE(code(command(*supervisor, u"rebindDevice"_s, {{u"device"_s, pc.id}, {u"counter"_s, 0}})),
            u"badRequest"_s);
        QCOMPARE(code(command(*supervisor, u"rebindDevice"_s,
                     {{u"device"_s, u"no-such-device"_s}, {u"counter"_s, 2}})),
            u"unknownDevice"_s);
        QCOMPARE(deviceAudits().size(), 1);
    }

    // A counter the branch does not have (the catalog's counters, as any device reads them) is
    // refused, and the PC stays bound where it was.
    void aCounterPcIsNotReboundToACounterTheBranchDoesNotHave()
    {
        const Paired office = pair(Device::Role::Supervisor, u"Office"_s, 0, StaffRole::Supervisor,
            u"sompong"_s);
        const Paired pc = pair(Device::Role::Counter, u"Counter 1"_s, 1, StaffRole::Counter);
        const auto supervisor = connected(office.token);
        QVERIFY(supervisor);
        int highest = 0;
        for (const QJsonValue &c :
            command(*supervisor, u"catalog"_s).value(u"counters"_s).toArray())
            highest = std::max(highest, c.toObject().value(u"number"_s).toInt());
        QVERIFY(highest > 1);
        const QJsonObject refused = command(
            *supervisor, u"rebindDevice"_s, {{u"device"_s, pc.id}, {u"counter"_s, highest + 1}});
        QCOMPARE(code(refused), u"counterNotFound"_s);
        QCOMPARE(refused.value(u"text"_s).toObject().value(u"args"_s).toArray().at(0).toVariant().toString(),
            QString::number(highest + 1));
        QCOMPARE(listed(*supervisor, pc.id).value(u"counter"_s).toInt(), 1);
        QCOMPARE(deviceAudits().size(), 0);
        // The branch's last counter is one.
        QCOMPARE(code(command(*supervisor, u"rebindDevice"_s,
                     {{u"device"_s, pc.id}, {u"counter"_s, highest}})),
            u"ok"_s);
        QCOMPARE(listed(*supervisor, pc.id).value(u"counter"_s).toInt(), highest);
    }

    void aRevokedDeviceIsCutOffAndItsTokenOpensNothing()
    {
        const Paired office = pair(Device::Role::Supervisor, u"Office"_s, 0, StaffRole::Supervisor,
            u"sompong"_s);
        const Paired kiosk = pair(Device::Role::Kiosk, u"Kiosk"_s);
        const auto supervisor = connected(office.token);
        const auto kioskPeer = connected(kiosk.token);
        QVERIFY(supervisor && kioskPeer);

        // Not the PC the supervisor works at: they would lock themselves out mid-action.
        const QJsonObject own = command(*supervisor, u"revokeDevice"_s, {{u"device"_s, office.id}});
        QCOMPARE(code(own), u"forbidden"_s);
        QVERIFY(!own.value(u"message"_s).toString().isEmpty());

        const QJsonObject revoked = command(*supervisor, u"revokeDevice"_s, {{u"device"_s, kiosk.id}});
        QCOMPARE(code(revoked), u"ok"_s);
        QVERIFY(revoked.value(u"device"_s).toObject().value(u"revokedAt"_s).toInteger() > 0);
        QTRY_COMPARE(int(kioskPeer->socket.closeCode()), HubServer::kCloseRevoked);
        RawPeer again(m_hub->server()->url());
        QVERIFY(again.waitConnected());
        QVERIFY(!again.hello(kiosk.token));
        QCOMPARE(again.answer(u"h1"_s).value(u"code"_s).toString(), u"unauthorized"_s);
        QVERIFY(listed(*supervisor, kiosk.id).value(u"revokedAt"_s).toInteger() > 0);

        const QList<QJsonObject> audits = deviceAudits();
        QCOMPARE(audits.size(), 1);
        QCOMPARE(audits[0].value(u"action"_s).toString(), u"deviceRevoked"_s);
        QCOMPARE(audits[0].value(u"user"_s).toString(), u"sompong"_s);
        QCOMPARE(audits[0].value(u"target"_s).toString(), kiosk.id);
        // A rename of a revoked device names it as unknown; a second revoke changes nothing.
        QCOMPARE(code(command(*supervisor, u"renameDevice"_s,
                     {{u"device"_s, kiosk.id}, {u"name"_s, u"X"_s}})),
            u"unknownDevice"_s);
        QCOMPARE(code(command(*supervisor, u"revokeDevice"_s, {{u"device"_s, kiosk.id}})), u"ok"_s);
        QCOMPARE(deviceAudits().size(), 1);
    }

    void onlyASupervisorAtASupervisorPcManagesDevices_data()
    {
        QTest::addColumn<int>("deviceRole");
        QTest::addColumn<int>("personRole");
        QTest::newRow("a counter officer at a supervisor's PC")
            << int(Device::Role::Supervisor) << int(StaffRole::Counter);
        QTest::newRow("a supervisor at a counter PC")
            << int(Device::Role::Counter) << int(StaffRole::Supervisor);
        QTest::newRow("an admin at a counter PC")
            << int(Device::Role::Counter) << int(StaffRole::Admin);
    }

    void onlyASupervisorAtASupervisorPcManagesDevices()
    {
        QFETCH(int, deviceRole);
        QFETCH(int, personRole);
        const auto role = Device::Role(deviceRole);
        const Paired at = pair(role, u"PC"_s, role == Device::Role::Counter ? 1 : 0,
            StaffRole(personRole));
        const Paired kiosk = pair(Device::Role::Kiosk, u"Kiosk"_s);
        const auto peer = connected(at.token);
        const auto kioskPeer = connected(kiosk.token);
        QVERIFY(peer && kioskPeer);
        QCOMPARE(code(command(*peer, u"devices"_s)), u"forbidden"_s);
        QCOMPARE(code(command(*peer, u"renameDevice"_s, {{u"device"_s, kiosk.id}, {u"name"_s, u"X"_s}})),
            u"forbidden"_s);
        QCOMPARE(code(command(*peer, u"rebindDevice"_s, {{u"device"_s, at.id}, {u"counter"_s, 2}})),
            u"forbidden"_s);
        QCOMPARE(code(command(*peer, u"revokeDevice"_s, {{u"device"_s, kiosk.id}})), u"forbidden"_s);
        // A kiosk, where nobody logs in, neither.
        QCOMPARE(code(command(*kioskPeer, u"revokeDevice"_s, {{u"device"_s, at.id}})),
            u"forbidden"_s);
        QVERIFY(deviceAudits().isEmpty());
        QVERIFY(m_hub->devices().stillPaired(kiosk.id));
        QCOMPARE(m_hub->devices().stillPaired(kiosk.id)->name, u"Kiosk"_s);
    }
};

QTEST_GUILESS_MAIN(TestDeviceCommands)
#include "tst_devicecommands.moc"
