// A module's printing as the program offers it (HostModulePrinting behind ModuleContext::printing):
// receipts to this PC's ticket printer, a loopback network printer speaking ESC/POS or a PDF
// folder; A4 forms to a PDF folder; and the failures a person is told about. What is printed is
// read back: the ESC/POS stream parsed, the PDFs through poppler, the QR codes decoded.
#include "escposparser.h"
#include "poppler.h"
#include "qrdecode.h"

#include <modulehost/deskstate.h>
#include <printing/escposencoder.h>
#include <printing/receiptprintout.h>
#include <printing/receiptrenderer.h>
#include <saduak/hostmodulecontext.h>
#include <saduak/hostmoduleprinting.h>
#include <sdk/moduleprinting.h>
#include <shell/appsettings.h>

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace saduak;

namespace {

const QString caseUrl = u"https://bangrak.saduak.example/c/C-2569-000123"_s;

Receipt sampleReceipt()
{
    Receipt r;
    r.title(u"ใบรับเรื่องร้องเรียน"_s)
        .text(u"Complaint receipt"_s)
        .rule()
        .field(u"เลขที่เรื่อง / Case"_s, u"C-2569-000123"_s)
        .field(u"เรื่อง / Subject"_s, u"ถนนชำรุดหน้าตลาดบางรัก มีหลุมขนาดใหญ่ (Road damage)"_s)
        .qrCode(caseUrl)
        .text(u"สแกนเพื่อติดตามสถานะ / Scan to follow your case"_s);
    return r;
}

FormDocument sampleForm()
{
    FormDocument f;
    f.title = u"แบบคำขอจดทะเบียนวิสาหกิจชุมชน"_s;
    f.subtitle = u"ศูนย์ราชการสะดวก สำนักงานเขตบางรัก"_s;
    f.fields = {{u"เลขที่คำขอ / Request no."_s, u"OTOP-2569-000042"_s},
        {u"ผู้ยื่นคำขอ / Applicant"_s, u"นางสาวสมหญิง ใจดี"_s}};
    f.qrPayload = u"https://bangrak.saduak.example/r/OTOP-2569-000042"_s;
    f.footer = u"Printed by Saduak"_s;
    f.signatures = {u"ผู้ยื่นคำขอ / Applicant"_s, u"เจ้าหน้าที่ / Officer"_s};
    return f;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList pdfsIn(const QString &folder)
{
    return QDir(folder).entryList({u"*.pdf"_s}, QDir::Files, QDir::Name);
}

// A network thermal printer on loopback: answers the paper status request with statusAnswer and
// keeps the rest of what it receives.
class FakeNetworkPrinter : public QObject
{
    Q_OBJECT
public:
    char statusAnswer = char(0x12); // paper present
    QByteArray received;

    FakeNetworkPrinter()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    QByteArray data = socket->readAll();
                    if (data.startsWith(EscPosEncoder::paperStatusRequest())) {
                        socket->write(QByteArray(1, statusAnswer));
                        data.remove(0, EscPosEncoder::paperStatusRequest().size());
                    }
                    received += data;
                });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString address() const { return u"socket://127.0.0.1:%1"_s.arg(m_server.serverPort()); }

private:
    QTcpServer m_server;
};

} // namespace

class TestHostModulePrinting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void printsAReceiptOnANetworkPrinterAsEscPos();
    void receiptPrinterFallsBackToTheKioskPrinter();
    void printsAReceiptToAPdfFolderAt80mm();
    void printsAFormToAPdfFolderOnA4();
    void formPdfReturnsTheA4Bytes();
    void noReceiptPrinterFailsSayingWhichSettingToSet();
    void noFormPrinterFailsSayingWhichSettingToSet();
    void missingFolderFailsWithTheReason();
    void printerOutOfPaperFailsWithTheReason();
    void ticketPrinterIsRefusedAsFormPrinter();
    void eachJobHasItsNumberAndEndsOnce();
    void moduleContextsGiveTheSharedPrinting();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
};

void TestHostModulePrinting::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(u"saduak.ini"_s));
}

void TestHostModulePrinting::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

void TestHostModulePrinting::printsAReceiptOnANetworkPrinterAsEscPos()
{
    FakeNetworkPrinter fake;
    QVERIFY(fake.listen());
    m_settings->raw().setValue(u"printing/receiptPrinter"_s, fake.address());
    HostModulePrinting printing(*m_settings);
    QSignalSpy printed(&printing, &ModulePrinting::printed);
    QSignalSpy failed(&printing, &ModulePrinting::failed);

    const int job = printing.printReceipt(sampleReceipt());
    QVERIFY(job > 0);
    QCOMPARE(printed.count(), 0); // never inside the call
    QVERIFY(printed.wait(10000));
    QCOMPARE(printed.first().first().toInt(), job);
    QCOMPARE(failed.count(), 0);

    test::EscPosDocument doc;
    QTRY_VERIFY_WITH_TIMEOUT(
        (doc = test::parseEscPos(fake.received),
            doc.error.isEmpty() && !doc.commands.isEmpty() && doc.commands.last() == u"GS V"_s),
        10000);
    QCOMPARE(doc.raster.width(), 576);
    QCOMPARE(test::decodeQr(doc.raster).text, caseUrl);
    // Exactly the receipt as the renderer draws it.
    ReceiptPrintout printout;
    for (const ReceiptLine &line : sampleReceipt().lines)
        printout.lines.append({ReceiptPrintout::Line::Kind(int(line.kind)), line.text, line.value});
    QCOMPARE(doc.raster, EscPosEncoder::threshold(ReceiptRenderer().render(printout)));
}

void TestHostModulePrinting::receiptPrinterFallsBackToTheKioskPrinter()
{
    FakeNetworkPrinter fake;
    QVERIFY(fake.listen());
    m_settings->setKioskPrinter(fake.address());
    QCOMPARE(m_settings->receiptPrinter(), fake.address());
    HostModulePrinting printing(*m_settings);
    QSignalSpy printed(&printing, &ModulePrinting::printed);
    printing.printReceipt(sampleReceipt());
    QVERIFY(printed.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(
        test::decodeQr(test::parseEscPos(fake.received).raster).text, caseUrl, 10000);

    // Its own setting wins over the kiosk's; empty there means none.
    m_settings->raw().setValue(u"printing/receiptPrinter"_s, u""_s);
    QCOMPARE(m_settings->receiptPrinter(), QString());
}

void TestHostModulePrinting::printsAReceiptToAPdfFolderAt80mm()
{
    const QString folder = m_dir->filePath(u"receipts"_s);
    QVERIFY(QDir().mkpath(folder));
    m_settings->raw().setValue(u"printing/receiptPrinter"_s, QString(u"pdf:"_s + folder));
    HostModulePrinting printing(*m_settings);
    QSignalSpy printed(&printing, &ModulePrinting::printed);
    QSignalSpy failed(&printing, &ModulePrinting::failed);
    const int job = printing.printReceipt(sampleReceipt());
    QVERIFY(printed.wait(10000));
    QCOMPARE(printed.first().first().toInt(), job);
    QCOMPARE(failed.count(), 0);

    const QStringList files = pdfsIn(folder);
    QCOMPARE(files.size(), 1);
    const QByteArray pdf = readFile(QDir(folder).filePath(files.first()));
    QString why;
    const test::PdfInfo info = test::pdfInfo(pdf, &why);
    QVERIFY2(info.pages == 1, qPrintable(why));
    QVERIFY(qAbs(info.pageSizePt.width() - 80 / 25.4 * 72) < 1.0);
    const QString text = test::comparableText(test::pdfText(pdf, &why));
    QVERIFY2(text.contains(test::comparableText(u"ใบรับเรื่องร้องเรียน"_s)), qPrintable(text));
    QVERIFY2(text.contains(u"C-2569-000123"_s), qPrintable(text));
    const QImage page = test::renderPdfPage(pdf, 203, 1, &why);
    QVERIFY2(!page.isNull(), qPrintable(why));
    QCOMPARE(test::decodeQr(page).text, caseUrl);
}

void TestHostModulePrinting::printsAFormToAPdfFolderOnA4()
{
    const QString folder = m_dir->filePath(u"forms"_s);
    QVERIFY(QDir().mkpath(folder));
    m_settings->raw().setValue(u"printing/formPrinter"_s, QString(u"pdf:"_s + folder));
    HostModulePrinting printing(*m_settings);
    QSignalSpy printed(&printing, &ModulePrinting::printed);
    QSignalSpy failed(&printing, &ModulePrinting::failed);
    const int job = printing.printForm(sampleForm());
    QVERIFY(printed.wait(10000));
    QCOMPARE(printed.first().first().toInt(), job);
    QCOMPARE(failed.count(), 0);

    const QStringList files = pdfsIn(folder);
    QCOMPARE(files.size(), 1);
    const QByteArray pdf = readFile(QDir(folder).filePath(files.first()));
    QString why;
    const test::PdfInfo info = test::pdfInfo(pdf, &why);
    QVERIFY2(info.pages == 1, qPrintable(why));
    QVERIFY(qAbs(info.pageSizePt.width() - 595.3) < 1.0);
    QVERIFY(qAbs(info.pageSizePt.height() - 841.9) < 1.0);
    const QString text = test::comparableText(test::pdfText(pdf, &why));
    for (const QString &expected :
        {sampleForm().title, u"OTOP-2569-000042"_s, u"นางสาวสมหญิง ใจดี"_s, u"เจ้าหน้าที่ / Officer"_s}) {
        QVERIFY2(
            text.contains(test::comparableText(expected)), qPrintable(expected + u" in "_s + text));
    }
    const QImage page = test::renderPdfPage(pdf, 150, 1, &why);
    QVERIFY2(!page.isNull(), qPrintable(why));
    QCOMPARE(test::decodeQr(page).text, sampleForm().qrPayload);
}

void TestHostModulePrinting::formPdfReturnsTheA4Bytes()
{
    HostModulePrinting printing(*m_settings); // no printer needed
    QSignalSpy printed(&printing, &ModulePrinting::printed);
    QSignalSpy failed(&printing, &ModulePrinting::failed);
    const QByteArray pdf = printing.formPdf(sampleForm());
    QVERIFY(pdf.startsWith("%PDF-"));
    QString why;
    const test::PdfInfo info = test::pdfInfo(pdf, &why);
    QVERIFY2(info.pages == 1, qPrintable(why));
    QVERIFY(qAbs(info.pageSizePt.height() - 841.9) < 1.0);
    QVERIFY(test::comparableText(test::pdfText(pdf, &why))
                .contains(test::comparableText(sampleForm().title)));
    QCOMPARE(printed.count() + failed.count(), 0); // not a job
}

void TestHostModulePrinting::noReceiptPrinterFailsSayingWhichSettingToSet()
{
    HostModulePrinting printing(*m_settings);
    QSignalSpy failed(&printing, &ModulePrinting::failed);
    const int job = printing.printReceipt(sampleReceipt());
    QCOMPARE(failed.count(), 0); // after the caller has its number
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().at(0).toInt(), job);
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(u"printing/receiptPrinter"_s), qPrintable(message));
    QVERIFY2(message.contains(u"no receipt printer"_s), qPrintable(message));
}

void TestHostModulePrinting::noFormPrinterFailsSayingWhichSettingToSet()
{
    m_settings->setKioskPrinter(
        u"socket://127.0.0.1:9"_s); // a ticket printer is not a form printer
    HostModulePrinting printing(*m_settings);
    QSignalSpy failed(&printing, &ModulePrinting::failed);
    const int job = printing.printForm(sampleForm());
    QVERIFY(failed.wait());
    QCOMPARE(failed.first().at(0).toInt(), job);
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(u"printing/formPrinter"_s), qPrintable(message));
    QVERIFY2(message.contains(u"no form printer"_s), qPrintable(message));
}

void TestHostModulePrinting::missingFolderFailsWithTheReason()
{
    const QString gone = m_dir->filePath(u"unmounted-share"_s);
    m_settings->raw().setValue(u"printing/receiptPrinter"_s, QString(u"pdf:"_s + gone));
    m_settings->raw().setValue(u"printing/formPrinter"_s, QString(u"pdf:"_s + gone));
    HostModulePrinting printing(*m_settings);
    QSignalSpy printed(&printing, &ModulePrinting::printed);
    QSignalSpy failed(&printing, &ModulePrinting::failed);
    const int receipt = printing.printReceipt(sampleReceipt());
    const int form = printing.printForm(sampleForm());
    QTRY_COMPARE(failed.count(), 2);
    QCOMPARE(failed.at(0).at(0).toInt(), receipt);
    QCOMPARE(failed.at(1).at(0).toInt(), form);
    QVERIFY2(failed.at(0).at(1).toString().startsWith(u"The receipt was not printed"_s),
        qPrintable(failed.at(0).at(1).toString()));
    QVERIFY2(failed.at(1).at(1).toString().startsWith(u"The form was not printed"_s),
        qPrintable(failed.at(1).at(1).toString()));
    for (const auto &args : failed)
        QVERIFY2(args.at(1).toString().contains(gone), qPrintable(args.at(1).toString()));
    QCOMPARE(printed.count(), 0);
    QVERIFY(!QFileInfo::exists(gone));
}

void TestHostModulePrinting::printerOutOfPaperFailsWithTheReason()
{
    FakeNetworkPrinter fake;
    fake.statusAnswer = char(0x72); // paper end
    QVERIFY(fake.listen());
    m_settings->raw().setValue(u"printing/receiptPrinter"_s, fake.address());
    HostModulePrinting printing(*m_settings);
    QSignalSpy printed(&printing, &ModulePrinting::printed);
    QSignalSpy failed(&printing, &ModulePrinting::failed);
    const int job = printing.printReceipt(sampleReceipt());
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().at(0).toInt(), job);
    QVERIFY2(failed.first().at(1).toString().contains(u"out of paper"_s),
        qPrintable(failed.first().at(1).toString()));
    QCOMPARE(printed.count(), 0);
    QCOMPARE(fake.received, QByteArray()); // nothing of the receipt was sent
}

void TestHostModulePrinting::ticketPrinterIsRefusedAsFormPrinter()
{
    m_settings->raw().setValue(u"printing/formPrinter"_s, u"socket://127.0.0.1:9100"_s);
    HostModulePrinting printing(*m_settings);
    QSignalSpy failed(&printing, &ModulePrinting::failed);
    printing.printForm(sampleForm());
    QVERIFY(failed.wait());
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(u"printing/formPrinter"_s) && message.contains(u"pdf:"_s),
        qPrintable(message));

    m_settings->raw().setValue(u"printing/formPrinter"_s, u"lpt1"_s);
    printing.printForm(sampleForm());
    QVERIFY(failed.wait());
    QVERIFY2(failed.last().at(1).toString().contains(u"\"lpt1\" is not a printer address"_s),
        qPrintable(failed.last().at(1).toString()));
}

void TestHostModulePrinting::eachJobHasItsNumberAndEndsOnce()
{
    const QString folder = m_dir->filePath(u"out"_s);
    QVERIFY(QDir().mkpath(folder));
    m_settings->raw().setValue(u"printing/receiptPrinter"_s, QString(u"pdf:"_s + folder));
    m_settings->raw().setValue(u"printing/formPrinter"_s, QString(u"pdf:"_s + folder));
    HostModulePrinting printing(*m_settings);
    QSignalSpy printed(&printing, &ModulePrinting::printed);
    QSignalSpy failed(&printing, &ModulePrinting::failed);

    QList<int> ok {printing.printReceipt(sampleReceipt()), printing.printForm(sampleForm()),
        printing.printReceipt(sampleReceipt())};
    m_settings->raw().setValue(u"printing/formPrinter"_s, QString());
    const int refused = printing.printForm(sampleForm());
    ok.append(printing.printReceipt(sampleReceipt()));
    QCOMPARE(QSet<int>(ok.begin(), ok.end()).size(), 4);
    QVERIFY(!ok.contains(refused));

    QTRY_COMPARE(printed.count() + failed.count(), 5);
    QList<int> printedJobs;
    for (const auto &args : printed)
        printedJobs.append(args.first().toInt());
    std::sort(printedJobs.begin(), printedJobs.end());
    std::sort(ok.begin(), ok.end());
    QCOMPARE(printedJobs, ok);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().toInt(), refused);
    QCOMPARE(pdfsIn(folder).size(), 4);
    // And nothing more comes afterwards.
    QVERIFY(!printed.wait(300));
    QCOMPARE(printed.count() + failed.count(), 5);
}

void TestHostModulePrinting::moduleContextsGiveTheSharedPrinting()
{
    HostModulePrinting printing(*m_settings);
    DeskState desk;
    ModuleInfo a;
    a.id = u"complaints"_s;
    ModuleInfo b;
    b.id = u"otop"_s;
    HostModuleContext first(a, nullptr, m_settings->raw(), desk);
    HostModuleContext second(b, nullptr, m_settings->raw(), desk);
    QCOMPARE(first.printing(), nullptr);
    first.setPrinting(&printing);
    second.setPrinting(&printing);
    QCOMPARE(first.printing(), &printing);
    QCOMPARE(second.printing(), static_cast<ModulePrinting *>(&printing));
}

int main(int argc, char *argv[])
{
    // Receipts and forms are drawn: a QGuiApplication, offscreen.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestHostModulePrinting test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hostmoduleprinting.moc"
