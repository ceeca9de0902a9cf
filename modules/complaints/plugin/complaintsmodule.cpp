#include "complaintsmodule.h"

#include "complaintshubpart.h"

namespace saduak::complaints {

bool ComplaintsModule::initialize(ModuleContext *context, QString *why)
{
    Q_UNUSED(why);
    m_context = context;
    return true;
}

std::unique_ptr<ModuleHubPart> ComplaintsModule::createHubPart()
{
    return std::make_unique<ComplaintsHubPart>();
}

} // namespace saduak::complaints
