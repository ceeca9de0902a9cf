#include "translation.h"

#include <domain/translatabletext.h>

#include <QCoreApplication>
#include <QStringList>

#include <QTranslator>

using namespace Qt::StringLiterals;

namespace saduak {

bool loadTranslation(QTranslator &translator, Language language)
{
    const QString file = language == Language::Thai ? u"saduak_th"_s : u"saduak_en"_s;
    return translator.load(file, u":/i18n"_s);
}

Language installProgramTranslation(QTranslator &translator, const QStringList &arguments)
{
    const bool english = arguments.contains(u"--language=en"_s)
        || arguments.join(u' ').contains(u"--language en"_s);
    const Language language = english ? Language::English : Language::Thai;
    if (loadTranslation(translator, language))
        QCoreApplication::installTranslator(&translator);
    setInstalledLanguage(language);
    return language;
}

} // namespace saduak
