// Issue 15's "Done when", walked end to end in one test with the real parts: a citizen files a
// complaint at the kiosk with their ID card and takes the receipt; an agency officer moves it
// through its states at central's desk; the citizen later scans the receipt at the kiosk (or asks
// through an Open311 client) and sees that state — with the branch offline in between, and nothing
// lost or duplicated.
//
// The parts: saduak-central (its desk and Open311 endpoint), saduak-hub serving the complaints and
// ID-card modules' hub parts and syncing with central, and in this process a kiosk PC joined to
// that hub as a kiosk device (BranchSession with --hub and its token, the real KioskWindow and
// plugins), reading an emulated Thai ID card through a real pcscd and the vpcd virtual reader
// (tests/support/pcsc), printing its receipts to a pdf: folder; the officer in a headless
// Chromium (tests/support/webdriver).
//
// It proves: the form's complainant is the card's person (on the form, and at central's desk);
// the receipt carries the tracking number and a QR that decodes back to it, and no name or ID;
// the hub's sync puts the complaint at central once; while the hub is killed (SIGKILL: the branch
// offline) the officer moves it received → registered → forwarded → inProgress → resolved →
// closed with a note each time, and an Open311 GET of the receipt's number says closed with the
// last note; once the hub is started again (and has pulled complaint-status), the kiosk's status
// page, given the QR's text as a scanner types it, shows closed and the notes; at the end central
// holds one complaint from one filing (and one card read), the branch one complaint, and the hub's
// outbox no row central has not acknowledged.
#include "centralprocess.h"
#include "deskfixture.h"
#include "pcscdfixture.h"
#include "pcsctestsupport.h"
#include "poppler.h"
#include "programprocess.h"
#include "qrdecode.h"
#include "vpcdcardemulator.h"

#include <webdriver.h>

#include <branchstore.h>
#include <centraldatabase.h>
#include <complaintworkflow.h>
#include <ingeststore.h>
#include <trackingnumber.h>

#include <domain/citizen.h>
#include <domain/thaicitizenid.h>
#include <modulehost/deskstate.h>
#include <queuelink/queuelink.h>
#include <saduak/branchsession.h>
#include <shell/appsettings.h>
#include <shell/kioskmodulepages.h>
#include <shell/kioskwindow.h>
#include <shell/languageswitcher.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::complaints;
using namespace saduak::test;
using namespace saduak::testing;

namespace {

constexpr int kSyncTimeoutMs = 30000; // the hub pushes at once and pulls every second
constexpr int kCardTimeoutMs = 15000; // pcscd polls vpcd every 400 ms; then the APDUs and the hub

const QString kStatusUrl = u"https://central.example/complaints/status/"_s;
const QByteArray kPassword = "ขอให้ปลอดภัย-2569"_ba;
const QString kAgency = u"สำนักงานเขตปทุมวัน"_s;
const QString kSubject = u"ไฟถนนดับทั้งซอย"_s;

// The first column of the first row of a query on a SQLite file another process writes (opened
// read-only, so the test never takes a lock the program needs); an invalid QVariant if none.
QVariant firstValue(const QString &file, const QString &sql, const QVariantList &binds = {})
{
    const QString name = u"journey-read"_s;
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(file);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant &bind : binds)
                q.addBindValue(bind);
            if (q.exec() && q.next())
                value = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

bool pick(QComboBox *box, const QString &code)
{
    const int row = box ? box->findData(code, Qt::UserRole) : -1;
    if (row >= 0)
        box->setCurrentIndex(row);
    return row >= 0;
}

// Types text into the focused widget as a keyboard does, one key event a character:
// QTest::keyClicks takes Latin-1 only, and Thai is what a citizen types.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

QString translated(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

} // namespace

class TestComplaintJourney : public QObject
{
    Q_OBJECT

    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool startHub(quint16 port)
    {
        return m_hub.start(port,
            {u"--settings"_s, path(u"hub.ini"_s), u"--modules"_s, path(u"modules"_s),
                u"--language"_s, u"en"_s});
    }

    template<typename T>
    T *kioskChild(const QString &name) const
    {
        return m_kiosk->findChild<T *>(name);
    }

    QPushButton *offer(const QString &thaiName) const
    {
        for (QPushButton *button : m_kiosk->modulePages()->offerButtons()) {
            const auto *label = button->findChild<QLabel *>(u"offerName"_s);
            if (label && label->text() == thaiName)
                return button;
        }
        return nullptr;
    }

    // Central's list of complaints: one tab-separated line each.
    QStringList centralComplaints()
    {
        QString out;
        if (m_central->command({u"complaints"_s}, &out) != 0)
            return {u"(complaints failed)"_s};
        return out.isEmpty() ? QStringList {} : out.split(u'\n');
    }

    // Central's ingested rows of branch B001 of one kind (what the hub's outbox delivered).
    int centralRows(const QString &kind)
    {
        StorageError error;
        auto central = CentralDatabase::open(m_central->dbPath(), &error, true);
        if (!central)
            return -1;
        const auto branch = central->branches().byCode(u"B001"_s);
        if (!branch)
            return -1;
        const auto rows = central->ingest().rowsOf(branch->id);
        return int(std::count_if(
            rows.begin(), rows.end(), [&](const auto &row) { return row.kind == kind; }));
    }

    // Applies an action through its form at the desk (a note always; a category or an agency as
    // the action needs); the state the page shows afterwards, or what went wrong.
    QString applyAtDesk(const QString &action, const QString &note, const QString &fieldCss = {},
        const QString &fieldValue = {})
    {
        const QString form = u"#form-"_s + action;
        if (m_browser.count(form) != 1)
            return u"no form "_s + form + u" on the page: "_s + m_browser.text(u"#state"_s);
        if (fieldCss.startsWith(u"option"_s) && !m_browser.click(form + u' ' + fieldCss))
            return u"no "_s + fieldCss + u" in "_s + form;
        if (fieldCss.startsWith(u"input"_s) && !m_browser.type(form + u' ' + fieldCss, fieldValue))
            return u"no "_s + fieldCss + u" in "_s + form;
        if (!m_browser.type(form + u" textarea[name=note]"_s, note))
            return u"no note field in "_s + form;
        if (!m_browser.clickToLoad(form + u" button"_s))
            return u"the button of "_s + form + u" loaded nothing"_s;
        return m_browser.text(u"#state"_s);
    }

private Q_SLOTS:
    void cleanup()
    {
        const bool failed = QTest::currentTestFailed();
        m_kiosk.reset();
        if (m_session)
            m_session->shutDown();
        m_session.reset();
        if (m_emulator)
            m_emulator->removeCard();
        m_emulator.reset();
        if (failed)
            qInfo().noquote() << "hub output:\n" << m_hub.program().read().right(6000);
        m_hub.kill();
        if (m_central) {
            m_central->kill();
            if (failed)
                qInfo().noquote() << "central errors:\n"
                                  << QString::fromUtf8(m_central->standardError()).right(4000);
        }
        if (failed)
            qInfo().noquote() << "pcscd log:\n" << m_pcscd.logTail(30);
    }

    void aComplaintFiledWithTheCardIsClosedAtCentralAndTheReceiptShowsIt()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(WebDriver::isInstalled(),
            "chromium and chromium-driver are needed (scripts/saduak-dev.sh installs them)");
        QString why;
        QVERIFY2(m_pcscd.start(&why), qPrintable(why));

        // Central: branch B001, the categories and Bangkok's areas, an officer of the agency.
        m_central = std::make_unique<CentralProcess>(path(u"central.sqlite"_s));
        QByteArray auth;
        QVERIFY(prepareDeskCentral(*m_central, m_dir, &auth));
        QString err;
        QCOMPARE(addOfficer(m_central->dbPath(), u"wipa"_s, kPassword, &err,
                     {u"--name"_s, u"วิภา ศรีสุข"_s, u"--agency"_s, kAgency}),
            0);
        QVERIFY(m_central->start() != 0);

        // The branch's hub with the two modules the kiosk's flow needs, syncing with central.
        QVERIFY(QDir().mkpath(path(u"modules"_s)));
        for (const QString &plugin : {u"complaints.so"_s, u"idcard.so"_s})
            QVERIFY(QFile::link(QStringLiteral(SADUAK_PROGRAM_MODULE_DIR "/") + plugin,
                path(u"modules/"_s + plugin)));
        {
            QSettings hubIni(path(u"hub.ini"_s), QSettings::IniFormat);
            hubIni.setValue(u"central/url"_s, m_central->url().toString());
            hubIni.setValue(
                u"central/token"_s, QString::fromLatin1(auth.mid(auth.indexOf("Bearer ") + 7)));
            hubIni.setValue(u"central/pullIntervalSeconds"_s, 1);
            hubIni.setValue(u"modules/complaints/branchCode"_s, u"B001"_s);
            hubIni.setValue(u"queue/openAllDay"_s, true);
        }
        const QString kioskToken = m_hub.pair(u"kiosk"_s, u"Kiosk 1"_s);
        QVERIFY(!kioskToken.isEmpty());
        QVERIFY2(startHub(0), qPrintable(m_hub.program().read()));
        const quint16 hubPort = m_hub.port();

        // The kiosk PC: no database of its own, its card reader, its receipt printer.
        const QString receipts = path(u"receipts"_s);
        QVERIFY(QDir().mkpath(receipts));
        m_settings = std::make_unique<AppSettings>(path(u"kiosk.ini"_s));
        QSettings &ini = m_settings->raw();
        ini.setValue(u"modules/idcard/reader"_s, m_pcscd.readerName(0));
        ini.setValue(u"modules/complaints/statusUrl"_s, kStatusUrl);
        ini.setValue(u"printing/receiptPrinter"_s, QString(u"pdf:"_s + receipts));
        ini.setValue(u"queue/openAllDay"_s, true);
        // The test takes longer than a citizen's pause: the kiosk must not reset meanwhile.
        ini.setValue(u"kiosk/idleResetSeconds"_s, 3600);
        ini.setValue(u"kiosk/pageIdleSeconds"_s, 3600);
        m_language.setLanguage(Language::Thai);
        BranchSession::Options options;
        options.moduleFolder = path(u"modules"_s);
        options.hubUrl = QUrl(m_hub.url());
        options.hubToken = kioskToken;
        StorageError storageError;
        m_session = BranchSession::open(options, *m_settings, &storageError);
        QVERIFY2(m_session, qPrintable(storageError.detail));
        QVERIFY(QTest::qWaitFor([&] { return m_session->isReady(); }, kSyncTimeoutMs));
        m_kiosk = std::make_unique<KioskWindow>(m_session->shellContext(&m_language));
        m_kiosk->resize(1920, 1080);
        m_kiosk->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_kiosk.get()));
        m_kiosk->activateWindow(); // the fields take the focus, and the scanner's keys, in it
        QVERIFY(QTest::qWaitForWindowActive(m_kiosk.get()));

        // The citizen's card goes into the kiosk's reader: read, audited at the hub, published.
        const QJsonObject fixture = cardFixtureJson(u"standard-3b68"_s);
        const QString citizenId = fixture[u"citizenId"].toString();
        const QJsonObject thai = fixture[u"thaiName"].toObject();
        QCOMPARE(citizenId.size(), 13);
        m_card = loadFixtureCard(u"standard-3b68"_s);
        QVERIFY(m_card);
        m_emulator = std::make_unique<VpcdCardEmulator>(m_pcscd.vpcdPort(0));
        m_emulator->insertCard(m_card.get());
        QVERIFY2(QTest::qWaitFor(
                     [&] { return m_session->desk().citizen().has_value(); }, kCardTimeoutMs),
            "the card read at the kiosk was not shown (see the log: audited at the hub?)");

        // The complaint form: its complainant is the card's person, and may be named.
        QPushButton *fileOffer = offer(u"ร้องเรียน ร้องทุกข์"_s);
        QVERIFY(fileOffer);
        QTest::mouseClick(fileOffer, Qt::LeftButton);
        auto *category = kioskChild<QComboBox>(u"categoryBox"_s);
        auto *province = kioskChild<QComboBox>(u"provinceBox"_s);
        QVERIFY(category && province);
        // Each box is filled by the hub's answer; a district's once its province is picked.
        for (const auto &[box, code] :
            {std::pair {u"categoryBox"_s, u"roads"_s}, {u"provinceBox"_s, u"10"_s},
                {u"amphoeBox"_s, u"1007"_s}, {u"tambonBox"_s, u"100701"_s}})
            QVERIFY2(QTest::qWaitFor(
                         [&] { return pick(kioskChild<QComboBox>(box), code); }, kSyncTimeoutMs),
                qPrintable(box + u" never offered "_s + code));
        const QString complainant = kioskChild<QLabel>(u"complainantLabel"_s)->text();
        const PersonName cardName {thai[u"prefix"].toString(), thai[u"first"].toString(),
            thai[u"middle"].toString(), thai[u"last"].toString()};
        QVERIFY2(complainant.contains(cardName.full())
                && complainant.contains(ThaiCitizenId::parse(citizenId)->masked()),
            qPrintable(complainant));
        auto *anonymous = kioskChild<QCheckBox>(u"anonymousBox"_s);
        QVERIFY(anonymous->isEnabled());
        QVERIFY(!anonymous->isChecked());
        auto *subject = kioskChild<QLineEdit>(u"subjectEdit"_s);
        QTRY_VERIFY(subject->hasFocus());
        typeText(subject, kSubject);
        auto *description = kioskChild<QPlainTextEdit>(u"descriptionEdit"_s);
        description->setFocus();
        typeText(description, u"ซอยหน้าตลาด มืดทั้งคืน"_s);
        auto *privacy = kioskChild<QCheckBox>(u"privacyAcknowledgedBox"_s);
        QTest::mouseClick(privacy, Qt::LeftButton, {}, QPoint(24, privacy->height() / 2));
        QVERIFY(privacy->isChecked());
        QTest::mouseClick(kioskChild<QPushButton>(u"fileComplaintButton"_s), Qt::LeftButton);

        auto *filedNumber = kioskChild<QLabel>(u"filedNumber"_s);
        QVERIFY2(QTest::qWaitFor(
                     [&] { return filedNumber->isVisible() && !filedNumber->text().isEmpty(); },
                     kSyncTimeoutMs),
            qPrintable(u"not filed: "_s + kioskChild<QLabel>(u"formError"_s)->text()));
        const auto tracking = TrackingNumber::parse(filedNumber->text(), &why);
        QVERIFY2(tracking, qPrintable(why));
        const QString number = tracking->text();
        QCOMPARE(tracking->branchCode(), u"B001"_s);

        // The receipt as the printer took it: the number, a QR that decodes back to it, no person.
        QDir receiptDir(receipts);
        QTRY_COMPARE(receiptDir.entryList({u"*.pdf"_s}, QDir::Files).size(), 1);
        QFile receiptFile(receiptDir.filePath(receiptDir.entryList({u"*.pdf"_s}).constFirst()));
        QTRY_VERIFY(receiptFile.size() > 0
            && kioskChild<QLabel>(u"printStatus"_s)->text()
                == translated("saduak::complaints::ComplaintKioskPage",
                    "Take your receipt: it has the number and a QR code to follow your "
                    "complaint."));
        QVERIFY(receiptFile.open(QIODevice::ReadOnly));
        const QByteArray pdf = receiptFile.readAll();
        const QString receiptText = comparableText(pdfText(pdf, &why));
        QVERIFY2(receiptText.contains(comparableText(number)), qPrintable(receiptText));
        for (const QString &secret :
            {citizenId, thai[u"first"].toString(), thai[u"last"].toString()})
            QVERIFY2(!receiptText.contains(secret), "the receipt names the complainant");
        const QImage page = renderPdfPage(pdf, 203, 1, &why);
        QVERIFY2(!page.isNull(), qPrintable(why));
        const QString qr = decodeQr(page).text;
        QCOMPARE(qr, kStatusUrl + number);
        QTest::mouseClick(kioskChild<QPushButton>(u"filedFinishButton"_s), Qt::LeftButton);
        QTRY_VERIFY(m_kiosk->isShowingStart());
        m_emulator->removeCard(); // the citizen takes the card and the receipt and leaves

        // The hub's sync puts the complaint at central, once.
        QStringList atCentral;
        QVERIFY2(QTest::qWaitFor(
                     [&] { return (atCentral = centralComplaints()).join(u'\n').contains(number); },
                     kSyncTimeoutMs),
            "the hub's sync did not bring the complaint to central");
        QCOMPARE(atCentral.size(), 1);

        // The branch goes offline (a power cut of the hub's process) ...
        m_hub.kill();
        QVERIFY(QTest::qWaitFor(
            [&] { return m_session->queue().state() != QueueLink::State::Online; }, 10000));

        // ... while the officer moves the complaint to closed at the desk, a note each time.
        QVERIFY2(m_browser.start(&why), qPrintable(why));
        const QString desk = u"http://127.0.0.1:%1/desk/"_s.arg(m_central->port());
        m_browser.go(desk);
        QVERIFY(m_browser.type(u"#user"_s, u"wipa"_s));
        QVERIFY(m_browser.type(u"#password"_s, QString::fromUtf8(kPassword)));
        QVERIFY(m_browser.clickToLoad(u"#login"_s));
        QVERIFY2(m_browser.url().endsWith(u"/desk/"_s), qPrintable(m_browser.url()));
        m_browser.go(desk + u"complaint/"_s + number);
        QCOMPARE(m_browser.text(u"#subject"_s), kSubject);
        const QString person = m_browser.text(u"#complainant"_s);
        QVERIFY2(person.contains(thai[u"prefix"].toString() + thai[u"first"].toString())
                && person.contains(thai[u"last"].toString()) && person.contains(citizenId),
            qPrintable(person));
        const QList<std::tuple<QString, QString, QString, QString>> steps {
            {u"register"_s, u"รับเรื่องแล้ว"_s, u"option[value=roads]"_s, {}},
            {u"forward"_s, u"ส่งสำนักงานเขตปทุมวัน"_s, u"input[name=agency]"_s, kAgency},
            {u"start"_s, u"เจ้าหน้าที่ลงพื้นที่"_s, {}, {}},
            {u"resolve"_s, u"เปลี่ยนหลอดไฟแล้ว"_s, {}, {}},
            {u"close"_s, u"แจ้งผู้ร้องทางโทรศัพท์แล้ว"_s, {}, {}},
        };
        QString state = m_browser.text(u"#state"_s);
        for (const auto &[action, note, fieldCss, fieldValue] : steps) {
            const QString before = state;
            state = applyAtDesk(action, note, fieldCss, fieldValue);
            QVERIFY2(state != before, qPrintable(action + u": "_s + state));
        }
        QCOMPARE(m_browser.count(u"#history tbody tr"_s), 6);
        const QString closeNote = std::get<1>(steps.last());
        QVERIFY(m_browser.text(u"#history"_s).contains(closeNote));

        // Any Open311 client asking about the receipt's number hears: closed, with the note.
        const auto scanned = TrackingNumber::findIn(qr, &why);
        QVERIFY2(scanned, qPrintable(why));
        const QString asked = scanned->text();
        QCOMPARE(asked, number);
        const RawResponse open311 = rawHttp(m_central->port(),
            httpRequest("GET"_ba, "/open311/v2/requests/"_ba + asked.toLatin1() + ".json"_ba));
        QCOMPARE(open311.status, 200);
        const QJsonArray requests = QJsonDocument::fromJson(open311.body).array();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.at(0)[u"service_request_id"].toString(), number);
        QCOMPARE(requests.at(0)[u"status"].toString(), u"closed"_s);
        QCOMPARE(requests.at(0)[u"status_notes"].toString(), closeNote);
        QVERIFY(!open311.body.contains(citizenId.toLatin1()));

        // The branch comes back, and the kiosk with it.
        QVERIFY2(startHub(hubPort), qPrintable(m_hub.program().read()));
        QVERIFY2(
            QTest::qWaitFor([&] { return m_session->queue().state() == QueueLink::State::Online; },
                kSyncTimeoutMs),
            "the kiosk did not reach the restarted hub");

        // Later, at the kiosk: the receipt under the scanner, which types the QR's text and Enter.
        // The hub pulls complaint-status a second after it is back; until then it knows only its
        // own "received", so the citizen scans again (the field is left empty for the next scan).
        QPushButton *statusOffer = offer(u"ติดตามเรื่องร้องเรียน"_s);
        QVERIFY(statusOffer);
        QTest::mouseClick(statusOffer, Qt::LeftButton);
        auto *field = kioskChild<QLineEdit>(u"trackingNumberEdit"_s);
        QVERIFY(field);
        QTRY_VERIFY(field->hasFocus());
        auto *view = kioskChild<QWidget>(u"complaintStatusView"_s);
        QVERIFY(view);
        QSignalSpy shown(view, SIGNAL(shown()));
        auto *stateLabel = kioskChild<QLabel>(u"statusState"_s);
        const QString closed = translated("saduak::complaints::ComplaintStatusView", "State: %1")
                                   .arg(displayName(ComplaintState::Closed));
        (void)QTest::qWaitFor(
            [&] {
                shown.clear();
                QTest::keyClicks(field, qr);
                QTest::keyClick(field, Qt::Key_Return);
                return shown.wait(10000) && stateLabel->text() == closed;
            },
            kSyncTimeoutMs);
        QVERIFY2(stateLabel->isVisible(),
            qPrintable(u"no state shown: "_s + kioskChild<QLabel>(u"statusProblem"_s)->text()));
        QCOMPARE(stateLabel->text(), closed);
        const QString history = kioskChild<QLabel>(u"statusHistory"_s)->text();
        for (const auto &step : steps)
            QVERIFY2(history.contains(std::get<1>(step)), qPrintable(history));
        QVERIFY(!kioskChild<QLabel>(u"statusSubject"_s)->isVisible()); // staff only

        // Nothing lost, nothing twice: one complaint from one filing at central (and the card's
        // one read), one at the branch, and every outbox row acknowledged by central.
        QVariant pending;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         pending = firstValue(path(u"hub.sqlite"_s),
                             u"SELECT count(*) FROM outbox WHERE acked_at_ms IS NULL"_s);
                         return pending.isValid() && pending.toInt() == 0;
                     },
                     kSyncTimeoutMs),
            qPrintable(u"rows central has not acknowledged in the hub's outbox: "_s
                + (pending.isValid() ? pending.toString() : u"(unreadable)"_s)));
        QCOMPARE(centralComplaints().size(), 1);
        QCOMPARE(centralRows(u"complaints.complaint"_s), 1);
        QCOMPARE(centralRows(u"idcard.read"_s), 1);
        QCOMPARE(firstValue(path(u"hub.sqlite"_s), u"SELECT count(*) FROM complaints_complaint"_s)
                     .toInt(),
            1);
    }

private:
    QTemporaryDir m_dir;
    PcscdFixture m_pcscd {1};
    std::unique_ptr<CentralProcess> m_central;
    HubProcess m_hub {QStringLiteral(SADUAK_HUB_BINARY), m_dir.filePath(u"hub.sqlite"_s)};
    WebDriver m_browser;
    std::unique_ptr<AppSettings> m_settings;
    LanguageSwitcher m_language;
    std::unique_ptr<BranchSession> m_session;
    std::unique_ptr<KioskWindow> m_kiosk;
    std::unique_ptr<VirtualThaiIdCard> m_card;
    std::unique_ptr<VpcdCardEmulator> m_emulator;
};

QTEST_MAIN(TestComplaintJourney)
#include "tst_complaintjourney.moc"
