#pragma once

#include "sdkversion.h"

#include <domain/citizen.h>
#include <domain/language.h>
#include <domain/ticket.h>
#include <domain/translatabletext.h>

#include <QJsonObject>
#include <QObject>
#include <QVariant>
#include <functional>
#include <optional>

class QLoggingCategory;

namespace saduak {

class ModulePrinting;

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
    QString staff; // the user name of the person logged in at this PC (before any log-in: the OS login name)
    QString device; // this PC's host name
};

// The hub's answer to ModuleContext::call.
struct SADUAK_SDK_EXPORT ModuleReply
{
    bool ok = false;
    // When refused: the module's own code, or the hub's ("forbidden", "badRequest",
    // "unknownCommand", "storage"), or "hubUnreachable" when this PC cannot reach the hub.
    QString code;
    QJsonObject body; // the reply's fields when ok
    QString message; // the refusal in the hub's language
    TranslatableText text; // the same, untranslated

    // The refusal in this screen's language now; call it again after a language switch.
    QString shownMessage() const;
    // A hub protocol "reply" or "error" message (docs/hub-protocol.md).
    static ModuleReply fromJson(const QJsonObject &message);
    static ModuleReply hubUnreachable();
};

// Everything the host hands a module's desk part (counter panel, kiosk page). The citizen and the
// ticket change as the counter works; the signals say when. The module's records live at the hub:
// the desk part reads and writes them with call(), never in a database of this PC.
class SADUAK_SDK_EXPORT ModuleContext : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~ModuleContext() override;

    virtual std::optional<Citizen> currentCitizen() const = 0;
    virtual std::optional<Ticket> currentTicket() const = 0;
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

    // Runs the command or query "<this module's id>.<command>" of the module's hub part, at the
    // branch's hub, the same way whether the hub is in this process or across the LAN: done gets
    // the answer later, never inside the call. When this PC cannot reach the hub the call is not
    // sent and done gets code "hubUnreachable" (nothing was done: try again later). A call that
    // was sent when the link dropped is sent again with the same request id once it is back, so
    // the hub runs it once. The workplace (counter, staff) goes with it for audit rows.
    virtual void call(const QString &command, const QJsonObject &params,
        std::function<void(const ModuleReply &)> done);

    // Receipts on this PC's ticket printer and A4 forms (moduleprinting.h); nullptr when the
    // host offers no printing.
    virtual ModulePrinting *printing();

Q_SIGNALS:
    void citizenChanged();
    void ticketChanged();
    void languageChanged();
    // An event the module's hub part published (name without the module id). Not replayed: after
    // hubLinkRestored, ask the hub again for what may have changed meanwhile.
    void hubEventReceived(const QString &name, const QJsonObject &data);
    // This PC reaches the hub again after losing it.
    void hubLinkRestored();
};

} // namespace saduak
