#include "voice/callphrase.h"
#include "voice/chime.h"
#include "voice/clipvoice.h"
#include "voicetestsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using saduak::CallPhrase;
using saduak::Chime;
using saduak::ClipTiming;
using saduak::ClipVoice;
using saduak::PcmAudio;
using saduak::PcmFormat;
using saduak::test::makeClip;
using saduak::test::writeFile;

class TestClipVoice : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void joinedLengthIsChimePauseClipsAndGaps();
    void placesEachClipAfterTheChimeInOrder();
    void joinsTheCallOfA001ToCounter3();
    void reportsMissingClips();
    void refusesClipOfAnotherSampleRate();
    void refusesClipOfAnotherChannelCount();
    void refusesDamagedClip();
    void readsClipsWithUnknownChunks();
    void makesTheChimeInTheClipsFormat();
    void machineClipsCoverEveryWord();

private:
    void writeClip(const QString &key, const PcmAudio &clip);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestClipVoice::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestClipVoice::writeClip(const QString &key, const PcmAudio &clip)
{
    QVERIFY(writeFile(m_dir->filePath(key + u".wav"_s), clip.toWav()));
}

void TestClipVoice::joinedLengthIsChimePauseClipsAndGaps()
{
    const PcmFormat format {16000, 1};
    writeClip(u"one"_s, makeClip(format, 1000, 100));
    writeClip(u"two"_s, makeClip(format, 2500, 200));
    writeClip(u"three"_s, makeClip(format, 333, 300));
    const ClipTiming timing {250, 100};
    const ClipVoice voice(m_dir->path(), timing);

    QString why;
    const auto joined = voice.join({u"one"_s, u"two"_s, u"three"_s}, &why);
    QVERIFY2(joined, qPrintable(why));

    const qint64 chime = Chime::synthesize(format).frameCount();
    const qint64 expected = chime + 16 * 250 + (1000 + 2500 + 333) + 2 * 16 * 100;
    QCOMPARE(joined->frameCount(), expected);

    // The WAV the speaker gets is valid and says the same.
    const auto reparsed = PcmAudio::fromWav(joined->toWav(), &why);
    QVERIFY2(reparsed, qPrintable(why));
    QCOMPARE(reparsed->format(), format);
    QCOMPARE(reparsed->frameCount(), expected);
    QCOMPARE(joined->toWav().size(), PcmAudio::kWavHeaderSize + expected * 2);
}

void TestClipVoice::placesEachClipAfterTheChimeInOrder()
{
    const PcmFormat format {22050, 2};
    const PcmAudio a = makeClip(format, 400, 1111);
    const PcmAudio b = makeClip(format, 300, 2222);
    writeClip(u"a"_s, a);
    writeClip(u"b"_s, b);
    const ClipTiming timing {100, 50};
    const auto joined = ClipVoice(m_dir->path(), timing).join({u"b"_s, u"a"_s, u"b"_s});
    QVERIFY(joined);

    const QByteArray chime = Chime::synthesize(format).samples();
    const QByteArray pause = PcmAudio::silence(format, 100).samples();
    const QByteArray gap = PcmAudio::silence(format, 50).samples();
    QCOMPARE(
        joined->samples(), chime + pause + b.samples() + gap + a.samples() + gap + b.samples());
}

void TestClipVoice::joinsTheCallOfA001ToCounter3()
{
    QVERIFY(saduak::test::writeVocabulary(m_dir->path()));
    const auto phrase = CallPhrase::compose(u"A001", 3);
    QVERIFY(phrase);
    const ClipVoice voice(m_dir->path());
    QVERIFY(voice.missingClips(phrase->clipKeys()).isEmpty());
    const auto joined = voice.join(phrase->clipKeys());
    QVERIFY(joined);

    qint64 words = 0;
    for (const QString &key : phrase->clipKeys()) {
        QFile file(voice.clipPath(key));
        QVERIFY(file.open(QIODevice::ReadOnly));
        words += PcmAudio::fromWav(file.readAll())->frameCount();
    }
    const ClipTiming timing;
    const PcmFormat format {16000, 1};
    QCOMPARE(joined->frameCount(),
        Chime::synthesize(format).frameCount() + 16 * timing.afterChimeMs + words
            + 6 * 16 * timing.betweenWordsMs); // 7 words, 6 gaps
}

void TestClipVoice::reportsMissingClips()
{
    const PcmFormat format {16000, 1};
    writeClip(u"number"_s, makeClip(format, 10, 1));
    writeClip(u"digit_0"_s, makeClip(format, 10, 1));
    const ClipVoice voice(m_dir->path());
    const QStringList keys {
        u"number"_s, u"letter_a"_s, u"digit_0"_s, u"digit_0"_s, u"digit_1"_s, u"letter_a"_s};
    QCOMPARE(voice.missingClips(keys), (QStringList {u"letter_a"_s, u"digit_1"_s}));

    QString why;
    QVERIFY(!voice.join(keys, &why));
    QVERIFY2(why.contains(u"\"letter_a\""_s), qPrintable(why));
    QVERIFY2(why.contains(u"missing"_s), qPrintable(why));
}

void TestClipVoice::refusesClipOfAnotherSampleRate()
{
    writeClip(u"number"_s, makeClip(PcmFormat {16000, 1}, 10, 1));
    writeClip(u"digit_1"_s, makeClip(PcmFormat {22050, 1}, 10, 1));
    QString why;
    QVERIFY(!ClipVoice(m_dir->path()).join({u"number"_s, u"digit_1"_s}, &why));
    QVERIFY2(why.contains(u"\"digit_1\" is 22050 Hz mono"_s), qPrintable(why));
    QVERIFY2(why.contains(u"\"number\" is 16000 Hz mono"_s), qPrintable(why));
}

void TestClipVoice::refusesClipOfAnotherChannelCount()
{
    writeClip(u"number"_s, makeClip(PcmFormat {16000, 1}, 10, 1));
    writeClip(u"digit_1"_s, makeClip(PcmFormat {16000, 2}, 10, 1));
    QString why;
    QVERIFY(!ClipVoice(m_dir->path()).join({u"number"_s, u"digit_1"_s}, &why));
    QVERIFY2(why.contains(u"16000 Hz stereo"_s), qPrintable(why));

    // The joining itself refuses too, whoever read the clips.
    QVERIFY(!ClipVoice::joinClips(
        {makeClip(PcmFormat {16000, 1}, 10, 1), makeClip(PcmFormat {16000, 2}, 10, 1)}, {}, &why));
    QVERIFY2(why.contains(u"stereo"_s), qPrintable(why));
}

void TestClipVoice::refusesDamagedClip()
{
    QVERIFY(writeFile(m_dir->filePath(u"number.wav"_s), "not a wav at all"_ba));
    QString why;
    QVERIFY(!ClipVoice(m_dir->path()).join({u"number"_s}, &why));
    QVERIFY2(why.contains(u"\"number\" is not usable"_s), qPrintable(why));
}

void TestClipVoice::readsClipsWithUnknownChunks()
{
    // A clip as a sound recorder saves it: LIST/INFO before the format.
    const PcmAudio clip = makeClip(PcmFormat {16000, 1}, 77, 5);
    QByteArray wav = clip.toWav();
    const QByteArray list = "LIST\x07\0\0\0INFOabc\0"_ba; // odd length + pad byte
    wav.insert(12, list);
    const quint32 riffSize = quint32(wav.size() - 8);
    qToLittleEndian(riffSize, wav.data() + 4);
    QVERIFY(writeFile(m_dir->filePath(u"number.wav"_s), wav));

    QString why;
    const auto joined = ClipVoice(m_dir->path(), {0, 0}).join({u"number"_s}, &why);
    QVERIFY2(joined, qPrintable(why));
    QVERIFY(joined->samples().endsWith(clip.samples()));
}

void TestClipVoice::makesTheChimeInTheClipsFormat()
{
    const PcmFormat format {44100, 2};
    writeClip(u"number"_s, makeClip(format, 10, 1));
    const auto joined = ClipVoice(m_dir->path()).join({u"number"_s});
    QVERIFY(joined);
    QCOMPARE(joined->format(), format);
    QVERIFY(joined->samples().startsWith(Chime::synthesize(format).samples()));
}

// The clips the build makes with espeak-ng (resources/voice/th/make-clips.sh), when it could.
void TestClipVoice::machineClipsCoverEveryWord()
{
    const QString folder = QStringLiteral(SADUAK_VOICE_CLIP_DIR);
    if (folder.isEmpty())
        QSKIP("espeak-ng or sox was not found at configure time: no machine clips were made");
    const ClipVoice voice(folder);
    QStringList keys;
    for (const auto &word : CallPhrase::vocabulary())
        keys.append(word.clipKey);
    QCOMPARE(voice.missingClips(keys), QStringList());
    QString why;
    const auto joined = voice.join(keys, &why); // every clip readable, all of one format
    QVERIFY2(joined, qPrintable(why));
    QCOMPARE(joined->format(), (PcmFormat {16000, 1}));
}

QTEST_GUILESS_MAIN(TestClipVoice)
#include "tst_clipvoice.moc"
