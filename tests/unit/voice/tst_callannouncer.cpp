#include "voice/audiosink.h"
#include "voice/callannouncer.h"
#include "voice/chime.h"
#include "voice/clipvoice.h"
#include "voice/speechengine.h"
#include "voicetestsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using saduak::CallAnnouncer;
using saduak::CallPhrase;
using saduak::Chime;
using saduak::ClipVoice;
using saduak::QtSpeechEngine;
using saduak::RecordingAudioSink;
using saduak::test::FakeSpeechEngine;

using Voice = CallAnnouncer::Voice;

class TestCallAnnouncer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void playsTheJoinedClipsWhenEveryClipIsThere();
    void saysQueuedCallsInOrderWithoutOverlap();
    void dropsCallsThatGrewTooOldWhileWaiting();
    void dropsCallsMadeLongAgo();
    void speaksWithTextToSpeechWhenAClipIsMissing();
    void speaksEnglishAfterThaiWhenAsked();
    void leavesOutEnglishWithoutAnEnglishVoice();
    void ringsTheChimeAloneWithoutClipsOrSpeech();
    void ringsTheChimeAloneWithoutSpeechEngine();
    void dropsACallThatCannotBeSaid();
    void goesOnWhenTheSinkNeverFinishes();
    void forgetsWaitingCallsWhenCleared();
    void realSpeechEngineWithoutAnEngineFallsBackToChime();

private:
    CallAnnouncer::Settings clipSettings() const;
    QByteArray joinedClips(const QString &ticket, int counter) const;

    std::unique_ptr<QTemporaryDir> m_clips;
    std::unique_ptr<RecordingAudioSink> m_sink;
    QDateTime m_now;
};

void TestCallAnnouncer::init()
{
    m_clips = std::make_unique<QTemporaryDir>();
    QVERIFY(m_clips->isValid());
    QVERIFY(saduak::test::writeVocabulary(m_clips->path()));
    m_sink = std::make_unique<RecordingAudioSink>();
    m_now = QDateTime(QDate(2024, 5, 2), QTime(9, 0), Qt::UTC);
}

void TestCallAnnouncer::cleanup()
{
    m_sink.reset();
    m_clips.reset();
}

CallAnnouncer::Settings TestCallAnnouncer::clipSettings() const
{
    CallAnnouncer::Settings settings;
    settings.clipFolder = m_clips->path();
    return settings;
}

QByteArray TestCallAnnouncer::joinedClips(const QString &ticket, int counter) const
{
    const auto phrase = CallPhrase::compose(ticket, counter);
    const auto joined = ClipVoice(m_clips->path()).join(phrase->clipKeys());
    return joined ? joined->toWav() : QByteArray();
}

void TestCallAnnouncer::playsTheJoinedClipsWhenEveryClipIsThere()
{
    FakeSpeechEngine speech({QLocale::Thai, QLocale::English});
    CallAnnouncer announcer(m_sink.get(), &speech);
    announcer.setSettings(clipSettings());
    announcer.setClock([this] { return m_now; });
    QSignalSpy started(&announcer, &CallAnnouncer::announcementStarted);
    QSignalSpy finished(&announcer, &CallAnnouncer::announcementFinished);
    QSignalSpy idle(&announcer, &CallAnnouncer::idle);

    announcer.announce(u"A001"_s, 3);
    QVERIFY(announcer.isBusy());
    QTRY_COMPARE(m_sink->played().size(), 1);
    QCOMPARE(m_sink->played().first(), joinedClips(u"A001"_s, 3));
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().at(0).toString(), u"A001"_s);
    QCOMPARE(started.first().at(1).toInt(), 3);
    QCOMPARE(started.first().at(2).value<Voice>(), Voice::Clips);
    QVERIFY(speech.spoken.isEmpty()); // a recorded voice is preferred to a synthetic one
    QCOMPARE(finished.size(), 0);

    QVERIFY(m_sink->finishCurrent());
    QCOMPARE(finished.size(), 1);
    QTRY_COMPARE(idle.size(), 1);
    QVERIFY(!announcer.isBusy());
}

void TestCallAnnouncer::saysQueuedCallsInOrderWithoutOverlap()
{
    CallAnnouncer announcer(m_sink.get(), nullptr);
    announcer.setSettings(clipSettings());
    announcer.setClock([this] { return m_now; });

    QStringList events;
    connect(&announcer, &CallAnnouncer::announcementStarted, this,
        [&events](const QString &ticket) { events << u"start "_s + ticket; });
    connect(&announcer, &CallAnnouncer::announcementFinished, this,
        [&events](const QString &ticket) { events << u"end "_s + ticket; });
    QSignalSpy idle(&announcer, &CallAnnouncer::idle);

    announcer.announce(u"A001"_s, 3);
    announcer.announce(u"B120"_s, 11);
    announcer.announce(u"C1005"_s, 21);
    QCOMPARE(announcer.pendingCount(), 2);

    const QList<QPair<QString, int>> calls {{u"A001"_s, 3}, {u"B120"_s, 11}, {u"C1005"_s, 21}};
    for (qsizetype i = 0; i < calls.size(); ++i) {
        QTRY_COMPARE(m_sink->played().size(), i + 1);
        QVERIFY(m_sink->isPlaying());
        QCOMPARE(m_sink->played().last(), joinedClips(calls[i].first, calls[i].second));
        m_sink->finishCurrent();
    }
    QTRY_COMPARE(idle.size(), 1);
    QCOMPARE(m_sink->played().size(), 3);
    QCOMPARE(m_sink->overlaps(), 0);
    QCOMPARE(events,
        (QStringList {u"start A001"_s, u"end A001"_s, u"start B120"_s, u"end B120"_s,
            u"start C1005"_s, u"end C1005"_s}));
}

void TestCallAnnouncer::dropsCallsThatGrewTooOldWhileWaiting()
{
    CallAnnouncer announcer(m_sink.get(), nullptr);
    auto settings = clipSettings();
    settings.maxAge = 60s;
    announcer.setSettings(settings);
    announcer.setClock([this] { return m_now; });
    QSignalSpy dropped(&announcer, &CallAnnouncer::announcementDropped);
    QSignalSpy idle(&announcer, &CallAnnouncer::idle);

    announcer.announce(u"A001"_s, 3);
    announcer.announce(u"A002"_s, 4);
    m_now = m_now.addSecs(30);
    announcer.announce(u"A003"_s, 5);
    QTRY_COMPARE(m_sink->played().size(), 1);

    // The speaker hung for 45 s: A002 (75 s old) is stale when its turn comes, A003 (45 s) is not.
    m_now = m_now.addSecs(45);
    m_sink->finishCurrent();
    QTRY_COMPARE(m_sink->played().size(), 2);
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.first().at(0).toString(), u"A002"_s);
    QCOMPARE(dropped.first().at(1).toInt(), 4);
    QVERIFY2(dropped.first().at(2).toString().contains(u"75 s old"_s),
        qPrintable(dropped.first().at(2).toString()));
    QCOMPARE(m_sink->played().last(), joinedClips(u"A003"_s, 5));
    m_sink->finishCurrent();
    QTRY_COMPARE(idle.size(), 1);
}

void TestCallAnnouncer::dropsCallsMadeLongAgo()
{
    // A board back online gets the calls it missed with their times: only the recent are said.
    CallAnnouncer announcer(m_sink.get(), nullptr);
    announcer.setSettings(clipSettings());
    announcer.setClock([this] { return m_now; });
    QSignalSpy dropped(&announcer, &CallAnnouncer::announcementDropped);
    QSignalSpy started(&announcer, &CallAnnouncer::announcementStarted);

    announcer.announce(u"A001"_s, 1, m_now.addSecs(-600));
    announcer.announce(u"A002"_s, 2, m_now.addSecs(-61));
    announcer.announce(u"A003"_s, 3, m_now.addSecs(-10));
    QTRY_COMPARE(started.size(), 1);
    QCOMPARE(started.first().at(0).toString(), u"A003"_s);
    QCOMPARE(dropped.size(), 2);
    QCOMPARE(dropped.at(0).at(0).toString(), u"A001"_s);
    QCOMPARE(dropped.at(1).at(0).toString(), u"A002"_s);
    QCOMPARE(m_sink->played().size(), 1);
}

void TestCallAnnouncer::speaksWithTextToSpeechWhenAClipIsMissing()
{
    QVERIFY(QFile::remove(m_clips->filePath(u"letter_b.wav"_s)));
    FakeSpeechEngine speech({QLocale::Thai});
    CallAnnouncer announcer(m_sink.get(), &speech);
    announcer.setSettings(clipSettings());
    QSignalSpy started(&announcer, &CallAnnouncer::announcementStarted);
    QSignalSpy finished(&announcer, &CallAnnouncer::announcementFinished);

    QTest::ignoreMessage(QtInfoMsg, QRegularExpression(u"No recorded clip for letter_b"_s));
    announcer.announce(u"B120"_s, 3);
    QTRY_COMPARE(started.size(), 1);
    QCOMPARE(started.first().at(2).value<Voice>(), Voice::TextToSpeech);

    // The chime first, on the speaker; the voice waits for it.
    QCOMPARE(m_sink->played(), QList<QByteArray> {Chime::synthesize().toWav()});
    QVERIFY(speech.spoken.isEmpty());
    m_sink->finishCurrent();

    QCOMPARE(speech.spoken, QStringList {u"หมายเลข บี หนึ่ง สอง ศูนย์ เชิญที่ช่องบริการ สาม"_s});
    QCOMPARE(speech.locales.first().language(), QLocale::Thai);
    QCOMPARE(finished.size(), 0);
    QVERIFY(speech.finishCurrent());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(speech.overlaps, 0);
    QCOMPARE(m_sink->overlaps(), 0);

    // The next call with every clip present goes back to the clips.
    announcer.announce(u"A001"_s, 3);
    QTRY_COMPARE(started.size(), 2);
    QCOMPARE(started.last().at(2).value<Voice>(), Voice::Clips);
}

void TestCallAnnouncer::speaksEnglishAfterThaiWhenAsked()
{
    FakeSpeechEngine speech({QLocale::Thai, QLocale::English});
    CallAnnouncer announcer(m_sink.get(), &speech);
    CallAnnouncer::Settings settings; // no clip folder: text-to-speech is the best there is
    settings.speakEnglish = true;
    announcer.setSettings(settings);
    QSignalSpy finished(&announcer, &CallAnnouncer::announcementFinished);

    announcer.announce(u"A001"_s, 3);
    QTRY_COMPARE(m_sink->played().size(), 1);
    m_sink->finishCurrent();
    QCOMPARE(speech.spoken.size(), 1);
    speech.finishCurrent();
    QCOMPARE(speech.spoken,
        (QStringList {u"หมายเลข เอ ศูนย์ ศูนย์ หนึ่ง เชิญที่ช่องบริการ สาม"_s,
            u"Number A zero zero one, please go to counter 3"_s}));
    QCOMPARE(speech.locales.last().language(), QLocale::English);
    QCOMPARE(finished.size(), 0);
    speech.finishCurrent();
    QCOMPARE(finished.size(), 1);
}

void TestCallAnnouncer::leavesOutEnglishWithoutAnEnglishVoice()
{
    FakeSpeechEngine speech({QLocale::Thai});
    CallAnnouncer announcer(m_sink.get(), &speech);
    CallAnnouncer::Settings settings;
    settings.speakEnglish = true;
    announcer.setSettings(settings);
    QSignalSpy finished(&announcer, &CallAnnouncer::announcementFinished);

    announcer.announce(u"A001"_s, 3);
    QTRY_COMPARE(m_sink->played().size(), 1);
    m_sink->finishCurrent();
    speech.finishCurrent();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(speech.spoken.size(), 1);
}

void TestCallAnnouncer::ringsTheChimeAloneWithoutClipsOrSpeech()
{
    QVERIFY(QFile::remove(m_clips->filePath(u"num_3.wav"_s)));
    FakeSpeechEngine speech({QLocale::English}); // a voice, but not a Thai one
    CallAnnouncer announcer(m_sink.get(), &speech);
    announcer.setSettings(clipSettings());
    QSignalSpy started(&announcer, &CallAnnouncer::announcementStarted);
    QSignalSpy finished(&announcer, &CallAnnouncer::announcementFinished);

    QTest::ignoreMessage(QtInfoMsg, QRegularExpression(u"No recorded clip for num_3"_s));
    announcer.announce(u"A001"_s, 3);
    QTRY_COMPARE(started.size(), 1);
    QCOMPARE(started.first().at(2).value<Voice>(), Voice::ChimeOnly);
    QCOMPARE(m_sink->played(), QList<QByteArray> {Chime::synthesize().toWav()});
    m_sink->finishCurrent();
    QCOMPARE(finished.size(), 1);
    QVERIFY(speech.spoken.isEmpty());
}

void TestCallAnnouncer::ringsTheChimeAloneWithoutSpeechEngine()
{
    CallAnnouncer announcer(m_sink.get(), nullptr);
    QSignalSpy started(&announcer, &CallAnnouncer::announcementStarted);
    announcer.announce(u"A001"_s, 3);
    QCOMPARE(started.size(), 1); // no clip folder: decided at once
    QCOMPARE(started.first().at(2).value<Voice>(), Voice::ChimeOnly);
    QCOMPARE(m_sink->played(), QList<QByteArray> {Chime::synthesize().toWav()});
}

void TestCallAnnouncer::dropsACallThatCannotBeSaid()
{
    CallAnnouncer announcer(m_sink.get(), nullptr);
    announcer.setSettings(clipSettings());
    QSignalSpy dropped(&announcer, &CallAnnouncer::announcementDropped);
    QSignalSpy started(&announcer, &CallAnnouncer::announcementStarted);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Cannot call A-1"_s));
    announcer.announce(u"A-1"_s, 3);
    announcer.announce(u"A001"_s, 3);
    QCOMPARE(dropped.size(), 1);
    QVERIFY(dropped.first().at(2).toString().contains(u"A-1"_s));
    QTRY_COMPARE(started.size(), 1);
    QCOMPARE(started.first().at(0).toString(), u"A001"_s);
}

void TestCallAnnouncer::goesOnWhenTheSinkNeverFinishes()
{
    CallAnnouncer announcer(m_sink.get(), nullptr);
    CallAnnouncer::Settings settings = clipSettings();
    settings.stepTimeout = 50ms;
    announcer.setSettings(settings);
    QSignalSpy finished(&announcer, &CallAnnouncer::announcementFinished);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"audio player did not finish"_s));
    announcer.announce(u"A001"_s, 3);
    announcer.announce(u"A002"_s, 3);
    QTRY_COMPARE(finished.size(), 1); // A001 given up: the sink was stopped
    QTRY_COMPARE(m_sink->played().size(), 2);
    QCOMPARE(m_sink->overlaps(), 0);
    QVERIFY(m_sink->isPlaying());
    m_sink->finishCurrent();
    QCOMPARE(finished.size(), 2);
}

void TestCallAnnouncer::forgetsWaitingCallsWhenCleared()
{
    CallAnnouncer announcer(m_sink.get(), nullptr);
    QSignalSpy idle(&announcer, &CallAnnouncer::idle);
    announcer.announce(u"A001"_s, 3);
    announcer.announce(u"A002"_s, 3);
    announcer.announce(u"A003"_s, 3);
    announcer.clearPending();
    QCOMPARE(announcer.pendingCount(), 0);
    m_sink->finishCurrent();
    QTRY_COMPARE(idle.size(), 1);
    QCOMPARE(m_sink->played().size(), 1);
}

// The real engine class on an engine that is not there: it must say so (ready, no language) and
// the announcer must ring the chime. This is also what a board without speech-dispatcher gets.
void TestCallAnnouncer::realSpeechEngineWithoutAnEngineFallsBackToChime()
{
    QtSpeechEngine speech(nullptr, u"no-such-engine"_s);
    QSignalSpy ready(&speech, &QtSpeechEngine::ready);
    QVERIFY(ready.wait(10000));
    QVERIFY(speech.isReady());
    QVERIFY(!speech.canSpeak(CallAnnouncer::thaiLocale()));

    CallAnnouncer announcer(m_sink.get(), &speech);
    QSignalSpy started(&announcer, &CallAnnouncer::announcementStarted);
    announcer.announce(u"A001"_s, 3);
    QCOMPARE(started.first().at(2).value<Voice>(), Voice::ChimeOnly);
}

QTEST_GUILESS_MAIN(TestCallAnnouncer)
#include "tst_callannouncer.moc"
