#pragma once

#include "sdkversion.h"

#include <domain/language.h>

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace saduak {

// What a module says about itself in its JSON metadata file (Q_PLUGIN_METADATA ... FILE):
//   { "id": "complaints", "version": "1.0.0", "sdkVersion": "2.0",
//     "name": { "th": "เรื่องร้องเรียน", "en": "Complaints" }, "services": ["E"] }
// The host reads and checks this before it loads the library. module-metadata.schema.json
// (installed with the SDK) is the same rules for editors and tools.
struct SADUAK_SDK_EXPORT ModuleInfo
{
    QString id; // lowercase letters, digits, '-' or '_'; unique among loaded modules
    QString version; // the module's own version, "1.0.0"
    SdkVersion sdkVersion; // the SDK the module was built against, "major.minor" in the JSON
    QString thaiName;
    QString englishName;
    QStringList services; // service codes the module serves ("A", "B", ...)
    // Optional capabilities the screens look for instead of naming a module: "citizen" (it
    // publishes the citizen from an ID card read on this PC, ModuleContext::publishCitizen).
    QStringList provides;

    QString name(Language language) const;

    // Parses the "MetaData" object of a plugin; nullopt with a reason (for the log) when broken.
    static std::optional<ModuleInfo> fromJson(const QJsonObject &metaData, QString *why = nullptr);
};

} // namespace saduak
