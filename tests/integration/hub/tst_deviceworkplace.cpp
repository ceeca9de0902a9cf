// A device acts only as what it was paired as (issue 13: a counter PC opened and called at another
// counter; a kiosk passed for staff to issue tickets outside opening hours). Real hub on loopback,
// real WebSocket peers sending what a hostile or wrong client would.
#include <hub/branchhub.h>
#include <hub/devicestore.h>
#include <hub/hubserver.h>
#include <seatedstaff.h>
#include <storage/database.h>

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "rawpeer.h"

using namespace Qt::StringLiterals;
using namespace saduak;

class TestDeviceWorkplace : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<BranchHub> m_hub;
    int m_ids = 0;

    // A counter or supervisor PC has an officer logged in (tests/support/staff), so what it is
    // refused here is for its workplace, not for nobody being logged in.
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

    std::unique_ptr<RawPeer> connected(const QString &token)
    {
        auto peer = std::make_unique<RawPeer>(m_hub->server()->url());
        if (!peer->waitConnected() || !peer->hello(token))
            return nullptr;
        return peer;
    }

    QJsonObject command(RawPeer &peer, const QString &type, QJsonObject fields)
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

    void aCounterPcActsForItsOwnCounterOnly()
    {
        const auto counter1 = connected(pair(Device::Role::Counter, u"Counter 1"_s, 1));
        QVERIFY(counter1);
        // The hub tells the device which counter it is.
        QCOMPARE(counter1->lastOfType(u"welcome"_s)
                     .value(u"device"_s)
                     .toObject()
                     .value(u"counter"_s)
                     .toInt(),
            1);

        // Another counter: refused, in words for the person at the PC, and nothing happens there.
        const QJsonObject opened2 = command(*counter1, u"openCounter"_s, {{u"counter"_s, 2}});
        QCOMPARE(code(opened2), u"forbidden"_s);
        QVERIFY2(opened2.value(u"message"_s).toString().contains(u"counter 1"_s),
            qPrintable(opened2.value(u"message"_s).toString()));
        const QJsonObject snapshot = command(*counter1, u"snapshot"_s, {});
        for (const QJsonValue &c : snapshot.value(u"snapshot"_s).toObject().value(u"counters"_s).toArray())
            if (c.toObject().value(u"number"_s).toInt() == 2)
                QCOMPARE(c.toObject().value(u"state"_s).toString(), u"closed"_s);

        // Its own counter, named or not.
        QCOMPARE(code(command(*counter1, u"openCounter"_s, {{u"counter"_s, 1}})), u"ok"_s);
        QCOMPARE(code(command(*counter1, u"issueTicket"_s, {{u"service"_s, u"A"_s}})), u"ok"_s);
        const QJsonObject called = command(*counter1, u"callNext"_s, {});
        QCOMPARE(code(called), u"ok"_s);
        QCOMPARE(called.value(u"ticket"_s).toObject().value(u"counter"_s).toInt(), 1);
        QCOMPARE(code(command(*counter1, u"callNext"_s, {{u"counter"_s, 2}})), u"forbidden"_s);
        QCOMPARE(code(command(*counter1, u"finishService"_s,
                     {{u"counter"_s, 2},
                         {u"ticket"_s, called.value(u"ticket"_s).toObject().value(u"id"_s)}})),
            u"forbidden"_s);
        // (A module command's workplace.counter: tst_hubmodules.)
    }

    void aTicketFromACounterPcIsStaffsAndAKioskIsNeverStaff()
    {
        const auto counter1 = connected(pair(Device::Role::Counter, u"Counter 1"_s, 1));
        const auto kiosk = connected(pair(Device::Role::Kiosk, u"Kiosk"_s));
        QVERIFY(counter1 && kiosk);
        // Staff at a counter issue without naming their counter: the hub knows it.
        command(*counter1, u"subscribe"_s, {});
        QCOMPARE(code(command(*counter1, u"issueTicket"_s, {{u"service"_s, u"A"_s}})), u"ok"_s);
        const QJsonObject issued = counter1->lastOfType(u"event"_s);
        QCOMPARE(issued.value(u"event"_s).toObject().value(u"counter"_s).toInt(), 1);
        QCOMPARE(issued.value(u"event"_s).toObject().value(u"data"_s).toObject().value(u"source"_s).toString(),
            u"counter"_s);

        // A kiosk that claims a counter (to skip the opening hours) is refused; without it, it is
        // the kiosk it is.
        const QJsonObject claimed
            = command(*kiosk, u"issueTicket"_s, {{u"service"_s, u"A"_s}, {u"counter"_s, 1}});
        QCOMPARE(code(claimed), u"forbidden"_s);
        QCOMPARE(code(command(*kiosk, u"issueTicket"_s, {{u"service"_s, u"A"_s}, {u"counter"_s, 0}})),
            u"forbidden"_s);
        QCOMPARE(code(command(*kiosk, u"issueTicket"_s, {{u"service"_s, u"A"_s}})), u"ok"_s);
        // A supervisor's PC is not bound.
        const auto office = connected(pair(Device::Role::Supervisor, u"Office"_s));
        QVERIFY(office);
        QCOMPARE(code(command(*office, u"openCounter"_s, {{u"counter"_s, 2}})), u"ok"_s);
    }

    void aCounterPcPairedWithoutItsCounterIsToldToPairAgain()
    {
        // As a counter PC paired before binding existed: its row has no counter.
        const QString token = pair(Device::Role::Counter, u"Old counter"_s, 4);
        QSqlQuery clear(m_hub->database().connection());
        QVERIFY(clear.exec(u"UPDATE device SET counter_number = NULL"_s));
        const auto old = connected(token);
        QVERIFY(old);
        QVERIFY(!old->lastOfType(u"welcome"_s).value(u"device"_s).toObject().contains(u"counter"_s));
        const QJsonObject refused = command(*old, u"openCounter"_s, {{u"counter"_s, 4}});
        QCOMPARE(code(refused), u"forbidden"_s);
        QVERIFY2(refused.value(u"message"_s).toString().contains(u"pair"_s),
            qPrintable(refused.value(u"message"_s).toString()));
        // What needs no counter still works.
        QCOMPARE(code(command(*old, u"snapshot"_s, {})), u"ok"_s);
    }

    void pairingNamesACounterForCounterPcsOnly()
    {
        QString why;
        QVERIFY(!m_hub->devices().pair(Device::Role::Counter, u"Counter"_s, 0, &why));
        QVERIFY2(why.contains(u"--counter"_s), qPrintable(why));
        QVERIFY(!m_hub->devices().pair(Device::Role::Kiosk, u"Kiosk"_s, 2, &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(m_hub->devices().pair(Device::Role::Counter, u"Counter 5"_s, 5, &why));
    }
};

QTEST_GUILESS_MAIN(TestDeviceWorkplace)
#include "tst_deviceworkplace.moc"
