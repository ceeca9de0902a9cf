#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

class QThread;

namespace saduak {

// A text-to-speech voice, behind an interface so that a test decides whether the site "has" one.
// Like AudioSink: every speak() ends with exactly one finished(), also after errorOccurred().
class SpeechEngine : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Whether a voice for the language of locale is ready now. Cheap: asked before every call.
    virtual bool canSpeak(const QLocale &locale) const = 0;
    virtual void speak(const QString &text, const QLocale &locale) = 0;
    // Ends the current utterance now: its finished() is emitted before stop() returns.
    virtual void stop() = 0;

signals:
    void finished();
    void errorOccurred(const QString &reason);
};

class QtSpeechWorker;

// Qt TextToSpeech through speech-dispatcher (engine "speechd", which drives espeak-ng's Thai voice
// or whatever voice the site installed there). The QTextToSpeech lives in a thread of its own:
// connecting to speech-dispatcher may start the daemon and wait for it, which must not freeze
// the board. Until it has answered, canSpeak() is false (the call falls back to clips or chime).
class QtSpeechEngine : public SpeechEngine
{
    Q_OBJECT
public:
    // engine: a QTextToSpeech engine name; empty means "speechd".
    explicit QtSpeechEngine(QObject *parent = nullptr, const QString &engine = QString());
    ~QtSpeechEngine() override;

    bool canSpeak(const QLocale &locale) const override;
    void speak(const QString &text, const QLocale &locale) override;
    void stop() override;

    // Whether the engine has started (successfully or not) and reported its languages.
    bool isReady() const { return m_ready; }

signals:
    void ready(); // the languages are known

private:
    friend class QtSpeechWorker;

    QThread *m_thread = nullptr;
    QtSpeechWorker *m_worker = nullptr;
    QList<QLocale::Language> m_languages;
    bool m_ready = false;
    bool m_speaking = false;
    int m_utterance = 0; // which speak() the worker's answers belong to
};

} // namespace saduak
