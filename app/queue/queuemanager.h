#pragma once

#include <queuemodel/queueevent.h>
#include "queueresult.h"
#include "requestid.h"
#include "queuesettings.h"
#include <queuemodel/queuesnapshot.h>
#include "queuestatistics.h"

#include <domain/counter.h>
#include <domain/service.h>
#include <domain/ticket.h>
#include <domain/weekhours.h>

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace saduak {

class CatalogCache;
class CatalogStore;
class CounterStore;
class Database;
class EventStore;
class RequestStore;
class TicketStore;
class WriteTransaction;

// How a ticket is taken (QueueManager::issueTicket).
struct TicketIssueOptions
{
    PriorityClass priority = PriorityClass::Normal;
    QString bookingReference; // appointment: the booking checked in
    int counterNumber = 0; // issued by staff at this counter; 0: at a kiosk
};

// The branch's queue, in process, on the branch database: issues tickets, decides who is called
// (CallOrder), moves tickets and counters through their lives, and records every change as an
// event. Synchronous: each command is one BEGIN IMMEDIATE transaction that writes the new state,
// the event row(s), their outbox rows and (with a request id) the answer, or nothing at all;
// eventRecorded is emitted after the commit. Use it from the thread that opened the Database.
//
// Every command takes an optional request id: a command repeated with the same id returns the
// first answer (same ticket, same refusal) and changes nothing, also after a restart. Refusals are
// answers too; a storage failure is not (nothing happened, so a retry may succeed). The same id
// for another command, or with another digest of its content (RequestId), is RequestIdReused.
// Commands on a ticket held by a counter take the counter number and are refused for another one.
class QueueManager : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; // UTC ms

    using IssueOptions = TicketIssueOptions;

    // clock: empty means the system clock.
    explicit QueueManager(
        Database &db, QueueSettings settings = {}, Clock clock = {}, QObject *parent = nullptr);
    ~QueueManager() override;

    // Names the officer whose action the commands run meanwhile are (the person logged in at the
    // PC that sent them): each event they record carries data.staff = userName, so the e-report
    // counts per officer (app/reports). Nobody (empty, and outside any scope): no data.staff —
    // a kiosk's ticket, the hub's own rollover. Central keeps data.staff sealed (not one of the
    // event's readable fields). Scopes nest; the hub opens one around each command it runs.
    class ActingStaff
    {
    public:
        ActingStaff(QueueManager &queue, const QString &userName);
        ~ActingStaff();
        ActingStaff(const ActingStaff &) = delete;
        ActingStaff &operator=(const ActingStaff &) = delete;

    private:
        QueueManager &m_queue;
        QString m_previous;
    };

    const QueueSettings &settings() const { return m_settings; }
    qint64 now() const;
    QString businessDayOf(qint64 utcMs) const; // ISO date
    QString currentBusinessDay() const;

    // Tickets.
    QueueResult issueTicket(const QString &serviceCode, const IssueOptions &options = {},
        const RequestId &requestId = {});
    QueueResult callNext(int counterNumber, const RequestId &requestId = {});
    QueueResult recall(int counterNumber, const QString &ticketId, const RequestId &requestId = {});
    QueueResult startService(
        int counterNumber, const QString &ticketId, const RequestId &requestId = {});
    QueueResult finishService(
        int counterNumber, const QString &ticketId, const RequestId &requestId = {});
    QueueResult markNoShow(
        int counterNumber, const QString &ticketId, const RequestId &requestId = {});
    QueueResult park(int counterNumber, const QString &ticketId, const RequestId &requestId = {});
    QueueResult returnToQueue(const QString &ticketId, const RequestId &requestId = {});
    // The next step of a one-stop visit: waits for another service with its number and arrival.
    QueueResult transfer(int counterNumber, const QString &ticketId, const QString &toServiceCode,
        const RequestId &requestId = {});
    QueueResult cancel(const QString &ticketId, const RequestId &requestId = {});
    QueueResult changePriority(
        const QString &ticketId, PriorityClass priority, const RequestId &requestId = {});

    // Counters. serviceCodes empty: what the catalog says it serves (or, resuming from a pause,
    // what it served before the pause).
    QueueResult openCounter(
        int counterNumber, const QStringList &serviceCodes = {}, const RequestId &requestId = {});
    QueueResult pauseCounter(int counterNumber, PauseReason reason, const RequestId &requestId = {});
    QueueResult closeCounter(int counterNumber, const RequestId &requestId = {});
    QueueResult setCallProfile(
        int counterNumber, const CallProfile &profile, const RequestId &requestId = {});

    // Management (the hub's commands for a supervisor's PC, docs/hub-protocol.md "Managing the
    // branch"). Each writes its change, one event (catalog.changed; ticket.transferred for a
    // move) and what alsoWrite adds (the hub's staff.audit row) in one transaction, or nothing:
    // alsoWrite false (with why) is a storage failure.
    using AlsoWrite = std::function<bool(QString *why)>;
    QueueResult setServiceTarget(const QString &serviceCode, int targetWaitMinutes,
        const RequestId &requestId = {}, const AlsoWrite &alsoWrite = {});
    QueueResult setServiceHours(const QString &serviceCode, const WeekHours &week,
        const RequestId &requestId = {}, const AlsoWrite &alsoWrite = {});
    QueueResult setHolidays(const QList<Holiday> &holidays, const RequestId &requestId = {},
        const AlsoWrite &alsoWrite = {});
    // What the counter may serve (the catalog's counter_service); an open counter keeps serving
    // what it opened with until it opens again.
    QueueResult setCounterServices(int counterNumber, const QStringList &serviceCodes,
        const RequestId &requestId = {}, const AlsoWrite &alsoWrite = {});
    // A waiting ticket waits for another service instead, keeping its number and its arrival
    // (so it is not sent to the back): ticket.transferred with data.from "waiting".
    QueueResult moveTicket(const QString &ticketId, const QString &toServiceCode,
        const RequestId &requestId = {}, const AlsoWrite &alsoWrite = {});

    // Closes the open tickets (waiting, called, serving, parked) of earlier business days, one
    // ticket.closedAtRollover event each, records day.rolledOver when the last event recorded
    // belongs to an earlier day (the screens' cue: boards clear their calls, kiosks count afresh),
    // and forgets old request ids. Every command runs it first when the business day has changed
    // since the last run, and so does a timer at the rollover hour (rollOverIfDue), so a hub left
    // running overnight starts the day clean before anyone asks. Returns the number of tickets
    // closed, -1 on a storage failure.
    int rollOverBusinessDay(QString *why = nullptr);
    // What the rollover timer runs: rollOverBusinessDay() if the business day changed since the
    // last run (not inside a batch), then the timer is armed again from the clock. The timer
    // waits until the next business day starts but never more than a minute, so a clock stepped
    // forward or back is noticed within a minute. Tests move the clock and call this.
    void rollOverIfDue();
    // How long the rollover timer waits when armed now (ms): until the next business day starts,
    // at most a minute.
    qint64 msUntilRolloverCheck() const;

    // Group commit, for the hub: the commands run between beginBatch() and commitBatch() share
    // one transaction (one fsync), each in its own savepoint, so each result is exactly what the
    // command alone would have given (a refusal or a failed command takes nothing of the others
    // with it). Their results are promises until commitBatch() returns true, and eventRecorded is
    // emitted for all of them only then; when it returns false none of them happened (answer each
    // as a storage failure). Not nested; beginBatch() false: run the commands alone.
    bool beginBatch(QString *why = nullptr);
    bool commitBatch(QString *why = nullptr);
    bool inBatch() const { return bool(m_batch); }

    // Reading. A read that fails part-way (a damaged page, an I/O error) is a failure, never a
    // shorter answer: nullopt / *ok false, with the cause in *why.
    std::optional<Ticket> ticket(const QString &id) const;
    std::optional<Counter> counter(int number) const;
    std::optional<QueueSnapshot> snapshot(QString *why = nullptr) const;
    QList<QueueEvent> eventsSince(
        qint64 seq, int limit = 1000, bool *ok = nullptr, QString *why = nullptr) const;
    qint64 lastEventSeq(bool *ok = nullptr) const;
    // The current business day.
    std::optional<QueueStatistics::Report> statistics(QString *why = nullptr) const;
    // The catalog's services with the hours this queue keeps (all day under openAllDay): what a
    // kiosk is told, so it greys exactly what the queue would refuse.
    QList<Service> services() const;
    // The branch's holidays, as the queue keeps them (none under openAllDay).
    QList<Holiday> holidays() const;
    // Why a kiosk ticket for the service is refused at that opening state (not Open): the
    // holiday's name, the weekday it does not open, or when it opens.
    static TranslatableText closedText(const Service &service, const OpeningState &opening);

Q_SIGNALS:
    void eventRecorded(const saduak::QueueEvent &event);

private:
    class Command;
    enum class TicketAction;
    using Body = std::function<QueueResult(Command &)>;

    QueueResult run(const QString &name, const RequestId &requestId, const Body &body);
    QueueResult ticketAction(TicketAction action, int counterNumber, const QString &ticketId,
        const RequestId &requestId, const QString &toServiceCode = {},
        PriorityClass priority = PriorityClass::Normal);
    QueueResult applyTicketAction(Command &command, TicketAction action, int counterNumber,
        const QString &ticketId, const QString &toServiceCode, PriorityClass priority);
    QueueResult counterCommand(const QString &name, int counterNumber, const RequestId &requestId,
        const std::function<QueueResult(Command &, const Counter &)> &body);
    void rollOverIfDayChanged();
    // A catalog command: body changes the catalog (CatalogStore) or refuses; then the event and
    // alsoWrite.
    QueueResult catalogCommand(const QString &name, const RequestId &requestId,
        const QJsonObject &eventData, int counterNumber, const AlsoWrite &alsoWrite,
        const std::function<QueueResult(CatalogStore &)> &body);
    std::optional<Service> findService(const QString &code) const;

    QueueResult refuse(QueueError::Code code, const TranslatableText &message) const;
    QueueResult storageFailure(const QString &detail) const;
    TranslatableText stateText(TicketState state) const;
    TranslatableText actionText(TicketAction action) const;
    TranslatableText counterStateText(const Counter &counter) const;

    Database &m_db;
    QueueSettings m_settings;
    Clock m_clock;
    std::unique_ptr<TicketStore> m_tickets;
    std::unique_ptr<CounterStore> m_counters;
    std::unique_ptr<EventStore> m_events;
    std::unique_ptr<RequestStore> m_requests;
    std::unique_ptr<CatalogCache> m_catalog; // the services, re-read when the catalog changes
    QString m_rolledOverDay; // the business day rollOverBusinessDay last ran for
    QTimer *m_rolloverTimer = nullptr; // runs rollOverIfDue at the rollover hour
    QString m_rolloverFailure; // why the timer's last rollover failed; empty when it did not
    std::unique_ptr<WriteTransaction> m_batch; // open between beginBatch and commitBatch
    QList<QueueEvent> m_batchEvents; // recorded in the batch, emitted after its COMMIT
    QString m_actingStaff; // ActingStaff's user name; empty: nobody
    // statistics(): the current day's figures so far and the last event seq they include, so
    // that each ask reads only the events recorded since (QueueStatistics::Day).
    mutable std::unique_ptr<QueueStatistics::Day> m_statisticsDay;
    mutable qint64 m_statisticsSeq = 0;
};

} // namespace saduak
