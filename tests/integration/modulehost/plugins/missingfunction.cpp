#include "recordingmodule.h"

#include <QObject>

// Defined nowhere, on purpose.
extern "C" int saduak_test_undefined_function();

namespace saduak::test {

// Calls a function nothing defines. The call goes through the PLT, which glibc binds lazily at the
// first call: without ResolveAllSymbolsHint this plugin would load and then abort the program in
// allModulesReady().
class MissingFunctionModule : public QObject, public RecordingModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SADUAK_MODULE_IID FILE "missingfunction.json")
    Q_INTERFACES(saduak::Module)
public:
    void allModulesReady() override
    {
        if (saduak_test_undefined_function() == 1)
            RecordingModule::allModulesReady();
    }
};

} // namespace saduak::test

#include "missingfunction.moc"
