#pragma once

#include "sdkversion.h"

#include <domain/citizen.h>
#include <domain/language.h>
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

// Where this PC works and who works at it, as far as the host knows: for audit rows ("who read
// this card, at which counter").
struct Workplace
{
    enum class Screen { Unknown, Counter, Kiosk };
    Screen screen = Screen::Unknown;
    int counterNumber = 0; // the counter this PC is; 0 at a kiosk or when not known
    QString staff; // who works at this PC (until Saduak has staff log-in: the OS login name)
    QString device; // this PC's host name
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

    // The citizen is shared by every module and the screen of this PC. The ID-card module
    // publishes it when a card has been read and clears it when the card leaves (or the ticket is
    // done, as its settings say); other modules only read it. citizenChanged follows both.
    // (Not pure, so contexts written before these existed keep compiling: they ignore them.)
    virtual void publishCitizen(const Citizen &citizen);
    virtual void clearCitizen();

    virtual Workplace workplace() const;
    // The language the screens show now; languageChanged follows a switch, after the new
    // translation is installed (a panel can re-read tr() and format dates for it then).
    virtual Language language() const;

Q_SIGNALS:
    void citizenChanged();
    void ticketChanged();
    void languageChanged();
};

} // namespace saduak
