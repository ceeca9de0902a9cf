#include "printing/ticketrenderer.h"

#include "printing/escposencoder.h"
#include "qrdecode.h"
#include "sampleprintout.h"

#include <QDir>
#include <QFontDatabase>
#include <QRawFont>
#include <QTest>

using namespace Qt::StringLiterals;
using saduak::TicketLayout;
using saduak::TicketPrintout;
using saduak::TicketRenderer;

namespace {

int blackPixels(const QImage &image, const QRect &rect)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            if (gray.pixelColor(x, y).value() < 128)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestTicketRenderer : public QObject
{
    Q_OBJECT

private slots:
    void picksAnInstalledThaiFont();
    void rendersAtPaperWidth();
    void drawsOnlyBlackAndWhite();
    void drawsEveryPart();
    void drawsThaiGlyphsNotBoxes();
    void shrinksALongTicketNumberToFit();
    void drawsQrWithQuietZoneAndWholeDotModules();
    void qrInRenderingDecodesToPayload();
    void qrReadsBackAsAnyText_data();
    void qrReadsBackAsAnyText();
    void leavesQrOutWhenPayloadIsEmpty();
    void savesPreviewForPeople();
};

void TestTicketRenderer::picksAnInstalledThaiFont()
{
    const TicketRenderer renderer;
    QVERIFY2(TicketRenderer::preferredFontFamilies().contains(renderer.fontFamily()),
        qPrintable(u"fonts-thai-tlwg missing? picked %1"_s.arg(renderer.fontFamily())));
    QVERIFY(QFontDatabase::writingSystems(renderer.fontFamily()).contains(QFontDatabase::Thai));
    QVERIFY(QRawFont::fromFont(QFont(renderer.fontFamily())).supportsCharacter(u'ก'));

    QCOMPARE(TicketRenderer(u"Garuda"_s).fontFamily(), u"Garuda"_s);
}

void TestTicketRenderer::rendersAtPaperWidth()
{
    const QImage image = TicketRenderer().render(saduak::test::samplePrintout());
    QCOMPARE(image.width(), 576);
    QCOMPARE(TicketRenderer::paperWidthDots, 576);
    QVERIFY(image.height() > 400);
    QVERIFY2(image.height() < 1600, "a ticket longer than 20 cm wastes paper");
}

void TestTicketRenderer::drawsOnlyBlackAndWhite()
{
    const QImage image = TicketRenderer().render(saduak::test::samplePrintout());
    QCOMPARE(image.format(), QImage::Format_Grayscale8);
    for (int y = 0; y < image.height(); ++y) {
        const uchar *line = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            if (line[x] != 0 && line[x] != 255)
                QFAIL(qPrintable(u"grey dot %1 at (%2, %3)"_s.arg(line[x]).arg(x).arg(y)));
        }
    }
}

void TestTicketRenderer::drawsEveryPart()
{
    const TicketRenderer renderer;
    const TicketPrintout printout = saduak::test::samplePrintout();
    const TicketLayout l = renderer.layout(printout);
    const QImage image = renderer.render(printout);
    QCOMPARE(image.height(), l.height);

    const QList<std::pair<const char *, QRect>> parts = {
        {"center (th)", l.centerThaiName},
        {"center (en)", l.centerEnglishName},
        {"service (th)", l.serviceThaiName},
        {"service (en)", l.serviceEnglishName},
        {"number", l.ticketNumber},
        {"issued (th)", l.issuedThai},
        {"issued (en)", l.issuedEnglish},
        {"waiting (th)", l.waitingAheadThai},
        {"waiting (en)", l.waitingAheadEnglish},
        {"qr", l.qrCode},
        {"qr caption", l.qrCaption},
    };
    QRect previous;
    for (const auto &[name, rect] : parts) {
        QVERIFY2(!rect.isEmpty(), name);
        QVERIFY2(QRect(0, 0, 576, l.height).contains(rect), name);
        QVERIFY2(blackPixels(image, rect) > 20, name);
        QVERIFY2(!rect.intersects(previous), name); // top to bottom, no overlap
        previous = rect;
    }
    // The number is the biggest thing on the ticket.
    QVERIFY(l.ticketNumber.height() > 2 * l.serviceThaiName.height());
}

void TestTicketRenderer::drawsThaiGlyphsNotBoxes()
{
    // Same length in code points: if Thai fell back to "missing glyph" boxes, both names would
    // draw the same row of boxes.
    TicketPrintout a = saduak::test::samplePrintout();
    TicketPrintout b = a;
    a.serviceThaiName = u"ทะเบียนราษฎร"_s;
    b.serviceThaiName = u"ติดต่อสอบถาม"_s;
    QCOMPARE(a.serviceThaiName.size(), b.serviceThaiName.size());

    const TicketRenderer renderer;
    const TicketLayout la = renderer.layout(a);
    const TicketLayout lb = renderer.layout(b);
    QCOMPARE(la.serviceThaiName, lb.serviceThaiName);
    const QImage ia = renderer.render(a).copy(la.serviceThaiName);
    const QImage ib = renderer.render(b).copy(lb.serviceThaiName);
    QVERIFY(blackPixels(ia, ia.rect()) > 200);
    QVERIFY(blackPixels(ib, ib.rect()) > 200);
    QVERIFY(ia != ib);

    // And a glyph the font has is not the glyph it draws for a character it lacks.
    const QRawFont font = QRawFont::fromFont(QFont(renderer.fontFamily()));
    const QList<quint32> glyphs = font.glyphIndexesForString(u"ทะ"_s);
    QCOMPARE(glyphs.size(), 2);
    QVERIFY(glyphs.at(0) != 0);
    QVERIFY(glyphs.at(1) != 0);
}

void TestTicketRenderer::shrinksALongTicketNumberToFit()
{
    TicketPrintout p = saduak::test::samplePrintout();
    p.ticketNumber = u"AB12345"_s;
    const TicketRenderer renderer;
    const QImage image = renderer.render(p);
    const TicketLayout l = renderer.layout(p);
    QCOMPARE(image.width(), 576);
    // Nothing drawn in the margins beside the number.
    QCOMPARE(blackPixels(image, QRect(0, l.ticketNumber.top(), 4, l.ticketNumber.height())), 0);
    QCOMPARE(blackPixels(image, QRect(572, l.ticketNumber.top(), 4, l.ticketNumber.height())), 0);
    QVERIFY(blackPixels(image, l.ticketNumber) > 1000);
}

void TestTicketRenderer::drawsQrWithQuietZoneAndWholeDotModules()
{
    const TicketPrintout p = saduak::test::samplePrintout();
    const TicketRenderer renderer;
    const TicketLayout l = renderer.layout(p);
    const int modules = TicketRenderer::qrModules(p.qrPayload);
    QVERIFY(modules >= 21);
    QVERIFY(l.qrModuleDots >= 3);
    QCOMPARE(l.qrCode.width(), (modules + 8) * l.qrModuleDots);
    QCOMPARE(l.qrCode.height(), l.qrCode.width());

    const QImage image = renderer.render(p);
    const int quiet = 4 * l.qrModuleDots;
    const QRect symbol = l.qrCode.adjusted(quiet, quiet, -quiet, -quiet);
    QCOMPARE(blackPixels(image, l.qrCode), blackPixels(image, symbol)); // the quiet zone is white
    // The drawn symbol is the reference symbol, dot for dot.
    const QImage reference = TicketRenderer::qrCode(p.qrPayload, l.qrModuleDots);
    QCOMPARE(reference.size(), l.qrCode.size());
    QCOMPARE(image.copy(l.qrCode), reference);
}

void TestTicketRenderer::qrInRenderingDecodesToPayload()
{
    const TicketPrintout p = saduak::test::samplePrintout();
    const saduak::test::DecodedQr qr = saduak::test::decodeQr(TicketRenderer().render(p));
    QCOMPARE(qr.text, p.qrPayload);
    QCOMPARE(qr.ecLevel, u"M"_s);
}

void TestTicketRenderer::qrReadsBackAsAnyText_data()
{
    QTest::addColumn<QString>("payload");
    QTest::newRow("a status URL") << u"https://branch.example/t/0f8fad5b-d9cb-469f"_s;
    QTest::newRow("Thai") << u"เลขที่เรื่อง C-2569-000123 เขตบางรัก"_s;
    QTest::newRow("Latin-1 letters") << u"Café 12°C × 2"_s;
    // Found by tests/fuzz/fuzz_qr (corpus/qr/latin1-c1-controls.txt): text that fits Latin-1
    // went out as Latin-1 bytes without an ECI, and a reader took them for Shift_JIS.
    QTest::newRow("Latin-1 capitals a reader took for Shift_JIS") << u"ÀÀ"_s;
    QTest::newRow("C1 controls") << u"\u0082\u0082"_s;
}

void TestTicketRenderer::qrReadsBackAsAnyText()
{
    QFETCH(QString, payload);
    const saduak::test::DecodedQr qr = saduak::test::decodeQr(TicketRenderer::qrCode(payload, 4));
    QCOMPARE(qr.text, payload);
}

void TestTicketRenderer::leavesQrOutWhenPayloadIsEmpty()
{
    TicketPrintout p = saduak::test::samplePrintout();
    p.qrPayload.clear();
    const TicketRenderer renderer;
    const TicketLayout l = renderer.layout(p);
    QVERIFY(l.qrCode.isEmpty());
    QVERIFY(l.qrCaption.isEmpty());
    QVERIFY(l.height < renderer.layout(saduak::test::samplePrintout()).height);
    QVERIFY(TicketRenderer::qrCode(QString(), 4).isNull());
}

void TestTicketRenderer::savesPreviewForPeople()
{
    // For a person to look at after a layout change: build/…/ticket-preview.png.
    const QImage image = TicketRenderer().render(saduak::test::samplePrintout());
    const QString path
        = QDir(QStringLiteral(SADUAK_TEST_OUTPUT_DIR)).filePath(u"ticket-preview.png"_s);
    QVERIFY(image.save(path));
    QVERIFY(saduak::EscPosEncoder::threshold(image).save(
        QDir(QStringLiteral(SADUAK_TEST_OUTPUT_DIR)).filePath(u"ticket-preview-1bit.png"_s)));
}

QTEST_MAIN(TestTicketRenderer)
#include "tst_ticketrenderer.moc"
