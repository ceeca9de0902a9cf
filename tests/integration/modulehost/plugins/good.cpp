#include "recordingmodule.h"

#include <QObject>

namespace saduak::test {

// The good module: serves A and B, records its phases.
class GoodModule : public QObject, public RecordingModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SADUAK_MODULE_IID FILE "good.json")
    Q_INTERFACES(saduak::Module)
};

} // namespace saduak::test

#include "good.moc"
