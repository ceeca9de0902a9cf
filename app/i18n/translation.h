#pragma once

#include <domain/language.h>

class QTranslator;

namespace saduak {

// Loads the program's translation for language into translator (from the compiled-in /i18n
// resources). False if it is missing, which would be a build fault.
bool loadTranslation(QTranslator &translator, Language language);

} // namespace saduak
