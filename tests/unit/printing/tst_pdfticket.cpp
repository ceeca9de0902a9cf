#include "printing/pdfticket.h"

#include "printing/ticketrenderer.h"
#include "qrdecode.h"
#include "sampleprintout.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using saduak::PdfTicket;
using saduak::TicketRenderer;

namespace {

constexpr qreal pointsPerMm = 72.0 / 25.4;

// pdftoppm (poppler-utils) renders the PDF the way a reader or a PDF printer would.
QImage renderWithPoppler(const QByteArray &pdf, int dpi, QString *why)
{
    const QString pdftoppm = QStandardPaths::findExecutable(u"pdftoppm"_s);
    if (pdftoppm.isEmpty()) {
        *why = u"pdftoppm not found: install poppler-utils"_s;
        return {};
    }
    QTemporaryDir dir;
    QFile file(dir.filePath(u"ticket.pdf"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) {
        *why = file.errorString();
        return {};
    }
    file.close();
    QProcess process;
    process.start(pdftoppm,
        {u"-r"_s, QString::number(dpi), u"-png"_s, u"-singlefile"_s, file.fileName(),
            dir.filePath(u"ticket"_s)});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        *why = QString::fromLocal8Bit(process.readAllStandardError());
        return {};
    }
    return QImage(dir.filePath(u"ticket.png"_s));
}

} // namespace

class TestPdfTicket : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void isAPdf();
    void pageIs80mmWideAndAsLongAsTheTicket();
    void rendersWithPopplerAndQrDecodes();

private:
    QByteArray m_pdf;
};

void TestPdfTicket::initTestCase()
{
    m_pdf = PdfTicket::render(saduak::test::samplePrintout());
    QFile out(QDir(QStringLiteral(SADUAK_TEST_OUTPUT_DIR)).filePath(u"ticket-preview.pdf"_s));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(m_pdf);
}

void TestPdfTicket::isAPdf()
{
    QVERIFY(m_pdf.startsWith("%PDF-"));
    QVERIFY(m_pdf.trimmed().endsWith("%%EOF"));
    static const QRegularExpression page(u"/Type\\s*/Page(?![A-Za-z])"_s);
    int pages = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(m_pdf)); it.hasNext(); it.next())
        ++pages;
    QCOMPARE(pages, 1);
}

void TestPdfTicket::pageIs80mmWideAndAsLongAsTheTicket()
{
    static const QRegularExpression mediaBox(
        u"/MediaBox \\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]"_s);
    const QRegularExpressionMatch match = mediaBox.match(QString::fromLatin1(m_pdf));
    QVERIFY2(match.hasMatch(), "no MediaBox");
    const qreal widthPt = match.captured(1).toDouble();
    const qreal heightPt = match.captured(2).toDouble();
    QVERIFY2(qAbs(widthPt - 80 * pointsPerMm) < 0.5, qPrintable(match.captured(0)));

    const QSizeF pageMm = PdfTicket::pageSizeMm(saduak::test::samplePrintout(), TicketRenderer());
    QCOMPARE(pageMm.width(), 80.0);
    QVERIFY(qAbs(heightPt - pageMm.height() * pointsPerMm) < 1.0);
    const int ticketDots = TicketRenderer().layout(saduak::test::samplePrintout()).height;
    QVERIFY(qAbs(pageMm.height() - (ticketDots * 25.4 / 203 + 8)) < 0.01);
}

void TestPdfTicket::rendersWithPopplerAndQrDecodes()
{
    QString why;
    const QImage page = renderWithPoppler(m_pdf, 203, &why);
    QVERIFY2(!page.isNull(), qPrintable(why));
    // 80 mm at 203 dpi is 639.4 dots; QPdfWriter rounds the page to whole points (227 pt) and
    // pdftoppm rounds the pixels up.
    QVERIFY2(qAbs(page.width() - 80 / 25.4 * 203) <= 2, qPrintable(QString::number(page.width())));
    page.save(QDir(QStringLiteral(SADUAK_TEST_OUTPUT_DIR)).filePath(u"ticket-preview-pdf.png"_s));

    const saduak::test::DecodedQr qr = saduak::test::decodeQr(page);
    QCOMPARE(qr.text, saduak::test::samplePrintout().qrPayload);
}

QTEST_MAIN(TestPdfTicket)
#include "tst_pdfticket.moc"
