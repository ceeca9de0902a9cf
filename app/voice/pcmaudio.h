#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace saduak {

// The one sample format the voice handles: signed 16-bit little-endian PCM, the format of every
// WAV a sound recorder or espeak-ng writes by default. Only the rate and the channels vary.
struct PcmFormat
{
    int sampleRate = 22050;
    int channels = 1;

    static constexpr int kBytesPerSample = 2;
    int bytesPerFrame() const { return channels * kBytesPerSample; }
    QString describe() const; // "22050 Hz mono", for messages

    friend bool operator==(const PcmFormat &, const PcmFormat &) = default;
};

// Audio as samples in memory, read from and written to WAV (RIFF) bytes.
class PcmAudio
{
    Q_DECLARE_TR_FUNCTIONS(saduak::PcmAudio)

public:
    PcmAudio() = default;
    // samples: interleaved 16-bit little-endian frames; a trailing partial frame is dropped.
    PcmAudio(PcmFormat format, QByteArray samples);

    // Reads a RIFF/WAVE file: walks the chunks, skips those it does not need (LIST, fact, cue…),
    // takes "fmt " and "data". Refuses anything but 16-bit PCM with 1 or 2 channels, saying why.
    static std::optional<PcmAudio> fromWav(QByteArrayView wav, QString *why = nullptr);
    static PcmAudio silence(PcmFormat format, int milliseconds);

    // A canonical 44-byte-header WAV.
    QByteArray toWav() const;

    PcmFormat format() const { return m_format; }
    const QByteArray &samples() const { return m_samples; }
    qint64 frameCount() const { return m_samples.size() / m_format.bytesPerFrame(); }
    qint64 durationMs() const { return frameCount() * 1000 / m_format.sampleRate; }
    bool isEmpty() const { return m_samples.isEmpty(); }

    // Appends other, which must have the same format (returns false and appends nothing if not).
    bool append(const PcmAudio &other);

    static constexpr int kWavHeaderSize = 44;

private:
    PcmFormat m_format;
    QByteArray m_samples;
};

} // namespace saduak
