#include "recordingmodule.h"

#include <QObject>

// Defined nowhere, on purpose.
extern "C" int saduak_test_undefined_data;

namespace saduak::test {

// Refers to a variable nothing defines. A data reference is bound when the library is loaded,
// lazy binding or not, so dlopen() itself fails.
class MissingDataModule : public QObject, public RecordingModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SADUAK_MODULE_IID FILE "missingdata.json")
    Q_INTERFACES(saduak::Module)
public:
    bool initialize(ModuleContext *context, QString *why) override
    {
        return saduak_test_undefined_data == 1 && RecordingModule::initialize(context, why);
    }
};

} // namespace saduak::test

#include "missingdata.moc"
