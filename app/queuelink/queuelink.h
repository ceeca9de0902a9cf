#pragma once

#include <domain/counter.h>
#include <domain/devicerole.h>
#include <domain/staffrole.h>
#include <domain/service.h>
#include <domain/ticket.h>
#include <domain/translatabletext.h>
#include <queuemodel/queueevent.h>
#include <queuemodel/queuesnapshot.h>
#include <queuemodel/syncstate.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <functional>
#include <optional>

namespace saduak {

// The answer to a queue command as a screen sees it.
struct QueueReply
{
    bool ok = false;
    QString code; // error code from docs/hub-protocol.md; empty when ok
    QString message; // for the person, when refused, in the hub's language
    std::optional<Ticket> ticket;
    std::optional<Counter> counter;
    TranslatableText text = {}; // the refusal untranslated, when the hub sent it

    static QueueReply fromJson(const QJsonObject &reply); // a "reply" or "error" message
    // The refusal in this screen's language now (text, translated here), else the hub's message.
    // Call it again after a language switch rather than keeping the string.
    QString shownMessage() const;
};

// The branch's catalog as the hub keeps it (docs/hub-protocol.md "catalog"): the services with
// their targets and week hours, the counters with what each may serve, the holidays.
struct BranchCatalog
{
    QList<Service> services;
    QList<Counter> counters;
    QList<Holiday> holidays;
    // The hub takes tickets at any hour (queue/openAllDay): services and holidays say so, not
    // what the catalog keeps.
    bool openAllDay = false;
};

// Who is logged in at this PC, as the hub says (docs/hub-protocol.md "Logging in").
struct StaffIdentity
{
    QString user;
    QString name;
    StaffRole role = StaffRole::Counter;
    qint64 endsAtMs = 0; // UTC ms: the close of the business day

    friend bool operator==(const StaffIdentity &, const StaffIdentity &) = default;
};

// The one queue interface the screens use (DESIGN.md): the same commands and events whether the
// queue runs in this process (LocalQueueLink) or on a hub across the LAN (RemoteQueueLink). Both
// speak the hub protocol's commands (docs/hub-protocol.md), so a screen behaves the same way on
// either, and tests run the same scenarios on both. Answers always arrive later, never inside the
// call, so a screen never depends on which one it has.
class QueueLink : public QObject
{
    Q_OBJECT
public:
    enum class State { Local, Connecting, Online, Reconnecting, Refused };
    Q_ENUM(State)

    using RawDone = std::function<void(const QJsonObject &reply)>;
    using Done = std::function<void(const QueueReply &reply)>;

    using QObject::QObject;

    virtual State state() const = 0;
    virtual QString stateMessage() const { return {}; } // why Refused, for the person
    // The role the hub knows this device by (a remote link learns it from "welcome"); nullopt
    // until known.
    virtual std::optional<DeviceRole> role() const { return std::nullopt; }
    // The counter the hub binds this PC to (a counter PC's pairing): its screen works at that
    // counter only. nullopt: not bound (this PC runs the branch, or is not a counter PC), or not
    // known yet (stateChanged tells when the link comes online).
    virtual std::optional<int> boundCounter() const { return std::nullopt; }
    // Whether the screen may move this PC to another counter itself (chooseCounter): only the
    // embedded counter screen, with a supervisor or an admin logged in (LocalQueueLink). A
    // paired counter PC is moved by the branch's supervisor (rebindDevice), never from itself.
    virtual bool mayChooseCounter() const { return false; }
    // Binds this PC to that counter from now on (stateChanged tells the screen); nothing when
    // !mayChooseCounter().
    virtual void chooseCounter(int counter) { Q_UNUSED(counter); }
    // Whether the hub lets this device's role, and the person logged in here, run a queue command
    // (queueCommandRoleMay and queueCommandStaffRole, the hub's own table): screens offer only
    // what would not be refused as forbidden or notLoggedIn.
    bool may(const QString &commandType) const;

    // Who is logged in at this PC; nothing: nobody, or not known yet. Asked of the hub when the
    // link comes up (refreshStaff), changed by logIn and logOut, and cleared when the hub refuses
    // a command as notLoggedIn (the session ended at close of day, or the account was disabled).
    const std::optional<StaffIdentity> &staff() const { return m_staff; }
    // Whether a person must log in here before the queue's staff commands (a counter's or a
    // supervisor's PC; kiosks and boards are paired devices). False while the role is unknown.
    bool needsLogIn() const;
    // Logs the person in at this PC in place of whoever was (a quick switch of officer).
    void logIn(const QString &user, const QString &password, Done done);
    void logOut(Done done);
    void refreshStaff();
    // Sends any protocol command; done gets the "reply" or "error" message.
    virtual void command(const QString &type, const QJsonObject &params, RawDone done) = 0;

    // The queue as last seen: taken whole on connect, then kept up to date by applying each
    // event (QueueSnapshot::applied); taken whole again only when an event cannot be applied (a
    // gap, a replay, the rollover), one request in flight.
    const std::optional<QueueSnapshot> &snapshot() const { return m_snapshot; }
    void refreshSnapshot();

    // The hub's push to central (app/sync): from its SyncClient here, from "welcome" and "sync"
    // messages across the LAN. nullopt: no central configured (or not known yet).
    const std::optional<SyncState> &syncState() const { return m_syncState; }

    void issueTicket(const QString &serviceCode, PriorityClass priority, Done done);
    void callNext(int counter, Done done);
    // "recall", "startService", "finishService", "markNoShow", "park"
    void ticketCommand(const QString &type, int counter, const QString &ticketId, Done done);
    void transfer(int counter, const QString &ticketId, const QString &toService, Done done);
    void openCounter(int counter, const QStringList &services, Done done);
    void pauseCounter(int counter, PauseReason reason, Done done);
    void closeCounter(int counter, Done done);
    void setCallProfile(int counter, const CallProfile &profile, Done done);
    void reportDevice(const QString &status, const QString &detail);
    void requestStatistics(std::function<void(const QJsonObject &statistics)> done);
    // The figures of the days (1..31) business days before today, oldest first, each present
    // (docs/hub-protocol.md "recentDays"); an empty list when the hub refused or failed. A
    // supervisor's PC with a supervisor logged in (may(u"recentDays")).
    void requestRecentDays(int days, std::function<void(const QJsonArray &days)> done);
    // The branch's services and counters (names, ticket letters), from the hub.
    void requestCatalog(std::function<void(const QList<Service> &, const QList<Counter> &)> done);
    // The same with the branch's holidays, which close every service to kiosk tickets.
    void requestBranchCatalog(std::function<void(
            const QList<Service> &, const QList<Counter> &, const QList<Holiday> &)> done);
    // The whole reply, also whether the hub takes tickets at any hour; nothing when it refused.
    void readBranchCatalog(std::function<void(const std::optional<BranchCatalog> &)> done);

    // Keeps catalog() as the hub has it, so that every screen follows a supervisor's change
    // without a restart: read again on each catalog.changed event (live or replayed) and each
    // time the link comes back online (a change may have happened while it was away);
    // catalogChanged tells when a new one arrived. One read in flight; a failed read keeps the
    // catalog as it was (the next change or reconnect reads again). known: the catalog as read
    // already (an embedded hub's, at start), so it is not asked for again now.
    void followCatalog(const std::optional<BranchCatalog> &known = std::nullopt);
    const std::optional<BranchCatalog> &catalog() const { return m_catalog; }

Q_SIGNALS:
    void stateChanged(saduak::QueueLink::State state);
    void snapshotChanged();
    // replay: it happened while this screen was away; show it, do not announce it.
    void queueEvent(const saduak::QueueEvent &event, bool replay);
    void syncStateChanged();
    // A module's hub part published this ("<module>.<name>"); live only, not replayed.
    void moduleEvent(const QString &name, const QJsonObject &data);
    void staffChanged();
    void catalogChanged(); // catalog() is new (followCatalog)

protected:
    // Every reply to a command passes here before its caller gets it: a notLoggedIn refusal means
    // nobody is logged in here any more.
    void noticeReply(const QJsonObject &reply);
    void setStaff(const std::optional<StaffIdentity> &staff);
    void setSnapshot(const QueueSnapshot &snapshot);
    void setSyncState(const std::optional<SyncState> &state);
    void handleEvent(const QJsonObject &event, bool replay);

private:
    void send(const QString &type, const QJsonObject &params, Done done);
    void refreshCatalog();

    std::optional<QueueSnapshot> m_snapshot;
    std::optional<SyncState> m_syncState;
    std::optional<StaffIdentity> m_staff;
    bool m_refreshInFlight = false;
    QList<QueueEvent> m_eventsDuringRefresh; // applied to the snapshot when it arrives
    bool m_refreshAgain = false;
    std::optional<BranchCatalog> m_catalog;
    bool m_followingCatalog = false;
    bool m_catalogInFlight = false;
    bool m_catalogAgain = false; // a change came while a read was in flight: read once more
    bool m_wasOnline = false; // the link's last state was online: a new Online is a comeback
};

} // namespace saduak
