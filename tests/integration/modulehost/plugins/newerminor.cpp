#include "recordingmodule.h"

#include <QObject>

namespace saduak::test {

// Built against a newer minor of this major (SDK 2.1): the IID is this SDK's, the JSON refuses
// it in a program of SDK 2.0 and lets a program of SDK 2.1 or later load it.
class NewerMinorModule : public QObject, public RecordingModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SADUAK_MODULE_IID FILE "newerminor.json")
    Q_INTERFACES(saduak::Module)
};

} // namespace saduak::test

#include "newerminor.moc"
