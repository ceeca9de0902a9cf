#pragma once

#include <sdk/modulecontext.h>
#include <sdk/moduleinfo.h>

#include <QByteArray>
#include <QLoggingCategory>

class QSettings;

namespace saduak {

class Database;
class DeskState;

// The host's side of the SDK for one module: the citizen and ticket of this PC (from the shared
// DeskState), the branch database, the outbox, the module's settings group and its own log
// category ("saduak.module.<id>").
class HostModuleContext final : public ModuleContext,
                                private ModuleStorage,
                                private ModuleOutbox,
                                private ModuleSettings
{
    Q_OBJECT
public:
    HostModuleContext(const ModuleInfo &info, Database &db, QSettings &settings, DeskState &desk,
        QObject *parent = nullptr);

    std::optional<Citizen> currentCitizen() const override;
    std::optional<Ticket> currentTicket() const override;
    ModuleStorage *storage() override { return this; }
    ModuleOutbox *outbox() override { return this; }
    ModuleSettings *settings() override { return this; }
    const QLoggingCategory &log() const override { return m_log; }
    void publishCitizen(const Citizen &citizen) override;
    void clearCitizen() override;
    Workplace workplace() const override;
    Language language() const override;

private:
    QSqlDatabase database() override;
    QString append(const QString &kind, const QJsonObject &payload, QString *why) override;
    QVariant value(const QString &key, const QVariant &defaultValue) const override;
    void setValue(const QString &key, const QVariant &value) override;

    QString settingsKey(const QString &key) const;

    ModuleInfo m_info;
    Database &m_db;
    QSettings &m_settings;
    DeskState &m_desk;
    QByteArray m_logName; // QLoggingCategory keeps only the pointer: the bytes live here
    QLoggingCategory m_log;
};

} // namespace saduak
