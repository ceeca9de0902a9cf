// One officer's day at the complaint desk in a real headless Chromium, driven through chromedriver
// (WebDriver; tests/support/webdriver): log in, filter the list, open a complaint a branch filed
// over HTTP, move it registered → forwarded → inProgress → resolved → closed with notes, see
// core's refusal beside the form when a note is missing (nothing changes), and find the state in
// the complaint-status item a hub pulls; then a complaint's photo shown on its page and alone.
// Screenshots of the list, the complaint page and the attachments are written beside the test
// (desk-screenshots/) for a person to look at. One browser session.
#include "deskfixture.h"

#include <webdriver.h>

#include <i18n/translation.h>

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::test;

namespace {

const QByteArray kPassword = "ขอให้ปลอดภัย-2569"_ba;

} // namespace

class TestComplaintDeskBrowser : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CentralProcess> m_central;
    QByteArray m_auth;
    WebDriver m_browser;
    QString m_base;

    QString screenshotPath(const QString &name) const
    {
        const QString dir = QCoreApplication::applicationDirPath() + u"/desk-screenshots"_s;
        QDir().mkpath(dir);
        return dir + u'/' + name;
    }

    // Applies an action through its form; the state the page shows afterwards.
    QString apply(const QString &action, const QString &note, const QString &fieldCss = {},
        const QString &fieldValue = {})
    {
        const QString form = u"#form-"_s + action;
        if (!fieldCss.isEmpty()) {
            if (fieldCss.startsWith(u"option"_s))
                (void)m_browser.click(form + u' ' + fieldCss);
            else
                (void)m_browser.type(form + u' ' + fieldCss, fieldValue);
        }
        if (!note.isEmpty() && !m_browser.type(form + u" textarea[name=note]"_s, note))
            return u"no note field in "_s + form;
        if (!m_browser.clickToLoad(form + u" button"_s))
            return u"no form "_s + form;
        return m_browser.text(u"#state"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!WebDriver::isInstalled())
            QSKIP("chromium and chromium-driver are not installed (scripts/saduak-dev.sh)");
        QVERIFY(m_dir.isValid());
        m_central = std::make_unique<CentralProcess>(m_dir.filePath(u"central.sqlite"_s));
        QVERIFY(prepareDeskCentral(*m_central, m_dir, &m_auth));
        QString err;
        QCOMPARE(addOfficer(m_central->dbPath(), u"somchai"_s, kPassword, &err,
                     {u"--name"_s, u"สมชาย ใจดี"_s, u"--agency"_s, u"สำนักงานเขตปทุมวัน"_s}),
            0);
        QVERIFY(m_central->start() != 0);
        m_base = u"http://127.0.0.1:%1"_s.arg(m_central->port());
        // Two complaints of the branch, filed over HTTP as its hub does.
        const RawResponse filed = fileComplaints(m_central->port(), m_auth,
            {deskComplaintRow(1, u"น้ำท่วมซอยหน้าตลาด"_s), deskComplaintRow(2, u"ไฟถนนดับ"_s)});
        QCOMPARE(filed.json().value(u"inserted"_s).toInt(), 2);
        QString why;
        QVERIFY2(m_browser.start(&why), qPrintable(why));
    }

    void anOfficerMovesAComplaintToClosed()
    {
        // Not logged in: the desk sends the browser to the log-in form.
        m_browser.go(m_base + u"/desk/"_s);
        QVERIFY2(m_browser.url().endsWith(u"/desk/login"_s), qPrintable(m_browser.url()));
        QVERIFY(m_browser.type(u"#user"_s, u"somchai"_s));
        QVERIFY(m_browser.type(u"#password"_s, QString::fromUtf8(kPassword)));
        QVERIFY(m_browser.clickToLoad(u"#login"_s));
        QVERIFY2(m_browser.url().endsWith(u"/desk/"_s), qPrintable(m_browser.url()));
        QVERIFY(m_browser.text(u"header"_s).contains(u"สมชาย ใจดี"_s));
        QCOMPARE(m_browser.count(u"#complaints tbody tr"_s), 2);

        // Register the second one, then filter: received ones only.
        m_browser.go(m_base + u"/desk/complaint/"_s + deskNumber(2));
        const QString second = apply(u"register"_s, u"รับเรื่อง"_s, u"option[value=roads]"_s);
        QVERIFY2(m_browser.count(u"#form-register"_s) == 0, qPrintable(second));
        m_browser.go(m_base + u"/desk/"_s);
        QVERIFY(m_browser.click(u"#state option[value=received]"_s));
        QVERIFY(m_browser.click(u"#province option[value='10']"_s));
        QVERIFY(m_browser.clickToLoad(u"#filter"_s));
        QVERIFY2(m_browser.url().contains(u"state=received"_s), qPrintable(m_browser.url()));
        QCOMPARE(m_browser.count(u"#complaints tbody tr"_s), 1);
        const QString listed = m_browser.text(u"#complaints"_s);
        QVERIFY2(
            listed.contains(deskNumber(1)) && !listed.contains(deskNumber(2)), qPrintable(listed));
        QVERIFY2(listed.contains(u"ถนนและสาธารณูปโภค"_s) && listed.contains(u"กรุงเทพมหานคร"_s),
            qPrintable(listed));
        QVERIFY2(listed.contains(u"2569"_s), qPrintable(listed)); // a Buddhist-Era year
        QVERIFY(m_browser.screenshot(screenshotPath(u"desk-list.png"_s)));

        // Open it: what the complainant wrote and who they are.
        QVERIFY(m_browser.clickToLoad(u"#complaints a"_s));
        QCOMPARE(m_browser.text(u"#subject"_s), u"น้ำท่วมซอยหน้าตลาด"_s);
        QVERIFY(m_browser.text(u"#complainant"_s).contains(u"นางสมศรี มีสุข"_s));
        const QString received = m_browser.text(u"#state"_s);

        QVERIFY(apply(u"register"_s, u"รับเรื่องแล้ว"_s, u"option[value=roads]"_s) != received);
        const QString registered = m_browser.text(u"#state"_s);
        QVERIFY(apply(u"forward"_s, u"ส่งสำนักงานเขตปทุมวัน"_s, u"input[name=agency]"_s,
                    u"สำนักงานเขตปทุมวัน"_s)
            != registered);
        const QString forwarded = m_browser.text(u"#state"_s);
        QVERIFY(apply(u"start"_s, u"เจ้าหน้าที่ลงพื้นที่"_s) != forwarded);
        const QString inProgress = m_browser.text(u"#state"_s);

        // Resolve without a note: core's sentence beside the form, nothing changed.
        const int historyRows = m_browser.count(u"#history tbody tr"_s);
        QCOMPARE(apply(u"resolve"_s, {}), inProgress);
        QTranslator thai;
        QVERIFY(loadTranslation(thai, Language::Thai));
        QCoreApplication::installTranslator(&thai);
        complaints::ChangeRequest noNote;
        noNote.action = complaints::ComplaintAction::Resolve;
        const QString expected = complaints::checkChange(
            {complaints::ComplaintState::InProgress, deskNumber(1), {}}, noNote)
                                     .refusal.toString();
        QCoreApplication::removeTranslator(&thai);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(m_browser.text(u"#form-resolve .refusal"_s), expected);
        QCOMPARE(m_browser.count(u"#history tbody tr"_s), historyRows);
        QVERIFY(m_browser.screenshot(screenshotPath(u"desk-complaint-refusal.png"_s)));

        QVERIFY(apply(u"resolve"_s, u"ขุดลอกท่อแล้ว"_s) != inProgress);
        const QString resolved = m_browser.text(u"#state"_s);
        QVERIFY(apply(u"close"_s, u"แจ้งผู้ร้องทางโทรศัพท์แล้ว"_s) != resolved);
        QCOMPARE(m_browser.count(u"#history tbody tr"_s), historyRows + 2);
        const QString history = m_browser.text(u"#history"_s);
        QVERIFY2(history.contains(u"somchai"_s) && history.contains(u"แจ้งผู้ร้องทางโทรศัพท์แล้ว"_s),
            qPrintable(history));
        QVERIFY(m_browser.screenshot(screenshotPath(u"desk-complaint.png"_s)));

        // What a hub pulls: the complaint-status item says closed, with the notes, no officer.
        const RawResponse status = rawHttp(m_central->port(),
            httpRequest("GET"_ba, "/v1/reference/complaint-status?after=0"_ba, {m_auth}));
        QCOMPARE(status.status, 200);
        QJsonObject item;
        for (const QJsonValue &v : status.json().value(u"items"_s).toArray())
            if (v[u"key"_s].toString() == deskNumber(1))
                item = v[u"payload"_s].toObject();
        QCOMPARE(item.value(u"state"_s).toString(), u"closed"_s);
        QCOMPARE(item.value(u"agency"_s).toString(), u"สำนักงานเขตปทุมวัน"_s);
        const QJsonArray steps = item.value(u"history"_s).toArray();
        QCOMPARE(steps.size(), 6); // filed, registered, forwarded, inProgress, resolved, closed
        QCOMPARE(steps.last()[u"note"_s].toString(), u"แจ้งผู้ร้องทางโทรศัพท์แล้ว"_s);
        QVERIFY(!status.body.contains("somchai"));
        QVERIFY(!status.body.contains("3100600123456"));
    }

    // A complaint with a photo, its parts pushed after it: the page shows the photo (decoded by
    // the browser, so the desk's CSP lets it in) and opens it alone; written as
    // desk-attachments.png.
    void anOfficerSeesTheComplaintsPhoto()
    {
        const QByteArray png = deskPng(480, 320, false);
        const QString sha256 = complaints::AttachmentRule::sha256Of(png);
        QJsonArray rows {deskComplaintRow(3, u"ท่อระบายน้ำแตก น้ำเอ่อถนน"_s, QDate(2026, 12, 7),
            {deskAttachment(png, u"ท่อระบายน้ำ.png"_s)})};
        for (const QJsonValue &part : deskPartRows(png, 10))
            rows.append(part);
        QCOMPARE(
            fileComplaints(m_central->port(), m_auth, rows).json().value(u"inserted"_s).toInt(),
            int(rows.size()));
        // The fragment scrolls the section to the top, for the screenshot.
        m_browser.go(m_base + u"/desk/complaint/"_s + deskNumber(3) + u"#attachments"_s);
        QCOMPARE(m_browser.count(u"#attachments li"_s), 1);
        QVERIFY2(m_browser.text(u"#attachments"_s).contains(u"ท่อระบายน้ำ.png"_s),
            qPrintable(m_browser.text(u"#attachments"_s)));
        QTRY_COMPARE(m_browser.property(u"#attachments img"_s, u"naturalWidth"_s).toInt(), 480);
        // Shown at the page's width for it, not the photo's.
        QVERIFY(m_browser.property(u"#attachments img"_s, u"width"_s).toInt() <= 480);
        QVERIFY(m_browser.screenshot(screenshotPath(u"desk-attachments.png"_s)));
        // Opened alone (the link): the browser shows it despite the file's sandboxing CSP.
        QVERIFY(m_browser.clickToLoad(u"#attachments li > a"_s));
        QVERIFY2(
            m_browser.url().endsWith(u"/attachments/"_s + sha256), qPrintable(m_browser.url()));
        QTRY_COMPARE(m_browser.property(u"img"_s, u"naturalWidth"_s).toInt(), 480);
    }
};

QTEST_GUILESS_MAIN(TestComplaintDeskBrowser)
#include "tst_complaintdeskbrowser.moc"
