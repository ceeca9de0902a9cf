#include "modulecontext.h"

namespace saduak {

// Out of line so each interface's vtable is emitted once, in the SDK library, and the host's
// implementations and the plugins agree on one type.
ModuleStorage::~ModuleStorage() = default;
ModuleOutbox::~ModuleOutbox() = default;
ModuleSettings::~ModuleSettings() = default;
ModuleContext::~ModuleContext() = default;

} // namespace saduak
