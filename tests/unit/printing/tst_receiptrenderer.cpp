#include "printing/receiptrenderer.h"

#include "escposparser.h"
#include "poppler.h"
#include "printing/escposencoder.h"
#include "printing/pdfreceipt.h"
#include "printing/receiptprintout.h"
#include "printing/ticketrenderer.h"
#include "qrdecode.h"
#include "sampledocuments.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using saduak::EscPosEncoder;
using saduak::PdfReceipt;
using saduak::ReceiptLayout;
using saduak::ReceiptPrintout;
using saduak::ReceiptRenderer;
using Kind = saduak::ReceiptPrintout::Line::Kind;

namespace {

int blackPixels(const QImage &image, const QRect &rect)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    int count = 0;
    for (int y = qMax(0, rect.top()); y <= qMin(rect.bottom(), gray.height() - 1); ++y) {
        const uchar *line = gray.constScanLine(y);
        for (int x = qMax(0, rect.left()); x <= qMin(rect.right(), gray.width() - 1); ++x) {
            if (line[x] < 128)
                ++count;
        }
    }
    return count;
}

// The columns between the first and the last black dot in rect; null when rect is blank.
std::pair<int, int> inkColumns(const QImage &image, const QRect &rect)
{
    int first = -1;
    int last = -1;
    for (int x = rect.left(); x <= rect.right(); ++x) {
        if (blackPixels(image, QRect(x, rect.top(), 1, rect.height())) > 0) {
            if (first < 0)
                first = x;
            last = x;
        }
    }
    return {first, last};
}

ReceiptPrintout oneLine(Kind kind, const QString &text, const QString &value = {})
{
    ReceiptPrintout r;
    r.lines = {{kind, text, value}};
    return r;
}

QString outputPath(const QString &name)
{
    return QDir(QStringLiteral(SADUAK_TEST_OUTPUT_DIR)).filePath(name);
}

} // namespace

class TestReceiptRenderer : public QObject
{
    Q_OBJECT

private slots:
    void usesTheTicketsThaiFont();
    void rendersAtPaperWidthInBlackAndWhite();
    void placesEveryLineTopToBottomWithInk();
    void drawsThaiGlyphsNotBoxes();
    void putsAShortFieldOnOneLineWithTheValueRight();
    void wrapsALongFieldUnderItsLabel();
    void wrapsALongParagraph();
    void centresTheTitle();
    void drawsARuleAcross();
    void drawsTheQrDotForDotWithItsQuietZone();
    void qrDecodesFromTheEscPosBytes();
    void leavesOutAQrTooLongToEncode();
    void emptyReceiptIsAShortBlankStrip();
    void pdfIs80mmWideWithThaiTextAndQr();
    void savesPreviewForPeople();
};

void TestReceiptRenderer::usesTheTicketsThaiFont()
{
    QCOMPARE(ReceiptRenderer().fontFamily(), saduak::TicketRenderer().fontFamily());
    QVERIFY2(
        saduak::TicketRenderer::preferredFontFamilies().contains(ReceiptRenderer().fontFamily()),
        "fonts-thai-tlwg missing?");
    QCOMPARE(ReceiptRenderer(u"Garuda"_s).fontFamily(), u"Garuda"_s);
}

void TestReceiptRenderer::rendersAtPaperWidthInBlackAndWhite()
{
    const QImage image = ReceiptRenderer().render(saduak::test::sampleReceipt());
    QCOMPARE(image.width(), 576);
    QCOMPARE(image.format(), QImage::Format_Grayscale8);
    QVERIFY(image.height() > 500);
    for (int y = 0; y < image.height(); ++y) {
        const uchar *line = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            if (line[x] != 0 && line[x] != 255)
                QFAIL(qPrintable(u"grey dot %1 at (%2, %3)"_s.arg(line[x]).arg(x).arg(y)));
        }
    }
    // The side margins stay white.
    QCOMPARE(blackPixels(image, QRect(0, 0, 4, image.height())), 0);
    QCOMPARE(blackPixels(image, QRect(572, 0, 4, image.height())), 0);
}

void TestReceiptRenderer::placesEveryLineTopToBottomWithInk()
{
    const ReceiptPrintout receipt = saduak::test::sampleReceipt();
    const ReceiptRenderer renderer;
    const ReceiptLayout l = renderer.layout(receipt);
    const QImage image = renderer.render(receipt);
    QCOMPARE(image.height(), l.height);
    QCOMPARE(l.lines.size(), receipt.lines.size());
    int previousBottom = -1;
    for (qsizetype i = 0; i < l.lines.size(); ++i) {
        const auto &placed = l.lines.at(i);
        const QByteArray name = QByteArray::number(i) + ' ' + receipt.lines.at(i).text.toUtf8();
        QVERIFY2(!placed.box.isEmpty(), name.constData());
        QVERIFY2(placed.box.top() > previousBottom, name.constData());
        QVERIFY2(placed.box.contains(placed.text), name.constData());
        QVERIFY2(blackPixels(image, placed.text) > 20, name.constData());
        if (receipt.lines.at(i).kind == Kind::Field) {
            QVERIFY2(placed.box.contains(placed.value), name.constData());
            QVERIFY2(!placed.value.intersects(placed.text), name.constData());
            QVERIFY2(blackPixels(image, placed.value) > 20, name.constData());
        }
        previousBottom = placed.box.bottom();
    }
    QVERIFY(l.height > previousBottom);
}

void TestReceiptRenderer::drawsThaiGlyphsNotBoxes()
{
    // Same length in code points: drawn as "missing glyph" boxes, both would look alike.
    const QString a = u"ทะเบียนราษฎร"_s;
    const QString b = u"ติดต่อสอบถาม"_s;
    QCOMPARE(a.size(), b.size());
    const ReceiptRenderer renderer;
    const QImage ia = renderer.render(oneLine(Kind::Text, a));
    const QImage ib = renderer.render(oneLine(Kind::Text, b));
    QCOMPARE(ia.size(), ib.size());
    QVERIFY(blackPixels(ia, ia.rect()) > 200);
    QVERIFY(blackPixels(ib, ib.rect()) > 200);
    QVERIFY(ia != ib);
}

void TestReceiptRenderer::putsAShortFieldOnOneLineWithTheValueRight()
{
    const ReceiptPrintout r = oneLine(Kind::Field, u"วันที่ / Date"_s, u"26 พ.ย. 2569"_s);
    const ReceiptRenderer renderer;
    const auto placed = renderer.layout(r).lines.first();
    QVERIFY(!placed.valueBelowLabel);
    QCOMPARE(placed.value.top(), placed.text.top());
    const QImage image = renderer.render(r);
    const auto [lineLeft, lineRight] = inkColumns(image, placed.box);
    QVERIFY2(lineLeft >= 8 && lineLeft < 16, qPrintable(QString::number(lineLeft)));
    // The value ends at the right margin, with blank paper between it and the label.
    QVERIFY2(lineRight <= 568 && lineRight > 552, qPrintable(QString::number(lineRight)));
    const auto labelInk = inkColumns(image, placed.text);
    const auto valueInk = inkColumns(image, placed.value);
    QVERIFY(valueInk.first - labelInk.second > 100);
    // One line high: no higher than the label alone as a paragraph.
    const int oneLineHeight
        = renderer.layout(oneLine(Kind::Text, u"วันที่ / Date"_s)).lines.first().box.height();
    QCOMPARE(placed.box.height(), oneLineHeight);
}

void TestReceiptRenderer::wrapsALongFieldUnderItsLabel()
{
    const ReceiptPrintout receipt = saduak::test::sampleReceipt();
    const ReceiptRenderer renderer;
    const ReceiptLayout l = renderer.layout(receipt);
    const auto &subject = l.lines.at(5);
    QVERIFY(subject.valueBelowLabel);
    QVERIFY(subject.value.top() >= subject.text.bottom());
    QVERIFY2(subject.value.height() > 2 * subject.text.height() - 4,
        "the subject's value is two lines or more");
    // Indented under the label.
    const QImage image = renderer.render(receipt);
    QVERIFY(inkColumns(image, subject.value).first >= 40);
    // Every dot of the value is inside the paper's margins.
    QVERIFY(inkColumns(image, subject.value).second <= 568);
}

void TestReceiptRenderer::wrapsALongParagraph()
{
    const ReceiptRenderer renderer;
    const QString oneLineText = u"สแกนเพื่อติดตาม"_s;
    const int one = renderer.layout(oneLine(Kind::Text, oneLineText)).lines.first().text.height();
    const ReceiptPrintout long_ = oneLine(Kind::Text, oneLineText.repeated(8));
    const auto placed = renderer.layout(long_).lines.first();
    QVERIFY2(placed.text.height() >= 3 * one - 3,
        qPrintable(u"%1 vs %2"_s.arg(placed.text.height()).arg(one)));
    const QImage image = renderer.render(long_);
    const auto [left, right] = inkColumns(image, placed.text);
    QVERIFY(left >= 8 && left < 16); // left-aligned
    QVERIFY(right <= 568);
}

void TestReceiptRenderer::centresTheTitle()
{
    const ReceiptPrintout r = oneLine(Kind::Title, u"ใบเสร็จ"_s);
    const ReceiptRenderer renderer;
    const QImage image = renderer.render(r);
    const auto [left, right] = inkColumns(image, renderer.layout(r).lines.first().text);
    QVERIFY(left > 100);
    QVERIFY2(qAbs((left + right) / 2 - 288) <= 6, qPrintable(u"%1..%2"_s.arg(left).arg(right)));
}

void TestReceiptRenderer::drawsARuleAcross()
{
    const ReceiptPrintout r = oneLine(Kind::Rule, {});
    const ReceiptRenderer renderer;
    const auto placed = renderer.layout(r).lines.first();
    QCOMPARE(placed.text.width(), 560);
    const QImage image = renderer.render(r);
    QCOMPARE(blackPixels(image, placed.text), placed.text.width() * placed.text.height());
    QCOMPARE(blackPixels(image, image.rect()), placed.text.width() * placed.text.height());
}

void TestReceiptRenderer::drawsTheQrDotForDotWithItsQuietZone()
{
    const ReceiptPrintout receipt = saduak::test::sampleReceipt();
    const ReceiptRenderer renderer;
    const auto placed = renderer.layout(receipt).lines.at(7);
    QVERIFY(placed.qrModuleDots >= 3);
    QCOMPARE(placed.text.center().x(), 288 - 1 + placed.text.width() % 2);
    // The symbol as the ticket draws it: the same size of module, four white modules around.
    const QImage reference
        = saduak::TicketRenderer::qrCode(saduak::test::sampleCaseUrl(), placed.qrModuleDots);
    QCOMPARE(placed.text.size(), reference.size());
    QCOMPARE(renderer.render(receipt).copy(placed.text), reference);
}

void TestReceiptRenderer::qrDecodesFromTheEscPosBytes()
{
    const QImage image = ReceiptRenderer().render(saduak::test::sampleReceipt());
    const saduak::test::EscPosDocument doc
        = saduak::test::parseEscPos(EscPosEncoder::encode(image));
    QVERIFY2(doc.error.isEmpty(), qPrintable(doc.error));
    QCOMPARE(doc.commands.first(), u"ESC @"_s);
    QCOMPARE(doc.commands.last(), u"GS V"_s);
    QCOMPARE(doc.raster, EscPosEncoder::threshold(image));
    const saduak::test::DecodedQr qr = saduak::test::decodeQr(doc.raster);
    QCOMPARE(qr.text, saduak::test::sampleCaseUrl());
    QCOMPARE(qr.ecLevel, u"M"_s);
}

void TestReceiptRenderer::leavesOutAQrTooLongToEncode()
{
    ReceiptPrintout r = oneLine(Kind::QrCode, QString(8000, u'x'));
    r.lines.append({Kind::Text, u"ต่อไป"_s, {}});
    const ReceiptLayout l = ReceiptRenderer().layout(r);
    QVERIFY(l.lines.at(0).box.isEmpty());
    QVERIFY(!l.lines.at(1).box.isEmpty());
    QVERIFY(l.height < 100);
}

void TestReceiptRenderer::emptyReceiptIsAShortBlankStrip()
{
    const QImage image = ReceiptRenderer().render(ReceiptPrintout());
    QCOMPARE(image.width(), 576);
    QVERIFY(image.height() > 0 && image.height() < 40);
    QCOMPARE(blackPixels(image, image.rect()), 0);
}

void TestReceiptRenderer::pdfIs80mmWideWithThaiTextAndQr()
{
    const ReceiptPrintout receipt = saduak::test::sampleReceipt();
    const QByteArray pdf = PdfReceipt::render(receipt);
    QVERIFY(pdf.startsWith("%PDF-"));
    QString why;
    const saduak::test::PdfInfo info = saduak::test::pdfInfo(pdf, &why);
    QVERIFY2(info.pages == 1, qPrintable(why));
    QVERIFY2(qAbs(info.pageSizePt.width() - 80 * 72 / 25.4) < 1.0,
        qPrintable(QString::number(info.pageSizePt.width())));
    const QSizeF pageMm = PdfReceipt::pageSizeMm(receipt, ReceiptRenderer());
    QVERIFY(qAbs(info.pageSizePt.height() - pageMm.height() * 72 / 25.4) < 1.0);

    // The text is text, Thai included, top to bottom.
    const QString text = saduak::test::comparableText(saduak::test::pdfText(pdf, &why));
    QVERIFY2(!text.isEmpty(), qPrintable(why));
    qsizetype at = 0;
    for (const QString &printed :
        {u"ใบรับเรื่องร้องเรียน"_s, u"Complaint receipt"_s, u"เลขที่เรื่อง / Case"_s, u"C-2569-000123"_s,
            u"26 พ.ย. 2569 14:05"_s, u"ถนนชำรุดหน้าตลาดบางรัก"_s, u"Scan to follow your case"_s}) {
        const QString expected = saduak::test::comparableText(printed);
        const qsizetype found = text.indexOf(expected, at);
        QVERIFY2(found >= 0,
            qPrintable(u"\"%1\" not after %2 in: %3"_s.arg(expected).arg(at).arg(text)));
        at = found + expected.size();
    }

    const QImage page = saduak::test::renderPdfPage(pdf, 203, 1, &why);
    QVERIFY2(!page.isNull(), qPrintable(why));
    QVERIFY(page.save(outputPath(u"receipt-preview-pdf.png"_s)));
    QCOMPARE(saduak::test::decodeQr(page).text, saduak::test::sampleCaseUrl());
}

void TestReceiptRenderer::savesPreviewForPeople()
{
    const QImage image = ReceiptRenderer().render(saduak::test::sampleReceipt());
    QVERIFY(image.save(outputPath(u"receipt-preview.png"_s)));
    QVERIFY(EscPosEncoder::threshold(image).save(outputPath(u"receipt-preview-1bit.png"_s)));
}

QTEST_MAIN(TestReceiptRenderer)
#include "tst_receiptrenderer.moc"
