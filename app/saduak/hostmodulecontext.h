#pragma once

#include <sdk/modulecontext.h>
#include <sdk/moduleinfo.h>
#include <sdk/moduleprinting.h>

#include <QByteArray>
#include <QLoggingCategory>
#include <QPointer>

class QSettings;

namespace saduak {

class DeskState;
class QueueLink;

// The host's side of the SDK for one module's desk part: the citizen and ticket of this PC (from
// the shared DeskState), calls to the module's hub part through the queue link (in this process or
// across the LAN, the same way), the module's events from the hub, its settings group and its own
// log category ("saduak.module.<id>").
class HostModuleContext final : public ModuleContext, private ModuleSettings
{
    Q_OBJECT
public:
    HostModuleContext(const ModuleInfo &info, QueueLink *hub, QSettings &settings,
        DeskState &desk, QObject *parent = nullptr);

    std::optional<Citizen> currentCitizen() const override;
    std::optional<Ticket> currentTicket() const override;
    ModuleSettings *settings() override { return this; }
    const QLoggingCategory &log() const override { return m_log; }
    void publishCitizen(const Citizen &citizen) override;
    void clearCitizen() override;
    Workplace workplace() const override;
    Language language() const override;
    void call(const QString &command, const QJsonObject &params,
        std::function<void(const ModuleReply &)> done) override;

    // Printing is per PC: every module's context on this PC shares one (HostModulePrinting,
    // owned by BranchSession). Not owned; null: none.
    ModulePrinting *printing() override { return m_printing; }
    void setPrinting(ModulePrinting *printing) { m_printing = printing; }

private:
    QVariant value(const QString &key, const QVariant &defaultValue) const override;
    void setValue(const QString &key, const QVariant &value) override;

    QString settingsKey(const QString &key) const;
    void hubStateChanged();

    ModuleInfo m_info;
    QPointer<QueueLink> m_hub;
    QSettings &m_settings;
    DeskState &m_desk;
    QByteArray m_logName; // QLoggingCategory keeps only the pointer: the bytes live here
    QLoggingCategory m_log;
    bool m_hubLost = false;
    QPointer<ModulePrinting> m_printing;
};

} // namespace saduak
