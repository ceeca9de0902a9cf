#include "languageswitcher.h"

#include <domain/translatabletext.h>
#include <i18n/translation.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace saduak {

LanguageSwitcher::LanguageSwitcher(QObject *parent) : QObject(parent) { }

Language LanguageSwitcher::startLanguage(std::optional<Language> setting, const QLocale &system)
{
    if (setting)
        return *setting;
    const QLocale::Language lang = system.language();
    if (lang == QLocale::C || lang == QLocale::AnyLanguage || lang == QLocale::Thai)
        return Language::Thai;
    return Language::English;
}

bool LanguageSwitcher::setLanguage(Language language)
{
    if (m_installed)
        QCoreApplication::removeTranslator(&m_translator);
    const bool loaded = loadTranslation(m_translator, language);
    m_installed = loaded && QCoreApplication::installTranslator(&m_translator);
    m_current = language;
    setInstalledLanguage(language); // before the signal: screens redraw hub refusals in it
    Q_EMIT languageChanged(language);
    return m_installed;
}

void LanguageSwitcher::toggle()
{
    setLanguage(m_current == Language::Thai ? Language::English : Language::Thai);
}

} // namespace saduak
