#include "moduleloader.h"

#include <sdk/module.h>

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLibrary>
#include <QLoggingCategory>
#include <QPluginLoader>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {

Q_LOGGING_CATEGORY(lcModules, "saduak.modules")

// Every IID a Saduak module has carried starts with this; the number after it is the SDK major.
constexpr auto kIidPrefix = "th.go.saduak.Module/"_L1;

ModuleLoadResult refused(
    ModuleLoadResult result, ModuleLoadResult::Status status, const QString &reason)
{
    result.status = status;
    result.reason = reason;
    return result;
}

} // namespace

QString toString(ModuleLoadResult::Status status)
{
    switch (status) {
    case ModuleLoadResult::Status::Loaded:
        return u"Loaded"_s;
    case ModuleLoadResult::Status::WrongSdkVersion:
        return u"WrongSdkVersion"_s;
    case ModuleLoadResult::Status::BadMetadata:
        return u"BadMetadata"_s;
    case ModuleLoadResult::Status::DuplicateId:
        return u"DuplicateId"_s;
    case ModuleLoadResult::Status::LoadFailed:
        return u"LoadFailed"_s;
    }
    return u"Unknown"_s;
}

ModuleLoader::ModuleLoader(SdkVersion hostSdkVersion, SdkVersion oldestCompatible)
    : m_hostSdkVersion(hostSdkVersion), m_oldestCompatible(oldestCompatible)
{
    Q_ASSERT(oldestCompatible <= hostSdkVersion);
    Q_ASSERT(oldestCompatible.majorVersion == hostSdkVersion.majorVersion);
}

ModuleLoader::~ModuleLoader() = default;

QList<ModuleLoadResult> ModuleLoader::loadFolder(const QString &folder)
{
    QList<ModuleLoadResult> results;
    const QDir dir(folder);
    if (!dir.exists()) {
        qCWarning(lcModules).noquote()
            << "module folder" << dir.absolutePath() << "does not exist: no modules loaded";
        return results;
    }

    // Unreadable files are listed too, so they are reported rather than silently missing.
    // Sorted here by plain UTF-16 comparison rather than by QDir::Name so the order does not
    // depend on the locale or the file system: the first file wins a duplicate id.
    QFileInfoList files = dir.entryInfoList(QDir::Files, QDir::NoSort);
    std::sort(files.begin(), files.end(),
        [](const QFileInfo &a, const QFileInfo &b) { return a.fileName() < b.fileName(); });

    for (const QFileInfo &file : std::as_const(files)) {
        const QString path = file.absoluteFilePath();
        if (!QLibrary::isLibrary(path))
            continue;
        ModuleLoadResult result = loadFile(path);
        if (result.status == ModuleLoadResult::Status::Loaded) {
            qCInfo(lcModules).noquote() << "loaded module" << result.moduleId << "from" << path;
        } else {
            qCWarning(lcModules).noquote()
                << "refused" << path << u'(' + toString(result.status) + u')' << result.reason;
        }
        results.append(result);
    }
    return results;
}

ModuleLoadResult ModuleLoader::loadFile(const QString &filePath)
{
    ModuleLoadResult result;
    result.filePath = filePath;

    auto loader = std::make_shared<QPluginLoader>(filePath);

    // Qt reads the metadata from the file without loading it, so nothing of a refused plugin
    // (static constructors included) ever runs in this process.
    const QJsonObject pluginData = loader->metaData();
    if (pluginData.isEmpty()) {
        const QString detail = loader->errorString();
        return refused(result, ModuleLoadResult::Status::BadMetadata,
            u"not a Qt plugin: "_s + (detail.isEmpty() ? u"no plugin metadata found"_s : detail));
    }

    const QString iid = pluginData.value("IID"_L1).toString();
    const bool saduakIid = iid.startsWith(kIidPrefix);
    const QJsonValue metaDataValue = pluginData.value("MetaData"_L1);
    // Named in the result even when the rest is wrong, so a support person knows which module.
    if (saduakIid)
        result.moduleId = metaDataValue.toObject().value("id"_L1).toString();

    const QString hostIid = kIidPrefix + QString::number(m_hostSdkVersion.majorVersion);
    if (iid != hostIid) {
        if (saduakIid) {
            // The IID carries the major only. Which side must change is what a support person
            // needs to know: a newer module needs a newer program, an older one a rebuild.
            bool numeric = false;
            const int iidMajor = iid.mid(kIidPrefix.size()).toInt(&numeric);
            const bool newer = numeric && iidMajor > m_hostSdkVersion.majorVersion;
            return refused(result, ModuleLoadResult::Status::WrongSdkVersion,
                u"built for SDK "_s + iid.mid(kIidPrefix.size()) + u" (IID "_s + iid
                    + u"), this program has SDK "_s + m_hostSdkVersion.toString()
                    + (newer ? u": update Saduak"_s : u": rebuild the module"_s));
        }
        return refused(result, ModuleLoadResult::Status::BadMetadata,
            u"not a Saduak module: plugin IID is \""_s + iid + u"\", expected \""_s + hostIid
                + u'"');
    }

    if (!metaDataValue.isObject()) {
        return refused(result, ModuleLoadResult::Status::BadMetadata,
            u"no module JSON (Q_PLUGIN_METADATA needs FILE \"<module>.json\")"_s);
    }
    QString why;
    const std::optional<ModuleInfo> info = ModuleInfo::fromJson(metaDataValue.toObject(), &why);
    if (!info)
        return refused(result, ModuleLoadResult::Status::BadMetadata, why);
    result.moduleId = info->id;

    // Version / CompatVersion, as Qt Creator's PluginSpec: a module built against an older minor
    // of this major uses only what this SDK still has; one built against a newer minor may call
    // what this program lacks (ResolveAllSymbolsHint would catch a missing function, but not a
    // new virtual or a changed inline), so it is refused before its library is touched.
    if (info->sdkVersion > m_hostSdkVersion) {
        return refused(result, ModuleLoadResult::Status::WrongSdkVersion,
            u"built for SDK "_s + info->sdkVersion.toString() + u", this program has SDK "_s
                + m_hostSdkVersion.toString() + u": update Saduak"_s);
    }
    if (info->sdkVersion < m_oldestCompatible) {
        return refused(result, ModuleLoadResult::Status::WrongSdkVersion,
            u"built for SDK "_s + info->sdkVersion.toString() + u", this program accepts "_s
                + m_oldestCompatible.toString() + u" to "_s + m_hostSdkVersion.toString()
                + u": rebuild the module"_s);
    }

    const auto same = std::find_if(m_modules.cbegin(), m_modules.cend(),
        [&](const LoadedModule &m) { return m.info.id == info->id; });
    if (same != m_modules.cend()) {
        return refused(result, ModuleLoadResult::Status::DuplicateId,
            u"id \""_s + info->id + u"\" is already loaded from "_s + same->filePath);
    }

    // ResolveAllSymbolsHint (RTLD_NOW): a plugin built against a library version that lacks one
    // of its functions is refused here, with the symbol's name, instead of loading fine and
    // killing the counter screen the first time it calls that function.
    // PreventUnloadHint: instances and their QObjects may outlive this loader (and Qt deletes
    // plugin instances late at exit); their code must stay mapped until then.
    loader->setLoadHints(QLibrary::ResolveAllSymbolsHint | QLibrary::PreventUnloadHint);
    if (!loader->load())
        return refused(result, ModuleLoadResult::Status::LoadFailed, loader->errorString());

    QObject *root = loader->instance();
    if (!root) {
        return refused(result, ModuleLoadResult::Status::LoadFailed,
            u"the plugin created no instance: "_s + loader->errorString());
    }
    auto *module = qobject_cast<Module *>(root);
    if (!module) {
        return refused(result, ModuleLoadResult::Status::LoadFailed,
            u"the plugin's class "_s + QString::fromLatin1(root->metaObject()->className())
                + u" does not implement saduak::Module (Q_INTERFACES missing?)"_s);
    }

    m_modules.append(LoadedModule {*info, filePath, module});
    m_loaders.append(std::move(loader));
    result.status = ModuleLoadResult::Status::Loaded;
    return result;
}

} // namespace saduak
