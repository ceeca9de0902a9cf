#include "recordingmodule.h"

#include <QObject>

namespace saduak::test {

// Loads fine, then refuses to start: the host must drop it with its reason.
class FailsInitModule : public QObject, public RecordingModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SADUAK_MODULE_IID FILE "failsinit.json")
    Q_INTERFACES(saduak::Module)
public:
    bool initialize(ModuleContext *context, QString *why) override
    {
        RecordingModule::initialize(context, why);
        if (why)
            *why = QStringLiteral("the test module was told to fail");
        return false;
    }
};

} // namespace saduak::test

#include "failsinit.moc"
