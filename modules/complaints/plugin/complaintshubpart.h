#pragma once

#include "attachmentintake.h"

#include <sdk/hubpart.h>

namespace saduak::complaints {

// The complaints module at the hub: owns the branch's complaints (tables complaints_*), files them
// with their tracking numbers and sends each to central in the outbox; answers lookups with what
// central sent back as the data set complaint-status (README.md, "One writer for each part").
// Commands (README.md, "Hub commands"): file, attach; queries: lookup, list, categories, areas.
class ComplaintsHubPart final : public ModuleHubPart
{
public:
    bool initialize(HubModuleContext *context, QString *why) override;

    static constexpr int defaultListLimit = 50;
    static constexpr int maxListLimit = 200;

private:
    CommandResult file(ModuleTransaction &tx, const CommandRequest &request);
    CommandResult lookup(ModuleTransaction &tx, const CommandRequest &request);
    CommandResult list(ModuleTransaction &tx, const CommandRequest &request);
    static CommandResult categories(ModuleTransaction &tx, const CommandRequest &request);
    static CommandResult areas(ModuleTransaction &tx, const CommandRequest &request);

    HubModuleContext *m_context = nullptr;
    DamagedStagings m_damagedStagings;
};

} // namespace saduak::complaints
