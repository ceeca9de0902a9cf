#pragma once

#include <sdk/hubpart.h>

namespace saduak::complaints {

// The complaints module at the hub: owns the branch's complaints (tables complaints_*), files them
// with their tracking numbers and sends each to central in the outbox; answers lookups with what
// central sent back as the data set complaint-status (README.md, "One writer for each part").
class ComplaintsHubPart final : public ModuleHubPart
{
public:
    bool initialize(HubModuleContext *context, QString *why) override;
};

} // namespace saduak::complaints
