#include "speechengine.h"

#include "voicelog.h"

#include <QTextToSpeech>
#include <QThread>
#include <QVoice>

#include <functional>

using namespace Qt::StringLiterals;

namespace saduak {

// Lives in QtSpeechEngine's thread and owns the QTextToSpeech there. Talks back only through
// queued calls on the engine object, which outlives it (the engine's destructor joins the thread).
class QtSpeechWorker : public QObject
{
public:
    explicit QtSpeechWorker(QtSpeechEngine *engine) : m_engine(engine) { }

    // Runs in the worker thread. Reports the languages that have at least one voice.
    void start(
        const QString &engineName, const std::function<void(QList<QLocale::Language>)> &report)
    {
        const QStringList engines = QTextToSpeech::availableEngines();
        if (!engines.contains(engineName)) {
            qCInfo(lcVoice).noquote() << "Text-to-speech engine" << engineName
                                      << "is not installed; have:" << engines.join(u", "_s);
            report({});
            return;
        }
        m_speech = new QTextToSpeech(engineName, this);
        if (m_speech->state() == QTextToSpeech::Error) {
            qCInfo(lcVoice).noquote() << "Text-to-speech engine" << engineName
                                      << "is not usable:" << m_speech->errorString();
            report({});
            return;
        }
        QList<QLocale::Language> languages;
        for (const QLocale &locale : m_speech->availableLocales()) {
            if (languages.contains(locale.language()))
                continue;
            m_speech->setLocale(locale);
            // A locale listed without a voice cannot speak; speechd lists some that way.
            if (!m_speech->availableVoices().isEmpty())
                languages.append(locale.language());
        }
        connect(m_speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
            if (state == QTextToSpeech::Speaking) {
                m_started = true;
            } else if (state == QTextToSpeech::Ready && m_started) {
                m_started = false;
                answer(QString());
            } else if (state == QTextToSpeech::Error) {
                m_started = false;
                answer(m_speech->errorString());
            }
        });
        report(languages);
    }

    void speak(int utterance, const QString &text, const QLocale &locale)
    {
        m_utterance = utterance;
        m_started = false;
        if (!m_speech) {
            answer(u"no text-to-speech engine"_s);
            return;
        }
        if (m_speech->locale().language() != locale.language()) {
            m_speech->setLocale(locale);
        }
        m_speech->say(text);
    }

    void stop()
    {
        if (m_speech)
            m_speech->stop(QTextToSpeech::BoundaryHint::Immediate);
    }

private:
    // The end of one utterance, with an error or empty.
    void answer(const QString &error);

    QtSpeechEngine *m_engine;
    QTextToSpeech *m_speech = nullptr;
    int m_utterance = 0;
    bool m_started = false;
};

QtSpeechEngine::QtSpeechEngine(QObject *parent, const QString &engine)
    : SpeechEngine(parent), m_thread(new QThread(this)), m_worker(new QtSpeechWorker(this))
{
    m_thread->setObjectName(u"saduak-speech"_s);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();

    const QString engineName = engine.isEmpty() ? u"speechd"_s : engine;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, engineName] {
            worker->start(engineName, [this](QList<QLocale::Language> languages) {
                QMetaObject::invokeMethod(
                    this,
                    [this, languages] {
                        m_languages = languages;
                        m_ready = true;
                        qCInfo(lcVoice).noquote()
                            << "Text-to-speech ready:" << languages.size()
                            << "languages with a voice,"
                            << (languages.contains(QLocale::Thai) ? "Thai among them"
                                                                  : "Thai not among them");
                        emit ready();
                    },
                    Qt::QueuedConnection);
            });
        },
        Qt::QueuedConnection);
}

QtSpeechEngine::~QtSpeechEngine()
{
    m_thread->quit();
    m_thread->wait(); // the worker and its QTextToSpeech are deleted in their thread
}

bool QtSpeechEngine::canSpeak(const QLocale &locale) const
{
    return m_ready && m_languages.contains(locale.language());
}

void QtSpeechEngine::speak(const QString &text, const QLocale &locale)
{
    const int utterance = ++m_utterance;
    m_speaking = true;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, utterance, text, locale] { worker->speak(utterance, text, locale); },
        Qt::QueuedConnection);
}

void QtSpeechEngine::stop()
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->stop(); }, Qt::QueuedConnection);
    if (m_speaking) {
        // Do not wait for the daemon to confirm: a stop is final for the caller, and the
        // daemon's late answer for this utterance is ignored (m_utterance moved on).
        ++m_utterance;
        m_speaking = false;
        emit finished();
    }
}

void QtSpeechWorker::answer(const QString &error)
{
    const int utterance = m_utterance;
    QMetaObject::invokeMethod(
        m_engine,
        [engine = m_engine, utterance, error] {
            if (utterance != engine->m_utterance || !engine->m_speaking)
                return; // stopped or replaced meanwhile
            engine->m_speaking = false;
            if (!error.isEmpty()) {
                qCWarning(lcVoice).noquote() << "Text-to-speech failed:" << error;
                emit engine->errorOccurred(error);
            }
            emit engine->finished();
        },
        Qt::QueuedConnection);
}

} // namespace saduak
