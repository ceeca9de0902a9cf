#include "voice/chime.h"

#include <QTest>
#include <QtEndian>
#include <cmath>
#include <numbers>

using saduak::Chime;
using saduak::PcmAudio;
using saduak::PcmFormat;

namespace {

qint16 sampleAt(const PcmAudio &audio, qint64 frame, int channel = 0)
{
    return qFromLittleEndian<qint16>(audio.samples().constData()
        + frame * audio.format().bytesPerFrame() + channel * PcmFormat::kBytesPerSample);
}

// The power of one frequency over frames [from, to) of channel 0 (Goertzel).
double powerAt(const PcmAudio &audio, double hz, qint64 from, qint64 to)
{
    const double coefficient
        = 2.0 * std::cos(2.0 * std::numbers::pi * hz / audio.format().sampleRate);
    double previous = 0, beforePrevious = 0;
    for (qint64 i = from; i < to; ++i) {
        const double current = sampleAt(audio, i) + coefficient * previous - beforePrevious;
        beforePrevious = previous;
        previous = current;
    }
    return previous * previous + beforePrevious * beforePrevious
        - coefficient * previous * beforePrevious;
}

} // namespace

class TestChime : public QObject
{
    Q_OBJECT

private slots:
    void givesTheSameBytesEveryTime_data();
    void givesTheSameBytesEveryTime();
    void isAValidWavOfItsDuration();
    void isLoudWithoutClippingAndEndsInSilence();
    void dingsHighThenDongsLow();
    void putsTheSameSoundOnBothChannels();
};

void TestChime::givesTheSameBytesEveryTime_data()
{
    QTest::addColumn<int>("rate");
    QTest::addColumn<int>("channels");
    QTest::newRow("default") << PcmFormat {}.sampleRate << PcmFormat {}.channels;
    QTest::newRow("16 kHz mono") << 16000 << 1;
    QTest::newRow("44.1 kHz stereo") << 44100 << 2;
}

void TestChime::givesTheSameBytesEveryTime()
{
    QFETCH(int, rate);
    QFETCH(int, channels);
    const PcmFormat format {rate, channels};
    const QByteArray first = Chime::synthesize(format).toWav();
    QCOMPARE(Chime::synthesize(format).toWav(), first);
    QCOMPARE(qChecksum(Chime::synthesize(format).toWav()), qChecksum(first));
}

void TestChime::isAValidWavOfItsDuration()
{
    const PcmFormat format {16000, 1};
    QString why;
    const auto read = PcmAudio::fromWav(Chime::synthesize(format).toWav(), &why);
    QVERIFY2(read, qPrintable(why));
    QCOMPARE(read->format(), format);
    QCOMPARE(read->frameCount(), 16000 * Chime::kDurationMs / 1000);
    QCOMPARE(read->durationMs(), Chime::kDurationMs);
}

void TestChime::isLoudWithoutClippingAndEndsInSilence()
{
    const PcmAudio chime = Chime::synthesize(PcmFormat {22050, 1});
    int peak = 0;
    for (qint64 i = 0; i < chime.frameCount(); ++i)
        peak = std::max(peak, std::abs(int(sampleAt(chime, i))));
    QVERIFY2(peak > 8000, qPrintable(QString::number(peak)));
    QVERIFY2(peak < 32767, qPrintable(QString::number(peak)));
    QVERIFY(std::abs(sampleAt(chime, 0)) < 100); // no click at the start
    QCOMPARE(sampleAt(chime, chime.frameCount() - 1), 0); // nor at the end
}

void TestChime::dingsHighThenDongsLow()
{
    const PcmAudio chime = Chime::synthesize(PcmFormat {16000, 1});
    const qint64 dongStart = 16000 * Chime::kDongStartMs / 1000;
    QVERIFY(powerAt(chime, Chime::kDingHz, 0, dongStart)
        > 10 * powerAt(chime, Chime::kDongHz, 0, dongStart));
    const qint64 end = dongStart + 6000;
    QVERIFY(powerAt(chime, Chime::kDongHz, dongStart, end)
        > 3 * powerAt(chime, Chime::kDingHz, dongStart, end));
}

void TestChime::putsTheSameSoundOnBothChannels()
{
    const PcmAudio chime = Chime::synthesize(PcmFormat {16000, 2});
    for (qint64 i = 0; i < chime.frameCount(); i += 97)
        QCOMPARE(sampleAt(chime, i, 1), sampleAt(chime, i, 0));
}

QTEST_GUILESS_MAIN(TestChime)
#include "tst_chime.moc"
