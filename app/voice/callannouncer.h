#pragma once

#include "callphrase.h"
#include "clipvoice.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QThreadPool>
#include <chrono>
#include <functional>
#include <memory>

class QTimer;

namespace saduak {

class AudioSink;
class SpeechEngine;

// Says the calls on the display board, one after another. For each call it uses the best voice
// the site has for that phrase:
//   1. recorded clips (Settings::clipFolder), if every word of the phrase has one: chime + clips,
//      joined into one WAV for the AudioSink;
//   2. else a text-to-speech voice for Thai: the chime on the sink, then the Thai words (and the
//      English phrase after them, if Settings::speakEnglish and there is an English voice);
//   3. else the chime alone, so that heads still turn to the board.
// Calls never overlap: the next starts when the sink and the speech engine have said finished().
// A call whose time (calledAt) is older than Settings::maxAge when its turn comes is dropped: a
// board coming back online must not read out the morning's calls. Nothing here blocks the
// caller's thread: clips are read and joined on a worker thread, the sink and the speech engine
// are asynchronous.
class CallAnnouncer : public QObject
{
    Q_OBJECT
public:
    enum class Voice { Clips, TextToSpeech, ChimeOnly };
    Q_ENUM(Voice)

    struct Settings
    {
        QString clipFolder; // <folder>/<clip key>.wav; empty: the site has no recordings
        ClipTiming clipTiming;
        bool speakEnglish = false; // after the Thai, for foreign visitors
        std::chrono::milliseconds maxAge {std::chrono::seconds(60)};
        // A sink or a speech engine that never says finished() must not silence the board.
        std::chrono::milliseconds stepTimeout {std::chrono::seconds(30)};
    };

    using Clock = std::function<QDateTime()>;

    // sink is required; speech may be null (no text-to-speech). Neither is owned: both must
    // outlive the announcer (give them the announcer or its parent as parent).
    CallAnnouncer(AudioSink *sink, SpeechEngine *speech, QObject *parent = nullptr);
    ~CallAnnouncer() override;

    void setSettings(const Settings &settings);
    Settings settings() const { return m_settings; }
    // For tests and for a board whose clock is the hub's; default: QDateTime::currentDateTimeUtc.
    void setClock(Clock clock);

    static QLocale thaiLocale(); // th_TH
    static QLocale englishLocale(); // en_US

    // Queues a call. calledAt is when the queue called the ticket (invalid: now). An invalid
    // ticket number or counter is dropped at once (announcementDropped, with the reason).
    void announce(const QString &ticketNumber, int counterNumber, const QDateTime &calledAt = {});
    // Forgets the calls that wait; the one being said finishes.
    void clearPending();

    qsizetype pendingCount() const { return m_pending.size(); }
    bool isBusy() const { return m_current != nullptr; }

signals:
    void announcementStarted(
        const QString &ticketNumber, int counterNumber, saduak::CallAnnouncer::Voice voice);
    void announcementFinished(const QString &ticketNumber, int counterNumber);
    void announcementDropped(const QString &ticketNumber, int counterNumber, const QString &reason);
    void idle(); // nothing said and nothing waiting

private:
    struct Pending
    {
        QString ticketNumber;
        int counterNumber = 0;
        QDateTime calledAt;
    };
    struct Step
    {
        enum class Kind { Play, Speak } kind = Kind::Play;
        QByteArray wav; // Play
        QString text; // Speak
        QLocale locale; // Speak
    };
    struct Current
    {
        Pending call;
        std::optional<CallPhrase> phrase;
        QList<Step> steps;
        enum class Waiting { Nothing, Preparation, Sink, Speech } waiting = Waiting::Nothing;
    };
    struct Prepared
    {
        std::optional<QByteArray> clipWav;
        QStringList missingClips;
        QString problem;
    };

    void startNext();
    void onPrepared(const Prepared &prepared);
    void runNextStep();
    void onSinkFinished();
    void onSpeechFinished();
    void onStepTimedOut();
    void finishCurrent();

    AudioSink *m_sink;
    SpeechEngine *m_speech;
    Settings m_settings;
    Clock m_clock;
    QByteArray m_chimeWav;
    QList<Pending> m_pending;
    std::unique_ptr<Current> m_current;
    QTimer *m_stepTimer;
    // One worker: calls are prepared one at a time anyway. Declared last so that it is destroyed
    // (and waited for) first.
    QThreadPool m_workers;
};

} // namespace saduak
