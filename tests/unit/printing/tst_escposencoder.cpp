#include "printing/escposencoder.h"

#include "escposparser.h"
#include "printing/ticketrenderer.h"
#include "qrdecode.h"
#include "sampleprintout.h"

#include <QTest>

using namespace Qt::StringLiterals;
using saduak::EscPosEncoder;
using saduak::TicketRenderer;
using saduak::test::EscPosDocument;
using saduak::test::parseEscPos;

class TestEscPosEncoder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startsWithInitAndEndsWithFeedAndCut();
    void usesOnlyKnownCommands();
    void rasterIsTheThresholdedRendering();
    void qrInPrintedRasterDecodesToPayload();
    void sendsBandsOfAtMostBandLines_data();
    void sendsBandsOfAtMostBandLines();
    void padsRowsWithWhite();
    void thresholdsGreyAndTransparency();
    void leavesOutFeedAndCutWhenAskedTo();
    void readsPaperSensorStatus_data();
    void readsPaperSensorStatus();

private:
    QImage m_rendering;
    QByteArray m_bytes;
};

void TestEscPosEncoder::initTestCase()
{
    m_rendering = TicketRenderer().render(saduak::test::samplePrintout());
    m_bytes = EscPosEncoder::encode(m_rendering);
}

void TestEscPosEncoder::startsWithInitAndEndsWithFeedAndCut()
{
    QVERIFY(m_bytes.startsWith("\x1b@"));
    QVERIFY(m_bytes.endsWith(QByteArray("\x1b"
                                        "d\x03"
                                        "\x1dV\x42\x00",
        7)));
    const EscPosDocument doc = parseEscPos(m_bytes);
    QVERIFY2(doc.error.isEmpty(), qPrintable(doc.error));
    QCOMPARE(doc.commands.first(), u"ESC @"_s);
    QCOMPARE(doc.commands.last(), u"GS V"_s);
    QCOMPARE(doc.commands.count(u"ESC @"_s), 1);
    QCOMPARE(doc.commands.count(u"GS V"_s), 1);
    QCOMPARE(doc.fedLines, 3);
}

void TestEscPosEncoder::usesOnlyKnownCommands()
{
    const EscPosDocument doc = parseEscPos(m_bytes);
    QVERIFY2(doc.error.isEmpty(), qPrintable(doc.error));
    QStringList expected {u"ESC @"_s};
    for (int i = 0; i < doc.bandRows.size(); ++i)
        expected << u"GS v 0"_s;
    expected << u"ESC d"_s << u"GS V"_s;
    QCOMPARE(doc.commands, expected);

    // The parser itself refuses what it does not know.
    QVERIFY(!parseEscPos(m_bytes + "\x1b\x74\x15").error.isEmpty()); // ESC t (a code page)
    QVERIFY(!parseEscPos(m_bytes.left(m_bytes.size() - 100)).error.isEmpty()); // cut short
}

void TestEscPosEncoder::rasterIsTheThresholdedRendering()
{
    const EscPosDocument doc = parseEscPos(m_bytes);
    QVERIFY2(doc.error.isEmpty(), qPrintable(doc.error));
    QCOMPARE(doc.raster.width(), 576);
    QCOMPARE(doc.raster.height(), m_rendering.height());
    const QImage expected = EscPosEncoder::threshold(m_rendering);
    QCOMPARE(expected.format(), QImage::Format_Mono);
    QCOMPARE(doc.raster, expected);
    // The renderer draws only black and white, so nothing is lost in the threshold.
    QCOMPARE(expected.convertToFormat(QImage::Format_Grayscale8), m_rendering);
}

void TestEscPosEncoder::qrInPrintedRasterDecodesToPayload()
{
    const EscPosDocument doc = parseEscPos(m_bytes);
    QVERIFY2(doc.error.isEmpty(), qPrintable(doc.error));
    QCOMPARE(saduak::test::decodeQr(doc.raster).text, saduak::test::samplePrintout().qrPayload);
}

void TestEscPosEncoder::sendsBandsOfAtMostBandLines_data()
{
    QTest::addColumn<int>("bandLines");

    QTest::newRow("default 256") << 256;
    QTest::newRow("100") << 100;
    QTest::newRow("one row a band") << 1;
    QTest::newRow("one band") << 65535;
}

void TestEscPosEncoder::sendsBandsOfAtMostBandLines()
{
    QFETCH(int, bandLines);

    EscPosEncoder::Options options;
    options.bandLines = bandLines;
    const EscPosDocument doc = parseEscPos(EscPosEncoder::encode(m_rendering, options));
    QVERIFY2(doc.error.isEmpty(), qPrintable(doc.error));
    int total = 0;
    for (int i = 0; i < doc.bandRows.size(); ++i) {
        QVERIFY(doc.bandRows.at(i) <= bandLines);
        if (i + 1 < doc.bandRows.size())
            QCOMPARE(doc.bandRows.at(i), bandLines); // only the last band is short
        total += doc.bandRows.at(i);
    }
    QCOMPARE(total, m_rendering.height());
    QCOMPARE(doc.raster, EscPosEncoder::threshold(m_rendering));
}

void TestEscPosEncoder::padsRowsWithWhite()
{
    // 13 dots: two bytes a row, the last three bits of the second byte are padding.
    QImage image(13, 2, QImage::Format_Grayscale8);
    image.fill(0); // all black
    const QByteArray bytes = EscPosEncoder::encode(image);
    const QByteArray header("\x1dv0\x00\x02\x00\x02\x00", 8);
    const qsizetype at = bytes.indexOf(header);
    QVERIFY(at > 0);
    QCOMPARE(bytes.mid(at + 8, 4), QByteArray("\xff\xf8\xff\xf8"));
}

void TestEscPosEncoder::thresholdsGreyAndTransparency()
{
    QImage image(4, 1, QImage::Format_ARGB32);
    image.setPixel(0, 0, qRgba(0, 0, 0, 255)); // black
    image.setPixel(1, 0, qRgba(100, 100, 100, 255)); // dark grey: black
    image.setPixel(2, 0, qRgba(200, 200, 200, 255)); // light grey: white
    image.setPixel(3, 0, qRgba(0, 0, 0, 0)); // transparent: the paper, white
    const QImage mono = EscPosEncoder::threshold(image);
    QCOMPARE(mono.pixelIndex(0, 0), 1);
    QCOMPARE(mono.pixelIndex(1, 0), 1);
    QCOMPARE(mono.pixelIndex(2, 0), 0);
    QCOMPARE(mono.pixelIndex(3, 0), 0);
    QCOMPARE(mono.color(1), qRgb(0, 0, 0));
}

void TestEscPosEncoder::leavesOutFeedAndCutWhenAskedTo()
{
    EscPosEncoder::Options options;
    options.feedLines = 0;
    options.cut = false;
    const EscPosDocument doc = parseEscPos(EscPosEncoder::encode(m_rendering, options));
    QVERIFY2(doc.error.isEmpty(), qPrintable(doc.error));
    QCOMPARE(doc.commands.last(), u"GS v 0"_s);
}

void TestEscPosEncoder::readsPaperSensorStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("paperEnd");
    QTest::addColumn<bool>("nearEnd");

    // Fixed bits 1 and 4 are always set (0x12).
    QTest::newRow("paper present") << 0x12 << false << false;
    QTest::newRow("near end") << 0x1e << false << true;
    QTest::newRow("paper end") << 0x72 << true << false;
    QTest::newRow("near end and end") << 0x7e << true << true;
}

void TestEscPosEncoder::readsPaperSensorStatus()
{
    QFETCH(int, status);
    QFETCH(bool, paperEnd);
    QFETCH(bool, nearEnd);

    QCOMPARE(EscPosEncoder::paperStatusRequest(), QByteArray("\x10\x04\x04"));
    QCOMPARE(EscPosEncoder::isPaperEnd(char(status)), paperEnd);
    QCOMPARE(EscPosEncoder::isPaperNearEnd(char(status)), nearEnd);
}

QTEST_MAIN(TestEscPosEncoder)
#include "tst_escposencoder.moc"
