// Tickets as PDF, as a kiosk configured with a `pdf:` printer address prints them: one file a
// ticket in a folder (read back with poppler's pdftoppm and the QR decoded), or a PDF job for a
// CUPS queue that prints documents (a stand-in lp records what it got).
#include "qrdecode.h"
#include "sampleprintout.h"

#include <printing/cupsprinter.h>
#include <printing/pdffolderprinter.h>
#include <printing/pdfticket.h>
#include <printing/ticketprinter.h>

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

QImage renderPage(const QString &pdfPath, QString *why)
{
    const QString pdftoppm = QStandardPaths::findExecutable(u"pdftoppm"_s);
    if (pdftoppm.isEmpty()) {
        *why = u"pdftoppm not found: install poppler-utils"_s;
        return {};
    }
    QTemporaryDir out;
    QProcess p;
    p.start(pdftoppm,
        {u"-r"_s, u"203"_s, u"-png"_s, u"-singlefile"_s, pdfPath, out.filePath(u"page"_s)});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        *why = QString::fromLocal8Bit(p.readAllStandardError());
        return {};
    }
    return QImage(out.filePath(u"page.png"_s));
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

} // namespace

class TestPdfPrinters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addressesSelectPdf_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("shownAddress");
        QTest::newRow("folder") << u"pdf:/var/spool/saduak"_s << u"pdf:/var/spool/saduak"_s;
        QTest::newRow("folder as file URL")
            << u"pdf:file:///var/spool/saduak"_s << u"pdf:/var/spool/saduak"_s;
        QTest::newRow("CUPS queue taking documents") << u"pdf+cups:office"_s << u"pdf+cups:office"_s;
    }

    void addressesSelectPdf()
    {
        QFETCH(QString, address);
        QFETCH(QString, shownAddress);
        QString why;
        const auto printer = TicketPrinter::fromAddress(address, &why);
        QVERIFY2(printer, qPrintable(why));
        QCOMPARE(printer->format(), TicketPrinter::Format::Pdf);
        QCOMPARE(printer->address(), shownAddress);
        // The thermal addresses stay ESC/POS.
        QCOMPARE(TicketPrinter::fromAddress(u"cups:kiosk"_s)->format(),
            TicketPrinter::Format::EscPos);
    }

    void emptyPdfAddressIsRefusedWithTheForms()
    {
        QString why;
        QVERIFY(!TicketPrinter::fromAddress(u"pdf:"_s, &why));
        QVERIFY2(why.contains(u"pdf:/"_s), qPrintable(why));
    }

    void writesOneReadablePdfATicketInTheFolder()
    {
        QTemporaryDir dir;
        QString why;
        const auto printer = TicketPrinter::fromAddress(u"pdf:"_s + dir.path(), &why);
        QVERIFY2(printer, qPrintable(why));
        QSignalSpy printed(printer.get(), &TicketPrinter::printed);
        QSignalSpy failed(printer.get(), &TicketPrinter::failed);
        const TicketPrintout first = test::samplePrintout();
        TicketPrintout second = first;
        second.ticketNumber = u"A002"_s;
        second.ticketId = u"9a8b7c6d-0000-4000-8000-000000000002"_s;
        second.qrPayload = TicketPrintout::statusUrl(
            QUrl(u"https://bangrak.saduak.example"_s), second.ticketId);
        printer->print(PdfTicket::render(first));
        printer->print(PdfTicket::render(second));
        QTRY_COMPARE(printed.count(), 2);
        QCOMPARE(failed.count(), 0);

        // Two finished files (no ".part" left behind), in the order printed.
        const QStringList files = filesIn(dir.path());
        QCOMPARE(files.size(), 2);
        for (const QString &f : files)
            QVERIFY2(f.startsWith(u"ticket-"_s) && f.endsWith(u".pdf"_s), qPrintable(f));
        const QList<QString> payloads {first.qrPayload, second.qrPayload};
        for (int i = 0; i < 2; ++i) {
            const QImage page = renderPage(dir.filePath(files.at(i)), &why);
            QVERIFY2(!page.isNull(), qPrintable(why));
            QCOMPARE(test::decodeQr(page).text, payloads.at(i));
        }
    }

    void missingFolderIsAnOfflinePrinterAndCreatesNothing()
    {
        QTemporaryDir dir;
        const QString gone = dir.filePath(u"unmounted-share"_s);
        PdfFolderPrinter printer(gone);
        QSignalSpy failed(&printer, &TicketPrinter::failed);
        printer.print(PdfTicket::render(test::samplePrintout()));
        QVERIFY(failed.wait(5000));
        const PrintError error = failed.first().at(1).value<PrintError>();
        QCOMPARE(error.code, PrintError::Code::Offline);
        QVERIFY2(error.message.contains(gone), qPrintable(error.message));
        QVERIFY(!QFileInfo::exists(gone));
    }

    void sendsAPdfJobToACupsQueueWithoutRaw()
    {
        QTemporaryDir dir;
        const QString job = dir.filePath(u"job.pdf"_s);
        const QString args = dir.filePath(u"args.txt"_s);
        QFile script(dir.filePath(u"lp"_s));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\ncat > '" + job.toLocal8Bit() + "'\necho \"$@\" > '"
            + args.toLocal8Bit() + "'\necho 'request id is office-1 (1 file(s))'\n");
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        QString why;
        auto printer = TicketPrinter::fromAddress(u"pdf+cups:office"_s, &why);
        QVERIFY2(printer, qPrintable(why));
        static_cast<CupsPrinter *>(printer.get())->setLpProgram(script.fileName());
        QSignalSpy printed(printer.get(), &TicketPrinter::printed);
        printer->print(PdfTicket::render(test::samplePrintout()));
        QVERIFY(printed.wait(10000));

        QFile argsFile(args);
        QVERIFY(argsFile.open(QIODevice::ReadOnly));
        QCOMPARE(argsFile.readAll().trimmed(), QByteArray("-d office"));
        const QImage page = renderPage(job, &why);
        QVERIFY2(!page.isNull(), qPrintable(why));
        QCOMPARE(test::decodeQr(page).text, test::samplePrintout().qrPayload);
    }
};

int main(int argc, char *argv[])
{
    // Rendering a ticket needs a QGuiApplication; offscreen is enough.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestPdfPrinters test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pdfprinters.moc"
