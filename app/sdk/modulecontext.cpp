#include "modulecontext.h"

namespace saduak {

// Out of line so each interface's vtable is emitted once, in the SDK library, and the host's
// implementations and the plugins agree on one type.
ModuleStorage::~ModuleStorage() = default;
ModuleOutbox::~ModuleOutbox() = default;
ModuleSettings::~ModuleSettings() = default;
ModuleContext::~ModuleContext() = default;

// A context that has no shared citizen (a test's) lets publishing fall through.
void ModuleContext::publishCitizen(const Citizen &citizen)
{
    Q_UNUSED(citizen);
}

void ModuleContext::clearCitizen() { }

Workplace ModuleContext::workplace() const
{
    return {};
}

Language ModuleContext::language() const
{
    return Language::Thai;
}

} // namespace saduak
