#include "recordingmodule.h"

#include <QObject>

namespace saduak::test {

// A module of SDK 1, as it was built then: IID th.go.saduak.Module/1 and a whole-number
// "sdkVersion": 1. The IID refuses it (rebuild the module) before its JSON is read.
class WrongIidModule : public QObject, public RecordingModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "th.go.saduak.Module/1" FILE "wrongiid.json")
    Q_INTERFACES(saduak::Module)
};

} // namespace saduak::test

#include "wrongiid.moc"
