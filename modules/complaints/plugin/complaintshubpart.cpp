#include "complaintshubpart.h"

namespace saduak::complaints {

bool ComplaintsHubPart::initialize(HubModuleContext *context, QString *why)
{
    Q_UNUSED(context);
    Q_UNUSED(why);
    return true;
}

} // namespace saduak::complaints
