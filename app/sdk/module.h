#pragma once

#include "sdkversion.h"

#include <QString>
#include <QtPlugin>

class QWidget;

namespace saduak {

class ModuleContext;

// What a module plugin implements. The host calls the phases in this order, each for every module
// in a deterministic order (module id), and a module never assumes the order of its neighbours:
//   initialize()        register what it offers; no I/O on the UI thread
//   allModulesReady()   every module is initialized: may look others up through the SDK
//   aboutToShutDown()   finish or persist work
class SADUAK_SDK_EXPORT Module
{
public:
    virtual ~Module();

    // context outlives the module. Return false with a reason to be unloaded.
    virtual bool initialize(ModuleContext *context, QString *why) = 0;
    virtual void allModulesReady();
    virtual void aboutToShutDown();

    // The module's panel in the counter screen's module area; nullptr when it has none.
    virtual QWidget *createPanel(QWidget *parent);
};

} // namespace saduak

Q_DECLARE_INTERFACE(saduak::Module, SADUAK_MODULE_IID)
