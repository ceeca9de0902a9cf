// The complaints module at the kiosk, through its widgets, on a branch in one process (the real
// plugin loaded by the program's ModuleHost, its hub part serving at the embedded hub): a citizen
// files a complaint by touching the on-screen keyboard's keys, takes the receipt (the pdf:
// printer's file read back: its text, and its QR decoded by zxing-cpp), and later finds the
// complaint on the status page by scanning that QR. A form with problems shows each beside its
// field and files nothing.
#include "complaintbranch.h"

#include "poppler.h"
#include "qrdecode.h"

#include <complaintform.h>
#include <complaintreceipt.h>
#include <complaintworkflow.h>
#include <trackingnumber.h>

#include <domain/bangkoktime.h>
#include <sdk/onscreenkeyboard.h>
#include <shell/kioskmodulepages.h>
#include <shell/kioskwindow.h>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::complaints;
using namespace saduak::test;

namespace {

QPushButton *visibleKey(const OnScreenKeyboard *keyboard, const QString &name, const QString &text)
{
    for (QPushButton *key : keyboard->findChildren<QPushButton *>(name)) {
        if (key->isVisibleTo(keyboard)
            && (text.isNull() || key->property("keyText").toString() == text))
            return key;
    }
    return nullptr;
}

// Types text by touching the keyboard's keys, one code point a key (Thai marks too).
bool touchKeys(const OnScreenKeyboard *keyboard, const QString &text)
{
    for (const QChar c : text) {
        QPushButton *key = c == u' ' ? visibleKey(keyboard, u"spaceKey"_s, {})
                                     : visibleKey(keyboard, u"letterKey"_s, QString(c));
        if (!key) {
            qWarning() << "no key" << c << "on the keyboard shown";
            return false;
        }
        QTest::mouseClick(key, Qt::LeftButton);
    }
    return true;
}

bool pick(QComboBox *box, const QString &code)
{
    const int row = box->findData(code, Qt::UserRole);
    if (row < 0)
        return false;
    box->setCurrentIndex(row);
    return true;
}

QString translated(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

} // namespace

class TestComplaintKiosk : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ComplaintBranch> m_branch;
    std::unique_ptr<KioskWindow> m_kiosk;

    QPushButton *offer(const QString &thaiName) const
    {
        for (QPushButton *button : m_kiosk->modulePages()->offerButtons()) {
            const auto *name = button->findChild<QLabel *>(u"offerName"_s);
            if (name && name->text() == thaiName)
                return button;
        }
        return nullptr;
    }
    template<typename T>
    T *child(const QString &name) const
    {
        return m_kiosk->findChild<T *>(name);
    }
    QPushButton *backButton() const { return child<QPushButton>(u"kioskBackToServices"_s); }
    // Opens the file page and waits for the hub's categories and provinces.
    bool openFilePage()
    {
        QPushButton *button = offer(u"ร้องเรียน ร้องทุกข์"_s);
        if (!button)
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        const bool loaded = QTest::qWaitFor([this] {
            auto *category = child<QComboBox>(u"categoryBox"_s);
            auto *province = child<QComboBox>(u"provinceBox"_s);
            return category && province && category->count() == 3 && province->count() == 3;
        });
        if (!loaded) {
            auto *category = child<QComboBox>(u"categoryBox"_s);
            auto *province = child<QComboBox>(u"provinceBox"_s);
            qWarning() << "categories" << (category ? category->count() : -1) << "provinces"
                       << (province ? province->count() : -1) << "form says"
                       << (child<QLabel>(u"formError"_s) ? child<QLabel>(u"formError"_s)->text()
                                                         : QString());
        }
        return loaded;
    }

private Q_SLOTS:
    void init()
    {
        m_branch = std::make_unique<ComplaintBranch>();
        QString why;
        QVERIFY2(m_branch->open(&why), qPrintable(why));
        m_kiosk = std::make_unique<KioskWindow>(m_branch->context());
        m_kiosk->resize(1920, 1080); // the kiosk screen the SDK sizes its keys for
        m_kiosk->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_kiosk.get()));
        m_kiosk->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_kiosk.get()));
    }

    void cleanup()
    {
        m_kiosk.reset();
        m_branch.reset();
    }

    void theTwoOffersAreOnTheKiosk()
    {
        QVERIFY(offer(u"ร้องเรียน ร้องทุกข์"_s));
        QVERIFY(offer(u"ติดตามเรื่องร้องเรียน"_s));
        QVERIFY(saveScreenshot(m_kiosk.get(), u"complaints-kiosk-offers"_s));
    }

    void aComplaintTypedOnTheKeyboardIsFiledPrintedAndFoundByItsQr()
    {
        QVERIFY(openFilePage());
        auto *keyboard = child<OnScreenKeyboard>(u"complaintKeyboard"_s);
        QVERIFY(keyboard);
        QVERIFY(pick(child<QComboBox>(u"categoryBox"_s), u"roads"_s));
        QVERIFY(pick(child<QComboBox>(u"provinceBox"_s), u"10"_s));
        QTRY_COMPARE(child<QComboBox>(u"amphoeBox"_s)->count(), 3); // asked when Bangkok is picked
        QVERIFY(pick(child<QComboBox>(u"amphoeBox"_s), u"1004"_s));
        QTRY_COMPARE(child<QComboBox>(u"tambonBox"_s)->count(), 3);
        QVERIFY(pick(child<QComboBox>(u"tambonBox"_s), u"100402"_s));

        // The subject has the focus when the page opens; the keyboard types into it.
        auto *subject = child<QLineEdit>(u"subjectEdit"_s);
        QTRY_VERIFY(subject->hasFocus());
        QVERIFY(touchKeys(keyboard, u"ถนนพัง"_s));
        QCOMPARE(subject->text(), u"ถนนพัง"_s);
        auto *description = child<QPlainTextEdit>(u"descriptionEdit"_s);
        description->setFocus();
        QVERIFY(touchKeys(keyboard, u"หลุมกลางถนน สีลม"_s));
        QCOMPARE(description->toPlainText(), u"หลุมกลางถนน สีลม"_s);
        // A phone number: the keyboard becomes the keypad.
        auto *phone = child<QLineEdit>(u"phoneEdit"_s);
        phone->setFocus();
        QTRY_COMPARE(keyboard->mode(), OnScreenKeyboard::Mode::NumbersOnly);
        QVERIFY(touchKeys(keyboard, u"0812345678"_s));
        QCOMPARE(phone->text(), u"0812345678"_s);
        // No card read: anonymous, and it cannot be otherwise.
        auto *anonymous = child<QCheckBox>(u"anonymousBox"_s);
        QVERIFY(anonymous->isChecked());
        QVERIFY(!anonymous->isEnabled());
        auto *privacy = child<QCheckBox>(u"privacyAcknowledgedBox"_s);
        QTest::mouseClick(privacy, Qt::LeftButton, {}, QPoint(24, privacy->height() / 2));
        QVERIFY(privacy->isChecked());
        QVERIFY(child<QLabel>(u"privacyNotice"_s)->text().contains(u"24(4)"_s));
        QVERIFY(saveScreenshot(m_kiosk.get(), u"complaints-kiosk-file"_s));
        // The keyboard turned keypad and back: the kiosk still fits its screen, nothing cut.
        QCOMPARE(m_kiosk->size(), QSize(1920, 1080));

        QTest::mouseClick(visibleKey(keyboard, u"doneKey"_s, {}), Qt::LeftButton);
        auto *number = child<QLabel>(u"filedNumber"_s);
        QTRY_VERIFY(number && number->isVisible() && !number->text().isEmpty());
        QString why;
        const auto tracking = TrackingNumber::parse(number->text(), &why);
        QVERIFY2(tracking, qPrintable(why));
        QCOMPARE(tracking->branchCode(), kBranchCode);
        QCOMPARE(m_branch->count(u"SELECT count(*) FROM complaints_complaint"_s), 1);
        // Filed at the kiosk, though this one-PC branch's screens all reach the hub as supervisor.
        QCOMPARE(m_branch->count(
                     u"SELECT count(*) FROM complaints_complaint WHERE channel = 'kiosk'"_s),
            1);
        // Nothing the citizen typed stays on the kiosk.
        QCOMPARE(subject->text(), QString());
        QCOMPARE(phone->text(), QString());

        // The receipt, as the printer took it.
        QTRY_COMPARE(m_branch->receipts().size(), 1);
        QTRY_COMPARE(child<QLabel>(u"printStatus"_s)->text(),
            translated("saduak::complaints::ComplaintKioskPage",
                "Take your receipt: it has the number and a QR code to follow your complaint."));
        const QByteArray pdf = m_branch->receipt(m_branch->receipts().first());
        const QString text = comparableText(pdfText(pdf, &why));
        QVERIFY2(!text.isEmpty(), qPrintable(why));
        const qint64 filedAtMs = QDateTime::currentMSecsSinceEpoch();
        for (const QString &expected : {tracking->text(), u"ถนน ทางเท้า"_s,
                 complaintDay(filedAtMs, Language::Thai), // BE on a Thai screen
                 complaintDay(dueAtMs(filedAtMs), Language::Thai)})
            QVERIFY2(text.contains(comparableText(expected)),
                qPrintable(expected + u" is not on the receipt: "_s + text));
        const QImage page = renderPdfPage(pdf, 203, 1, &why);
        QVERIFY2(!page.isNull(), qPrintable(why));
        const QString qr = decodeQr(page).text;
        QCOMPARE(qr, kStatusUrl + tracking->text());
        QVERIFY(saveScreenshot(m_kiosk.get(), u"complaints-kiosk-filed"_s));
        page.save(QStringLiteral(SCREENSHOT_DIR) + u"/complaints-receipt.png"_s);

        // Later: where does it stand? The scanner types the QR's text and Enter into the field.
        QTest::mouseClick(child<QPushButton>(u"filedFinishButton"_s), Qt::LeftButton);
        QTRY_VERIFY(m_kiosk->isShowingStart());
        QTest::mouseClick(offer(u"ติดตามเรื่องร้องเรียน"_s), Qt::LeftButton);
        auto *field = child<QLineEdit>(u"trackingNumberEdit"_s);
        QVERIFY(field);
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, qr);
        QTest::keyClick(field, Qt::Key_Return);
        auto *state = child<QLabel>(u"statusState"_s);
        QTRY_VERIFY(state->isVisible());
        QCOMPARE(child<QLabel>(u"statusNumber"_s)->text(),
            translated("saduak::complaints::ComplaintStatusView", "Tracking number: %1")
                .arg(tracking->text()));
        QCOMPARE(state->text(),
            translated("saduak::complaints::ComplaintStatusView", "State: %1")
                .arg(displayName(ComplaintState::Received)));
        QVERIFY(child<QLabel>(u"statusDates"_s)
                    ->text()
                    .contains(complaintDay(filedAtMs, Language::Thai)));
        QVERIFY(!child<QLabel>(u"statusOverdue"_s)->isVisible());
        QVERIFY(child<QLabel>(u"statusHistory"_s)
                    ->text()
                    .contains(displayName(ComplaintState::Received)));
        // What the complaint says is for staff only, even with the hub in this very PC.
        QVERIFY(!child<QLabel>(u"statusSubject"_s)->isVisible());
        QVERIFY(saveScreenshot(m_kiosk.get(), u"complaints-kiosk-status"_s));
        QCOMPARE(m_kiosk->size(), QSize(1920, 1080));
    }

    void eachProblemIsShownBesideItsFieldAndNothingIsFiled()
    {
        QVERIFY(openFilePage());
        auto *phone = child<QLineEdit>(u"phoneEdit"_s);
        phone->setText(u"12345"_s);
        auto *keyboard = child<OnScreenKeyboard>(u"complaintKeyboard"_s);
        QTest::mouseClick(visibleKey(keyboard, u"doneKey"_s, {}), Qt::LeftButton);

        // The same rules as the hub's (ComplaintFormCheck), each under its own field.
        const QList<FormProblem> problems
            = ComplaintFormCheck::check({{u"category"_s, u""_s}, {u"subject"_s, u""_s},
                {u"description"_s, u""_s}, {u"province"_s, u""_s}, {u"amphoe"_s, u""_s},
                {u"tambon"_s, u""_s}, {u"phone"_s, u"12345"_s}, {u"privacyAcknowledged"_s, false}});
        QVERIFY(!problems.isEmpty());
        QStringList fields;
        for (const FormProblem &problem : problems) {
            const QString field = problem.field;
            const QString place
                = field == u"province"_s || field == u"amphoe"_s || field == u"tambon"_s
                ? u"area"_s
                : field.section(u'.', 0, 0);
            auto *label = child<QLabel>(place + u"Error"_s);
            QVERIFY2(label, qPrintable(u"no place for the problem of "_s + field));
            QVERIFY2(label->isVisible(), qPrintable(field));
            QVERIFY2(label->text().contains(problem.message()), qPrintable(label->text()));
            fields << place;
        }
        for (const QString &field : {u"category"_s, u"subject"_s, u"description"_s, u"area"_s,
                 u"phone"_s, u"privacyAcknowledged"_s})
            QVERIFY2(fields.contains(field), qPrintable(field + u" has no problem shown"_s));
        QVERIFY(!child<QLabel>(u"emailError"_s)->isVisible()); // no e-mail is not a problem
        QVERIFY(saveScreenshot(m_kiosk.get(), u"complaints-kiosk-errors"_s));
        // Nothing went to the hub (a form with problems is never sent), and the page is the form.
        QCOMPARE(m_branch->count(u"SELECT count(*) FROM complaints_complaint"_s), 0);
        QVERIFY(!child<QLabel>(u"filedNumber"_s)->isVisible());

        // Mended, a problem goes away from beside its field.
        phone->setText(u"0812345678"_s);
        QTest::mouseClick(visibleKey(keyboard, u"doneKey"_s, {}), Qt::LeftButton);
        QVERIFY(!child<QLabel>(u"phoneError"_s)->isVisible());
        QVERIFY(child<QLabel>(u"subjectError"_s)->isVisible());
    }

    void aLanguageSwitchShowsNamesAndDatesInTheOtherLanguage()
    {
        QVERIFY(openFilePage());
        auto *province = child<QComboBox>(u"provinceBox"_s);
        QCOMPARE(province->itemText(province->findData(u"10"_s)), u"กรุงเทพมหานคร"_s);
        auto *category = child<QComboBox>(u"categoryBox"_s);
        QCOMPARE(category->itemText(category->findData(u"roads"_s)), u"ถนน ทางเท้า"_s);
        QTest::mouseClick(child<QPushButton>(u"kioskLanguageButton"_s), Qt::LeftButton);
        QTRY_COMPARE(province->itemText(province->findData(u"10"_s)), u"Bangkok"_s);
        QCOMPARE(category->itemText(category->findData(u"roads"_s)), u"Roads and footpaths"_s);
        QCOMPARE(child<QLabel>(u"kioskComplaintTitle"_s)->text(), u"File a complaint"_s);

        // A complaint filed in English: its dates in the Gregorian calendar, on the page and the
        // receipt.
        QVERIFY(pick(category, u"roads"_s));
        QVERIFY(pick(province, u"10"_s));
        QTRY_COMPARE(child<QComboBox>(u"amphoeBox"_s)->count(), 3);
        QCOMPARE(child<QComboBox>(u"amphoeBox"_s)->itemText(1), u"Phra Nakhon"_s);
        QVERIFY(pick(child<QComboBox>(u"amphoeBox"_s), u"1001"_s));
        QTRY_COMPARE(child<QComboBox>(u"tambonBox"_s)->count(), 2);
        QVERIFY(pick(child<QComboBox>(u"tambonBox"_s), u"100101"_s));
        child<QLineEdit>(u"subjectEdit"_s)->setText(u"Broken pavement"_s);
        child<QPlainTextEdit>(u"descriptionEdit"_s)->setPlainText(u"Near the palace gate"_s);
        child<QCheckBox>(u"privacyAcknowledgedBox"_s)->setChecked(true);
        QTest::mouseClick(child<QPushButton>(u"fileComplaintButton"_s), Qt::LeftButton);
        auto *details = child<QLabel>(u"filedDetails"_s);
        QTRY_VERIFY(details->isVisible());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QString gregorian = complaintDay(now, Language::English);
        QVERIFY2(gregorian.contains(QString::number(BangkokTime::fromUtcMs(now).date().year())),
            qPrintable(gregorian));
        QVERIFY2(details->text().contains(gregorian)
                && details->text().contains(u"Roads and footpaths"_s),
            qPrintable(details->text()));
        QTRY_COMPARE(m_branch->receipts().size(), 1);
        QString why;
        const QString text
            = comparableText(pdfText(m_branch->receipt(m_branch->receipts().first()), &why));
        QVERIFY2(text.contains(comparableText(gregorian)), qPrintable(text));
        QVERIFY2(text.contains(comparableText(u"Roads and footpaths"_s)), qPrintable(text));
    }

    void aRefusalOfTheHubIsShownAndWhatWasTypedStays()
    {
        // A branch whose hub has no branch code yet: the hub refuses every filing.
        m_branch->settings().raw().remove(u"modules/complaints/branchCode"_s);
        QVERIFY(openFilePage());
        QVERIFY(pick(child<QComboBox>(u"categoryBox"_s), u"roads"_s));
        QVERIFY(pick(child<QComboBox>(u"provinceBox"_s), u"10"_s));
        QTRY_COMPARE(child<QComboBox>(u"amphoeBox"_s)->count(), 3);
        QVERIFY(pick(child<QComboBox>(u"amphoeBox"_s), u"1001"_s));
        QTRY_COMPARE(child<QComboBox>(u"tambonBox"_s)->count(), 2);
        QVERIFY(pick(child<QComboBox>(u"tambonBox"_s), u"100101"_s));
        child<QLineEdit>(u"subjectEdit"_s)->setText(u"ถนนพัง"_s);
        child<QPlainTextEdit>(u"descriptionEdit"_s)->setPlainText(u"หลุมกลางถนน"_s);
        child<QCheckBox>(u"privacyAcknowledgedBox"_s)->setChecked(true);
        QTest::mouseClick(child<QPushButton>(u"fileComplaintButton"_s), Qt::LeftButton);
        auto *error = child<QLabel>(u"formError"_s);
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(
            error->text().contains(u"modules/complaints/branchCode"_s), qPrintable(error->text()));
        // Nothing lost: the citizen can try again, or ask at a counter, without typing it again.
        QCOMPARE(child<QLineEdit>(u"subjectEdit"_s)->text(), u"ถนนพัง"_s);
        QCOMPARE(child<QPlainTextEdit>(u"descriptionEdit"_s)->toPlainText(), u"หลุมกลางถนน"_s);
        QVERIFY(!child<QLabel>(u"filedNumber"_s)->isVisible());
        QCOMPARE(m_branch->count(u"SELECT count(*) FROM complaints_complaint"_s), 0);
        QVERIFY(child<QPushButton>(u"fileComplaintButton"_s)->isEnabled());
    }

    void aNumberThatIsNotOneSaysWhy()
    {
        QTest::mouseClick(offer(u"ติดตามเรื่องร้องเรียน"_s), Qt::LeftButton);
        auto *field = child<QLineEdit>(u"trackingNumberEdit"_s);
        QTRY_VERIFY(field && field->hasFocus());
        auto *keyboard = child<OnScreenKeyboard>(u"statusKeyboard"_s);
        QVERIFY(touchKeys(keyboard, u"b001-691207-0042-00"_s));
        QTest::mouseClick(visibleKey(keyboard, u"doneKey"_s, {}), Qt::LeftButton);
        auto *problem = child<QLabel>(u"statusProblem"_s);
        QTRY_VERIFY(problem->isVisible());
        QString why;
        QVERIFY(!TrackingNumber::parse(u"B001-691207-0042-00", &why));
        QVERIFY2(problem->text().contains(why), qPrintable(problem->text()));
        QVERIFY(!child<QLabel>(u"statusState"_s)->isVisible());
    }
};

QTEST_MAIN(TestComplaintKiosk)
#include "tst_complaintkiosk.moc"
