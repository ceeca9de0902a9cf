#include "chime.h"

#include <QtEndian>
#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace saduak {

namespace {

// A struck bar: the fundamental with a quieter octave-and-a-fifth partial that dies away sooner,
// an attack of a few milliseconds (no click) and an exponential decay.
void addBell(std::vector<double> &mix, int sampleRate, double startSeconds, double frequency)
{
    constexpr double attackSeconds = 0.004;
    constexpr double decaySeconds = 0.35; // time constant
    const auto first = size_t(std::llround(startSeconds * sampleRate));
    for (size_t i = first; i < mix.size(); ++i) {
        const double t = double(i - first) / sampleRate;
        const double attack = t < attackSeconds ? t / attackSeconds : 1.0;
        const double phase = 2.0 * std::numbers::pi * frequency * t;
        const double tone = std::sin(phase) * std::exp(-t / decaySeconds)
            + 0.25 * std::sin(3.0 * phase) * std::exp(-t / (decaySeconds / 3.0));
        mix[i] += 0.45 * attack * tone;
    }
}

} // namespace

PcmAudio Chime::synthesize(PcmFormat format)
{
    const auto frames = size_t(qint64(format.sampleRate) * kDurationMs / 1000);
    std::vector<double> mix(frames, 0.0);
    addBell(mix, format.sampleRate, 0.0, kDingHz);
    addBell(mix, format.sampleRate, kDongStartMs / 1000.0, kDongHz);

    // Fade the last 50 ms to zero so that the word after the chime does not start on a step.
    const size_t fade = size_t(format.sampleRate) / 20;
    for (size_t i = 0; i < fade && i < frames; ++i)
        mix[frames - 1 - i] *= double(i) / double(fade);

    QByteArray samples(qsizetype(frames) * format.bytesPerFrame(), Qt::Uninitialized);
    char *out = samples.data();
    for (const double value : mix) {
        const auto sample = qint16(std::lround(std::clamp(value, -1.0, 1.0) * 32767.0));
        for (int channel = 0; channel < format.channels; ++channel) {
            qToLittleEndian(sample, out);
            out += PcmFormat::kBytesPerSample;
        }
    }
    return PcmAudio(format, samples);
}

} // namespace saduak
