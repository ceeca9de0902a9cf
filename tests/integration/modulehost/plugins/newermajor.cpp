#include "recordingmodule.h"

#include <QObject>

namespace saduak::test {

// Built against a newer major (SDK 3): the IID says so, and a program of SDK 2 must tell the
// support person to update Saduak rather than to rebuild the module.
class NewerMajorModule : public QObject, public RecordingModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "th.go.saduak.Module/3" FILE "newermajor.json")
    Q_INTERFACES(saduak::Module)
};

} // namespace saduak::test

#include "newermajor.moc"
