#pragma once

#include <sdk/module.h>
#include <sdk/modulecontext.h>

namespace saduak::test {

// A module that writes each phase the host calls into its own settings ("phase" = name). The
// test's context turns those writes into one journal across all modules, so the order the host
// calls phases in is seen from the modules' side, through the real plugin boundary.
class RecordingModule : public Module
{
public:
    bool initialize(ModuleContext *context, QString *why) override
    {
        Q_UNUSED(why);
        m_context = context;
        record(QStringLiteral("initialize"));
        return true;
    }
    void allModulesReady() override { record(QStringLiteral("allModulesReady")); }
    void aboutToShutDown() override { record(QStringLiteral("aboutToShutDown")); }

protected:
    void record(const QString &phase)
    {
        if (m_context && m_context->settings())
            m_context->settings()->setValue(QStringLiteral("phase"), phase);
    }

    ModuleContext *m_context = nullptr;
};

} // namespace saduak::test
