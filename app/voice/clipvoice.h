#pragma once

#include "pcmaudio.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace saduak {

// The silences ClipVoice puts into a phrase.
struct ClipTiming
{
    int afterChimeMs = 300; // the chime turns heads; the pause lets them listen
    int betweenWordsMs = 80; // clips are trimmed; a person leaves a little air
};

// Speaks a phrase with a site's recorded words: one WAV a clip key (<folder>/<key>.wav, see
// README.md for the keys), joined in memory behind the chime into one WAV for the speaker.
// All clips of a phrase must share one format; the chime is made in that format.
class ClipVoice
{
    Q_DECLARE_TR_FUNCTIONS(saduak::ClipVoice)

public:
    explicit ClipVoice(QString folder, ClipTiming timing = {});

    QString folder() const { return m_folder; }
    ClipTiming timing() const { return m_timing; }
    QString clipPath(const QString &key) const; // <folder>/<key>.wav

    // The keys that have no clip file, in the order asked, each once.
    QStringList missingClips(const QStringList &keys) const;

    // Chime, pause, then the clips of keys with a short silence between words. nullopt if a clip
    // is missing, unreadable or of another format than the first, with the key and the reason
    // in *why.
    std::optional<PcmAudio> join(const QStringList &keys, QString *why = nullptr) const;

    // The joining itself, on clips already read: chime (in the clips' format) + afterChime pause
    // + clip + betweenWords + clip … . nullopt (and why) if the clips' formats differ.
    static std::optional<PcmAudio> joinClips(
        const QList<PcmAudio> &clips, ClipTiming timing, QString *why = nullptr);

private:
    QString m_folder;
    ClipTiming m_timing;
};

} // namespace saduak
