#include "recordingmodule.h"

#include <QObject>

namespace saduak::test {

// Same id as good.json: its file sorts after 02_good, so the loader must refuse this one.
class GoodAgainModule : public QObject, public RecordingModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SADUAK_MODULE_IID FILE "goodagain.json")
    Q_INTERFACES(saduak::Module)
};

} // namespace saduak::test

#include "goodagain.moc"
