#include "appsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

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

QString AppSettings::moduleFolder() const
{
    // Beside the program in the build tree; lib/saduak/modules when installed.
    const QString appDir = QCoreApplication::applicationDirPath();
    QString fallback = QDir(appDir).filePath(u"../../modules"_s);
    if (!QDir(fallback).exists())
        fallback = QDir(appDir).filePath(u"../lib/saduak/modules"_s);
    return QDir::cleanPath(m_settings.value(u"modules/folder"_s, fallback).toString());
}

} // namespace saduak
