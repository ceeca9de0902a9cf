#include <sdk/sdkversion.h>

#include <QObject>

namespace saduak::test {

// Right IID and JSON, but the class forgot Q_INTERFACES(saduak::Module): qobject_cast in the host
// finds no Module and must refuse it instead of trusting the metadata.
class NoInterfaceModule : public QObject
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SADUAK_MODULE_IID FILE "nointerface.json")
};

} // namespace saduak::test

#include "nointerface.moc"
