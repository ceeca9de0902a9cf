// A kiosk ticket only within the service's opening hours (demo catalog: ID card A 08:30–18:00,
// land inquiry C 08:30–15:30); staff at a counter may still issue after closing; queue/openAllDay
// lifts the hours for a demo. The refusal says when the service opens, untranslated, so every
// device can show it in its own language.
#include "queuetestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

class TestServiceHours : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kioskTicketsOnlyWithinTheHours_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<int>("hour");
        QTest::addColumn<int>("minute");
        QTest::addColumn<bool>("issued");
        QTest::newRow("ID card at opening") << u"A"_s << 8 << 30 << true;
        QTest::newRow("ID card before opening") << u"A"_s << 7 << 45 << false;
        QTest::newRow("ID card in its last minute") << u"A"_s << 17 << 59 << true;
        QTest::newRow("ID card at closing") << u"A"_s << 18 << 0 << false;
        QTest::newRow("land inquiry closes earlier") << u"C"_s << 15 << 30 << false;
        QTest::newRow("complaints still open") << u"E"_s << 18 << 30 << true;
    }

    void kioskTicketsOnlyWithinTheHours()
    {
        QFETCH(QString, service);
        QFETCH(int, hour);
        QFETCH(int, minute);
        QFETCH(bool, issued);
        Branch branch;
        branch.setNow(bangkok(2026, 11, 25, hour, minute));
        const QueueResult r = branch.queue().issueTicket(service);
        QCOMPARE(r.ok(), issued);
        if (!issued) {
            QCOMPARE(r.error.code, QueueError::Code::ServiceClosed);
            QCOMPARE(branch.count(u"ticket"_s), 0);
            QCOMPARE(branch.count(u"event"_s), 0);
        }
    }

    void refusalSaysWhenTheServiceOpens()
    {
        Branch branch;
        branch.setNow(bangkok(2026, 11, 25, 7, 45));
        const QueueResult early = branch.queue().issueTicket(u"A"_s);
        // No translation installed: the English source, with the service's English name.
        QCOMPARE(early.error.message, u"ID card is closed now; it opens at 08:30."_s);
        // Untranslated for the devices: the sentence, the service in both languages, the time.
        const QJsonObject text = early.error.text.toJson();
        QCOMPARE(text.value(u"source"_s).toString(), u"%1 is closed now; it opens at %2."_s);
        QCOMPARE(QJsonDocument(text.value(u"args"_s).toArray()).toJson(QJsonDocument::Compact),
            QByteArray(R"([{"en":"ID card","th":"บัตรประจำตัวประชาชน"},"08:30"])"));
        setInstalledLanguage(Language::Thai);
        QVERIFY(early.error.text.toString().contains(u"บัตรประจำตัวประชาชน"_s));
        setInstalledLanguage(Language::English);

        branch.setNow(bangkok(2026, 11, 25, 18, 5));
        const QueueResult late = branch.queue().issueTicket(u"A"_s);
        QCOMPARE(late.error.message,
            u"ID card has closed for today; it opens again at 08:30 on its next day."_s);
    }

    void staffAtACounterMayIssueAfterClosing()
    {
        Branch branch;
        branch.setNow(bangkok(2026, 11, 25, 18, 10));
        TicketIssueOptions atCounter;
        atCounter.counterNumber = 1;
        const QueueResult r = branch.queue().issueTicket(u"A"_s, atCounter);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        QCOMPARE(r.ticket->number, u"A001"_s);
        // And tickets issued before closing are still called after it.
        QVERIFY(branch.queue().openCounter(1, {u"A"_s}).ok());
        QVERIFY(branch.queue().callNext(1).ok());
    }

    void openAllDayIssuesAtNight()
    {
        QueueSettings settings;
        settings.openAllDay = true;
        Branch branch(settings);
        branch.setNow(bangkok(2026, 11, 25, 23, 30));
        QVERIFY(branch.queue().issueTicket(u"C"_s).ok());
        // And says so to the kiosks, which then grey nothing.
        for (const Service &s : branch.queue().services())
            QVERIFY(s.hours.isAllDay());
    }

    void catalogHoursReachTheKiosks()
    {
        Branch branch;
        const QList<Service> services = branch.queue().services();
        QCOMPARE(services.first().code, u"A"_s);
        QCOMPARE(services.first().hours.opensText(), u"08:30"_s);
        QCOMPARE(services.first().hours.closesText(), u"18:00"_s);
    }

    void aRetriedRefusalKeepsItsText()
    {
        Branch branch;
        branch.setNow(bangkok(2026, 11, 25, 7, 0));
        const QueueResult first = branch.queue().issueTicket(u"A"_s, {}, u"kiosk-1/r1"_s);
        branch.reopen(); // as after a hub restart: the stored answer comes back
        branch.setNow(bangkok(2026, 11, 25, 9, 0));
        const QueueResult again = branch.queue().issueTicket(u"A"_s, {}, u"kiosk-1/r1"_s);
        QCOMPARE(again.error.code, QueueError::Code::ServiceClosed);
        QCOMPARE(again.error.text.toJson(), first.error.text.toJson());
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    saduak::setInstalledLanguage(saduak::Language::English); // no translator installed
    TestServiceHours test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_servicehours.moc"
