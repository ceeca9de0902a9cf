#include "recordingmodule.h"

#include <QObject>

namespace saduak::test {

// The right IID but JSON for SDK 1.0, older than the oldest this SDK is compatible with: the
// host must check both.
class WrongSdkJsonModule : public QObject, public RecordingModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SADUAK_MODULE_IID FILE "wrongsdkjson.json")
    Q_INTERFACES(saduak::Module)
};

} // namespace saduak::test

#include "wrongsdkjson.moc"
