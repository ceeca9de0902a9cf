#include "clipvoice.h"

#include "chime.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace saduak {

ClipVoice::ClipVoice(QString folder, ClipTiming timing)
    : m_folder(std::move(folder)), m_timing(timing)
{ }

QString ClipVoice::clipPath(const QString &key) const
{
    return QDir(m_folder).filePath(key + u".wav"_s);
}

QStringList ClipVoice::missingClips(const QStringList &keys) const
{
    QStringList missing;
    for (const QString &key : keys) {
        if (!missing.contains(key) && !QFileInfo(clipPath(key)).isFile())
            missing.append(key);
    }
    return missing;
}

std::optional<PcmAudio> ClipVoice::join(const QStringList &keys, QString *why) const
{
    const auto fail = [why](const QString &reason) -> std::optional<PcmAudio> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (keys.isEmpty())
        return fail(tr("There are no words to say."));

    QList<PcmAudio> clips;
    clips.reserve(keys.size());
    for (const QString &key : keys) {
        const QString path = clipPath(key);
        QFile file(path);
        if (!file.exists())
            return fail(tr("The voice clip \"%1\" is missing (%2).").arg(key, path));
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("The voice clip \"%1\" cannot be read: %2 (%3).")
                            .arg(key, file.errorString(), path));
        QString reason;
        auto clip = PcmAudio::fromWav(file.readAll(), &reason);
        if (!clip)
            return fail(tr("The voice clip \"%1\" is not usable: %2 (%3).").arg(key, reason, path));
        if (!clips.isEmpty() && clip->format() != clips.first().format())
            return fail(tr("The voice clip \"%1\" is %2 but \"%3\" is %4; record every clip in "
                           "one format (%5).")
                            .arg(key, clip->format().describe(), keys.first(),
                                clips.first().format().describe(), path));
        clips.append(*std::move(clip));
    }
    return joinClips(clips, m_timing, why);
}

std::optional<PcmAudio> ClipVoice::joinClips(
    const QList<PcmAudio> &clips, ClipTiming timing, QString *why)
{
    if (clips.isEmpty()) {
        if (why)
            *why = tr("There are no words to say.");
        return std::nullopt;
    }
    const PcmFormat format = clips.first().format();
    PcmAudio joined = Chime::synthesize(format);
    joined.append(PcmAudio::silence(format, timing.afterChimeMs));
    const PcmAudio gap = PcmAudio::silence(format, timing.betweenWordsMs);
    for (qsizetype i = 0; i < clips.size(); ++i) {
        if (i > 0)
            joined.append(gap);
        if (!joined.append(clips[i])) {
            if (why)
                *why = tr("Voice clip %1 of the phrase is %2, the first is %3; record every "
                          "clip in one format.")
                           .arg(i + 1)
                           .arg(clips[i].format().describe(), format.describe());
            return std::nullopt;
        }
    }
    return joined;
}

} // namespace saduak
