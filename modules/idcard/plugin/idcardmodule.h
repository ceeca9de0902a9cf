#pragma once

#include <sdk/module.h>

#include <QObject>

namespace saduak::idcard {

class CardSession;
class IdCardReaderService;

// The ID-card module: reads the citizen's national ID card on this PC's reader and shares the
// citizen with the screen and the other modules (ModuleContext::publishCitizen). Its JSON names
// service A (the ID card service, whose module the catalog says it is), but its panel and the
// reader work for every service at every counter, and at the kiosk (elderly priority).
class IdCardModule : public QObject, public Module
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SADUAK_MODULE_IID FILE "idcard.json")
    Q_INTERFACES(saduak::Module)
public:
    IdCardModule();
    ~IdCardModule() override;

    bool initialize(ModuleContext *context, QString *why) override;
    void allModulesReady() override;
    void aboutToShutDown() override;
    QWidget *createPanel(QWidget *parent) override;
    std::unique_ptr<ModuleHubPart> createHubPart() override;

private:
    ModuleContext *m_context = nullptr;
    CardSession *m_session = nullptr; // child of this
    IdCardReaderService *m_reader = nullptr; // child of this
};

} // namespace saduak::idcard
