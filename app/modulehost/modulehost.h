#pragma once

#include "moduleloader.h"

#include <QList>
#include <functional>

namespace saduak {

class ModuleContext;

// Drives the loaded modules through their phases (initialize, all ready, about to shut down) with
// one context each, in module id order. A module whose initialize() fails is dropped with its
// reason; the loader's own refusals stay in what ModuleLoader::loadFolder() returned.
class ModuleHost
{
public:
    // Called once per module before its initialize(). The host does not own the context: whoever
    // makes it keeps it alive (a QObject parent) at least until after shutDown(). Returning
    // nullptr drops the module.
    using ContextFactory = std::function<ModuleContext *(const ModuleInfo &)>;

    ModuleHost(ModuleLoader &loader, ContextFactory makeContext);

    void start(); // initialize every module, then allModulesReady(); once
    void shutDown(); // aboutToShutDown() on every running module; once, and only after start()

    const QList<LoadedModule> &running() const { return m_running; }
    const QList<ModuleLoadResult> &failures() const { return m_failures; }

private:
    ModuleLoader &m_loader;
    ContextFactory m_makeContext;
    QList<LoadedModule> m_running;
    QList<ModuleLoadResult> m_failures;
    bool m_started = false;
    bool m_shutDown = false;
};

} // namespace saduak
