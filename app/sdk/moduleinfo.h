#pragma once

#include "sdkversion.h"

#include <domain/language.h>

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace saduak {

// What a module says about itself in its JSON metadata file (Q_PLUGIN_METADATA ... FILE):
//   { "id": "complaints", "version": "1.0.0", "sdkVersion": 1,
//     "name": { "th": "เรื่องร้องเรียน", "en": "Complaints" }, "services": ["E"] }
// The host reads and checks this before it loads the library.
struct SADUAK_SDK_EXPORT ModuleInfo
{
    QString id; // lowercase letters, digits, '-' or '_'; unique among loaded modules
    QString version; // the module's own version, "1.0.0"
    int sdkVersion = 0;
    QString thaiName;
    QString englishName;
    QStringList services; // service codes the module serves ("A", "B", ...)

    QString name(Language language) const;

    // Parses the "MetaData" object of a plugin; nullopt with a reason (for the log) when broken.
    static std::optional<ModuleInfo> fromJson(const QJsonObject &metaData, QString *why = nullptr);
};

} // namespace saduak
