#pragma once

#include <sdk/module.h>

#include <QObject>

namespace hello {

// The smallest Saduak module: it starts, says so in the program's log, and shows a label in the
// counter screen's module area.
class HelloModule : public QObject, public saduak::Module
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SADUAK_MODULE_IID FILE "hello.json")
    Q_INTERFACES(saduak::Module)

public:
    bool initialize(saduak::ModuleContext *context, QString *why) override;
    QWidget *createPanel(QWidget *parent) override;
};

} // namespace hello
