#pragma once

#include "kioskpage.h"
#include "sdkversion.h"

#include <QList>
#include <QString>
#include <QtPlugin>
#include <memory>

class QWidget;

namespace saduak {

class ModuleContext;
class ModuleHubPart;

// What a module plugin implements: its desk part (this class: counter panel, kiosk page), and its
// hub part (createHubPart) that owns its records where the branch's database is. A process that
// runs the hub (inside `saduak`, or `saduak-hub`) creates the hub parts before any desk part
// starts; a client PC has desk parts only, and `saduak-hub` hub parts only.
// The host calls the desk phases in this order, each for every module
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

    // The module's hub part; nullptr when it keeps no records. Called once per hub, before its
    // commands are served; the hub owns the result.
    virtual std::unique_ptr<ModuleHubPart> createHubPart();

    // The self-service flows this module offers at the kiosk; none by default. After
    // initialize(), on the kiosk only.
    virtual QList<KioskOffer> kioskOffers() const;
    // The page of one offered flow (offerId from kioskOffers()); the kiosk owns it (parent).
    virtual KioskPage *createKioskPage(const QString &offerId, QWidget *parent);
};

} // namespace saduak

Q_DECLARE_INTERFACE(saduak::Module, SADUAK_MODULE_IID)
