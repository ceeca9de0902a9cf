// Attachments at the counter (issue 15): files checked before they are listed (type from the
// bytes, 5 MB, 5 a complaint, each once), the scanner folder's newest scans first, a filed
// complaint whose files reach the hub's outbox for central, and a link to the hub dropped in the
// middle of sending them: said on the screen, nothing lost, and the second press goes on from
// where the hub is, nothing sent twice. On a branch in one process (complaintbranch.h), and a
// counter PC of a hub on loopback for the dropped link.
#include "complaintbranch.h"

#include "poppler.h"

#include <attachmentrule.h>
#include <complaintintakeform.h>
#include <scannerfolder.h>

#include <hub/branchhub.h>
#include <hub/hubserver.h>
#include <saduak/hostmodulecontext.h>
#include <sdk/moduleinfo.h>
#include <shell/counterwindow.h>
#include <storage/database.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace saduak;
using namespace saduak::complaints;
using namespace saduak::test;

namespace {

// Bytes that begin as a JPEG does (all the hub and the screens read of the type), the rest
// noise from seed, so two files of one size differ.
QByteArray jpegBytes(qint64 size, quint32 seed)
{
    QByteArray bytes("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00", 11);
    QRandomGenerator random(seed);
    while (bytes.size() < size)
        bytes.append(char(random.generate() & 0xFF));
    bytes.truncate(size);
    return bytes;
}

QByteArray pdfBytes()
{
    QByteArray bytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n");
    bytes += QByteArray(20000, 'x');
    bytes += "\n%%EOF\n";
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString ruleText(const char *source)
{
    return u"⚠ "_s + QCoreApplication::translate("saduak::complaints::AttachmentRule", source);
}

} // namespace

class TestComplaintAttachments : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ComplaintBranch> m_branch;
    std::unique_ptr<CounterWindow> m_counter;
    QString m_files; // the test's own files

    template<typename T>
    T *child(const QString &name) const
    {
        return m_counter->findChild<T *>(name);
    }
    void showCounter(const ShellContext &context)
    {
        m_counter = std::make_unique<CounterWindow>(context);
        m_counter->resize(1600, 1000);
        m_counter->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_counter.get()));
        QVERIFY2(child<QWidget>(u"modulePanel_complaints"_s), "no complaints panel");
        if (auto *tabs = child<QTabWidget>(u"moduleTabs"_s))
            tabs->setCurrentWidget(child<QWidget>(u"modulePanel_complaints"_s));
    }
    QAbstractItemModel *attached() const { return child<QTableView>(u"attachmentList"_s)->model(); }
    QString problem() const
    {
        auto *label = child<QLabel>(u"attachmentProblem"_s);
        return label->isHidden() ? QString() : label->text();
    }
    // Answers the next modal dialog named dialogName with answer, once it shows, and again
    // while it stays open (a file dialog still reading its folder may not take the first answer).
    void whenDialogShows(const QString &dialogName, std::function<void(QDialog *)> answer)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(10);
        connect(timer, &QTimer::timeout, this, [timer, dialogName, answer, seen = false]() mutable {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != dialogName) {
                if (seen) { // answered and closed
                    timer->stop();
                    timer->deleteLater();
                }
                return;
            }
            seen = true;
            answer(dialog);
        });
        timer->start();
    }
    // What "Attach a file…" does with the file picked in its dialog (the area's one entry for
    // it, called by name across the plugin's boundary).
    bool attach(const QString &path)
    {
        bool listed = false;
        QWidget *area = child<QWidget>(u"attachmentArea"_s);
        if (!area
            || !QMetaObject::invokeMethod(
                area, "attachFile", Q_RETURN_ARG(bool, listed), Q_ARG(QString, path)))
            qFatal("the counter's form has no attachment area");
        return listed;
    }
    bool fill(const QString &subject)
    {
        auto *category = child<QComboBox>(u"categoryBox"_s);
        auto *province = child<QComboBox>(u"provinceBox"_s);
        if (!QTest::qWaitFor([&] { return category->count() == 3 && province->count() == 3; })) {
            qWarning() << "categories" << category->count() << "provinces" << province->count()
                       << formError();
            return false;
        }
        category->setCurrentIndex(category->findData(u"roads"_s));
        province->setCurrentIndex(province->findData(u"10"_s));
        auto *amphoe = child<QComboBox>(u"amphoeBox"_s);
        if (!QTest::qWaitFor([&] { return amphoe->count() == 3; }))
            return false;
        amphoe->setCurrentIndex(amphoe->findData(u"1004"_s));
        auto *tambon = child<QComboBox>(u"tambonBox"_s);
        if (!QTest::qWaitFor([&] { return tambon->count() == 3; }))
            return false;
        tambon->setCurrentIndex(tambon->findData(u"100402"_s));
        child<QLineEdit>(u"subjectEdit"_s)->setText(subject);
        child<QPlainTextEdit>(u"descriptionEdit"_s)->setPlainText(u"ทางเท้าแตกหน้าตลาด ภาพถ่ายแนบ"_s);
        child<QCheckBox>(u"privacyAcknowledgedBox"_s)->setChecked(true);
        return true;
    }
    void pressFile()
    {
        QTest::mouseClick(child<QPushButton>(u"fileComplaintButton"_s), Qt::LeftButton);
    }
    QString formError() const
    {
        auto *label = child<QLabel>(u"formError"_s);
        return label->isHidden() ? QString() : label->text();
    }
    static QList<QJsonObject> outbox(ComplaintBranch &branch, const QString &kind)
    {
        QList<QJsonObject> rows;
        QSqlQuery q(branch.session().hub()->database().connection());
        q.prepare(u"SELECT payload FROM outbox WHERE kind = ? ORDER BY seq"_s);
        q.addBindValue(kind);
        if (q.exec())
            while (q.next())
                rows << QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        return rows;
    }
    // The file as central will put it together from the hub's part rows: nullopt unless every
    // part is there, once.
    static std::optional<QByteArray> assembled(ComplaintBranch &branch, const QString &sha256)
    {
        QMap<int, QByteArray> parts;
        int count = -1;
        for (const QJsonObject &part : outbox(branch, u"complaints.attachmentPart"_s)) {
            if (part.value(u"sha256"_s).toString() != sha256)
                continue;
            const int index = part.value(u"index"_s).toInt();
            if (parts.contains(index))
                return std::nullopt; // sent twice
            parts.insert(
                index, QByteArray::fromBase64(part.value(u"data"_s).toString().toLatin1()));
            count = part.value(u"count"_s).toInt();
        }
        if (count < 1 || parts.size() != count)
            return std::nullopt;
        QByteArray bytes;
        for (const QByteArray &part : std::as_const(parts))
            bytes += part;
        return bytes;
    }

private Q_SLOTS:
    void init()
    {
        m_branch = std::make_unique<ComplaintBranch>();
        QString why;
        QVERIFY2(m_branch->open(&why), qPrintable(why));
        m_files = m_branch->path(u"files"_s);
        QVERIFY(QDir().mkpath(m_files));
    }

    void cleanup()
    {
        m_counter.reset();
        m_branch.reset();
    }

    void onlyAPhotoOrAPdfUpTo5MbIsListedEachOnceAtMost5()
    {
        showCounter(m_branch->context());
        // "Attach a file…" opens a file dialog offering photos and PDF documents.
        QStringList filters;
        whenDialogShows(u"attachmentFileDialog"_s, [&](QDialog *dialog) {
            filters = static_cast<QFileDialog *>(dialog)->nameFilters();
            dialog->reject();
        });
        QTest::mouseClick(child<QPushButton>(u"attachFileButton"_s), Qt::LeftButton);
        QCOMPARE(filters.size(), 1);
        QVERIFY2(filters.first().contains(u"*.jpg"_s) && filters.first().contains(u"*.png"_s)
                && filters.first().contains(u"*.pdf"_s) && !filters.first().contains(u"*.gif"_s),
            qPrintable(filters.first()));
        QCOMPARE(attached()->rowCount(), 0);
        QVERIFY(child<QLabel>(u"attachmentNone"_s)->isVisible());
        const QString photo = m_files + u"/ทางเท้า.jpg"_s;
        const QString pdf = m_files + u"/หนังสือร้องเรียน.pdf"_s;
        // The names lie: the bytes say what a file is.
        const QString gif = m_files + u"/not-a-photo.jpg"_s;
        const QString big = m_files + u"/scan-600dpi.pdf"_s;
        QVERIFY(writeFile(photo, jpegBytes(100 * 1024, 1)));
        QVERIFY(writeFile(pdf, pdfBytes()));
        QVERIFY(writeFile(gif, QByteArray("GIF89a\x01\x00\x01\x00", 10) + QByteArray(500, '\0')));
        QByteArray tooBig("%PDF-1.7\n");
        tooBig += QByteArray(6 * 1024 * 1024, 'x');
        QVERIFY(writeFile(big, tooBig));

        QVERIFY(attach(photo));
        QCOMPARE(attached()->rowCount(), 1);
        QCOMPARE(attached()->index(0, 0).data().toString(), u"ทางเท้า.jpg"_s);
        QCOMPARE(attached()->index(0, 1).data().toString(),
            QCoreApplication::translate("saduak::complaints::AttachmentListModel", "JPEG photo"));
        QCOMPARE(attached()->index(0, 2).data().toString(), u"100.0 kB"_s);
        QCOMPARE(problem(), QString());

        QVERIFY(!attach(gif));
        QCOMPARE(
            problem(), ruleText("Only photos (JPEG or PNG) and PDF documents can be attached."));
        QVERIFY(!attach(big));
        QCOMPARE(problem(),
            ruleText("The file is larger than 5 MB. Please scan it at a lower resolution or "
                     "attach it in parts."));
        QCOMPARE(attached()->rowCount(), 1);

        QVERIFY(attach(pdf));
        QCOMPARE(problem(), QString()); // a good file clears the last problem
        QCOMPARE(attached()->rowCount(), 2);
        QCOMPARE(attached()->index(1, 1).data().toString(),
            QCoreApplication::translate("saduak::complaints::AttachmentListModel", "PDF document"));
        // The same bytes again, under another name: listed once.
        const QString again = m_files + u"/copy of the photo.jpg"_s;
        QVERIFY(QFile::copy(photo, again));
        QVERIFY(attach(again));
        QCOMPARE(attached()->rowCount(), 2);

        for (quint32 seed = 2; seed <= 5; ++seed) {
            const QString more = m_files + u"/photo%1.jpg"_s.arg(seed);
            QVERIFY(writeFile(more, jpegBytes(2000, seed)));
            QCOMPARE(attach(more), seed < 5);
        }
        QCOMPARE(attached()->rowCount(), 5);
        QCOMPARE(problem(),
            u"⚠ "_s
                + QCoreApplication::translate("saduak::complaints::AttachmentArea",
                    "A complaint can carry at most %1 files. Remove one to attach another.")
                      .arg(5));
        QVERIFY(child<QTableView>(u"attachmentList"_s)->isVisible());
        QVERIFY(saveScreenshot(m_counter.get(), u"complaints-counter-attachments"_s));

        // Each row's button removes that row; then the sixth one fits.
        auto *view = child<QTableView>(u"attachmentList"_s);
        auto *remove = qobject_cast<QPushButton *>(view->indexWidget(attached()->index(1, 3)));
        QVERIFY(remove);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(attached()->rowCount(), 4);
        for (int row = 0; row < 4; ++row)
            QVERIFY(attached()->index(row, 0).data().toString() != u"หนังสือร้องเรียน.pdf"_s);
        QVERIFY(attach(m_files + u"/photo4.jpg"_s)); // listed already: once
        QCOMPARE(attached()->rowCount(), 4);
        QVERIFY(attach(m_files + u"/photo5.jpg"_s)); // the one refused
        QCOMPARE(attached()->rowCount(), 5);
        QCOMPARE(attached()->index(4, 0).data().toString(), u"photo5.jpg"_s);
        QCOMPARE(problem(), QString());
    }

    void aKioskFormHasNoAttachments()
    {
        // A citizen at a kiosk has no files; the counter's form has the area.
        ModuleInfo info;
        info.id = u"complaints"_s;
        HostModuleContext context(info, &m_branch->session().queue(), m_branch->settings().raw(),
            m_branch->session().desk());
        ComplaintIntakeForm kiosk(context, ComplaintIntakeForm::Channel::Kiosk);
        QVERIFY(!kiosk.attachments());
        QVERIFY(!kiosk.findChild<QWidget *>(u"attachmentArea"_s));
        ComplaintIntakeForm counter(context, ComplaintIntakeForm::Channel::Counter);
        QVERIFY(counter.findChild<QWidget *>(u"attachmentArea"_s));
    }

    void theScannerFolderOffersItsNewestScansFirst()
    {
        const QString scans = m_branch->path(u"scans"_s);
        QVERIFY(QDir().mkpath(scans));
        // 23 scans, a minute apart, written in an order that is not their times'.
        const QDateTime first = QDateTime::currentDateTime().addSecs(-3600);
        for (int i :
            {3, 0, 22, 7, 1, 2, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21}) {
            const QString path = scans + u"/scan%1.pdf"_s.arg(i, 3, 10, QChar(u'0'));
            QVERIFY(writeFile(path, "%PDF-1.5\n" + QByteArray::number(i)));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(first.addSecs(60 * i), QFileDevice::FileModificationTime));
        }
        QVERIFY(QDir().mkpath(scans + u"/older"_s)); // a folder is not a scan

        const QList<ScannerFolder::Scan> newest = ScannerFolder::newest(scans);
        QCOMPARE(newest.size(), 20);
        QCOMPARE(newest.first().name, u"scan022.pdf"_s);
        QCOMPARE(newest.at(1).name, u"scan021.pdf"_s);
        QCOMPARE(newest.last().name, u"scan003.pdf"_s);
        QString why;
        QVERIFY(ScannerFolder::newest(scans + u"/missing"_s, 20, &why).isEmpty());
        QVERIFY(!why.isEmpty());

        // Without a folder set, the button says which setting; then with it, the dialog.
        showCounter(m_branch->context());
        QTest::mouseClick(child<QPushButton>(u"attachFromScannerButton"_s), Qt::LeftButton);
        QVERIFY2(problem().contains(u"modules/complaints/scannerFolder"_s), qPrintable(problem()));

        m_branch->settings().raw().setValue(u"modules/complaints/scannerFolder"_s, scans);
        QStringList shown;
        QStringList times;
        whenDialogShows(u"scannerDialog"_s, [&](QDialog *dialog) {
            auto *list = dialog->findChild<QTreeWidget *>(u"scannerList"_s);
            for (int row = 0; row < list->topLevelItemCount(); ++row) {
                shown << list->topLevelItem(row)->text(1);
                times << list->topLevelItem(row)->text(0);
            }
            list->setCurrentItem(list->topLevelItem(1));
            dialog->accept();
        });
        QTest::mouseClick(child<QPushButton>(u"attachFromScannerButton"_s), Qt::LeftButton);
        QCOMPARE(shown.size(), 20);
        QCOMPARE(shown.first(), u"scan022.pdf"_s);
        QCOMPARE(shown.last(), u"scan003.pdf"_s);
        // When it was scanned, in Bangkok: the newest first.
        QVERIFY2(
            times.first().contains(
                first.addSecs(60 * 22).toTimeZone(QTimeZone("Asia/Bangkok")).toString(u"HH:mm"_s)),
            qPrintable(times.first()));
        QCOMPARE(attached()->rowCount(), 1);
        QCOMPARE(attached()->index(0, 0).data().toString(), u"scan021.pdf"_s);
    }

    void aFiledComplaintsFilesReachTheHubForCentral()
    {
        showCounter(m_branch->context());
        const QByteArray photoBytes = jpegBytes(100 * 1024, 7);
        const QByteArray pdf = pdfBytes();
        QVERIFY(writeFile(m_files + u"/ทางเท้า.jpg"_s, photoBytes));
        QVERIFY(writeFile(m_files + u"/คำร้อง.pdf"_s, pdf));
        QVERIFY(attach(m_files + u"/ทางเท้า.jpg"_s));
        QVERIFY(attach(m_files + u"/คำร้อง.pdf"_s));
        QVERIFY(fill(u"ทางเท้าแตก"_s));
        QList<int> progress;
        connect(child<QProgressBar>(u"attachmentProgress"_s), &QProgressBar::valueChanged, this,
            [&](int value) { progress << value; });
        pressFile();
        QTRY_VERIFY_WITH_TIMEOUT(!outbox(*m_branch, u"complaints.complaint"_s).isEmpty(), 10000);
        QVERIFY2(formError().isEmpty(), qPrintable(formError()));
        // Shown while it went, piece by piece, to the end.
        QVERIFY(
            std::any_of(progress.begin(), progress.end(), [](int p) { return p > 0 && p < 100; }));
        QCOMPARE(progress.last(), 100);

        // The complaint names its files; each file's parts are all there, once, before it.
        const QJsonObject complaint = outbox(*m_branch, u"complaints.complaint"_s).constFirst();
        const QJsonArray files = complaint.value(u"attachments"_s).toArray();
        QCOMPARE(files.size(), 2);
        QCOMPARE(files.at(0)[u"sha256"_s].toString(), AttachmentRule::sha256Of(photoBytes));
        QCOMPARE(files.at(0)[u"name"_s].toString(), u"ทางเท้า.jpg"_s);
        QCOMPARE(files.at(0)[u"type"_s].toString(), u"image/jpeg"_s);
        QCOMPARE(files.at(0)[u"size"_s].toInteger(), photoBytes.size());
        QCOMPARE(files.at(1)[u"type"_s].toString(), u"application/pdf"_s);
        QCOMPARE(assembled(*m_branch, AttachmentRule::sha256Of(photoBytes)), photoBytes);
        QCOMPARE(assembled(*m_branch, AttachmentRule::sha256Of(pdf)), pdf);
        // The receipt says how many files went with it, not their names.
        QTRY_COMPARE(m_branch->receipts().size(), 1);
        QString why;
        const QString receipt
            = comparableText(pdfText(m_branch->receipt(m_branch->receipts().first()), &why));
        QVERIFY2(receipt.contains(comparableText(QCoreApplication::translate(
                     "saduak::complaints::ComplaintReceipt", "Attachments"))),
            qPrintable(receipt + why));
        QVERIFY(!receipt.contains(comparableText(u"ทางเท้า.jpg"_s)));
        // A new complaint starts with no files.
        QTRY_COMPARE(attached()->rowCount(), 0);
        QVERIFY(!child<QProgressBar>(u"attachmentProgress"_s)->isVisible());
    }

    void aLinkDroppedWhileSendingIsSaidAndTheSecondPressGoesOn()
    {
        // The hub on loopback; this test's counter is another PC of the branch.
        m_branch.reset();
        ComplaintBranch hub;
        QString why;
        QVERIFY2(hub.open(&why, {}, 0), qPrintable(why));
        const quint16 port = hub.session().hub()->server()->port();
        AppSettings settings(hub.path(u"counter2.ini"_s));
        // A piece unanswered for a second is a lost link here (15 s on a real counter).
        settings.raw().setValue(u"modules/complaints/attachmentAnswerSeconds"_s, 1);
        settings.setCounterNumber(2); // the counter it is paired as
        BranchSession::Options options;
        options.moduleFolder = qEnvironmentVariable("SADUAK_MODULE_DIR");
        options.hubUrl = QUrl(u"ws://127.0.0.1:%1"_s.arg(port));
        options.hubToken = hub.pairCounter(2);
        StorageError error;
        auto client = BranchSession::open(options, settings, &error);
        QVERIFY2(client, qPrintable(error.detail));
        QVERIFY(QTest::qWaitFor([&] { return client->isReady(); }, 10000));
        QTRY_COMPARE_WITH_TIMEOUT(client->queue().state(), QueueLink::State::Online, 10000);
        showCounter(client->shellContext(&hub.language()));

        const QString photo = hub.path(u"photo.jpg"_s);
        const QByteArray photoBytes = jpegBytes(1024 * 1024, 11); // 32 pieces, 8 parts
        QVERIFY(writeFile(photo, photoBytes));
        QVERIFY(attach(photo));
        QVERIFY(fill(u"ทางเท้าแตก"_s));

        // The hub goes away once a piece or two are there.
        auto *progress = child<QProgressBar>(u"attachmentProgress"_s);
        QMetaObject::Connection drop
            = connect(progress, &QProgressBar::valueChanged, this, [&](int value) {
                  if (value > 0 && value < 100) {
                      disconnect(drop);
                      hub.close();
                  }
              });
        pressFile();
        const QString silent = u"⚠ "_s
            + QCoreApplication::translate("saduak::complaints::AttachmentUpload",
                "The branch hub stopped answering while the attachments were being sent. "
                "Nothing is lost: when the network is back, press File the complaint again to "
                "go on.");
        // The piece in flight goes unanswered (the usual case: the link learns of the drop only
        // later), or the next one is not sent at all if the link already knows.
        const QString unreachable = u"⚠ "_s + ModuleReply::hubUnreachable().shownMessage();
        QTRY_VERIFY_WITH_TIMEOUT(formError() == silent || formError() == unreachable, 10000);
        // Everything stays for the next press.
        QCOMPARE(child<QLineEdit>(u"subjectEdit"_s)->text(), u"ทางเท้าแตก"_s);
        QCOMPARE(attached()->rowCount(), 1);
        QVERIFY(child<QPushButton>(u"fileComplaintButton"_s)->isEnabled());
        QVERIFY(child<QPushButton>(u"attachFileButton"_s)->isEnabled());
        QVERIFY(saveScreenshot(m_counter.get(), u"complaints-counter-attachments-link-lost"_s));

        // Pressed while the hub is away: nothing sent, said so.
        QTRY_VERIFY(client->queue().state() != QueueLink::State::Online);
        pressFile();
        const QString thai = ModuleReply::hubUnreachable().shownMessage();
        QTRY_COMPARE(formError(), u"⚠ "_s + thai);
        // In the officer's language, again after a switch.
        hub.language().setLanguage(Language::English);
        const QString english = ModuleReply::hubUnreachable().shownMessage();
        QVERIFY2(english != thai, "the sentence has no Thai translation to tell them apart");
        QCOMPARE(formError(), u"⚠ "_s + english);
        hub.language().setLanguage(Language::Thai);

        // The hub is back (the same database); the second press goes on and files it.
        QVERIFY2(hub.open(&why), qPrintable(why));
        QVERIFY2(hub.session().hub()->listen(QHostAddress::LocalHost, port, &why), qPrintable(why));
        QTRY_COMPARE_WITH_TIMEOUT(client->queue().state(), QueueLink::State::Online, 20000);
        pressFile();
        QTRY_VERIFY_WITH_TIMEOUT(!outbox(hub, u"complaints.complaint"_s).isEmpty(), 20000);
        QCOMPARE(outbox(hub, u"complaints.complaint"_s).size(), 1);
        const QJsonArray files
            = outbox(hub, u"complaints.complaint"_s).constFirst().value(u"attachments"_s).toArray();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.at(0)[u"sha256"_s].toString(), AttachmentRule::sha256Of(photoBytes));
        // Every part once, and together the bytes of the file.
        QCOMPARE(outbox(hub, u"complaints.attachmentPart"_s).size(), 8);
        QCOMPARE(assembled(hub, AttachmentRule::sha256Of(photoBytes)), photoBytes);
        QTRY_COMPARE(attached()->rowCount(), 0);
        m_counter.reset();
        client->shutDown();
    }
};

QTEST_MAIN(TestComplaintAttachments)
#include "tst_complaintattachments.moc"
