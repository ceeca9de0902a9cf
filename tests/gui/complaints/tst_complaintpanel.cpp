// The complaints module at the counter, through its panel, on a branch in one process (the real
// plugin, its hub part at the embedded hub, a hub clock the test moves): the intake takes the
// citizen from the ID card (shown masked) or files anonymously; the branch's list follows every
// filing (the hub's event) and marks an overdue complaint in words and with a sign, first; the
// receipt's QR read from a scan or a phone photo of it looks the complaint up.
#include "complaintbranch.h"

#include "poppler.h"
#include "qrdecode.h"

#include <complaintlistmodel.h>
#include <complaintworkflow.h>

#include <domain/citizen.h>
#include <hub/branchhub.h>
#include <printing/pdfreceipt.h>
#include <printing/receiptprintout.h>
#include <shell/counterwindow.h>
#include <storage/database.h>
#include <sync/referencestore.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::complaints;
using namespace saduak::test;

namespace {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

Citizen aCitizen()
{
    Citizen citizen;
    citizen.id = ThaiCitizenId::parse(u"1101700230708"_s);
    citizen.thaiName = {u"นางสาว"_s, u"สมหญิง"_s, {}, u"ใจดี"_s};
    citizen.englishName = {u"Miss"_s, u"Somying"_s, {}, u"Jaidee"_s};
    return citizen;
}

// A receipt (the printer's own layout) as a scanner at 203 dpi would give it.
QImage receiptImage(const QList<ReceiptPrintout::Line> &lines)
{
    ReceiptPrintout printout;
    printout.lines = lines;
    QString why;
    return renderPdfPage(PdfReceipt::render(printout), 203, 1, &why);
}

// What a phone gives of a receipt on a desk: turned a quarter, smaller, on a coloured
// background, in a JPEG.
QImage phonePhotoOf(const QImage &receipt)
{
    QImage photo(1600, 1200, QImage::Format_RGB32);
    photo.fill(QColor(181, 160, 128));
    QPainter painter(&photo);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.translate(photo.width() / 2.0, photo.height() / 2.0);
    painter.rotate(90);
    painter.scale(0.6, 0.6);
    painter.drawImage(QPointF(-receipt.width() / 2.0, -receipt.height() / 2.0), receipt);
    painter.end();
    return photo;
}

} // namespace

class TestComplaintPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ComplaintBranch> m_branch;
    std::unique_ptr<CounterWindow> m_counter;
    qint64 m_clockOffsetMs = 0;

    template<typename T>
    T *child(const QString &name) const
    {
        return m_counter->findChild<T *>(name);
    }
    // The plugin's own classes are not cast to across the library boundary: the panel is found
    // by the name the counter gives it, its list through the view's model.
    QWidget *panel() const { return child<QWidget>(u"modulePanel_complaints"_s); }
    QAbstractItemModel *list() const
    {
        auto *view = child<QTableView>(u"complaintList"_s);
        return view ? view->model() : nullptr;
    }
    bool fill(const QString &subject)
    {
        auto *category = child<QComboBox>(u"categoryBox"_s);
        auto *province = child<QComboBox>(u"provinceBox"_s);
        if (!QTest::qWaitFor([&] { return category->count() == 3 && province->count() == 3; }))
            return false;
        category->setCurrentIndex(category->findData(u"nuisance"_s));
        province->setCurrentIndex(province->findData(u"10"_s));
        auto *amphoe = child<QComboBox>(u"amphoeBox"_s);
        if (!QTest::qWaitFor([&] { return amphoe->count() == 3; }))
            return false;
        amphoe->setCurrentIndex(amphoe->findData(u"1001"_s));
        auto *tambon = child<QComboBox>(u"tambonBox"_s);
        if (!QTest::qWaitFor([&] { return tambon->count() == 2; }))
            return false;
        tambon->setCurrentIndex(tambon->findData(u"100101"_s));
        child<QLineEdit>(u"subjectEdit"_s)->setText(subject);
        child<QPlainTextEdit>(u"descriptionEdit"_s)->setPlainText(u"เสียงดังทุกคืนหลังเที่ยงคืน"_s);
        child<QCheckBox>(u"privacyAcknowledgedBox"_s)->setChecked(true);
        return true;
    }
    // Files what the form holds and waits for the list to follow the hub's event.
    bool fileAndWaitForTheList(int rows)
    {
        QTest::mouseClick(child<QPushButton>(u"fileComplaintButton"_s), Qt::LeftButton);
        return QTest::qWaitFor([&] { return list()->rowCount() == rows; });
    }
    QJsonObject lastOutboxRecord() const
    {
        QSqlQuery q(m_branch->session().hub()->database().connection());
        if (!q.exec(u"SELECT payload FROM outbox WHERE kind = 'complaints.complaint'"
                    " ORDER BY seq DESC LIMIT 1"_s)
            || !q.next())
            return {};
        return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    }
    // Clicks "Read the QR from an image…" and picks file in the dialog it opens, as a person
    // does; dialogFolder: where the dialog started.
    bool readFromImage(const QString &file, QString *dialogFolder = nullptr)
    {
        bool answered = false;
        QTimer answer;
        answer.setInterval(10);
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != u"counterQrImageDialog"_s)
                return;
            answer.stop();
            if (dialogFolder)
                *dialogFolder = dialog->directory().canonicalPath();
            dialog->selectFile(file);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own is protected
            answered = true;
        });
        auto *button = child<QPushButton>(u"counterQrFromImageButton"_s);
        if (!button)
            return false;
        answer.start();
        QTest::mouseClick(button, Qt::LeftButton);
        return answered;
    }
    static QString imageProblem(const char *sentence)
    {
        return u"⚠ "_s
            + QCoreApplication::translate("saduak::complaints::ReceiptQrImage", sentence);
    }

private Q_SLOTS:
    void init()
    {
        m_clockOffsetMs = 0;
        m_branch = std::make_unique<ComplaintBranch>();
        QString why;
        QVERIFY2(m_branch->open(&why,
                     [this] { return QDateTime::currentMSecsSinceEpoch() + m_clockOffsetMs; }),
            qPrintable(why));
        m_counter = std::make_unique<CounterWindow>(m_branch->context());
        m_counter->resize(1600, 1000);
        m_counter->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_counter.get()));
        QVERIFY2(panel(), "the complaints panel is not in the counter's module area");
        if (auto *tabs = child<QTabWidget>(u"moduleTabs"_s))
            tabs->setCurrentWidget(child<QWidget>(u"modulePanel_complaints"_s));
    }

    void cleanup()
    {
        m_counter.reset();
        m_branch.reset();
    }

    void theCardReadersPanelStaysTheFirstTab()
    {
        // "complaints" sorts before "idcard", but the card is where every service starts.
        auto *tabs = child<QTabWidget>(u"moduleTabs"_s);
        QVERIFY(tabs && tabs->count() >= 2);
        QCOMPARE(tabs->widget(0)->objectName(), u"modulePanel_idcard"_s);
    }

    void theCitizenFromTheCardIsShownMaskedAndFiledUnlessAnonymous()
    {
        auto *complainant = child<QLabel>(u"complainantLabel"_s);
        auto *anonymous = child<QCheckBox>(u"anonymousBox"_s);
        QVERIFY(anonymous->isChecked() && !anonymous->isEnabled()); // no card yet
        m_branch->session().desk().setCitizen(aCitizen());
        QTRY_VERIFY(anonymous->isEnabled());
        QVERIFY(!anonymous->isChecked());
        QVERIFY2(
            complainant->text().contains(u"นางสาว สมหญิง ใจดี"_s), qPrintable(complainant->text()));
        QVERIFY2(
            complainant->text().contains(aCitizen().id->masked()), qPrintable(complainant->text()));
        QVERIFY(!complainant->text().contains(u"1101700230708"_s));
        QVERIFY(!complainant->text().contains(aCitizen().id->formatted()));

        QVERIFY(fill(u"เสียงดังจากร้านอาหาร"_s));
        QVERIFY(saveScreenshot(m_counter.get(), u"complaints-counter-intake-citizen"_s));
        QVERIFY(fileAndWaitForTheList(1));
        QJsonObject record = lastOutboxRecord();
        QCOMPARE(record.value(u"channel"_s).toString(), u"counter"_s);
        QCOMPARE(record.value(u"complainant"_s).toObject().value(u"citizenId"_s).toString(),
            u"1101700230708"_s);
        QCOMPARE(
            record.value(u"complainant"_s).toObject().value(u"firstName"_s).toString(), u"สมหญิง"_s);
        QVERIFY(child<QLabel>(u"counterFiledLabel"_s)
                    ->text()
                    .contains(record.value(u"trackingNumber"_s).toString()));
        // The receipt from the counter's printer: its QR, and nobody's name or ID on it.
        QTRY_COMPARE(m_branch->receipts().size(), 1);
        QString why;
        const QByteArray pdf = m_branch->receipt(m_branch->receipts().first());
        const QString printed = pdfText(pdf, &why);
        QVERIFY2(printed.contains(record.value(u"trackingNumber"_s).toString()), qPrintable(why));
        for (const QString &secret : {u"สมหญิง"_s, u"ใจดี"_s, u"1101700230708"_s,
                 aCitizen().id->formatted(), aCitizen().id->masked()})
            QVERIFY2(
                !comparableText(printed).contains(comparableText(secret)), qPrintable(printed));
        QCOMPARE(decodeQr(renderPdfPage(pdf, 203, 1, &why)).text,
            kStatusUrl + record.value(u"trackingNumber"_s).toString());

        // The same citizen, anonymous this time: nobody's name goes.
        QVERIFY(fill(u"เสียงดังอีกครั้ง"_s));
        anonymous->setChecked(true);
        QVERIFY(fileAndWaitForTheList(2));
        record = lastOutboxRecord();
        QVERIFY2(record.value(u"complainant"_s).isNull(),
            qPrintable(QString::fromUtf8(QJsonDocument(record).toJson())));
    }

    void centralsChangeShowsInTheListWithoutAClick()
    {
        // A counter whose list asks the hub again every second (the default is a minute).
        m_counter.reset();
        m_branch->settings().raw().setValue(u"modules/complaints/listRefreshSeconds"_s, 1);
        m_counter = std::make_unique<CounterWindow>(m_branch->context());
        m_counter->resize(1600, 1000);
        m_counter->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_counter.get()));
        if (auto *tabs = child<QTabWidget>(u"moduleTabs"_s))
            tabs->setCurrentWidget(child<QWidget>(u"modulePanel_complaints"_s));
        QVERIFY(fill(u"ท่อระบายน้ำอุดตัน"_s));
        QVERIFY(fileAndWaitForTheList(1));
        child<QTabWidget>(u"complaintTabs"_s)->setCurrentIndex(2);
        const QString number = list()->index(0, ComplaintListModel::Number).data().toString();

        // Central's desk registered it; the hub's reference pull stores that, and nothing tells
        // the screens (no module event comes with a pull).
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QJsonObject status {{u"trackingNumber"_s, number}, {u"state"_s, u"registered"_s},
            {u"category"_s, u"nuisance"_s}, {u"agency"_s, QString()}, {u"reopenCount"_s, 0},
            {u"dueAtMs"_s, double(now + 15 * kDayMs)},
            {u"history"_s,
                QJsonArray {QJsonObject {{u"state"_s, u"received"_s}, {u"atMs"_s, double(now)},
                                {u"note"_s, QString()}},
                    QJsonObject {{u"state"_s, u"registered"_s}, {u"atMs"_s, double(now)},
                        {u"note"_s, u"รับเรื่องแล้ว"_s}}}}};
        ReferenceStore store(m_branch->session().hub()->database());
        QString why;
        const qint64 after = store.state(u"complaint-status"_s).cursor;
        QVERIFY2(store.applyPage(u"complaint-status"_s, after,
                     {{number, QJsonDocument(status).toJson(QJsonDocument::Compact)}}, after + 1,
                     true, 0, now, &why),
            qPrintable(why));

        QTRY_COMPARE_WITH_TIMEOUT(list()->index(0, ComplaintListModel::State).data().toString(),
            displayName(ComplaintState::Registered), 10000);
    }

    void theListPutsAnOverdueComplaintFirstMarkedInWordsAndWithASign()
    {
        // Filed 20 days ago (the hub's clock), answered by nobody since.
        m_clockOffsetMs = -20 * kDayMs;
        QVERIFY(fill(u"ไฟถนนดับมาสามสัปดาห์"_s));
        QVERIFY(fileAndWaitForTheList(1));
        const QString old = list()->index(0, ComplaintListModel::Number).data().toString();
        // Today: another one, filed at this counter; the list follows the hub's event.
        m_clockOffsetMs = 0;
        QVERIFY(fill(u"ขยะล้นถังหน้าตลาด"_s));
        QVERIFY(fileAndWaitForTheList(2));

        QAbstractItemModel *model = list();
        QCOMPARE(model->index(0, ComplaintListModel::Number).data().toString(), old);
        const QModelIndex overdue = model->index(0, ComplaintListModel::Overdue);
        QCOMPARE(overdue.data().toString(),
            QCoreApplication::translate("saduak::complaints::ComplaintListModel", "Overdue"));
        QVERIFY(!overdue.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model->index(0, ComplaintListModel::State).data().toString(),
            displayName(ComplaintState::Received));
        QCOMPARE(
            model->index(0, ComplaintListModel::Category).data().toString(), u"เหตุเดือดร้อนรำคาญ"_s);
        // The new one is not overdue, and says nothing there.
        QCOMPARE(model->index(1, ComplaintListModel::Overdue).data().toString(), QString());
        QVERIFY(model->index(1, ComplaintListModel::Overdue).data(Qt::DecorationRole).isNull());
        QVERIFY2(child<QLabel>(u"complaintListStatus"_s)
                     ->text()
                     .contains(QCoreApplication::translate(
                         "saduak::complaints::ComplaintPanel", "%n overdue", nullptr, 1)),
            qPrintable(child<QLabel>(u"complaintListStatus"_s)->text()));

        child<QTabWidget>(u"complaintTabs"_s)->setCurrentIndex(2);
        QVERIFY(saveScreenshot(m_counter.get(), u"complaints-counter-list"_s));

        // Enter on it opens it in the lookup, with the subject the counter may see.
        auto *view = child<QTableView>(u"complaintList"_s);
        view->setFocus();
        view->setCurrentIndex(model->index(0, ComplaintListModel::Number));
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY2(child<QLabel>(u"statusOverdue"_s)->isVisible(),
            qPrintable(child<QLabel>(u"statusProblem"_s)->text() + u" | "_s
                + child<QLabel>(u"statusNumber"_s)->text() + u" | "_s
                + child<QLineEdit>(u"counterTrackingNumberEdit"_s)->text()));
        QVERIFY(child<QLabel>(u"statusSubject"_s)->text().contains(u"ไฟถนนดับมาสามสัปดาห์"_s));
        QVERIFY(saveScreenshot(m_counter.get(), u"complaints-counter-lookup"_s));
        child<QTabWidget>(u"complaintTabs"_s)->setCurrentIndex(0);
        QVERIFY(saveScreenshot(m_counter.get(), u"complaints-counter-intake"_s));
    }

    void aReceiptsQrInAScanOrAPhotoIsLookedUp()
    {
        const QString scans = m_branch->path(u"scans"_s);
        QVERIFY(QDir().mkpath(scans));
        m_branch->settings().raw().setValue(u"modules/complaints/scannerFolder"_s, scans);
        QVERIFY(fill(u"น้ำประปาไม่ไหลสามวัน"_s));
        QVERIFY(fileAndWaitForTheList(1));
        QVERIFY(fill(u"ไฟฟ้าดับทุกเย็น"_s));
        QVERIFY(fileAndWaitForTheList(2));
        QTRY_COMPARE(m_branch->receipts().size(), 2);
        QString why;
        QList<QImage> pages;
        QStringList numbers;
        for (const QString &name : m_branch->receipts()) {
            pages << renderPdfPage(m_branch->receipt(name), 203, 1, &why);
            QVERIFY2(!pages.last().isNull(), qPrintable(why));
            const QString qr = decodeQr(pages.last()).text;
            QVERIFY2(qr.startsWith(kStatusUrl), qPrintable(qr));
            numbers << qr.mid(kStatusUrl.size());
        }
        QVERIFY(numbers.at(0) != numbers.at(1));
        const QString scan = scans + u"/receipt-scan.png"_s;
        QVERIFY(pages.at(0).save(scan));
        const QString photo = scans + u"/IMG_20261207_101500.jpg"_s;
        QVERIFY(phonePhotoOf(pages.at(1)).save(photo, "JPEG", 80));
        const QString noQr = scans + u"/no-qr.png"_s;
        QVERIFY(receiptImage({{ReceiptPrintout::Line::Kind::Title, u"ใบรับเรื่อง"_s, {}},
                                 {ReceiptPrintout::Line::Kind::Text, numbers.at(0), {}}})
                    .save(noQr));
        const QString otherQr = scans + u"/other-qr.png"_s;
        QVERIFY(receiptImage({{ReceiptPrintout::Line::Kind::Title, u"บัตรคิว"_s, {}},
                                 {ReceiptPrintout::Line::Kind::QrCode, kStatusUrl, {}}})
                    .save(otherQr));
        const QString notAnImage = scans + u"/notes.png"_s;
        QFile notes(notAnImage);
        QVERIFY(notes.open(QIODevice::WriteOnly) && notes.write("not a picture\n") > 0);
        notes.close();

        child<QTabWidget>(u"complaintTabs"_s)->setCurrentIndex(1);
        auto *edit = child<QLineEdit>(u"counterTrackingNumberEdit"_s);
        auto *shownNumber = child<QLabel>(u"statusNumber"_s);
        auto *problem = child<QLabel>(u"counterQrImageProblem"_s);
        QVERIFY(edit && shownNumber && problem);

        // The scan: the dialog opens in the scanner's folder, the number goes to the lookup.
        QString folder;
        QVERIFY(readFromImage(scan, &folder));
        QCOMPARE(folder, QDir(scans).canonicalPath());
        QCOMPARE(edit->text(), numbers.at(0));
        QTRY_VERIFY2(shownNumber->isVisible() && shownNumber->text().contains(numbers.at(0)),
            qPrintable(shownNumber->text()));
        QVERIFY(child<QLabel>(u"statusSubject"_s)->text().contains(u"น้ำประปาไม่ไหลสามวัน"_s));
        QVERIFY(!problem->isVisible());

        // The phone photo of the other receipt: turned, small, a JPEG.
        QVERIFY(readFromImage(photo));
        QCOMPARE(edit->text(), numbers.at(1));
        QTRY_VERIFY2(shownNumber->text().contains(numbers.at(1)), qPrintable(shownNumber->text()));
        QVERIFY(child<QLabel>(u"statusSubject"_s)->text().contains(u"ไฟฟ้าดับทุกเย็น"_s));
        QVERIFY(!problem->isVisible());
        QVERIFY(saveScreenshot(m_counter.get(), u"complaints-counter-qr-from-photo"_s));

        // No QR, a QR that is not a receipt's, no image: a sentence; what was shown stays.
        const QList<std::pair<QString, const char *>> refused {
            {noQr,
                "No QR code could be read in this image. Take the photo again, closer and "
                "sharper, or type the tracking number."},
            {otherQr,
                "The QR code in this image is not a complaint receipt's: it holds no tracking "
                "number."},
            {notAnImage,
                "This file cannot be read as an image. Choose a photo or a scan of the receipt "
                "(PNG or JPEG)."},
        };
        for (const auto &[file, sentence] : refused) {
            QVERIFY(readFromImage(file));
            QVERIFY(problem->isVisible());
            QCOMPARE(problem->text(), imageProblem(sentence));
            QCOMPARE(edit->text(), numbers.at(1));
            QVERIFY(shownNumber->isVisible() && shownNumber->text().contains(numbers.at(1)));
            if (file == noQr)
                QVERIFY(saveScreenshot(m_counter.get(), u"complaints-counter-qr-image-refused"_s));
        }
        // A lookup typed next is news: the sentence about the image goes.
        edit->setText(numbers.at(0));
        QTest::mouseClick(child<QPushButton>(u"counterLookUpButton"_s), Qt::LeftButton);
        QVERIFY(!problem->isVisible());
        QTRY_VERIFY(shownNumber->text().contains(numbers.at(0)));
    }
};

QTEST_MAIN(TestComplaintPanel)
#include "tst_complaintpanel.moc"
