#pragma once

#include "sdkversion.h"

#include <domain/citizen.h>
#include <domain/ticket.h>

#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>
#include <QVariant>
#include <optional>

class QLoggingCategory;

namespace saduak {

// A module's own tables in the branch database. Its store classes hold all of its SQL; its
// migrations (scope = module id) run before initialize().
class SADUAK_SDK_EXPORT ModuleStorage
{
public:
    virtual ~ModuleStorage();
    virtual QSqlDatabase database() = 0;
};

// Appends records for central inside the module's open write transaction (see Outbox::append).
class SADUAK_SDK_EXPORT ModuleOutbox
{
public:
    virtual ~ModuleOutbox();
    // kind is prefixed with the module id ("complaints.record"). Returns the row uuid, or empty
    // with why set (for example when no write transaction is open).
    virtual QString append(const QString &kind, const QJsonObject &payload, QString *why) = 0;
};

// The module's own settings, kept under "modules/<id>/" in the program's settings file.
class SADUAK_SDK_EXPORT ModuleSettings
{
public:
    virtual ~ModuleSettings();
    virtual QVariant value(const QString &key, const QVariant &defaultValue = {}) const = 0;
    virtual void setValue(const QString &key, const QVariant &value) = 0;
};

// Everything the host hands a module. The citizen and the ticket change as the counter works;
// the signals say when.
class SADUAK_SDK_EXPORT ModuleContext : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~ModuleContext() override;

    virtual std::optional<Citizen> currentCitizen() const = 0;
    virtual std::optional<Ticket> currentTicket() const = 0;
    virtual ModuleStorage *storage() = 0;
    virtual ModuleOutbox *outbox() = 0;
    virtual ModuleSettings *settings() = 0;
    virtual const QLoggingCategory &log() const = 0;

Q_SIGNALS:
    void citizenChanged();
    void ticketChanged();
};

} // namespace saduak
