#include "recordingmodule.h"

#include <QObject>

namespace saduak::test {

// A second good module: its file sorts first, its id last, so file order and id order differ.
class OtherModule : public QObject, public RecordingModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SADUAK_MODULE_IID FILE "other.json")
    Q_INTERFACES(saduak::Module)
};

} // namespace saduak::test

#include "other.moc"
