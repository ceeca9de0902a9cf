#include "moduleinfo.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

bool fail(QString *why, const QString &reason)
{
    if (why)
        *why = reason;
    return false;
}

// A required, non-empty string field. label is how the reason names it ("name.th").
bool readString(const QJsonObject &object, QLatin1StringView key, const QString &label,
    QString *out, QString *why)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return fail(why, u'"' + label + u"\" is missing"_s);
    if (!value.isString())
        return fail(why, u'"' + label + u"\" must be a string"_s);
    if (value.toString().trimmed().isEmpty())
        return fail(why, u'"' + label + u"\" is empty"_s);
    *out = value.toString();
    return true;
}

} // namespace

QString ModuleInfo::name(Language language) const
{
    // fromJson guarantees both; a hand-made ModuleInfo may lack one, and a name in the other
    // language beats an empty label on a screen.
    const QString &wanted = language == Language::Thai ? thaiName : englishName;
    const QString &other = language == Language::Thai ? englishName : thaiName;
    return wanted.isEmpty() ? other : wanted;
}

std::optional<ModuleInfo> ModuleInfo::fromJson(const QJsonObject &metaData, QString *why)
{
    ModuleInfo info;

    if (!readString(metaData, "id"_L1, u"id"_s, &info.id, why))
        return std::nullopt;
    // The id names the module's settings group, its migration scope and its outbox kinds, so it
    // must be safe in all of them.
    // anchoredPattern, not ^...$: '$' would also accept a trailing newline.
    static const QRegularExpression idPattern(
        QRegularExpression::anchoredPattern(u"[a-z0-9_-]+"_s));
    if (!idPattern.match(info.id).hasMatch()) {
        fail(why,
            u"\"id\" \""_s + info.id
                + u"\" may only contain lowercase letters a-z, digits, '-' and '_'"_s);
        return std::nullopt;
    }

    if (!readString(metaData, "version"_L1, u"version"_s, &info.version, why))
        return std::nullopt;

    const QJsonValue sdkVersion = metaData.value("sdkVersion"_L1);
    if (sdkVersion.isUndefined()) {
        fail(why, u"\"sdkVersion\" is missing"_s);
        return std::nullopt;
    }
    // A string, not a JSON number: 2.10 would read as 2.1. SDK 1 modules wrote a whole number.
    const std::optional<SdkVersion> sdk
        = sdkVersion.isString() ? SdkVersion::fromString(sdkVersion.toString()) : std::nullopt;
    if (!sdk) {
        // What was there, so the reason points at the mistake ("2", 2.0, true).
        QString found = u"not a string"_s;
        if (sdkVersion.isString())
            found = u'"' + sdkVersion.toString() + u'"';
        else if (sdkVersion.isDouble())
            found = QString::number(sdkVersion.toDouble());
        fail(why,
            u"\"sdkVersion\" must be the SDK version the module was built against, a string "
            "\"major.minor\" such as \""_s
                + kSdkVersion.toString() + u"\"; it is "_s + found);
        return std::nullopt;
    }
    info.sdkVersion = *sdk;

    const QJsonValue name = metaData.value("name"_L1);
    if (name.isUndefined()) {
        fail(why, u"\"name\" is missing"_s);
        return std::nullopt;
    }
    if (!name.isObject()) {
        fail(why, u"\"name\" must be an object with \"th\" and \"en\""_s);
        return std::nullopt;
    }
    if (!readString(name.toObject(), "th"_L1, u"name.th"_s, &info.thaiName, why)
        || !readString(name.toObject(), "en"_L1, u"name.en"_s, &info.englishName, why))
        return std::nullopt;

    const QJsonValue services = metaData.value("services"_L1);
    if (services.isUndefined()) {
        fail(why, u"\"services\" is missing"_s);
        return std::nullopt;
    }
    if (!services.isArray()) {
        fail(why, u"\"services\" must be an array of service codes"_s);
        return std::nullopt;
    }
    const QJsonArray serviceArray = services.toArray();
    for (qsizetype i = 0; i < serviceArray.size(); ++i) {
        const QJsonValue code = serviceArray.at(i);
        const QString label = u"services["_s + QString::number(i) + u']';
        if (!code.isString()) {
            fail(why, u'"' + label + u"\" must be a string"_s);
            return std::nullopt;
        }
        if (code.toString().trimmed().isEmpty()) {
            fail(why, u'"' + label + u"\" is empty"_s);
            return std::nullopt;
        }
        info.services.append(code.toString());
    }

    // Optional: what the module offers every screen and module of the PC.
    const QJsonValue provides = metaData.value("provides"_L1);
    if (!provides.isUndefined()) {
        if (!provides.isArray()) {
            fail(why, u"\"provides\" must be an array of capability names"_s);
            return std::nullopt;
        }
        for (const QJsonValue &capability : provides.toArray()) {
            if (!capability.isString() || capability.toString().trimmed().isEmpty()) {
                fail(why, u"\"provides\" holds something that is not a capability name"_s);
                return std::nullopt;
            }
            info.provides.append(capability.toString());
        }
    }

    if (why)
        why->clear();
    return info;
}

} // namespace saduak
