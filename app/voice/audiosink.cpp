#include "audiosink.h"

#include "pcmaudio.h"
#include "voicelog.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace saduak {

ProcessAudioSink::ProcessAudioSink(QObject *parent) : AudioSink(parent)
{
    // aplay first: it reads the WAV header itself and is there on every ALSA system; on a
    // PipeWire or PulseAudio desktop ALSA's default device goes through the sound server anyway.
    m_program = QStandardPaths::findExecutable(u"aplay"_s);
    if (m_program.isEmpty()) {
        m_program = QStandardPaths::findExecutable(u"paplay"_s);
        m_isPaplay = !m_program.isEmpty();
    }
}

ProcessAudioSink::~ProcessAudioSink()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000); // a killed player ends at once; do not leave a zombie
    }
}

void ProcessAudioSink::play(const QByteArray &wav)
{
    stop(); // a new sound replaces one still playing; the old one's finished() comes first

    if (m_program.isEmpty()) {
        const QString reason = tr("No audio player found: install alsa-utils (aplay) or "
                                  "pulseaudio-utils (paplay) to hear the calls.");
        if (!m_reportedMissingPlayer)
            qCWarning(lcVoice).noquote() << reason;
        m_reportedMissingPlayer = true; // once, not at every call of the day
        finishWithError(reason);
        return;
    }

    QStringList arguments;
    QByteArray input = wav;
    if (m_isPaplay) {
        // paplay reads a file through libsndfile, which cannot seek a pipe: give it bare samples.
        QString why;
        const auto audio = PcmAudio::fromWav(wav, &why);
        if (!audio) {
            finishWithError(tr("Cannot play the sound: %1").arg(why));
            return;
        }
        arguments << u"--raw"_s << u"--format=s16le"_s
                  << u"--rate=%1"_s.arg(audio->format().sampleRate)
                  << u"--channels=%1"_s.arg(audio->format().channels);
        input = audio->samples();
    } else {
        arguments << u"-q"_s << u"-"_s;
    }

    auto *process = new QProcess(this);
    m_process = process;
    process->setProcessChannelMode(QProcess::SeparateChannels);
    connect(process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        // Only a failed start ends without finished(); crashes and write errors are followed
        // by finished() and are reported there.
        if (error == QProcess::FailedToStart)
            onProcessEnded();
    });
    connect(process, &QProcess::finished, this, &ProcessAudioSink::onProcessEnded);
    process->start(m_program, arguments);
    // Buffered until the player runs, then written without blocking (QProcess's documented way).
    process->write(input);
    process->closeWriteChannel();
}

void ProcessAudioSink::stop()
{
    QProcess *process = std::exchange(m_process, nullptr);
    if (!process)
        return;
    // Forgotten at once, not when the killed player has ended: its end must not be taken for
    // the end of the sound that is played next.
    process->disconnect(this);
    process->kill();
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    emit finished();
}

void ProcessAudioSink::onProcessEnded()
{
    QProcess *process = m_process;
    if (!process)
        return;
    m_process = nullptr;
    process->deleteLater();

    QString reason;
    if (process->error() == QProcess::FailedToStart)
        reason = tr("The audio player %1 could not be started: %2")
                     .arg(m_program, process->errorString());
    else if (process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0) {
        // ALSA prints a page of configuration trouble; the player's own last line says it all.
        const QStringList lines = QString::fromLocal8Bit(process->readAllStandardError())
                                      .split(u'\n', Qt::SkipEmptyParts);
        reason = tr("The audio player %1 failed: %2")
                     .arg(m_program,
                         lines.isEmpty() ? tr("exit code %1").arg(process->exitCode())
                                         : lines.last().trimmed());
    }
    if (!reason.isEmpty()) {
        qCWarning(lcVoice).noquote() << reason;
        emit errorOccurred(reason);
    }
    emit finished();
}

void ProcessAudioSink::finishWithError(const QString &reason)
{
    // Later, not inside play(): the caller may not be ready for finished() before play returns.
    QTimer::singleShot(0, this, [this, reason] {
        emit errorOccurred(reason);
        emit finished();
    });
}

void RecordingAudioSink::play(const QByteArray &wav)
{
    if (m_playing)
        ++m_overlaps;
    m_played.append(wav);
    m_playing = true;
    if (m_finishesAtOnce)
        QTimer::singleShot(0, this, [this] { finishCurrent(); });
}

void RecordingAudioSink::stop()
{
    finishCurrent();
}

bool RecordingAudioSink::finishCurrent()
{
    if (!m_playing)
        return false;
    m_playing = false;
    emit finished();
    return true;
}

} // namespace saduak
