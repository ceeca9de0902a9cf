#pragma once

#include <domain/language.h>

#include <QStringList>

class QTranslator;

namespace saduak {

// Loads the program's translation for language into translator (from the compiled-in /i18n
// resources). False if it is missing, which would be a build fault.
bool loadTranslation(QTranslator &translator, Language language);

// For the programs without a screen (saduak-hub, saduak-central): Thai unless the arguments say
// --language en (read before the command-line parser, so its own help is translated too).
// Installs the translation and records it (setInstalledLanguage); translator must outlive it.
Language installProgramTranslation(QTranslator &translator, const QStringList &arguments);

} // namespace saduak
