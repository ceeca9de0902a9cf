#include "modulehost.h"

#include <sdk/module.h>
#include <sdk/modulecontext.h>

#include <QLoggingCategory>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace saduak {

namespace {
Q_LOGGING_CATEGORY(lcModules, "saduak.modules")
}

ModuleHost::ModuleHost(ModuleLoader &loader, ContextFactory makeContext)
    : m_loader(loader), m_makeContext(std::move(makeContext))
{ }

void ModuleHost::start()
{
    if (m_started)
        return;
    m_started = true;

    // Module id order, not file order: renaming a file must not change what a module sees first.
    QList<LoadedModule> modules = m_loader.modules();
    std::sort(modules.begin(), modules.end(),
        [](const LoadedModule &a, const LoadedModule &b) { return a.info.id < b.info.id; });

    for (const LoadedModule &module : std::as_const(modules)) {
        ModuleContext *context = m_makeContext ? m_makeContext(module.info) : nullptr;
        QString why;
        if (context && module.instance->initialize(context, &why)) {
            m_running.append(module);
            continue;
        }
        if (!context)
            why = u"the host made no context for it"_s;
        else if (why.isEmpty())
            why = u"no reason given"_s;
        why = u"initialize failed: "_s + why;
        qCWarning(lcModules).noquote()
            << "dropped module" << module.info.id << "from" << module.filePath << '-' << why;
        m_failures.append(ModuleLoadResult {
            ModuleLoadResult::Status::LoadFailed, module.filePath, module.info.id, why});
    }

    // Only once every module is initialized, so a module may rely on its neighbours' services.
    for (const LoadedModule &module : std::as_const(m_running))
        module.instance->allModulesReady();
}

void ModuleHost::shutDown()
{
    // The shell may reach shutdown on more than one path (quit, last window closed, a signal); a
    // module must not be asked twice to persist its work.
    if (!m_started || m_shutDown)
        return;
    m_shutDown = true;
    for (const LoadedModule &module : std::as_const(m_running))
        module.instance->aboutToShutDown();
}

} // namespace saduak
