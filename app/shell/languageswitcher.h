#pragma once

#include <domain/language.h>

#include <QLocale>
#include <QObject>
#include <QTranslator>
#include <optional>

namespace saduak {

// Installs the Thai or English translation and switches between them while the program runs;
// every window retranslates itself on QEvent::LanguageChange.
class LanguageSwitcher : public QObject
{
    Q_OBJECT
public:
    explicit LanguageSwitcher(QObject *parent = nullptr);

    // The language to start in: the setting when there is one, else English only for a system
    // locale that asks for another language; Thai for a Thai locale and for "C" (no preference).
    static Language startLanguage(std::optional<Language> setting, const QLocale &system);

    Language current() const { return m_current; }
    bool setLanguage(Language language); // false if the translation could not be loaded
    void toggle();

Q_SIGNALS:
    void languageChanged(saduak::Language language);

private:
    QTranslator m_translator;
    Language m_current = Language::Thai;
    bool m_installed = false;
};

} // namespace saduak
