#include "translation.h"

#include <QTranslator>

using namespace Qt::StringLiterals;

namespace saduak {

bool loadTranslation(QTranslator &translator, Language language)
{
    const QString file = language == Language::Thai ? u"saduak_th"_s : u"saduak_en"_s;
    return translator.load(file, u":/i18n"_s);
}

} // namespace saduak
