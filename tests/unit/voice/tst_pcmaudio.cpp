#include "voice/pcmaudio.h"

#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using saduak::PcmAudio;
using saduak::PcmFormat;

namespace {

QByteArray u16(quint16 value)
{
    QByteArray bytes(2, Qt::Uninitialized);
    qToLittleEndian(value, bytes.data());
    return bytes;
}

QByteArray u32(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToLittleEndian(value, bytes.data());
    return bytes;
}

QByteArray chunk(QByteArrayView id, const QByteArray &body)
{
    QByteArray out = id.toByteArray() + u32(quint32(body.size())) + body;
    if (body.size() % 2)
        out.append('\0'); // the pad byte RIFF requires after an odd chunk
    return out;
}

QByteArray fmtBody(quint16 tag, quint16 channels, quint32 rate, quint16 bits)
{
    const quint16 blockAlign = quint16(channels * bits / 8);
    return u16(tag) + u16(channels) + u32(rate) + u32(rate * blockAlign) + u16(blockAlign)
        + u16(bits);
}

QByteArray riff(const QByteArray &chunks)
{
    return "RIFF" + u32(quint32(4 + chunks.size())) + "WAVE" + chunks;
}

QByteArray someSamples(int frames, int channels)
{
    QByteArray samples;
    for (int i = 0; i < frames * channels; ++i)
        samples += u16(quint16(i * 37));
    return samples;
}

} // namespace

class TestPcmAudio : public QObject
{
    Q_OBJECT

private slots:
    void roundTripsThroughWav_data();
    void roundTripsThroughWav();
    void writesCanonicalHeader();
    void skipsUnknownChunks();
    void readsExtensibleFormat();
    void readsStreamedDataSize();
    void refusesWhatItCannotPlay_data();
    void refusesWhatItCannotPlay();
    void makesSilenceOfExactLength();
    void appendRefusesOtherFormat();
    void dropsPartialFrame();
};

void TestPcmAudio::roundTripsThroughWav_data()
{
    QTest::addColumn<int>("rate");
    QTest::addColumn<int>("channels");
    QTest::newRow("16 kHz mono") << 16000 << 1;
    QTest::newRow("22.05 kHz mono (espeak-ng)") << 22050 << 1;
    QTest::newRow("44.1 kHz stereo") << 44100 << 2;
}

void TestPcmAudio::roundTripsThroughWav()
{
    QFETCH(int, rate);
    QFETCH(int, channels);
    const PcmAudio audio(PcmFormat {rate, channels}, someSamples(1234, channels));
    QString why;
    const auto read = PcmAudio::fromWav(audio.toWav(), &why);
    QVERIFY2(read, qPrintable(why));
    QCOMPARE(read->format(), audio.format());
    QCOMPARE(read->samples(), audio.samples());
    QCOMPARE(read->frameCount(), 1234);
    QCOMPARE(read->durationMs(), 1234 * 1000 / rate);
}

void TestPcmAudio::writesCanonicalHeader()
{
    const QByteArray wav = PcmAudio(PcmFormat {16000, 2}, someSamples(10, 2)).toWav();
    QCOMPARE(wav.size(), PcmAudio::kWavHeaderSize + 40);
    QCOMPARE(wav.first(4), "RIFF");
    QCOMPARE(qFromLittleEndian<quint32>(wav.data() + 4), quint32(wav.size() - 8));
    QCOMPARE(wav.sliced(8, 8), "WAVEfmt ");
    QCOMPARE(qFromLittleEndian<quint32>(wav.data() + 16), 16u);
    QCOMPARE(qFromLittleEndian<quint16>(wav.data() + 20), 1); // PCM
    QCOMPARE(qFromLittleEndian<quint16>(wav.data() + 22), 2); // channels
    QCOMPARE(qFromLittleEndian<quint32>(wav.data() + 24), 16000u);
    QCOMPARE(qFromLittleEndian<quint32>(wav.data() + 28), 64000u); // byte rate
    QCOMPARE(qFromLittleEndian<quint16>(wav.data() + 32), 4); // block align
    QCOMPARE(qFromLittleEndian<quint16>(wav.data() + 34), 16);
    QCOMPARE(wav.sliced(36, 4), "data");
    QCOMPARE(qFromLittleEndian<quint32>(wav.data() + 40), 40u);
}

void TestPcmAudio::skipsUnknownChunks()
{
    // What recorders write: a LIST/INFO chunk (odd length, so padded) before the format, a fact
    // chunk between format and data, and something after the data.
    const QByteArray samples = someSamples(50, 1);
    const QByteArray wav = riff(chunk("LIST", "INFOISFT\x05\0\0\0Lavf\0"_ba)
        + chunk("fmt ", fmtBody(1, 1, 22050, 16)) + chunk("fact", u32(50)) + chunk("data", samples)
        + chunk("id3 ", "tag"_ba));
    QString why;
    const auto read = PcmAudio::fromWav(wav, &why);
    QVERIFY2(read, qPrintable(why));
    QCOMPARE(read->format(), (PcmFormat {22050, 1}));
    QCOMPARE(read->samples(), samples);
}

void TestPcmAudio::readsExtensibleFormat()
{
    // WAVE_FORMAT_EXTENSIBLE with the PCM sub-format GUID 00000001-0000-0010-8000-00aa00389b71.
    const QByteArray guid = QByteArray::fromHex("0100000000001000800000aa00389b71");
    const QByteArray body = fmtBody(0xFFFE, 2, 48000, 16) + u16(22) + u16(16) + u32(3) + guid;
    const QByteArray samples = someSamples(20, 2);
    const auto read = PcmAudio::fromWav(riff(chunk("fmt ", body) + chunk("data", samples)));
    QVERIFY(read);
    QCOMPARE(read->format(), (PcmFormat {48000, 2}));
    QCOMPARE(read->samples(), samples);
}

void TestPcmAudio::readsStreamedDataSize()
{
    // A writer on a pipe cannot go back to fill in the size: the data runs to the end.
    const QByteArray samples = someSamples(30, 1);
    const QByteArray wav
        = riff(chunk("fmt ", fmtBody(1, 1, 16000, 16))) + "data" + u32(0xFFFFFFFF) + samples;
    const auto read = PcmAudio::fromWav(wav);
    QVERIFY(read);
    QCOMPARE(read->samples(), samples);
}

void TestPcmAudio::refusesWhatItCannotPlay_data()
{
    QTest::addColumn<QByteArray>("wav");
    QTest::addColumn<QString>("reasonMentions");

    const QByteArray data = chunk("data", someSamples(10, 1));
    QTest::newRow("empty") << QByteArray() << u"Not a WAV"_s;
    QTest::newRow("an MP3") << "ID3\x03\0\0\0\0\0\0\0\0\0\0"_ba << u"Not a WAV"_s;
    QTest::newRow("RIFF but AVI") << "RIFF\x04\0\0\0AVI "_ba << u"Not a WAV"_s;
    QTest::newRow("8-bit") << riff(chunk("fmt ", fmtBody(1, 1, 16000, 8)) + data) << u"8-bit"_s;
    QTest::newRow("24-bit") << riff(chunk("fmt ", fmtBody(1, 1, 16000, 24)) + data) << u"24-bit"_s;
    QTest::newRow("float") << riff(chunk("fmt ", fmtBody(3, 1, 16000, 32)) + data) << u"format 3"_s;
    QTest::newRow("A-law") << riff(chunk("fmt ", fmtBody(6, 1, 8000, 8)) + data) << u"format 6"_s;
    QTest::newRow("six channels") << riff(chunk("fmt ", fmtBody(1, 6, 16000, 16)) + data)
                                  << u"6 channels"_s;
    QTest::newRow("absurd rate") << riff(chunk("fmt ", fmtBody(1, 1, 1000, 16)) + data)
                                 << u"1000 Hz"_s;
    QTest::newRow("data before format")
        << riff(data + chunk("fmt ", fmtBody(1, 1, 16000, 16))) << u"before its format"_s;
    QTest::newRow("no format") << riff(chunk("LIST", "INFO"_ba)) << u"no format"_s;
    QTest::newRow("no data") << riff(chunk("fmt ", fmtBody(1, 1, 16000, 16))) << u"no sound"_s;
    QTest::newRow("short format chunk") << riff(chunk("fmt ", u16(1) + u16(1))) << u"damaged"_s;
    QTest::newRow("truncated data") << riff(chunk("fmt ", fmtBody(1, 1, 16000, 16))) + "data"
            + u32(1000) + "abcd" << u"truncated"_s;
}

void TestPcmAudio::refusesWhatItCannotPlay()
{
    QFETCH(QByteArray, wav);
    QFETCH(QString, reasonMentions);
    QString why;
    QVERIFY(!PcmAudio::fromWav(wav, &why));
    QVERIFY2(why.contains(reasonMentions), qPrintable(why));
}

void TestPcmAudio::makesSilenceOfExactLength()
{
    const PcmAudio silence = PcmAudio::silence(PcmFormat {16000, 2}, 250);
    QCOMPARE(silence.frameCount(), 4000);
    QCOMPARE(silence.samples().size(), 16000);
    QCOMPARE(silence.samples().count('\0'), 16000);
    QCOMPARE(silence.durationMs(), 250);
}

void TestPcmAudio::appendRefusesOtherFormat()
{
    PcmAudio audio(PcmFormat {16000, 1}, someSamples(10, 1));
    QVERIFY(!audio.append(PcmAudio(PcmFormat {22050, 1}, someSamples(10, 1))));
    QVERIFY(!audio.append(PcmAudio(PcmFormat {16000, 2}, someSamples(10, 2))));
    QCOMPARE(audio.frameCount(), 10);
    QVERIFY(audio.append(PcmAudio(PcmFormat {16000, 1}, someSamples(5, 1))));
    QCOMPARE(audio.frameCount(), 15);
}

void TestPcmAudio::dropsPartialFrame()
{
    const PcmAudio audio(PcmFormat {16000, 2}, QByteArray(4 * 3 + 3, 'x'));
    QCOMPARE(audio.frameCount(), 3);
    QCOMPARE(audio.samples().size(), 12);
}

QTEST_GUILESS_MAIN(TestPcmAudio)
#include "tst_pcmaudio.moc"
