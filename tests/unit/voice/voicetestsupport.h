#pragma once

#include "voice/callphrase.h"
#include "voice/pcmaudio.h"
#include "voice/speechengine.h"

#include <QDir>
#include <QFile>
#include <QList>
#include <QLocale>
#include <QtEndian>

namespace saduak::test {

// A clip that stands for a recorded word: `frames` frames whose samples all equal `level`, so a
// test can find each clip in a joined WAV by its bytes.
inline PcmAudio makeClip(PcmFormat format, qint64 frames, qint16 level)
{
    QByteArray samples(frames * format.bytesPerFrame(), Qt::Uninitialized);
    for (qsizetype at = 0; at < samples.size(); at += PcmFormat::kBytesPerSample)
        qToLittleEndian(level, samples.data() + at);
    return PcmAudio(format, samples);
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A clip for every word a call can use, each of its own length and level (word i: 100 + 10 i
// frames at level 1000 + i). Returns false if a file could not be written.
inline bool writeVocabulary(const QString &folder, PcmFormat format = {16000, 1})
{
    const QList<SpokenWord> words = CallPhrase::vocabulary();
    for (qsizetype i = 0; i < words.size(); ++i) {
        const PcmAudio clip = makeClip(format, 100 + 10 * i, qint16(1000 + i));
        if (!writeFile(
                QDir(folder).filePath(words[i].clipKey + QStringLiteral(".wav")), clip.toWav()))
            return false;
    }
    return true;
}

// A text-to-speech engine whose languages a test chooses; it keeps what it was asked to say and
// finishes an utterance when the test says so.
class FakeSpeechEngine : public SpeechEngine
{
    Q_OBJECT
public:
    explicit FakeSpeechEngine(QList<QLocale::Language> languages, QObject *parent = nullptr)
        : SpeechEngine(parent), m_languages(std::move(languages))
    { }

    bool canSpeak(const QLocale &locale) const override
    {
        return m_languages.contains(locale.language());
    }
    void speak(const QString &text, const QLocale &locale) override
    {
        if (m_speaking)
            ++overlaps;
        m_speaking = true;
        spoken.append(text);
        locales.append(locale);
    }
    void stop() override { finishCurrent(); }

    bool finishCurrent()
    {
        if (!m_speaking)
            return false;
        m_speaking = false;
        emit finished();
        return true;
    }
    bool isSpeaking() const { return m_speaking; }

    QStringList spoken;
    QList<QLocale> locales;
    int overlaps = 0;

private:
    QList<QLocale::Language> m_languages;
    bool m_speaking = false;
};

} // namespace saduak::test
