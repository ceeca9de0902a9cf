#include "pcmaudio.h"

#include <QtEndian>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

constexpr quint16 kFormatPcm = 1;
// WAVE_FORMAT_EXTENSIBLE: the real format is the first two bytes of the sub-format GUID.
// sox and some recorders write it even for plain 16-bit PCM.
constexpr quint16 kFormatExtensible = 0xFFFE;
// Writers that stream to a pipe do not know the length and put these in the size fields.
constexpr quint32 kUnknownSizeMax = 0xFFFFFFFF;
constexpr quint32 kUnknownSizeZero = 0;

quint16 u16(QByteArrayView bytes, qsizetype at)
{
    return qFromLittleEndian<quint16>(bytes.data() + at);
}

quint32 u32(QByteArrayView bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.data() + at);
}

void putU16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void putU32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

} // namespace

QString PcmFormat::describe() const
{
    const QString layout = channels == 1 ? u"mono"_s
        : channels == 2                  ? u"stereo"_s
                                         : u"%1 channels"_s.arg(channels);
    return u"%1 Hz %2"_s.arg(sampleRate).arg(layout);
}

PcmAudio::PcmAudio(PcmFormat format, QByteArray samples)
    : m_format(format), m_samples(std::move(samples))
{
    m_samples.truncate(m_samples.size() - m_samples.size() % m_format.bytesPerFrame());
}

std::optional<PcmAudio> PcmAudio::fromWav(QByteArrayView wav, QString *why)
{
    const auto fail = [why](const QString &reason) -> std::optional<PcmAudio> {
        if (why)
            *why = reason;
        return std::nullopt;
    };

    if (wav.size() < 12 || wav.first(4) != "RIFF" || wav.sliced(8, 4) != "WAVE")
        return fail(tr("Not a WAV file (no RIFF/WAVE header)."));

    std::optional<PcmFormat> format;
    qsizetype at = 12;
    while (at + 8 <= wav.size()) {
        const QByteArrayView id = wav.sliced(at, 4);
        const quint32 declared = u32(wav, at + 4);
        const qsizetype body = at + 8;
        const qsizetype available = wav.size() - body;

        if (id == "fmt ") {
            if (declared < 16 || qsizetype(declared) > available)
                return fail(tr("The WAV format chunk is damaged."));
            quint16 tag = u16(wav, body);
            const int channels = u16(wav, body + 2);
            const int rate = int(u32(wav, body + 4));
            const int blockAlign = u16(wav, body + 12);
            const int bits = u16(wav, body + 14);
            if (tag == kFormatExtensible && declared >= 40)
                tag = u16(wav, body + 24); // first bytes of the sub-format GUID
            if (tag != kFormatPcm)
                return fail(
                    tr("The WAV is not plain PCM (format %1); save it as 16-bit PCM.").arg(tag));
            if (bits != 16)
                return fail(tr("The WAV has %1-bit samples; only 16-bit PCM is used.").arg(bits));
            if (channels < 1 || channels > 2)
                return fail(
                    tr("The WAV has %1 channels; only mono or stereo is used.").arg(channels));
            if (rate < 8000 || rate > 192000)
                return fail(tr("The WAV sample rate %1 Hz is out of range.").arg(rate));
            if (blockAlign != channels * PcmFormat::kBytesPerSample)
                return fail(
                    tr("The WAV format chunk is inconsistent (block align %1).").arg(blockAlign));
            format = PcmFormat {rate, channels};
        } else if (id == "data") {
            if (!format)
                return fail(tr("The WAV has its data before its format chunk."));
            qsizetype size = declared;
            if (declared == kUnknownSizeMax || declared == kUnknownSizeZero)
                size = available; // streamed: the data runs to the end of the file
            else if (size > available)
                return fail(tr("The WAV is truncated: %1 bytes of sound announced, %2 present.")
                                .arg(declared)
                                .arg(available));
            return PcmAudio(*format, wav.sliced(body, size).toByteArray());
        }
        // Chunks are padded to an even length; the pad byte is not counted in the size.
        at = body + qsizetype(declared) + (declared & 1);
    }
    return fail(format ? tr("The WAV has no sound data.") : tr("The WAV has no format chunk."));
}

PcmAudio PcmAudio::silence(PcmFormat format, int milliseconds)
{
    const qint64 frames = qint64(format.sampleRate) * qMax(0, milliseconds) / 1000;
    return PcmAudio(format, QByteArray(frames * format.bytesPerFrame(), '\0'));
}

QByteArray PcmAudio::toWav() const
{
    const auto dataSize = quint32(m_samples.size());
    QByteArray out;
    out.reserve(kWavHeaderSize + m_samples.size());
    out.append("RIFF");
    putU32(out, 36 + dataSize);
    out.append("WAVE");
    out.append("fmt ");
    putU32(out, 16);
    putU16(out, kFormatPcm);
    putU16(out, quint16(m_format.channels));
    putU32(out, quint32(m_format.sampleRate));
    putU32(out, quint32(m_format.sampleRate * m_format.bytesPerFrame()));
    putU16(out, quint16(m_format.bytesPerFrame()));
    putU16(out, 16);
    out.append("data");
    putU32(out, dataSize);
    out.append(m_samples);
    return out;
}

bool PcmAudio::append(const PcmAudio &other)
{
    if (other.m_format != m_format)
        return false;
    m_samples.append(other.m_samples);
    return true;
}

} // namespace saduak
