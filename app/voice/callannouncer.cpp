#include "callannouncer.h"

#include "audiosink.h"
#include "chime.h"
#include "speechengine.h"
#include "voicelog.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace saduak {

CallAnnouncer::CallAnnouncer(AudioSink *sink, SpeechEngine *speech, QObject *parent)
    : QObject(parent),
      m_sink(sink),
      m_speech(speech),
      m_clock([] { return QDateTime::currentDateTimeUtc(); }),
      m_chimeWav(Chime::synthesize().toWav()),
      m_stepTimer(new QTimer(this))
{
    Q_ASSERT(m_sink);
    m_workers.setMaxThreadCount(1);
    m_stepTimer->setSingleShot(true);
    m_stepTimer->setInterval(m_settings.stepTimeout);
    connect(m_stepTimer, &QTimer::timeout, this, &CallAnnouncer::onStepTimedOut);
    connect(m_sink, &AudioSink::finished, this, &CallAnnouncer::onSinkFinished);
    if (m_speech)
        connect(m_speech, &SpeechEngine::finished, this, &CallAnnouncer::onSpeechFinished);
}

CallAnnouncer::~CallAnnouncer()
{
    // A preparation still running posts its result to this object; let it finish while the
    // object is whole (the posted result is then discarded with the object).
    m_workers.waitForDone();
    disconnect(m_sink, nullptr, this, nullptr);
    if (m_speech)
        disconnect(m_speech, nullptr, this, nullptr);
}

void CallAnnouncer::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_stepTimer->setInterval(m_settings.stepTimeout);
}

void CallAnnouncer::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QLocale CallAnnouncer::thaiLocale()
{
    return QLocale(QLocale::Thai, QLocale::Thailand);
}

QLocale CallAnnouncer::englishLocale()
{
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

void CallAnnouncer::announce(
    const QString &ticketNumber, int counterNumber, const QDateTime &calledAt)
{
    m_pending.append({ticketNumber, counterNumber, calledAt.isValid() ? calledAt : m_clock()});
    if (!m_current)
        startNext();
}

void CallAnnouncer::clearPending()
{
    m_pending.clear();
}

void CallAnnouncer::startNext()
{
    while (!m_current && !m_pending.isEmpty()) {
        const Pending call = m_pending.takeFirst();

        const auto age = std::chrono::milliseconds(call.calledAt.msecsTo(m_clock()));
        if (age > m_settings.maxAge) {
            const QString reason = tr("The call is %1 s old; calls older than %2 s are not "
                                      "read out.")
                                       .arg(age.count() / 1000)
                                       .arg(m_settings.maxAge.count() / 1000);
            qCInfo(lcVoice).noquote() << "Dropped the call of" << call.ticketNumber << "to counter"
                                      << call.counterNumber << "-" << reason;
            emit announcementDropped(call.ticketNumber, call.counterNumber, reason);
            continue;
        }
        QString why;
        auto phrase = CallPhrase::compose(call.ticketNumber, call.counterNumber, &why);
        if (!phrase) {
            qCWarning(lcVoice).noquote() << "Cannot call" << call.ticketNumber << "to counter"
                                         << call.counterNumber << "-" << why;
            emit announcementDropped(call.ticketNumber, call.counterNumber, why);
            continue;
        }

        m_current = std::make_unique<Current>();
        m_current->call = call;
        m_current->phrase = phrase;
        if (m_settings.clipFolder.isEmpty()) {
            onPrepared({});
            return;
        }
        // Reading the clips is file I/O (a folder on a slow disk or a share): off this thread.
        m_current->waiting = Current::Waiting::Preparation;
        const ClipVoice voice(m_settings.clipFolder, m_settings.clipTiming);
        const QStringList keys = phrase->clipKeys();
        m_workers.start([this, voice, keys] {
            Prepared prepared;
            prepared.missingClips = voice.missingClips(keys);
            if (prepared.missingClips.isEmpty()) {
                if (const auto joined = voice.join(keys, &prepared.problem))
                    prepared.clipWav = joined->toWav();
            }
            QMetaObject::invokeMethod(
                this, [this, prepared] { onPrepared(prepared); }, Qt::QueuedConnection);
        });
        return;
    }
    if (!m_current)
        emit idle();
}

void CallAnnouncer::onPrepared(const Prepared &prepared)
{
    if (!m_current)
        return;
    const CallPhrase &phrase = *m_current->phrase;
    if (!prepared.missingClips.isEmpty())
        qCInfo(lcVoice).noquote() << "No recorded clip for" << prepared.missingClips.join(u", "_s)
                                  << "in" << m_settings.clipFolder << "- cannot say"
                                  << phrase.ticketNumber() << "with clips";
    else if (!prepared.problem.isEmpty())
        qCWarning(lcVoice).noquote()
            << "Cannot say" << phrase.ticketNumber() << "with clips:" << prepared.problem;

    Voice voice = Voice::ChimeOnly;
    if (prepared.clipWav) {
        voice = Voice::Clips;
        m_current->steps.append({Step::Kind::Play, *prepared.clipWav, {}, {}});
    } else if (m_speech && m_speech->canSpeak(thaiLocale())) {
        voice = Voice::TextToSpeech;
        m_current->steps.append({Step::Kind::Play, m_chimeWav, {}, {}});
        m_current->steps.append({Step::Kind::Speak, {}, phrase.spokenText(), thaiLocale()});
        if (m_settings.speakEnglish && m_speech->canSpeak(englishLocale()))
            m_current->steps.append({Step::Kind::Speak, {}, phrase.englishText(), englishLocale()});
    } else {
        m_current->steps.append({Step::Kind::Play, m_chimeWav, {}, {}});
    }
    qCInfo(lcVoice).noquote() << "Calling" << phrase.displayText() << "by" << voice;
    emit announcementStarted(m_current->call.ticketNumber, m_current->call.counterNumber, voice);
    runNextStep();
}

void CallAnnouncer::runNextStep()
{
    if (!m_current)
        return;
    if (m_current->steps.isEmpty()) {
        finishCurrent();
        return;
    }
    const Step step = m_current->steps.takeFirst();
    m_stepTimer->start();
    // The state is set before the call: a sink may report finished() from inside play().
    if (step.kind == Step::Kind::Play) {
        m_current->waiting = Current::Waiting::Sink;
        m_sink->play(step.wav);
    } else {
        m_current->waiting = Current::Waiting::Speech;
        m_speech->speak(step.text, step.locale);
    }
}

void CallAnnouncer::onSinkFinished()
{
    if (!m_current || m_current->waiting != Current::Waiting::Sink)
        return; // not ours (a sound someone else played, or a step already given up)
    m_current->waiting = Current::Waiting::Nothing;
    m_stepTimer->stop();
    runNextStep();
}

void CallAnnouncer::onSpeechFinished()
{
    if (!m_current || m_current->waiting != Current::Waiting::Speech)
        return;
    m_current->waiting = Current::Waiting::Nothing;
    m_stepTimer->stop();
    runNextStep();
}

void CallAnnouncer::onStepTimedOut()
{
    if (!m_current)
        return;
    const auto waiting = m_current->waiting;
    qCWarning(lcVoice).noquote() << "The"
                                 << (waiting == Current::Waiting::Sink ? "audio player"
                                                                       : "speech engine")
                                 << "did not finish within" << m_settings.stepTimeout.count()
                                 << "ms; going on with the next call";
    // Given up before stopping, so that the finished() the stop causes is not taken for the
    // next step.
    m_current->waiting = Current::Waiting::Nothing;
    if (waiting == Current::Waiting::Sink)
        m_sink->stop();
    else if (waiting == Current::Waiting::Speech)
        m_speech->stop();
    m_current->steps.clear();
    finishCurrent();
}

void CallAnnouncer::finishCurrent()
{
    const Pending call = m_current->call;
    m_current.reset();
    emit announcementFinished(call.ticketNumber, call.counterNumber);
    // Later, not from inside a sink's signal: the next call's play() must not nest in this one.
    QTimer::singleShot(0, this, [this] {
        if (!m_current)
            startNext();
    });
}

} // namespace saduak
