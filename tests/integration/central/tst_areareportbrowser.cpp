// The area e-report's page in a real headless Chromium through chromedriver (WebDriver;
// tests/support/webdriver): an officer of the desk opens /area-report for December, sees the
// branches grouped by amphoe and province with the roll-up rows (their within-target share and
// p90 wait as the test works them out from the reports it sent), switches to English (the names
// of admin-areas follow, the month stays), and narrows it to a province with the form.
// Screenshots in both languages go beside the test (area-report-screenshots/) for a person to
// look at. SQLite only: the figures on both engines are tst_centralareareport's.
#include "areareportfixture.h"
#include "deskfixture.h"

#include <webdriver.h>

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

namespace {

const QByteArray kPassword = "ขอให้ปลอดภัย-2569"_ba;

// Bangkok's December from the reports the test sent: within target of called, and the p90 wait
// (nearest rank over the legs themselves).
struct BangkokFigures
{
    QString share;
    int p90 = 0;
};

BangkokFigures bangkokDecember()
{
    qint64 called = 0, within = 0;
    QList<int> legs;
    for (const SentDay &d : keptDays(areaReportDays())) {
        if (d.businessDay < u"2026-12-01"_s || d.branch == u"B004"_s || d.branch == u"B005"_s)
            continue;
        for (const SentService &s : d.services) {
            called += s.called;
            within += s.withinTarget;
            for (int m = 0; m < s.waitMinutes.size(); ++m)
                for (qint64 i = 0; i < s.waitMinutes.at(m); ++i)
                    legs.append(m);
        }
    }
    std::sort(legs.begin(), legs.end());
    const qsizetype rank = qsizetype(std::ceil(0.9 * legs.size()));
    return {QString::number(100.0 * within / called, 'f', 1) + u" %"_s, legs.at(rank - 1)};
}

} // namespace

class TestAreaReportBrowser : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CentralProcess> m_central;
    QMap<QString, QByteArray> m_auth;
    WebDriver m_browser;
    QString m_base;

    QString screenshotPath(const QString &name) const
    {
        const QString dir = QCoreApplication::applicationDirPath() + u"/area-report-screenshots"_s;
        QDir().mkpath(dir);
        return dir + u'/' + name;
    }

    // The text of one cell of a row: 1 days reported … 7 within target, 9 wait p90.
    QString cell(const QString &row, int column)
    {
        return m_browser.text(u"#"_s + row + u" td:nth-of-type("_s + QString::number(column)
            + u')');
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!WebDriver::isInstalled())
            QSKIP("chromium and chromium-driver are not installed (scripts/saduak-dev.sh)");
        QVERIFY(m_dir.isValid());
        m_central = std::make_unique<CentralProcess>(m_dir.filePath(u"central.sqlite"_s));
        QVERIFY(prepareAreaCentral(*m_central, m_dir, &m_auth));
        QString err;
        QCOMPARE(addOfficer(m_central->dbPath(), u"somsri"_s, kPassword, &err,
                     {u"--name"_s, u"สมศรี มีสุข"_s, u"--agency"_s, u"สำนักงานจังหวัด"_s}),
            0);
        QVERIFY(m_central->start() != 0);
        m_base = u"http://127.0.0.1:%1"_s.arg(m_central->port());
        QVERIFY(pushAreaReportDays(m_central->port(), m_auth));
        QString why;
        QVERIFY2(m_browser.start(&why), qPrintable(why));
    }

    void anOfficerReadsTheMonthByArea()
    {
        // Not logged in: the desk's log-in first.
        m_browser.go(m_base + u"/area-report?month=2026-12"_s);
        QVERIFY2(m_browser.url().endsWith(u"/desk/login"_s), qPrintable(m_browser.url()));
        QVERIFY(m_browser.type(u"#user"_s, u"somsri"_s));
        QVERIFY(m_browser.type(u"#password"_s, QString::fromUtf8(kPassword)));
        QVERIFY(m_browser.clickToLoad(u"#login"_s));

        m_browser.go(m_base + u"/area-report?month=2026-12"_s);
        QVERIFY2(m_browser.url().contains(u"/desk/area-report?month=2026-12"_s),
            qPrintable(m_browser.url() + u' ' + QString::fromUtf8(m_central->standardError())));
        QCOMPARE(m_browser.property(u"html"_s, u"lang"_s).toString(), u"th"_s);
        // Bangkok's roll-up, then Pathum Wan's, then its branches; Samut Prakan after.
        const QString bangkok = m_browser.text(u"#province-10 th"_s);
        QVERIFY2(bangkok.contains(u"กรุงเทพมหานคร"_s), qPrintable(bangkok));
        QVERIFY2(bangkok.contains(u'3'), qPrintable(bangkok)); // three branches
        const BangkokFigures expected = bangkokDecember();
        QCOMPARE(cell(u"province-10"_s, 7), expected.share);
        QCOMPARE(cell(u"province-10"_s, 9), QString::number(expected.p90));
        QVERIFY(m_browser.text(u"#amphoe-1007 th"_s).contains(u"ปทุมวัน"_s));
        QCOMPARE(cell(u"amphoe-1007"_s, 9), u"30"_s); // worked out by hand in tst_centralareareport
        QVERIFY(m_browser.text(u"#province-11 th"_s).contains(u"สมุทรปราการ"_s));
        QCOMPARE(m_browser.count(u"#area-report tbody tr.branch"_s), 5);
        const QString order = m_browser.text(u"#area-report tbody"_s);
        QVERIFY2(order.indexOf(u"ปทุมวัน"_s) < order.indexOf(u"B001"_s)
                && order.indexOf(u"B001"_s) < order.indexOf(u"สมุทรปราการ"_s),
            qPrintable(order));
        QVERIFY2(m_browser.text(u"#area-report caption"_s).contains(u"2569"_s),
            qPrintable(m_browser.text(u"#area-report caption"_s))); // a Buddhist-Era year
        QVERIFY(m_browser.text(u"#services"_s).contains(u"บัตรประชาชน"_s));
        QVERIFY(m_browser.screenshot(screenshotPath(u"area-report-th.png"_s)));

        // English: the names follow, the month stays.
        QVERIFY(m_browser.clickToLoad(u"#lang-en"_s));
        QVERIFY2(m_browser.url().contains(u"month=2026-12"_s), qPrintable(m_browser.url()));
        QCOMPARE(m_browser.property(u"html"_s, u"lang"_s).toString(), u"en"_s);
        QVERIFY(m_browser.text(u"#province-10 th"_s).contains(u"Bangkok"_s));
        QVERIFY(m_browser.text(u"#amphoe-1007 th"_s).contains(u"Pathum Wan"_s));
        QVERIFY(m_browser.text(u"#area-report caption"_s).contains(u"December 2026"_s));
        QVERIFY(m_browser.text(u"#services"_s).contains(u"ID card"_s));
        QCOMPARE(cell(u"province-10"_s, 7), expected.share);
        QVERIFY(m_browser.screenshot(screenshotPath(u"area-report-en.png"_s)));

        // The form: Samut Prakan only.
        QVERIFY(m_browser.click(u"#province option[value='11']"_s));
        QVERIFY(m_browser.clickToLoad(u"#show"_s));
        QVERIFY2(m_browser.url().contains(u"province=11"_s), qPrintable(m_browser.url()));
        QCOMPARE(m_browser.count(u"#province-10"_s), 0);
        QCOMPARE(m_browser.count(u"#area-report tbody tr.branch"_s), 1);
        QVERIFY(m_browser.text(u"#branch-B004"_s).contains(u"Imperial Samrong"_s));

        // Its CSV link: the officer's session opens it (none: the log-in), names in English.
        const QUrl csv(m_browser.property(u"#csv"_s, u"href"_s).toString());
        QCOMPARE(csv.path(), u"/desk/area-report.csv"_s);
        const QByteArray target = csv.path().toLatin1() + '?' + csv.query(QUrl::FullyEncoded).toLatin1();
        QCOMPARE(rawHttp(m_central->port(), httpRequest("GET"_ba, target)).status, 303);
        const QByteArray session = deskSession(m_central->port(), u"somsri"_s, kPassword);
        QVERIFY(!session.isEmpty());
        const RawResponse file = rawHttp(
            m_central->port(), httpRequest("GET"_ba, target, {"Cookie: "_ba + session}));
        QCOMPARE(file.status, 200);
        QVERIFY(file.body.startsWith("\xEF\xBB\xBF"));
        QVERIFY2(file.body.contains("\r\nprovince,11,Samut Prakan,,,,,,,1,1,8,8,7,"), file.body);
        QVERIFY(!file.body.contains("Bangkok"));

        // A month that is not one: the reason beside the form.
        m_browser.go(m_base + u"/desk/area-report?month=2026-13"_s);
        QVERIFY(!m_browser.text(u"#refusal"_s).isEmpty());
        QCOMPARE(m_browser.count(u"#area-report"_s), 0);
    }
};

QTEST_MAIN(TestAreaReportBrowser)
#include "tst_areareportbrowser.moc"
