// The sample module (tests/support/samplemodule) on the embedded default: one `saduak` process is
// the whole branch, the hub in it. A citizen leaves a note on the kiosk's self-service page; the
// counter's panel lists it; the receipt is printed on the PC's receipt printer (a pdf: folder,
// read back with poppler); the note is a record of the branch database with its outbox row.
#include <hub/branchhub.h>
#include <saduak/branchsession.h>
#include <shell/appsettings.h>
#include <shell/counterwindow.h>
#include <shell/kioskmodulepages.h>
#include <shell/kioskwindow.h>
#include <shell/languageswitcher.h>
#include <storage/database.h>

#include <QAbstractItemModel>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <seatedstaff.h>

using namespace Qt::StringLiterals;
using namespace saduak;

class TestSampleModuleEmbedded : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNoteFiledAtTheKioskShowsAtTheCounterWithItsReceipt()
    {
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath(u"modules"_s)));
        QVERIFY(QFile::link(QStringLiteral(SADUAK_TEST_MODULE_DIR "/sample.so"),
            dir.filePath(u"modules/sample.so"_s)));
        QVERIFY(QDir().mkpath(dir.filePath(u"receipts"_s)));
        AppSettings settings(dir.filePath(u"saduak.ini"_s));
        settings.raw().setValue(u"printing/receiptPrinter"_s,
            QString(u"pdf:"_s + dir.filePath(u"receipts"_s)));
        LanguageSwitcher language;
        language.setLanguage(Language::Thai);

        BranchSession::Options options;
        options.databasePath = dir.filePath(u"branch.sqlite"_s);
        options.moduleFolder = dir.filePath(u"modules"_s);
        StorageError error;
        auto session = BranchSession::open(options, settings, &error);
        QVERIFY2(session, qPrintable(error.detail));
        // An officer is logged in at this PC's screens (device "local", as the counter program
        // runs it) before they ask the hub anything. The test's kiosk window shares that device,
        // so the note it files is a command sent from the counter's PC: it needs a person there.
        QString why;
        QVERIFY2(test::seatStaff(session->hub()->database(), u"local"_s, StaffRole::Counter, &why),
            qPrintable(why));
        QVERIFY(QTest::qWaitFor([&] { return session->isReady(); }, 5000));

        CounterWindow counter(session->shellContext(&language));
        counter.show();
        KioskWindow kiosk(session->shellContext(&language));
        kiosk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
        auto *notes = counter.findChild<QListView *>(u"sampleNotes"_s);
        QVERIFY2(notes, "the sample module's panel is not in the counter's module area");
        QTRY_COMPARE(notes->model()->rowCount(), 0);

        QVERIFY(!kiosk.modulePages()->offerButtons().isEmpty());
        QTest::mouseClick(kiosk.modulePages()->offerButtons().first(), Qt::LeftButton);
        auto *text = kiosk.findChild<QLineEdit *>(u"sampleText"_s);
        QVERIFY(text);
        text->setText(u"ขอบคุณค่ะ"_s); // (QTest types ASCII only; the keyboard has its own tests)
        QTest::mouseClick(kiosk.findChild<QPushButton *>(u"sampleSend"_s), Qt::LeftButton);
        QTRY_COMPARE(kiosk.findChild<QLabel *>(u"sampleResult"_s)->text(),
            u"บันทึกเลขที่ 1 / Note 1"_s);

        // The counter heard of it from the hub (the module's event) and asked again.
        QTRY_COMPARE(notes->model()->rowCount(), 1);
        QCOMPARE(notes->model()->index(0, 0).data().toString(), u"ขอบคุณค่ะ"_s);

        // The record and its outbox row, in the branch database.
        QSqlQuery q(session->hub()->database().connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM sample_note"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(u"SELECT count(*) FROM outbox WHERE kind = 'sample.note'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);

        // The receipt, as a PDF the receipt printer took: its text read back.
        QDir receipts(dir.filePath(u"receipts"_s));
        QTRY_COMPARE(receipts.entryList({u"*.pdf"_s}, QDir::Files).size(), 1);
        QProcess pdftotext;
        pdftotext.start(u"pdftotext"_s,
            {receipts.filePath(receipts.entryList({u"*.pdf"_s}).first()), u"-"_s});
        QVERIFY(pdftotext.waitForFinished(30000));
        const QString printed = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(printed.contains(u"Number"_s) && printed.contains(u"1"_s), qPrintable(printed));
        session->shutDown();
    }
};

QTEST_MAIN(TestSampleModuleEmbedded)
#include "tst_samplemoduleembedded.moc"
