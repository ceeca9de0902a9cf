#pragma once

#include <QString>
#include <QStringList>

namespace saduak {

// A settings file (INI) read before anything uses it, so that a mistake is said instead of turned
// into a default in silence: a file named on the command line that is missing, a folder or not
// text; a line that is no "key=value"; a key no part of Saduak reads (a typo: "openAlDay"); a value
// its key cannot take ("queue/openAllDay=maybe", which QSettings reads as true). Each problem
// names the file, the line and the key. Keys under modules/<id>/ belong to the modules and are
// not checked here. saduak-hub uses it; QtCore only, so saduak's start can call it as well.
class SettingsFileCheck
{
public:
    // mustExist: the path was given by the person (--settings); a default path that does not
    // exist is no problem (no settings, the defaults). Problems are translated, one a line.
    static QStringList problemsOf(const QString &path, bool mustExist);
};

} // namespace saduak
