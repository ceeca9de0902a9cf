// The kiosk keeps the services' opening hours (demo catalog: ID card A 08:30–18:00, land inquiry
// C 08:30–15:30, complaints E 08:30–19:00) on a hub and a kiosk whose clocks the test fixes: a
// closed service is grey and says its hours, a closed center says when it opens, and a ticket the
// hub refuses as closed is explained in the screen's language — again after a live switch.
#include "shelltestbranch.h"

#include <domain/bangkoktime.h>
#include <queue/queuemanager.h>
#include <shell/kioskwindow.h>

#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

namespace {

qint64 bangkok(int hour, int minute)
{
    return QDateTime(QDate(2026, 11, 25), QTime(hour, minute), BangkokTime::zone())
        .toMSecsSinceEpoch();
}

} // namespace

class TestKioskOpeningHours : public QObject
{
    Q_OBJECT

    QPushButton *serviceButton(KioskWindow &window, const QString &code)
    {
        return window.findChild<QPushButton *>(u"serviceButton_"_s + code);
    }
    QString hoursText(KioskWindow &window, const QString &code)
    {
        return serviceButton(window, code)->findChild<QLabel *>(u"serviceWait"_s)->text();
    }
    QLabel *notice(KioskWindow &window) { return window.findChild<QLabel *>(u"kioskNotice"_s); }

    void openBranch()
    {
        m_branch = std::make_unique<TestBranch>();
        m_branch->queueSettings().openAllDay = false;
        m_branch->setClock([this] { return m_hubNow; });
        QString why;
        QVERIFY2(m_branch->open(&why), qPrintable(why));
    }

private Q_SLOTS:
    void cleanup() { m_branch.reset(); }

    void closedServicesAreGreyWithTheirHours()
    {
        m_hubNow = bangkok(16, 0);
        openBranch();
        KioskWindow window(m_branch->context());
        window.setClock([this] { return m_hubNow; });
        window.resize(1080, 1600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(m_branch->waitForSnapshot());

        QVERIFY(serviceButton(window, u"A"_s)->isEnabled());
        QVERIFY(!serviceButton(window, u"C"_s)->isEnabled()); // land inquiry closed at 15:30
        QVERIFY2(hoursText(window, u"C"_s).contains(u"08:30–15:30"_s),
            qPrintable(hoursText(window, u"C"_s)));
        QVERIFY(!notice(window)->isVisible()); // the center is open
        // Its key does nothing either.
        QTest::keyClick(&window, Qt::Key_3);
        QVERIFY(window.isShowingStart());
        QCOMPARE(m_branch->hub().queue().lastEventSeq(), 0);
        QVERIFY(saveScreenshot(&window, u"kiosk_land_closed_th"_s));

        // The clock moves on without any event: at 19:30 everything is closed.
        m_hubNow = bangkok(19, 30);
        window.setClock([this] { return m_hubNow; });
        for (QPushButton *b : window.serviceButtons())
            QVERIFY(!b->isEnabled());
        QVERIFY(notice(window)->isVisible());
        QVERIFY2(notice(window)->text().contains(u"08:30"_s), qPrintable(notice(window)->text()));
        QVERIFY(saveScreenshot(&window, u"kiosk_center_closed_th"_s));
        window.toggleLanguage();
        QVERIFY2(notice(window)->text().contains(u"closed for today"_s),
            qPrintable(notice(window)->text()));
        QVERIFY(saveScreenshot(&window, u"kiosk_center_closed_en"_s));
        window.toggleLanguage();

        // Early in the morning it says when the center opens.
        m_hubNow = bangkok(7, 0);
        window.setClock([this] { return m_hubNow; });
        QVERIFY(notice(window)->isVisible());
        QVERIFY(notice(window)->text().contains(u"08:30"_s));
    }

    void aTicketTheHubRefusesAsClosedIsExplainedInTheScreensLanguage()
    {
        // The kiosk's clock is behind the hub's: it still offers land inquiry, the hub refuses.
        m_hubNow = bangkok(15, 40);
        openBranch();
        KioskWindow window(m_branch->context());
        window.setClock([] { return bangkok(15, 20); });
        window.resize(1080, 1600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(m_branch->waitForSnapshot());
        QTest::mouseClick(serviceButton(window, u"C"_s), Qt::LeftButton);
        QTRY_VERIFY(notice(window)->isVisible());
        QVERIFY(window.isShowingStart());
        QCOMPARE(m_branch->hub().queue().lastEventSeq(), 0); // no ticket
        QVERIFY2(notice(window)->text().contains(u"สอบถามข้อมูลที่ดิน"_s)
                && notice(window)->text().contains(u"08:30"_s),
            qPrintable(notice(window)->text()));
        QVERIFY(saveScreenshot(&window, u"kiosk_refused_closed_th"_s));
        window.toggleLanguage(); // the same refusal, now in English
        QVERIFY2(notice(window)->text().contains(u"Land inquiry has closed for today"_s),
            qPrintable(notice(window)->text()));
    }

    void aHolidayAndAClosedWeekdaySayWhy()
    {
        // Wednesday 25 November 2026, 10:00: the admin made it a holiday, and ID card (A) opens
        // on weekends only; both through the hub's own commands.
        m_hubNow = bangkok(10, 0);
        openBranch();
        QueueManager &queue = m_branch->hub().queue();
        WeekHours weekends = WeekHours::closed();
        weekends.set(6, OpeningHours::parse(u"09:00", u"12:00"));
        weekends.set(7, OpeningHours::parse(u"09:00", u"12:00"));
        QVERIFY(queue.setServiceHours(u"A"_s, weekends).ok());
        ShellContext context = m_branch->context();
        context.services = queue.services();
        const QString name = u"วันหยุดชดเชย"_s;

        {
            KioskWindow window(context);
            window.setClock([this] { return m_hubNow; });
            window.resize(1080, 1600);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(!serviceButton(window, u"A"_s)->isEnabled());
            QVERIFY(serviceButton(window, u"B"_s)->isEnabled());
            window.toggleLanguage();
            QCOMPARE(hoursText(window, u"A"_s), u"Closed on Wednesday"_s);
            window.toggleLanguage();
            QVERIFY2(hoursText(window, u"A"_s).contains(u"วันพุธ"_s),
                qPrintable(hoursText(window, u"A"_s)));
            QVERIFY(saveScreenshot(&window, u"kiosk_closed_weekday_th"_s));
        }

        QVERIFY(queue.setHolidays({{QDate(2026, 11, 25), name}}).ok());
        context = m_branch->context();
        context.services = queue.services();
        KioskWindow window(context);
        window.setClock([this] { return m_hubNow; });
        window.resize(1080, 1600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (QPushButton *b : window.serviceButtons())
            QVERIFY(!b->isEnabled());
        QVERIFY(notice(window)->isVisible());
        QVERIFY2(notice(window)->text().contains(name), qPrintable(notice(window)->text()));
        QVERIFY2(hoursText(window, u"B"_s).contains(name), qPrintable(hoursText(window, u"B"_s)));
        QVERIFY(saveScreenshot(&window, u"kiosk_holiday_th"_s));
        window.toggleLanguage();
        QCOMPARE(notice(window)->text(),
            u"The center is closed today for a holiday: "_s + name + u"."_s);
        QCOMPARE(hoursText(window, u"B"_s), u"Closed today: "_s + name);
        QVERIFY(saveScreenshot(&window, u"kiosk_holiday_en"_s));
        // The hub refuses a kiosk ticket too, by the holiday's name.
        QCOMPARE(queue.issueTicket(u"B"_s).error.code, QueueError::Code::ServiceClosed);
    }

private:
    std::unique_ptr<TestBranch> m_branch;
    qint64 m_hubNow = 0;
};

QTEST_MAIN(TestKioskOpeningHours)
#include "tst_kioskopeninghours.moc"
