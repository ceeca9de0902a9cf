#pragma once

#include <sdk/moduleinfo.h>

#include <QList>
#include <QString>
#include <memory>

class QPluginLoader;

namespace saduak {

class Module;

// What became of one plugin file, with a reason a support person can act on.
struct ModuleLoadResult
{
    enum class Status { Loaded, WrongSdkVersion, BadMetadata, DuplicateId, LoadFailed };
    Status status = Status::LoadFailed;
    QString filePath;
    QString moduleId; // when the metadata named one
    QString reason; // empty when Loaded
};

QString toString(ModuleLoadResult::Status status);

// A module that loaded: its checked metadata and its instance (owned by the plugin loader).
struct LoadedModule
{
    ModuleInfo info;
    QString filePath;
    Module *instance = nullptr;
};

// Scans a folder for module plugins in file-name order (deterministic), reads and checks each
// plugin's JSON before loading its library, loads the good ones and refuses the rest with a
// logged reason, going on with the others. Refusals are logged with qCWarning and loads with
// qCInfo in the category "saduak.modules". Ids stay taken across calls: loading the same folder
// again with the same loader reports every loaded module as DuplicateId.
//
// SDK versions (app/sdk/README.md, "Versions"): a module is loaded when its IID carries the host's
// SDK major and its JSON "sdkVersion" v has oldestCompatible <= v <= hostSdkVersion. Both are the
// program's own (sdkversion.h) unless a test gives others.
class ModuleLoader
{
public:
    explicit ModuleLoader(
        SdkVersion hostSdkVersion = kSdkVersion, SdkVersion oldestCompatible = kSdkCompatVersion);
    ~ModuleLoader(); // unloads nothing: Qt plugins stay loaded until exit

    QList<ModuleLoadResult> loadFolder(const QString &folder);
    const QList<LoadedModule> &modules() const { return m_modules; }

private:
    ModuleLoadResult loadFile(const QString &filePath);

    SdkVersion m_hostSdkVersion;
    SdkVersion m_oldestCompatible;
    QList<LoadedModule> m_modules;
    QList<std::shared_ptr<QPluginLoader>> m_loaders;
};

} // namespace saduak
