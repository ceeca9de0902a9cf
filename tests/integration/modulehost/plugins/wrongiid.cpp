#include "recordingmodule.h"

#include <QObject>

namespace saduak::test {

// Built as if against SDK 2: the IID says so, while its JSON (wrongly) claims sdkVersion 1, so
// only the IID check can catch it.
class WrongIidModule : public QObject, public RecordingModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "th.go.saduak.Module/2" FILE "wrongiid.json")
    Q_INTERFACES(saduak::Module)
};

} // namespace saduak::test

#include "wrongiid.moc"
