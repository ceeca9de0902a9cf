#pragma once

#include <sdk/module.h>

#include <QObject>

namespace saduak::complaints {

// The complaints module (README.md): its hub part keeps the branch's complaints; its desk part is
// the counter panel (intake with the citizen from the ID card, lookup, the branch's list with
// overdue ones first) and the kiosk's pages (file a complaint, ask where one stands).
class ComplaintsModule : public QObject, public Module
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SADUAK_MODULE_IID FILE "complaints.json")
    Q_INTERFACES(saduak::Module)
public:
    bool initialize(ModuleContext *context, QString *why) override;
    std::unique_ptr<ModuleHubPart> createHubPart() override;
    QWidget *createPanel(QWidget *parent) override;
    // "file" (file a complaint) and "status" (where does my complaint stand).
    QList<KioskOffer> kioskOffers() const override;
    KioskPage *createKioskPage(const QString &offerId, QWidget *parent) override;

private:
    ModuleContext *m_context = nullptr;
};

} // namespace saduak::complaints
