#pragma once

#include <sdk/hubpart.h>

namespace saduak::idcard {

// The ID-card module at the hub: records every card read of the branch, from any counter or kiosk,
// as an audit row in the hub's outbox ("idcard.recordRead"). The branch's audit key lives beside
// the branch database (or where the module setting auditKeyFile says), at the hub only.
class IdCardHubPart final : public ModuleHubPart
{
public:
    bool initialize(HubModuleContext *context, QString *why) override;
};

} // namespace saduak::idcard
