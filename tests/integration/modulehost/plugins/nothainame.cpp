#include "recordingmodule.h"

#include <QObject>

namespace saduak::test {

// Its JSON has no name.th: refused before its library is loaded.
class NoThaiNameModule : public QObject, public RecordingModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SADUAK_MODULE_IID FILE "nothainame.json")
    Q_INTERFACES(saduak::Module)
};

} // namespace saduak::test

#include "nothainame.moc"
