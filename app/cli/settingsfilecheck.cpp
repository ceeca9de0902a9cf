#include "settingsfilecheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("saduak::SettingsFileCheck", text);
}

enum class Kind { Text, Bool, Whole, Number, Language };

struct KnownKey
{
    const char16_t *name;
    Kind kind;
    double low = 0;
    double high = 0;
};

// Every key a Saduak program reads, with the values its reader takes (README, "Settings"; the
// readers: AppSettings, BranchHub::queueSettingsFrom, HubLimits::from, SyncClient::optionsFrom).
// A new key is added here with its reader.
constexpr std::array kKnownKeys {
    KnownKey {u"ui/language", Kind::Language},
    KnownKey {u"counter/number", Kind::Whole, 1, 999},
    KnownKey {u"hub/database", Kind::Text},
    KnownKey {u"hub/port", Kind::Whole, 0, 65535},
    KnownKey {u"hub/url", Kind::Text},
    KnownKey {u"hub/token", Kind::Text},
    KnownKey {u"hub/pinSha256", Kind::Text},
    KnownKey {u"hub/tlsCert", Kind::Text},
    KnownKey {u"hub/tlsKey", Kind::Text},
    KnownKey {u"hub/maxConnections", Kind::Whole, 1, 1'000'000},
    KnownKey {u"hub/maxQueuedKiB", Kind::Number, 64, 1024 * 1024},
    KnownKey {u"hub/helloTimeoutSeconds", Kind::Number, 0.05, 3600},
    KnownKey {u"hub/pingIntervalSeconds", Kind::Number, 0.05, 3600},
    KnownKey {u"hub/idleTimeoutSeconds", Kind::Number, 0.1, 86400},
    KnownKey {u"hub/maxFailedHellos", Kind::Whole, 1, 1000},
    KnownKey {u"hub/failedHelloWindowSeconds", Kind::Number, 0.05, 86400},
    KnownKey {u"hub/maxFailedHelloAddresses", Kind::Whole, 1, 1'000'000},
    KnownKey {u"hub/logWindowSeconds", Kind::Number, 0.05, 86400},
    KnownKey {u"modules/folder", Kind::Text},
    KnownKey {u"branch/thaiName", Kind::Text},
    KnownKey {u"branch/englishName", Kind::Text},
    KnownKey {u"kiosk/printer", Kind::Text},
    KnownKey {u"kiosk/idleResetSeconds", Kind::Whole, 1, 86400},
    KnownKey {u"kiosk/pageIdleSeconds", Kind::Whole, 1, 86400},
    KnownKey {u"kiosk/ticketStatusBase", Kind::Text},
    KnownKey {u"printing/receiptPrinter", Kind::Text},
    KnownKey {u"printing/formPrinter", Kind::Text},
    KnownKey {u"display/lastCallRows", Kind::Whole, 1, 10},
    KnownKey {u"display/highlightSeconds", Kind::Whole, 1, 3600},
    KnownKey {u"display/voiceFolder", Kind::Text},
    KnownKey {u"display/speakEnglish", Kind::Bool},
    KnownKey {u"queue/recallPauseSeconds", Kind::Whole, 0, 3600},
    KnownKey {u"queue/maxRecalls", Kind::Whole, 0, 100},
    KnownKey {u"queue/rolloverHour", Kind::Whole, 0, 23},
    KnownKey {u"queue/openAllDay", Kind::Bool},
    KnownKey {u"central/url", Kind::Text},
    KnownKey {u"central/token", Kind::Text},
    KnownKey {u"central/timeoutSeconds", Kind::Whole, 1, 3600},
    KnownKey {u"central/batchSize", Kind::Whole, 1, 1000},
    KnownKey {u"central/warnPendingHours", Kind::Whole, 1, 24 * 365},
    KnownKey {u"central/caFile", Kind::Text},
    KnownKey {u"central/pinSha256", Kind::Text},
    KnownKey {u"central/datasets", Kind::Text},
    KnownKey {u"central/pullIntervalSeconds", Kind::Whole, 1, 86400},
    KnownKey {u"central/maxBackoffSeconds", Kind::Whole, 1, 86400},
    KnownKey {u"central/keepSentDays", Kind::Whole, 1, 3650},
};

const KnownKey *known(const QString &key)
{
    for (const KnownKey &k : kKnownKeys) {
        if (key == QStringView(k.name))
            return &k;
    }
    return nullptr;
}

// Why value does not fit key's kind, empty when it does.
QString misfit(const KnownKey &key, QString value)
{
    if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
        value = value.mid(1, value.size() - 2);
    switch (key.kind) {
    case Kind::Text:
        return {};
    case Kind::Bool:
        if (value == u"true"_s || value == u"false"_s)
            return {};
        return translated(QT_TRANSLATE_NOOP("saduak::SettingsFileCheck", "true or false"));
    case Kind::Language:
        if (value == u"th"_s || value == u"en"_s)
            return {};
        return translated(QT_TRANSLATE_NOOP("saduak::SettingsFileCheck", "th or en"));
    case Kind::Whole:
    case Kind::Number: {
        bool ok = false;
        const double number = key.kind == Kind::Whole ? double(value.toLongLong(&ok))
                                                      : value.toDouble(&ok);
        if (ok && std::isfinite(number) && number >= key.low && number <= key.high)
            return {};
        return (key.kind == Kind::Whole
                       ? translated(QT_TRANSLATE_NOOP(
                           "saduak::SettingsFileCheck", "a whole number from %1 to %2"))
                       : translated(QT_TRANSLATE_NOOP(
                           "saduak::SettingsFileCheck", "a number from %1 to %2")))
            .arg(key.low)
            .arg(key.high);
    }
    }
    return {};
}

} // namespace

QStringList SettingsFileCheck::problemsOf(const QString &path, bool mustExist)
{
    const QString file = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        if (!mustExist)
            return {};
        return {translated(QT_TRANSLATE_NOOP("saduak::SettingsFileCheck",
            "The settings file %1 does not exist. Check the path given with --settings."))
                    .arg(file)};
    }
    if (info.isDir())
        return {translated(QT_TRANSLATE_NOOP("saduak::SettingsFileCheck",
            "The settings file %1 is a folder, not a file."))
                    .arg(file)};
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return {translated(QT_TRANSLATE_NOOP("saduak::SettingsFileCheck",
            "The settings file %1 cannot be read: %2"))
                    .arg(file, in.errorString())};
    const QByteArray bytes = in.readAll();
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(bytes);
    if (bytes.contains('\0') || utf8.hasError())
        return {translated(QT_TRANSLATE_NOOP("saduak::SettingsFileCheck",
            "The settings file %1 is not a settings file: it holds bytes that are not text "
            "(UTF-8). Give an INI file of key=value lines."))
                    .arg(file)};

    QStringList problems;
    QString group;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const int number = int(i + 1);
        if (line.isEmpty() || line.startsWith(u';') || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            group = line.mid(1, line.size() - 2).trimmed();
            if (group.compare(u"General"_s, Qt::CaseInsensitive) == 0)
                group.clear();
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0) {
            problems << translated(QT_TRANSLATE_NOOP("saduak::SettingsFileCheck",
                "%1, line %2: \"%3\" is not a key=value line."))
                            .arg(file)
                            .arg(number)
                            .arg(line);
            continue;
        }
        // QSettings writes a "/" inside a key of a section as "\".
        const QString name = line.left(equals).trimmed().replace(u'\\', u'/');
        const QString key = group.isEmpty() ? name : group + u'/' + name;
        const QString value = line.mid(equals + 1).trimmed();
        if (key.startsWith(u"modules/"_s) && key != u"modules/folder"_s)
            continue; // a module's own (modules/<id>/...): the module checks it
        const KnownKey *k = known(key);
        if (!k) {
            problems << translated(QT_TRANSLATE_NOOP("saduak::SettingsFileCheck",
                "%1, line %2: unknown key %3: no part of Saduak reads it. Check its spelling "
                "against README, \"Settings\", and docs/deployment.md."))
                            .arg(file)
                            .arg(number)
                            .arg(key);
            continue;
        }
        const QString expected = misfit(*k, value);
        if (!expected.isEmpty())
            problems << translated(QT_TRANSLATE_NOOP("saduak::SettingsFileCheck",
                "%1, line %2: %3=%4 is not valid; it takes %5."))
                            .arg(file)
                            .arg(number)
                            .arg(key, value, expected);
    }
    return problems;
}

} // namespace saduak
