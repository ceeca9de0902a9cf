#pragma once

#include <domain/language.h>

#include <QSettings>
#include <QString>
#include <optional>

namespace saduak {

// The program's settings file (INI, under the user's config folder unless a path is given).
// Every key the shell reads is named here, so a support person can find them in one place.
class AppSettings
{
public:
    explicit AppSettings(const QString &filePath = {});

    QString filePath() const { return m_settings.fileName(); }

    std::optional<Language> language() const; // nullopt: follow the system locale
    void setLanguage(Language language);

    int counterNumber() const; // which counter this PC is; 1 by default
    void setCounterNumber(int number);

    QString databasePath() const; // the branch database for the embedded hub
    quint16 hubPort() const;      // the LAN port of `--serve`; 7420
    QString hubUrl() const;       // the hub a client PC joins; empty: run the branch here
    QString hubToken() const;     // this PC's pairing token for that hub
    QString moduleFolder() const; // where module plugins are loaded from

    QSettings &raw() { return m_settings; } // for module settings ("modules/<id>/...")

private:
    mutable QSettings m_settings;
};

} // namespace saduak
