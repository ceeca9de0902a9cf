#include "appsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

QString defaultSettingsPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/saduak.ini"_s;
}

} // namespace

AppSettings::AppSettings(const QString &filePath)
    : m_settings(filePath.isEmpty() ? defaultSettingsPath() : filePath, QSettings::IniFormat)
{ }

std::optional<Language> AppSettings::language() const
{
    const QString value = m_settings.value(u"ui/language"_s).toString();
    if (value == u"th"_s)
        return Language::Thai;
    if (value == u"en"_s)
        return Language::English;
    return std::nullopt;
}

void AppSettings::setLanguage(Language language)
{
    m_settings.setValue(u"ui/language"_s, language == Language::Thai ? u"th"_s : u"en"_s);
}

int AppSettings::counterNumber() const
{
    return m_settings.value(u"counter/number"_s, 1).toInt();
}

void AppSettings::setCounterNumber(int number)
{
    m_settings.setValue(u"counter/number"_s, number);
}

QString AppSettings::databasePath() const
{
    const QString fallback
        = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/branch.sqlite"_s;
    return m_settings.value(u"hub/database"_s, fallback).toString();
}

quint16 AppSettings::hubPort() const
{
    return quint16(m_settings.value(u"hub/port"_s, 7420).toUInt());
}

QString AppSettings::hubUrl() const
{
    return m_settings.value(u"hub/url"_s).toString();
}

QString AppSettings::hubToken() const
{
    return m_settings.value(u"hub/token"_s).toString();
}

QString AppSettings::hubPin() const
{
    return m_settings.value(u"hub/pinSha256"_s).toString();
}

QString AppSettings::moduleFolder() const
{
    // Installed: <prefix>/lib/saduak/modules beside <prefix>/bin, wherever the prefix is. Else
    // the build tree's modules folder, two up from build/app/saduak. The installed layout is
    // asked first: from <prefix>/bin, "../../modules" is a folder outside the prefix.
    const QString appDir = QCoreApplication::applicationDirPath();
    QString fallback = QDir(appDir).filePath(u"../lib/saduak/modules"_s);
    if (!QDir(fallback).exists())
        fallback = QDir(appDir).filePath(u"../../modules"_s);
    return QDir::cleanPath(m_settings.value(u"modules/folder"_s, fallback).toString());
}

QString AppSettings::centerName(Language language) const
{
    // The official names of the one-stop centers (ศูนย์ราชการสะดวก, GECC); a branch adds its own.
    if (language == Language::Thai)
        return m_settings.value(u"branch/thaiName"_s, u"ศูนย์ราชการสะดวก"_s).toString();
    return m_settings.value(u"branch/englishName"_s, u"Government Easy Contact Center"_s)
        .toString();
}

QString AppSettings::kioskPrinter() const
{
    return m_settings.value(u"kiosk/printer"_s).toString().trimmed();
}

void AppSettings::setKioskPrinter(const QString &address)
{
    m_settings.setValue(u"kiosk/printer"_s, address);
}

int AppSettings::kioskIdleResetSeconds() const
{
    const int seconds = m_settings.value(u"kiosk/idleResetSeconds"_s, 20).toInt();
    return seconds > 0 ? seconds : 20;
}

int AppSettings::kioskPageIdleSeconds() const
{
    const int seconds = m_settings.value(u"kiosk/pageIdleSeconds"_s, 90).toInt();
    return seconds > 0 ? seconds : 90;
}

void AppSettings::setKioskIdleResetSeconds(int seconds)
{
    m_settings.setValue(u"kiosk/idleResetSeconds"_s, seconds);
}

QString AppSettings::ticketStatusBase() const
{
    return m_settings.value(u"kiosk/ticketStatusBase"_s).toString();
}

QString AppSettings::receiptPrinter() const
{
    if (m_settings.contains(u"printing/receiptPrinter"_s))
        return m_settings.value(u"printing/receiptPrinter"_s).toString().trimmed();
    return kioskPrinter();
}

QString AppSettings::formPrinter() const
{
    return m_settings.value(u"printing/formPrinter"_s).toString().trimmed();
}

int AppSettings::displayLastCallRows() const
{
    return std::clamp(m_settings.value(u"display/lastCallRows"_s, 4).toInt(), 1, 10);
}

int AppSettings::displayHighlightSeconds() const
{
    const int seconds = m_settings.value(u"display/highlightSeconds"_s, 10).toInt();
    return seconds > 0 ? seconds : 10;
}

QString AppSettings::displayVoiceFolder() const
{
    if (m_settings.contains(u"display/voiceFolder"_s))
        return m_settings.value(u"display/voiceFolder"_s).toString();
    const QString built = QStringLiteral(SADUAK_VOICE_CLIP_DIR);
    if (!built.isEmpty() && QDir(built).exists())
        return built;
    const QString installed
        = QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../share/saduak/voice/th"_s);
    if (QDir(installed).exists())
        return installed;
    return {};
}

bool AppSettings::displaySpeakEnglish() const
{
    return m_settings.value(u"display/speakEnglish"_s, false).toBool();
}

} // namespace saduak
