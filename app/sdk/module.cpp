#include "module.h"

#include "hubpart.h"

namespace saduak {

// Out of line so the vtable and type info live in the SDK library once, not in every plugin: a
// qobject_cast or dynamic_cast across the plugin boundary then sees one Module type.
Module::~Module() = default;

// The later phases are optional: most modules only register what they offer in initialize().
void Module::allModulesReady() { }

void Module::aboutToShutDown() { }

QWidget *Module::createPanel(QWidget *parent)
{
    Q_UNUSED(parent);
    return nullptr;
}

QList<KioskOffer> Module::kioskOffers() const
{
    return {};
}

KioskPage *Module::createKioskPage(const QString &offerId, QWidget *parent)
{
    Q_UNUSED(offerId);
    Q_UNUSED(parent);
    return nullptr;
}

KioskPage::~KioskPage() = default;

void KioskPage::aboutToClose() { }

std::unique_ptr<ModuleHubPart> Module::createHubPart()
{
    return nullptr;
}

} // namespace saduak
