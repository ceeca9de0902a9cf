#include "voice/audiosink.h"
#include "voice/chime.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using saduak::Chime;
using saduak::PcmFormat;
using saduak::ProcessAudioSink;
using saduak::RecordingAudioSink;

// ProcessAudioSink is run against stand-in players (shell scripts named aplay / paplay on a PATH
// of their own) that keep their arguments and what they read: the real speaker is the one part
// that cannot exist here.
class TestAudioSink : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pipesTheWavToAplay();
    void givesPaplayBareSamples();
    void reportsAFailingPlayer();
    void reportsThatNoPlayerIsInstalled();
    void stopEndsTheSoundAtOnce();
    void recordingSinkKeepsWhatItPlaysAndCountsOverlaps();
    void recordingSinkCanFinishByItself();

private:
    void writePlayer(const QString &name, const QString &body);
    QByteArray readBack(const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_savedPath;
};

void TestAudioSink::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_savedPath = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(m_dir->path()));
}

void TestAudioSink::cleanup()
{
    qputenv("PATH", m_savedPath);
}

void TestAudioSink::writePlayer(const QString &name, const QString &body)
{
    // Absolute paths inside: PATH holds only the stand-ins.
    const QString script
        = u"#!/bin/sh\necho \"$@\" > '%1/%2.args'\n%3\n"_s.arg(m_dir->path(), name, body);
    QFile file(m_dir->filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(script.toUtf8());
    file.close();
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

QByteArray TestAudioSink::readBack(const QString &name) const
{
    QFile file(m_dir->filePath(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestAudioSink::pipesTheWavToAplay()
{
    writePlayer(u"aplay"_s, u"/bin/cat > '%1/aplay.input'"_s.arg(m_dir->path()));
    writePlayer(u"paplay"_s, u"exit 3"_s); // there too: aplay is preferred
    ProcessAudioSink sink;
    QCOMPARE(sink.playerProgram(), m_dir->filePath(u"aplay"_s));

    const QByteArray wav = Chime::synthesize().toWav();
    QSignalSpy finished(&sink, &ProcessAudioSink::finished);
    QSignalSpy errors(&sink, &ProcessAudioSink::errorOccurred);
    sink.play(wav);
    QVERIFY(sink.isPlaying());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(errors.size(), 0);
    QVERIFY(!sink.isPlaying());
    QCOMPARE(readBack(u"aplay.args"_s), "-q -\n"_ba);
    QCOMPARE(readBack(u"aplay.input"_s), wav);
}

void TestAudioSink::givesPaplayBareSamples()
{
    writePlayer(u"paplay"_s, u"/bin/cat > '%1/paplay.input'"_s.arg(m_dir->path()));
    ProcessAudioSink sink;
    QCOMPARE(sink.playerProgram(), m_dir->filePath(u"paplay"_s));

    const auto chime = Chime::synthesize(PcmFormat {16000, 2});
    QSignalSpy finished(&sink, &ProcessAudioSink::finished);
    sink.play(chime.toWav());
    QVERIFY(finished.wait(10000));
    QCOMPARE(readBack(u"paplay.args"_s), "--raw --format=s16le --rate=16000 --channels=2\n"_ba);
    QCOMPARE(readBack(u"paplay.input"_s), chime.samples());
}

void TestAudioSink::reportsAFailingPlayer()
{
    writePlayer(u"aplay"_s,
        u"/bin/cat > /dev/null\necho 'aplay: main:831: audio open error: No such file or "
        "directory' >&2\nexit 1"_s);
    ProcessAudioSink sink;
    QSignalSpy finished(&sink, &ProcessAudioSink::finished);
    QSignalSpy errors(&sink, &ProcessAudioSink::errorOccurred);
    QTest::ignoreMessage(
        QtWarningMsg, QRegularExpression(u"audio player .*aplay failed: .*audio open error"_s));
    sink.play(Chime::synthesize().toWav());
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().first().toString().contains(u"audio open error"_s),
        qPrintable(errors.first().first().toString()));
}

void TestAudioSink::reportsThatNoPlayerIsInstalled()
{
    ProcessAudioSink sink;
    QCOMPARE(sink.playerProgram(), QString());
    QSignalSpy finished(&sink, &ProcessAudioSink::finished);
    QSignalSpy errors(&sink, &ProcessAudioSink::errorOccurred);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"No audio player found"_s));
    sink.play(Chime::synthesize().toWav());
    QCOMPARE(finished.size(), 0); // not from inside play()
    QVERIFY(finished.wait(1000));
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().first().toString().contains(u"alsa-utils"_s));

    // Said once in the log, not at every call; still reported to the caller every time.
    sink.play(Chime::synthesize().toWav());
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(errors.size(), 2);
}

void TestAudioSink::stopEndsTheSoundAtOnce()
{
    writePlayer(u"aplay"_s, u"/bin/cat > /dev/null\nexec /bin/sleep 60"_s);
    ProcessAudioSink sink;
    QSignalSpy finished(&sink, &ProcessAudioSink::finished);
    sink.play(Chime::synthesize().toWav());
    QVERIFY(sink.isPlaying());
    sink.stop();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!sink.isPlaying());
    sink.stop(); // nothing plays: nothing happens
    QCOMPARE(finished.size(), 1);
}

void TestAudioSink::recordingSinkKeepsWhatItPlaysAndCountsOverlaps()
{
    RecordingAudioSink sink;
    QSignalSpy finished(&sink, &RecordingAudioSink::finished);
    sink.play("one"_ba);
    QVERIFY(sink.isPlaying());
    QVERIFY(sink.finishCurrent());
    QCOMPARE(finished.size(), 1);
    QVERIFY(!sink.finishCurrent());
    sink.play("two"_ba);
    sink.play("three"_ba);
    QCOMPARE(sink.overlaps(), 1);
    QCOMPARE(sink.played(), (QList<QByteArray> {"one"_ba, "two"_ba, "three"_ba}));
}

void TestAudioSink::recordingSinkCanFinishByItself()
{
    RecordingAudioSink sink;
    sink.setFinishesAtOnce(true);
    QSignalSpy finished(&sink, &RecordingAudioSink::finished);
    sink.play("one"_ba);
    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait(1000));
    QVERIFY(!sink.isPlaying());
}

QTEST_GUILESS_MAIN(TestAudioSink)
#include "tst_audiosink.moc"
