#include <QObject>

namespace saduak::test {

// Some other program's Qt plugin dropped into the module folder.
class ForeignPlugin : public QObject
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "org.example.SpellChecker/1.0" FILE "foreign.json")
};

} // namespace saduak::test

#include "foreign.moc"
