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
            QVERIFY(s.hours.isAllDayEveryDay());
    }

    void catalogHoursReachTheKiosks()
    {
        Branch branch;
        const QList<Service> services = branch.queue().services();
        QCOMPARE(services.first().code, u"A"_s);
        // The demo seed names no week: its one range is every day's.
        QCOMPARE(services.first().hours, WeekHours::everyDay(*OpeningHours::parse(u"08:30", u"18:00")));
    }

    // A week (0007) for ID card A: weekdays 08:30–16:30, Saturday 09:00–12:00, no Sunday; and
    // Constitution Day (Thursday 10 December 2026) a holiday. The refusal says why, by name.
    void kioskRefusalSaysWhyByWeekAndHoliday_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("hour");
        QTest::addColumn<QString>("refusal"); // empty: issued
        const QDate monday(2026, 12, 7);
        QTest::newRow("Monday within the hours") << monday << 10 << QString();
        QTest::newRow("Monday after closing: Tuesday opens 08:30")
            << monday << 17 << u"ID card has closed for today; it opens again at 08:30 on its next day."_s;
        QTest::newRow("Saturday before opening")
            << monday.addDays(5) << 8 << u"ID card is closed now; it opens at 09:00."_s;
        QTest::newRow("Saturday after closing: Monday opens 08:30")
            << monday.addDays(5) << 13 << u"ID card has closed for today; it opens again at 08:30 on its next day."_s;
        QTest::newRow("Sunday") << monday.addDays(6) << 10 << u"ID card does not open on Sunday."_s;
        QTest::newRow("holiday") << QDate(2026, 12, 10) << 10
                                 << u"ID card is closed today for a holiday: วันรัฐธรรมนูญ."_s;
    }

    void kioskRefusalSaysWhyByWeekAndHoliday()
    {
        QFETCH(QDate, date);
        QFETCH(int, hour);
        QFETCH(QString, refusal);
        Branch branch;
        QVERIFY(branch.exec(uR"(UPDATE service SET week = '[)"
                            R"({"day":1,"opens":"08:30","closes":"16:30"},{"day":2,"opens":"08:30","closes":"16:30"},)"
                            R"({"day":3,"opens":"08:30","closes":"16:30"},{"day":4,"opens":"08:30","closes":"16:30"},)"
                            R"({"day":5,"opens":"08:30","closes":"16:30"},{"day":6,"opens":"09:00","closes":"12:00"}]')"
                            R"( WHERE code = 'A')"_s));
        QVERIFY(branch.exec(u"INSERT INTO holiday (date, name) VALUES ('2026-12-10', 'วันรัฐธรรมนูญ')"_s));
        branch.setNow(bangkok(date.year(), date.month(), date.day(), hour, 0));
        const QueueResult r = branch.queue().issueTicket(u"A"_s);
        QCOMPARE(r.ok(), refusal.isEmpty());
        if (!refusal.isEmpty()) {
            QCOMPARE(r.error.code, QueueError::Code::ServiceClosed);
            QCOMPARE(r.error.message, refusal);
        }
        // Staff at a counter still may, on a holiday as after hours.
        TicketIssueOptions atCounter;
        atCounter.counterNumber = 1;
        QVERIFY(branch.queue().issueTicket(u"A"_s, atCounter).ok());
        // The holiday names the branch's day, not a service's: another service is closed too.
        if (date == QDate(2026, 12, 10))
            QCOMPARE(branch.queue().issueTicket(u"E"_s).error.code,
                QueueError::Code::ServiceClosed);
    }

    void aCatalogFromBeforeTheWeekKeepsItsRangeEveryDay()
    {
        // What 0007 leaves of an older catalog: no week, the one range in opens_at/closes_at.
        Branch branch;
        QVERIFY(branch.exec(u"UPDATE service SET opens_at = '09:00', closes_at = '15:00', week = NULL "
                            "WHERE code = 'A'"_s));
        for (int day = 0; day < 7; ++day) {
            branch.setNow(bangkok(2026, 12, 7 + day, 9, 0));
            QVERIFY2(branch.queue().issueTicket(u"A"_s).ok(), qPrintable(QString::number(day)));
            branch.setNow(bangkok(2026, 12, 7 + day, 15, 0));
            QVERIFY(!branch.queue().issueTicket(u"A"_s).ok());
        }
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
