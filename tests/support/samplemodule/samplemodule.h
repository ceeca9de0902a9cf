#pragma once

#include <sdk/hubpart.h>
#include <sdk/kioskpage.h>
#include <sdk/module.h>

#include <QObject>

class QLabel;
class QLineEdit;
class QStringListModel;

namespace saduak::sample {

// A module for the tests, written only against the installed SDK's headers as a third party's
// would be: notes filed at a kiosk page or a counter, kept at the hub (table sample_note), sent to
// central (outbox kind "sample.note"), listed at every counter, with a receipt for the citizen.
//   hub part:     command "sample.fileNote" {text} -> {noteId}, event "sample.noteFiled",
//                 query "sample.listNotes" -> {notes: [{id, text, device}]}
//   counter panel: the notes, refreshed on the event and when the hub is back; logs what it shows
//                 ("saduak.module.sample: panel shows N notes: …") for the process-level tests
//   kiosk page:   type a note, Enter files it and prints a receipt
class SampleModule : public QObject, public Module
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID SADUAK_MODULE_IID FILE "sample.json")
    Q_INTERFACES(saduak::Module)
public:
    bool initialize(ModuleContext *context, QString *why) override;
    QWidget *createPanel(QWidget *parent) override;
    std::unique_ptr<ModuleHubPart> createHubPart() override;
    QList<KioskOffer> kioskOffers() const override;
    KioskPage *createKioskPage(const QString &offerId, QWidget *parent) override;

private:
    ModuleContext *m_context = nullptr;
};

class SampleHubPart final : public ModuleHubPart
{
public:
    bool initialize(HubModuleContext *context, QString *why) override;

private:
    HubModuleContext *m_context = nullptr;
};

class SamplePanel : public QWidget
{
    Q_OBJECT
public:
    SamplePanel(ModuleContext &context, QWidget *parent);

private:
    void refresh();
    ModuleContext &m_context;
    QStringListModel *m_notes = nullptr;
    QLabel *m_status = nullptr;
};

class SampleKioskPage : public KioskPage
{
    Q_OBJECT
public:
    SampleKioskPage(ModuleContext &context, QWidget *parent);
    void aboutToClose() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void file();
    ModuleContext &m_context;
    QLineEdit *m_text = nullptr;
    QLabel *m_result = nullptr;
    bool m_filing = false;
};

} // namespace saduak::sample
