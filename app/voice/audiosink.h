#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

class QProcess;

namespace saduak {

// Where a call's sound goes: one WAV at a time, asynchronously. Every play() ends with exactly
// one finished(), also when playing failed (after errorOccurred()), so a queue of calls moves on
// whatever the speaker does. A play() while a sound plays stops that sound first.
class AudioSink : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void play(const QByteArray &wav) = 0;
    // Ends the current sound now: its finished() is emitted before stop() returns. Nothing
    // happens if nothing plays.
    virtual void stop() = 0;
    virtual bool isPlaying() const = 0;

signals:
    void finished();
    void errorOccurred(const QString &reason);
};

// The real speaker without Qt Multimedia: pipes the WAV to `aplay -q -` (alsa-utils) or, where
// only PulseAudio/PipeWire's client is installed, to `paplay --raw` as bare samples.
class ProcessAudioSink : public AudioSink
{
    Q_OBJECT
public:
    explicit ProcessAudioSink(QObject *parent = nullptr);
    ~ProcessAudioSink() override;

    // The player found on PATH (full path), or empty when there is none.
    QString playerProgram() const { return m_program; }

    void play(const QByteArray &wav) override;
    void stop() override;
    bool isPlaying() const override { return m_process != nullptr; }

private:
    void finishWithError(const QString &reason);
    void onProcessEnded();

    QString m_program;
    bool m_isPaplay = false;
    QProcess *m_process = nullptr;
    bool m_reportedMissingPlayer = false;
};

// Keeps what it was given to play instead of playing it: for tests, and for a board that must
// stay silent. A sound "plays" until finishCurrent() (or at once with setFinishesAtOnce(true)).
class RecordingAudioSink : public AudioSink
{
    Q_OBJECT
public:
    using AudioSink::AudioSink;

    void play(const QByteArray &wav) override;
    void stop() override;
    bool isPlaying() const override { return m_playing; }

    // Ends the sound being played (finished() is emitted now); false if none plays.
    bool finishCurrent();
    // Finish every sound by itself, in the next event-loop turn.
    void setFinishesAtOnce(bool atOnce) { m_finishesAtOnce = atOnce; }

    QList<QByteArray> played() const { return m_played; }
    // How often play() was called while a sound still played: must stay 0.
    int overlaps() const { return m_overlaps; }

private:
    QList<QByteArray> m_played;
    bool m_playing = false;
    bool m_finishesAtOnce = false;
    int m_overlaps = 0;
};

} // namespace saduak
