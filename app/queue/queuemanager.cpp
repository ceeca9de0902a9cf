#include "queuemanager.h"

#include "callorder.h"
#include "catalogcache.h"
#include "commandtransaction.h"
#include "catalogstore.h"
#include "counterstore.h"
#include "eventstore.h"
#include <queuemodel/queuejson.h>
#include "requeststore.h"
#include "ticketstore.h"

#include <domain/bangkoktime.h>
#include <domain/businessday.h>
#include <storage/database.h>
#include <storage/outbox.h>
#include <storage/writetransaction.h>

#include <QJsonArray>
#include <QLocale>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace saduak {

enum class QueueManager::TicketAction {
    Move,
    Recall,
    Start,
    Finish,
    NoShow,
    Park,
    Return,
    Transfer,
    Cancel,
    ChangePriority,
};

namespace {

constexpr qint64 dayMs = 24 * 3600 * 1000;

// Refusals travel untranslated (TranslatableText) with the context lupdate gives QT_TR_NOOP here.
TranslatableText queueText(const char *source)
{
    return TranslatableText("saduak::QueueManager", source);
}

QString callReasonName(CallOrder::Reason reason)
{
    switch (reason) {
    case CallOrder::Reason::Overdue:
        return u"overdue"_s;
    case CallOrder::Reason::HighestClass:
        return u"highestClass"_s;
    case CallOrder::Reason::RatioPriority:
        return u"ratioPriority"_s;
    case CallOrder::Reason::RatioNormal:
        return u"ratioNormal"_s;
    }
    return {};
}

// A read transaction for the reads that must see one moment (snapshot, statistics): in WAL mode
// another connection's commit in between would otherwise show half of the picture. Inside a
// write transaction (nested use) BEGIN fails and the outer transaction already gives one moment.
class ReadTransaction
{
public:
    explicit ReadTransaction(Database &db) : m_db(db)
    {
        m_active = m_db.prepared(u"BEGIN"_s)->exec();
    }
    ~ReadTransaction()
    {
        if (m_active)
            m_db.prepared(u"COMMIT"_s)->exec();
    }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace

// What one command writes: its time and business day, and the events it records (each with its
// outbox row, in the command's transaction). Failures are kept for the log.
class QueueManager::Command
{
public:
    // staff: the user name of the officer whose action this is (QueueManager::ActingStaff), put
    // in each event's data.staff for the e-report; empty for a kiosk's or the hub's own commands.
    Command(Database &db, EventStore &events, qint64 nowMs, QString businessDay,
        QString staff = {})
        : m_db(db), m_events(events), m_now(nowMs), m_businessDay(std::move(businessDay)),
          m_staff(std::move(staff))
    { }

    qint64 now() const { return m_now; }
    const QString &businessDay() const { return m_businessDay; }
    const QList<QueueEvent> &recorded() const { return m_recorded; }

    // Appends the event and its outbox row; false (with failure() set) if either fails.
    bool record(
        const QString &type, const Ticket *ticket, int counterNumber, const QJsonObject &data = {})
    {
        QueueEvent e;
        e.type = type;
        e.atMs = m_now;
        e.businessDay = m_businessDay;
        if (ticket) {
            e.ticketId = ticket->id;
            e.ticketNumber = ticket->number;
            e.serviceCode = ticket->serviceCode;
            e.after.ticket = *ticket; // callers record after the ticket's update
        }
        e.counterNumber = counterNumber;
        e.data = data;
        if (!m_staff.isEmpty())
            e.data.insert(u"staff"_s, m_staff);
        if (!m_events.append(e)) {
            m_failure = m_events.lastError();
            return false;
        }
        OutboxRow row;
        row.kind = u"event"_s;
        row.payload = e.toJson();
        row.createdAtMs = m_now;
        QString why;
        if (Outbox::append(m_db, row, &why).isEmpty()) {
            m_failure = why;
            return false;
        }
        m_recorded.append(e);
        return true;
    }
    // Completes what each recorded event left behind (QueueEvent::after, for the screens), read
    // in the command's own transaction so it is exactly the state the event made: the counter of
    // a counter event, a waiting ticket's place in its service's queue. False (with failure())
    // if a read fails.
    bool describeAfter(
        const TicketStore &tickets, const CounterStore &counters, CatalogCache &catalog)
    {
        for (QueueEvent &e : m_recorded) {
            bool ok = false;
            if (e.after.ticket) {
                if (e.after.ticket->state != TicketState::Waiting)
                    continue;
                // The order as the snapshot gives it (QueueManager::snapshot).
                const CallOrder order(catalog.targetWaitMinutes());
                const QList<Ticket> waiting = order.queueOrder(
                    tickets.waiting({e.after.ticket->serviceCode}, m_businessDay, &ok), m_now);
                if (!ok) {
                    m_failure = tickets.lastError();
                    return false;
                }
                const auto at = std::find_if(waiting.cbegin(), waiting.cend(),
                    [&](const Ticket &t) { return t.id == e.after.ticket->id; });
                e.after.position = at == waiting.cend() ? -1 : int(at - waiting.cbegin());
            } else if (e.type.startsWith(u"counter."_s)) {
                const auto row = counters.find(e.counterNumber, &ok);
                if (!ok || !row) {
                    m_failure = counters.lastError();
                    return false;
                }
                e.after.counter = row->counter;
            }
        }
        return true;
    }
    QString failure() const { return m_failure; }
    qint64 lastSeq() const { return m_recorded.isEmpty() ? 0 : m_recorded.last().seq; }

private:
    Database &m_db;
    EventStore &m_events;
    qint64 m_now;
    QString m_businessDay;
    QString m_staff;
    QList<QueueEvent> m_recorded;
    QString m_failure;
};

QueueManager::ActingStaff::ActingStaff(QueueManager &queue, const QString &userName)
    : m_queue(queue), m_previous(std::exchange(queue.m_actingStaff, userName))
{ }

QueueManager::ActingStaff::~ActingStaff()
{
    m_queue.m_actingStaff = m_previous;
}

QueueManager::QueueManager(Database &db, QueueSettings settings, Clock clock, QObject *parent)
    : QObject(parent),
      m_db(db),
      m_settings(settings),
      m_clock(clock ? std::move(clock) : Clock(&BangkokTime::nowUtcMs)),
      m_tickets(std::make_unique<TicketStore>(db)),
      m_counters(std::make_unique<CounterStore>(db)),
      m_events(std::make_unique<EventStore>(db)),
      m_requests(std::make_unique<RequestStore>(db)),
      m_catalog(std::make_unique<CatalogCache>(db))
{
    m_settings.rolloverHour = std::clamp(m_settings.rolloverHour, 0, 23);
    m_settings.recallPauseSeconds = std::max(0, m_settings.recallPauseSeconds);
    m_settings.maxRecalls = std::max(0, m_settings.maxRecalls);
    m_rolloverTimer = new QTimer(this);
    m_rolloverTimer->setObjectName(u"rolloverTimer"_s);
    m_rolloverTimer->setSingleShot(true);
    connect(m_rolloverTimer, &QTimer::timeout, this, &QueueManager::rollOverIfDue);
    m_rolloverTimer->start(int(msUntilRolloverCheck()));
}

QueueManager::~QueueManager() = default;

qint64 QueueManager::now() const
{
    return m_clock();
}

QString QueueManager::businessDayOf(qint64 utcMs) const
{
    return BusinessDay::of(utcMs, m_settings.rolloverHour).toString(Qt::ISODate);
}

QString QueueManager::currentBusinessDay() const
{
    return businessDayOf(now());
}

// ---------------------------------------------------------------------------------------------
// The command frame: one transaction, idempotency, events emitted after the commit.

QueueResult QueueManager::refuse(QueueError::Code code, const TranslatableText &message) const
{
    QueueResult result;
    result.error.code = code;
    // In the hub's own language for its log and for clients older than "text"; each device shows
    // text in its own screen language.
    result.error.message = message.toString();
    result.error.text = message;
    return result;
}

QueueResult QueueManager::storageFailure(const QString &detail) const
{
    QueueResult result = refuse(QueueError::Code::Storage,
        queueText(QT_TR_NOOP(
            "The queue could not be saved, so nothing was changed. Please try again.")));
    result.error.detail = detail;
    return result;
}

void QueueManager::rollOverIfDayChanged()
{
    if (m_rolledOverDay != currentBusinessDay())
        rollOverBusinessDay();
}

qint64 QueueManager::msUntilRolloverCheck() const
{
    // Re-armed from the clock each time rather than once for the whole day: a clock stepped by
    // NTP (or by hand) moves the rollover with it, and a minute is the most it is late.
    constexpr qint64 longestWaitMs = 60 * 1000;
    const qint64 nowMs = now();
    const QDate today = BusinessDay::of(nowMs, m_settings.rolloverHour);
    const qint64 nextDayMs = BusinessDay::startUtcMs(today.addDays(1), m_settings.rolloverHour);
    return std::clamp<qint64>(nextDayMs - nowMs, 0, longestWaitMs);
}

void QueueManager::rollOverIfDue()
{
    // A batch is one transaction of the hub's: the next check (or the next command) does it.
    if (!m_batch && m_rolledOverDay != currentBusinessDay()) {
        QString why;
        const bool failed = rollOverBusinessDay(&why) < 0;
        // Logged once while it keeps failing the same way (the check comes every minute); the
        // commands that meet the same fault answer storage themselves.
        if (failed && why != m_rolloverFailure)
            qWarning("queue: the business day could not be rolled over: %s", qPrintable(why));
        m_rolloverFailure = failed ? why : QString();
    }
    m_rolloverTimer->start(int(msUntilRolloverCheck()));
}

QueueResult QueueManager::run(const QString &name, const RequestId &requestId, const Body &body)
{
    if (!m_batch) // a batch rolled over when it began
        rollOverIfDayChanged();

    CommandTransaction tx(m_db, bool(m_batch));
    if (!tx.isActive())
        return storageFailure(u"BEGIN failed for "_s + name + u": "_s + tx.errorText());

    if (!requestId.isEmpty()) {
        bool ok = false;
        const auto answer = m_requests->find(requestId.id, &ok);
        if (!ok)
            return storageFailure(m_requests->lastError());
        if (answer) {
            // A retry: the first answer, nothing done again (the transaction rolls back empty).
            // Digests are compared when both sides have one (rows from before they were kept
            // have none).
            const bool sameContent = answer->digest.isEmpty() || requestId.digest.isEmpty()
                || answer->digest == requestId.digest;
            if (answer->command == name && sameContent)
                return answer->result;
            QueueResult reused = refuse(QueueError::Code::RequestIdReused,
                queueText(QT_TR_NOOP("This request id was used before for another request "
                                     "(%1); nothing was done. Send the request with a new id."))
                    .arg(answer->command));
            // The id is the device's own word, not personal data; the content stays out of the log.
            reused.error.detail = u"request "_s + requestId.id + u" was "_s + answer->command
                + u", now "_s + name + (answer->command == name ? u" with other content"_s : QString());
            return reused;
        }
    }

    const qint64 nowMs = now();
    Command command(m_db, *m_events, nowMs, businessDayOf(nowMs), m_actingStaff);
    QueueResult result = body(command);
    if (result.error.code == QueueError::Code::Storage)
        return result; // rolled back: nothing happened, nothing remembered
    if (!command.describeAfter(*m_tickets, *m_counters, *m_catalog))
        return storageFailure(command.failure());
    result.eventSeq = command.lastSeq();

    if (!requestId.isEmpty()
        && !m_requests->remember(requestId.id, requestId.digest, name, result, nowMs))
        return storageFailure(m_requests->lastError());
    if (!tx.commit())
        return storageFailure(u"COMMIT failed for "_s + name + u": "_s + tx.errorText());

    if (m_batch) {
        m_batchEvents.append(command.recorded());
        return result;
    }
    for (const QueueEvent &e : command.recorded())
        Q_EMIT eventRecorded(e);
    return result;
}

bool QueueManager::beginBatch(QString *why)
{
    if (m_batch) {
        if (why)
            *why = u"a batch is open already"_s;
        return false;
    }
    rollOverIfDayChanged(); // its own transaction, before the batch's
    auto batch = std::make_unique<WriteTransaction>(m_db.connection());
    if (!batch->isActive()) {
        if (why)
            *why = u"BEGIN IMMEDIATE failed for a batch: "_s + batch->errorText();
        return false;
    }
    m_batch = std::move(batch);
    m_batchEvents.clear();
    return true;
}

bool QueueManager::commitBatch(QString *why)
{
    if (!m_batch) {
        if (why)
            *why = u"no batch is open"_s;
        return false;
    }
    // Rolls back unless committed.
    const std::unique_ptr<WriteTransaction> batch = std::move(m_batch);
    const QList<QueueEvent> events = std::exchange(m_batchEvents, {});
    if (!batch->commit()) {
        if (why)
            *why = u"COMMIT failed for a batch: "_s + batch->errorText();
        return false;
    }
    for (const QueueEvent &e : events)
        Q_EMIT eventRecorded(e);
    return true;
}

// ---------------------------------------------------------------------------------------------
// Texts for people.

TranslatableText QueueManager::stateText(TicketState state) const
{
    switch (state) {
    case TicketState::Waiting:
        return queueText(QT_TR_NOOP("waiting"));
    case TicketState::Called:
        return queueText(QT_TR_NOOP("called"));
    case TicketState::Serving:
        return queueText(QT_TR_NOOP("being served"));
    case TicketState::Parked:
        return queueText(QT_TR_NOOP("parked"));
    case TicketState::Done:
        return queueText(QT_TR_NOOP("done"));
    case TicketState::NoShow:
        return queueText(QT_TR_NOOP("a no-show"));
    case TicketState::Cancelled:
        return queueText(QT_TR_NOOP("cancelled"));
    case TicketState::ClosedAtRollover:
        return queueText(QT_TR_NOOP("closed at the end of its day"));
    }
    return {};
}

TranslatableText QueueManager::actionText(TicketAction action) const
{
    switch (action) {
    case TicketAction::Move:
        return queueText(QT_TR_NOOP("moved to another service"));
    case TicketAction::Recall:
        return queueText(QT_TR_NOOP("called again"));
    case TicketAction::Start:
        return queueText(QT_TR_NOOP("started"));
    case TicketAction::Finish:
        return queueText(QT_TR_NOOP("finished"));
    case TicketAction::NoShow:
        return queueText(QT_TR_NOOP("marked a no-show"));
    case TicketAction::Park:
        return queueText(QT_TR_NOOP("parked"));
    case TicketAction::Return:
        return queueText(QT_TR_NOOP("returned to the queue"));
    case TicketAction::Transfer:
        return queueText(QT_TR_NOOP("transferred"));
    case TicketAction::Cancel:
        return queueText(QT_TR_NOOP("cancelled"));
    case TicketAction::ChangePriority:
        return queueText(QT_TR_NOOP("given another priority"));
    }
    return {};
}

TranslatableText QueueManager::counterStateText(const Counter &counter) const
{
    switch (counter.state) {
    case Counter::State::Open:
        return queueText(QT_TR_NOOP("open"));
    case Counter::State::Closed:
        return queueText(QT_TR_NOOP("closed"));
    case Counter::State::Paused:
        break;
    }
    switch (counter.pauseReason) {
    case PauseReason::Break:
        return queueText(QT_TR_NOOP("paused for a break"));
    case PauseReason::SystemDown:
        return queueText(QT_TR_NOOP("paused because the system is down"));
    case PauseReason::OtherWork:
        return queueText(QT_TR_NOOP("paused for other work"));
    case PauseReason::None:
        break;
    }
    return queueText(QT_TR_NOOP("paused"));
}

// ---------------------------------------------------------------------------------------------
// Tickets.

QueueResult QueueManager::issueTicket(
    const QString &serviceCode, const IssueOptions &options, const RequestId &requestId)
{
    return run(u"issueTicket"_s, requestId, [&](Command &command) {
        const QList<Service> services = this->services();
        const auto service = std::find_if(services.cbegin(), services.cend(),
            [&](const Service &s) { return s.code == serviceCode; });
        if (service == services.cend())
            return refuse(QueueError::Code::ServiceNotFound,
                queueText(QT_TR_NOOP("There is no service %1 at this branch.")).arg(serviceCode));
        // A kiosk keeps the service's hours; staff at a counter may still issue after closing, for
        // the citizen who was already inside (README, "Opening hours").
        // On a holiday, on a weekday it does not open, or outside the day's hours: closed, and
        // the refusal says which, so the citizen knows when to come back.
        if (options.counterNumber == 0) {
            const OpeningState opening
                = OpeningState::of(service->hours, holidays(), command.now());
            if (!opening.isOpen())
                return refuse(QueueError::Code::ServiceClosed, closedText(*service, opening));
        }
        if (options.counterNumber != 0) {
            bool ok = false;
            if (!m_counters->find(options.counterNumber, &ok)) {
                if (!ok)
                    return storageFailure(m_counters->lastError());
                return refuse(QueueError::Code::CounterNotFound,
                    queueText(QT_TR_NOOP("There is no counter %1.")).arg(options.counterNumber));
            }
        }

        bool ok = false;
        const int seq = m_tickets->nextNumberSeq(serviceCode, command.businessDay(), &ok);
        if (!ok)
            return storageFailure(m_tickets->lastError());
        Ticket t;
        t.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        // Three digits as on the printed ticket; a busy day simply grows to four (A1000).
        t.number = QString(service->ticketPrefix) + u"%1"_s.arg(seq, 3, 10, QLatin1Char('0'));
        t.serviceCode = serviceCode;
        t.priority = options.priority;
        t.state = TicketState::Waiting;
        t.businessDay = command.businessDay();
        t.arrivedAtMs = command.now();
        t.bookingReference = options.bookingReference;
        if (!m_tickets->insert(t, serviceCode, seq))
            return storageFailure(m_tickets->lastError());
        QJsonObject data {
            {u"priority"_s, QueueJson::toString(t.priority)},
            {u"source"_s, options.counterNumber != 0 ? u"counter"_s : u"kiosk"_s},
        };
        if (!t.bookingReference.isEmpty())
            data.insert(u"bookingReference"_s, t.bookingReference);
        if (!command.record(QueueEvent::TicketIssued.toString(), &t, options.counterNumber, data))
            return storageFailure(command.failure());
        QueueResult result;
        result.ticket = t;
        return result;
    });
}

QueueResult QueueManager::callNext(int counterNumber, const RequestId &requestId)
{
    return counterCommand(
        u"callNext"_s, counterNumber, requestId, [&](Command &command, const Counter &counter) {
            if (counter.state != Counter::State::Open)
                return refuse(QueueError::Code::CounterNotOpen,
                    queueText(QT_TR_NOOP("Counter %1 is %2 and cannot call tickets."))
                        .arg(counterNumber)
                        .arg(counterStateText(counter)));
            bool ok = false;
            if (const auto held = m_tickets->atCounter(counterNumber, &ok)) {
                return refuse(QueueError::Code::CounterBusy,
                    queueText(QT_TR_NOOP(
                        "Counter %1 still has ticket %2: finish, park or transfer it, or mark it "
                       "a no-show, before calling the next one."))
                        .arg(counterNumber)
                        .arg(held->number));
            }
            if (!ok)
                return storageFailure(m_tickets->lastError());

            // Only the head of each (service, class) queue can be next (see waitingHeads).
            const QList<Ticket> waiting
                = m_tickets->waitingHeads(counter.serviceCodes, command.businessDay(), &ok);
            if (!ok)
                return storageFailure(m_tickets->lastError());
            const auto row = m_counters->find(counterNumber, &ok);
            if (!ok || !row)
                return storageFailure(m_counters->lastError());
            const CallOrder order(m_catalog->targetWaitMinutes());
            const auto choice = order.next(
                waiting, counter.profile, row->normalCallsSincePriority, command.now());
            if (!choice)
                return refuse(QueueError::Code::NothingWaiting,
                    queueText(QT_TR_NOOP(
                        "No ticket is waiting for the services of counter %1.")).arg(counterNumber));

            Ticket t = waiting[choice->index];
            t.state = TicketState::Called;
            t.counterNumber = counterNumber;
            t.calledAtMs = command.now();
            t.recallCount = 0;
            if (!m_tickets->update(t))
                return storageFailure(m_tickets->lastError());
            // The ratio count moves in both modes, so switching a counter to ratio mid-day
            // starts from what it really did.
            const int count
                = t.priority == PriorityClass::Normal ? row->normalCallsSincePriority + 1 : 0;
            if (!m_counters->setNormalCallsSincePriority(counterNumber, count))
                return storageFailure(m_counters->lastError());
            const QJsonObject data {
                {u"priority"_s, QueueJson::toString(t.priority)},
                {u"reason"_s, callReasonName(choice->reason)},
                // Never negative, also after the clock was stepped back since the ticket came.
                {u"waitedMs"_s, std::max<qint64>(0, command.now() - t.arrivedAtMs)},
            };
            if (!command.record(QueueEvent::TicketCalled.toString(), &t, counterNumber, data))
                return storageFailure(command.failure());
            QueueResult result;
            result.ticket = t;
            return result;
        });
}

QueueResult QueueManager::recall(
    int counterNumber, const QString &ticketId, const RequestId &requestId)
{
    return ticketAction(TicketAction::Recall, counterNumber, ticketId, requestId);
}

QueueResult QueueManager::startService(
    int counterNumber, const QString &ticketId, const RequestId &requestId)
{
    return ticketAction(TicketAction::Start, counterNumber, ticketId, requestId);
}

QueueResult QueueManager::finishService(
    int counterNumber, const QString &ticketId, const RequestId &requestId)
{
    return ticketAction(TicketAction::Finish, counterNumber, ticketId, requestId);
}

QueueResult QueueManager::markNoShow(
    int counterNumber, const QString &ticketId, const RequestId &requestId)
{
    return ticketAction(TicketAction::NoShow, counterNumber, ticketId, requestId);
}

QueueResult QueueManager::park(int counterNumber, const QString &ticketId, const RequestId &requestId)
{
    return ticketAction(TicketAction::Park, counterNumber, ticketId, requestId);
}

QueueResult QueueManager::returnToQueue(const QString &ticketId, const RequestId &requestId)
{
    return ticketAction(TicketAction::Return, 0, ticketId, requestId);
}

QueueResult QueueManager::transfer(int counterNumber, const QString &ticketId,
    const QString &toServiceCode, const RequestId &requestId)
{
    return ticketAction(TicketAction::Transfer, counterNumber, ticketId, requestId, toServiceCode);
}

QueueResult QueueManager::cancel(const QString &ticketId, const RequestId &requestId)
{
    return ticketAction(TicketAction::Cancel, 0, ticketId, requestId);
}

QueueResult QueueManager::changePriority(
    const QString &ticketId, PriorityClass priority, const RequestId &requestId)
{
    return ticketAction(TicketAction::ChangePriority, 0, ticketId, requestId, {}, priority);
}

QueueResult QueueManager::ticketAction(TicketAction action, int counterNumber,
    const QString &ticketId, const RequestId &requestId, const QString &toServiceCode,
    PriorityClass priority)
{
    static const QHash<TicketAction, QString> names {
        {TicketAction::Move, u"moveTicket"_s},
        {TicketAction::Recall, u"recall"_s},
        {TicketAction::Start, u"startService"_s},
        {TicketAction::Finish, u"finishService"_s},
        {TicketAction::NoShow, u"markNoShow"_s},
        {TicketAction::Park, u"park"_s},
        {TicketAction::Return, u"returnToQueue"_s},
        {TicketAction::Transfer, u"transfer"_s},
        {TicketAction::Cancel, u"cancel"_s},
        {TicketAction::ChangePriority, u"changePriority"_s},
    };
    return run(names.value(action), requestId, [&](Command &command) {
        return applyTicketAction(command, action, counterNumber, ticketId, toServiceCode, priority);
    });
}

QueueResult QueueManager::applyTicketAction(Command &command, TicketAction action,
    int counterNumber, const QString &ticketId, const QString &toServiceCode,
    PriorityClass priority)
{
    // The states each action may start from; everything else is an illegal transition.
    static const QHash<TicketAction, QList<TicketState>> allowedFrom {
        {TicketAction::Move, {TicketState::Waiting}},
        {TicketAction::Recall, {TicketState::Called}},
        {TicketAction::Start, {TicketState::Called}},
        {TicketAction::Finish, {TicketState::Serving}},
        {TicketAction::NoShow, {TicketState::Called}},
        {TicketAction::Park, {TicketState::Called, TicketState::Serving}},
        {TicketAction::Return, {TicketState::Parked}},
        {TicketAction::Transfer, {TicketState::Called, TicketState::Serving}},
        {TicketAction::Cancel, {TicketState::Waiting, TicketState::Parked}},
        {TicketAction::ChangePriority, {TicketState::Waiting, TicketState::Parked}},
    };
    const bool atCounterAction = action != TicketAction::Return && action != TicketAction::Cancel
        && action != TicketAction::ChangePriority && action != TicketAction::Move;

    bool ok = false;
    if (atCounterAction) {
        if (!m_counters->find(counterNumber, &ok)) {
            if (!ok)
                return storageFailure(m_counters->lastError());
            return refuse(QueueError::Code::CounterNotFound,
                queueText(QT_TR_NOOP("There is no counter %1.")).arg(counterNumber));
        }
    }
    const auto found = m_tickets->find(ticketId, &ok);
    if (!ok)
        return storageFailure(m_tickets->lastError());
    if (!found)
        return refuse(QueueError::Code::TicketNotFound, queueText(QT_TR_NOOP(
            "This ticket does not exist.")));
    Ticket t = *found;
    const TicketState from = t.state;
    const bool heldByCounter = from == TicketState::Called || from == TicketState::Serving;

    if (atCounterAction && heldByCounter && t.counterNumber != counterNumber)
        return refuse(QueueError::Code::NotAtThisCounter,
            queueText(QT_TR_NOOP("Ticket %1 is at counter %2, not at counter %3."))
                .arg(t.number)
                .arg(t.counterNumber)
                .arg(counterNumber));
    if (!allowedFrom.value(action).contains(from)) {
        QueueResult refused = refuse(QueueError::Code::IllegalTransition,
            queueText(QT_TR_NOOP("Ticket %1 is %2, so it cannot be %3."))
                .arg(t.number)
                .arg(stateText(from))
                .arg(actionText(action)));
        refused.ticket = t;
        return refused;
    }

    QString eventType;
    QJsonObject data {{u"from"_s, QueueJson::toString(from)}};
    const int eventCounter = heldByCounter ? t.counterNumber : 0;
    switch (action) {
    case TicketAction::Recall: {
        const qint64 pauseMs = qint64(m_settings.recallPauseSeconds) * 1000;
        const qint64 sinceMs = command.now() - t.calledAtMs;
        // A call "in the future" means the clock was stepped back since (an NTP correction): how
        // long ago the call was is unknown, and staff who press recall then have waited. The
        // pause is over; a countdown from a wrong clock would only show a wrong figure.
        if (sinceMs >= 0 && sinceMs < pauseMs) {
            const qint64 remaining = (pauseMs - sinceMs + 999) / 1000;
            QueueResult refused = refuse(QueueError::Code::RecallTooSoon,
                queueText(QT_TR_NOOP(
                    "Ticket %1 was called %2 seconds ago; wait %3 more seconds before calling it "
                   "again."))
                    .arg(t.number)
                    .arg(sinceMs / 1000)
                    .arg(remaining));
            refused.ticket = t;
            return refused;
        }
        if (t.recallCount + 1 > m_settings.maxRecalls) {
            // The citizen did not come after the last allowed recall: the counter moves on.
            t.state = TicketState::NoShow;
            t.counterNumber = 0;
            eventType = QueueEvent::TicketNoShow.toString();
            data.insert(u"automatic"_s, true);
            data.insert(u"recalls"_s, t.recallCount);
        } else {
            t.recallCount += 1;
            t.calledAtMs = command.now();
            eventType = QueueEvent::TicketRecalled.toString();
            data.insert(u"recall"_s, t.recallCount);
        }
        break;
    }
    case TicketAction::Start:
        t.state = TicketState::Serving;
        eventType = QueueEvent::TicketStarted.toString();
        break;
    case TicketAction::Finish:
        t.state = TicketState::Done;
        t.counterNumber = 0;
        eventType = QueueEvent::TicketFinished.toString();
        break;
    case TicketAction::NoShow:
        t.state = TicketState::NoShow;
        t.counterNumber = 0;
        eventType = QueueEvent::TicketNoShow.toString();
        data.insert(u"automatic"_s, false);
        data.insert(u"recalls"_s, t.recallCount);
        break;
    case TicketAction::Park:
        t.state = TicketState::Parked;
        t.counterNumber = 0;
        eventType = QueueEvent::TicketParked.toString();
        break;
    case TicketAction::Return:
        t.state = TicketState::Waiting;
        eventType = QueueEvent::TicketReturned.toString();
        break;
    case TicketAction::Move:
    case TicketAction::Transfer: {
        if (toServiceCode == t.serviceCode)
            return refuse(QueueError::Code::InvalidArgument,
                queueText(QT_TR_NOOP("Ticket %1 already waits for service %2.")).arg(t.number)
                    .arg(toServiceCode));
        const QList<Service> services = m_catalog->services();
        if (std::none_of(services.cbegin(), services.cend(),
                [&](const Service &s) { return s.code == toServiceCode; }))
            return refuse(QueueError::Code::ServiceNotFound,
                queueText(QT_TR_NOOP("There is no service %1 at this branch.")).arg(toServiceCode));
        data.insert(u"fromService"_s, t.serviceCode);
        data.insert(u"toService"_s, toServiceCode);
        // Number and arrivedAtMs stay: the next step of a one-stop visit is not the back of a
        // new queue.
        t.serviceCode = toServiceCode;
        t.state = TicketState::Waiting;
        t.counterNumber = 0;
        t.calledAtMs = 0;
        t.recallCount = 0;
        eventType = QueueEvent::TicketTransferred.toString();
        break;
    }
    case TicketAction::Cancel:
        t.state = TicketState::Cancelled;
        eventType = QueueEvent::TicketCancelled.toString();
        break;
    case TicketAction::ChangePriority:
        data.insert(u"fromPriority"_s, QueueJson::toString(t.priority));
        data.insert(u"priority"_s, QueueJson::toString(priority));
        t.priority = priority;
        eventType = QueueEvent::TicketPriorityChanged.toString();
        break;
    }

    if (!m_tickets->update(t))
        return storageFailure(m_tickets->lastError());
    if (!command.record(eventType, &t, eventCounter, data))
        return storageFailure(command.failure());
    QueueResult result;
    result.ticket = t;
    return result;
}

// ---------------------------------------------------------------------------------------------
// Management: the catalog and moving a waiting ticket.

std::optional<Service> QueueManager::findService(const QString &code) const
{
    const QList<Service> services = m_catalog->services();
    for (const Service &s : services)
        if (s.code == code)
            return s;
    return std::nullopt;
}

QueueResult QueueManager::catalogCommand(const QString &name, const RequestId &requestId,
    const QJsonObject &eventData, int counterNumber, const AlsoWrite &alsoWrite,
    const std::function<QueueResult(CatalogStore &)> &body)
{
    return run(name, requestId, [&](Command &command) {
        CatalogStore store(m_db);
        QueueResult result = body(store);
        if (!result.ok())
            return result;
        // The screens' cue to read the catalog again; the queue's own copy follows
        // catalog_version (CatalogCache).
        if (!command.record(QueueEvent::CatalogChanged.toString(), nullptr, counterNumber, eventData))
            return storageFailure(command.failure());
        QString why;
        if (alsoWrite && !alsoWrite(&why))
            return storageFailure(why);
        return result;
    });
}

QueueResult QueueManager::setServiceTarget(const QString &serviceCode, int targetWaitMinutes,
    const RequestId &requestId, const AlsoWrite &alsoWrite)
{
    const QJsonObject data {{u"change"_s, u"serviceTarget"_s}, {u"service"_s, serviceCode},
        {u"targetWaitMinutes"_s, targetWaitMinutes}};
    return catalogCommand(u"setServiceTarget"_s, requestId, data, 0, alsoWrite,
        [&](CatalogStore &store) {
            if (!findService(serviceCode))
                return refuse(QueueError::Code::ServiceNotFound,
                    queueText(QT_TR_NOOP("There is no service %1 at this branch.")).arg(serviceCode));
            if (targetWaitMinutes < 1 || targetWaitMinutes > 600)
                return refuse(QueueError::Code::InvalidArgument,
                    queueText(QT_TR_NOOP("A target wait is from 1 to 600 minutes.")));
            QString why;
            return store.setTargetWaitMinutes(serviceCode, targetWaitMinutes, &why)
                ? QueueResult {}
                : storageFailure(why);
        });
}

QueueResult QueueManager::setServiceHours(const QString &serviceCode, const WeekHours &week,
    const RequestId &requestId, const AlsoWrite &alsoWrite)
{
    const QJsonObject data {
        {u"change"_s, u"serviceHours"_s}, {u"service"_s, serviceCode}, {u"week"_s, week.toJson()}};
    return catalogCommand(u"setServiceHours"_s, requestId, data, 0, alsoWrite,
        [&](CatalogStore &store) {
            if (!findService(serviceCode))
                return refuse(QueueError::Code::ServiceNotFound,
                    queueText(QT_TR_NOOP("There is no service %1 at this branch.")).arg(serviceCode));
            QString why;
            return store.setWeek(serviceCode, week, &why) ? QueueResult {} : storageFailure(why);
        });
}

QueueResult QueueManager::setHolidays(
    const QList<Holiday> &holidays, const RequestId &requestId, const AlsoWrite &alsoWrite)
{
    QJsonArray dates;
    for (const Holiday &h : holidays)
        dates.append(h.date.toString(Qt::ISODate));
    const QJsonObject data {{u"change"_s, u"holidays"_s}, {u"dates"_s, dates}};
    return catalogCommand(u"setHolidays"_s, requestId, data, 0, alsoWrite,
        [&](CatalogStore &store) {
            QList<QDate> seen;
            for (const Holiday &h : holidays) {
                if (!h.date.isValid() || h.name.trimmed().isEmpty())
                    return refuse(QueueError::Code::InvalidArgument,
                        queueText(QT_TR_NOOP("A holiday needs a date and a name.")));
                if (seen.contains(h.date))
                    return refuse(QueueError::Code::InvalidArgument,
                        queueText(QT_TR_NOOP("The date %1 is given twice.")).arg(
                            h.date.toString(Qt::ISODate)));
                seen.append(h.date);
            }
            QString why;
            return store.setHolidays(holidays, &why) ? QueueResult {} : storageFailure(why);
        });
}

QueueResult QueueManager::setCounterServices(int counterNumber, const QStringList &serviceCodes,
    const RequestId &requestId, const AlsoWrite &alsoWrite)
{
    QStringList codes = serviceCodes;
    codes.removeDuplicates();
    codes.sort();
    const QJsonObject data {
        {u"change"_s, u"counterServices"_s}, {u"services"_s, QJsonArray::fromStringList(codes)}};
    return catalogCommand(u"setCounterServices"_s, requestId, data, counterNumber, alsoWrite,
        [&](CatalogStore &store) {
            bool ok = false;
            const auto row = m_counters->find(counterNumber, &ok);
            if (!ok)
                return storageFailure(m_counters->lastError());
            if (!row)
                return refuse(QueueError::Code::CounterNotFound,
                    queueText(QT_TR_NOOP("There is no counter %1.")).arg(counterNumber));
            if (codes.isEmpty())
                return refuse(QueueError::Code::InvalidArgument,
                    queueText(QT_TR_NOOP("Counter %1 needs at least one service.")).arg(counterNumber));
            for (const QString &code : std::as_const(codes))
                if (!findService(code))
                    return refuse(QueueError::Code::ServiceNotFound,
                        queueText(QT_TR_NOOP("There is no service %1 at this branch.")).arg(code));
            QString why;
            if (!store.setCounterServices(counterNumber, codes, &why))
                return storageFailure(why);
            QueueResult result;
            result.counter = row->counter;
            result.counter->serviceCodes = codes;
            return result;
        });
}

QueueResult QueueManager::moveTicket(const QString &ticketId, const QString &toServiceCode,
    const RequestId &requestId, const AlsoWrite &alsoWrite)
{
    return run(u"moveTicket"_s, requestId, [&](Command &command) {
        QueueResult result = applyTicketAction(
            command, TicketAction::Move, 0, ticketId, toServiceCode, PriorityClass::Normal);
        if (!result.ok())
            return result;
        QString why;
        if (alsoWrite && !alsoWrite(&why))
            return storageFailure(why);
        return result;
    });
}

// ---------------------------------------------------------------------------------------------
// Counters.

QueueResult QueueManager::counterCommand(const QString &name, int counterNumber,
    const RequestId &requestId, const std::function<QueueResult(Command &, const Counter &)> &body)
{
    return run(name, requestId, [&](Command &command) {
        bool ok = false;
        const auto row = m_counters->find(counterNumber, &ok);
        if (!ok)
            return storageFailure(m_counters->lastError());
        if (!row)
            return refuse(QueueError::Code::CounterNotFound,
                queueText(QT_TR_NOOP("There is no counter %1.")).arg(counterNumber));
        return body(command, row->counter);
    });
}

QueueResult QueueManager::openCounter(
    int counterNumber, const QStringList &serviceCodes, const RequestId &requestId)
{
    return counterCommand(
        u"openCounter"_s, counterNumber, requestId, [&](Command &command, const Counter &counter) {
            if (counter.state == Counter::State::Open)
                return refuse(QueueError::Code::IllegalTransition,
                    queueText(QT_TR_NOOP("Counter %1 is already open.")).arg(counterNumber));
            QStringList served = serviceCodes.isEmpty() ? counter.serviceCodes : serviceCodes;
            served.removeDuplicates();
            served.sort();
            if (served.isEmpty())
                return refuse(QueueError::Code::InvalidArgument,
                    queueText(QT_TR_NOOP(
                        "Counter %1 cannot open without a service to serve.")).arg(counterNumber));
            const QList<Service> services = m_catalog->services();
            for (const QString &code : std::as_const(served)) {
                if (std::none_of(services.cbegin(), services.cend(),
                        [&](const Service &s) { return s.code == code; }))
                    return refuse(QueueError::Code::ServiceNotFound,
                        queueText(QT_TR_NOOP("There is no service %1 at this branch.")).arg(code));
            }
            if (!m_counters->setState(
                    counterNumber, Counter::State::Open, PauseReason::None, served))
                return storageFailure(m_counters->lastError());
            const QJsonObject data {
                {u"services"_s, QJsonArray::fromStringList(served)},
                {u"resumed"_s, counter.state == Counter::State::Paused},
            };
            if (!command.record(QueueEvent::CounterOpened.toString(), nullptr, counterNumber, data))
                return storageFailure(command.failure());
            QueueResult result;
            result.counter = counter;
            result.counter->state = Counter::State::Open;
            result.counter->pauseReason = PauseReason::None;
            result.counter->serviceCodes = served;
            return result;
        });
}

QueueResult QueueManager::pauseCounter(
    int counterNumber, PauseReason reason, const RequestId &requestId)
{
    return counterCommand(
        u"pauseCounter"_s, counterNumber, requestId, [&](Command &command, const Counter &counter) {
            if (reason == PauseReason::None)
                return refuse(QueueError::Code::InvalidArgument,
                    queueText(QT_TR_NOOP("Say why counter %1 is paused.")).arg(counterNumber));
            if (counter.state != Counter::State::Open)
                return refuse(QueueError::Code::IllegalTransition,
                    queueText(QT_TR_NOOP("Counter %1 is %2, so it cannot be paused."))
                        .arg(counterNumber)
                        .arg(counterStateText(counter)));
            bool ok = false;
            if (const auto held = m_tickets->atCounter(counterNumber, &ok))
                return refuse(QueueError::Code::CounterBusy,
                    queueText(QT_TR_NOOP(
                        "Counter %1 still has ticket %2: finish, park or transfer it, or mark it "
                       "a no-show, before pausing."))
                        .arg(counterNumber)
                        .arg(held->number));
            if (!ok)
                return storageFailure(m_tickets->lastError());
            if (!m_counters->setState(counterNumber, Counter::State::Paused, reason))
                return storageFailure(m_counters->lastError());
            if (!command.record(QueueEvent::CounterPaused.toString(), nullptr, counterNumber,
                    {{u"reason"_s, QueueJson::toString(reason)}}))
                return storageFailure(command.failure());
            QueueResult result;
            result.counter = counter;
            result.counter->state = Counter::State::Paused;
            result.counter->pauseReason = reason;
            return result;
        });
}

QueueResult QueueManager::closeCounter(int counterNumber, const RequestId &requestId)
{
    return counterCommand(
        u"closeCounter"_s, counterNumber, requestId, [&](Command &command, const Counter &counter) {
            if (counter.state == Counter::State::Closed)
                return refuse(QueueError::Code::IllegalTransition,
                    queueText(QT_TR_NOOP("Counter %1 is already closed.")).arg(counterNumber));
            bool ok = false;
            if (const auto held = m_tickets->atCounter(counterNumber, &ok))
                return refuse(QueueError::Code::CounterBusy,
                    queueText(QT_TR_NOOP(
                        "Counter %1 still has ticket %2: finish, park or transfer it, or mark it "
                       "a no-show, before closing."))
                        .arg(counterNumber)
                        .arg(held->number));
            if (!ok)
                return storageFailure(m_tickets->lastError());
            if (!m_counters->setState(counterNumber, Counter::State::Closed, PauseReason::None))
                return storageFailure(m_counters->lastError());
            if (!command.record(QueueEvent::CounterClosed.toString(), nullptr, counterNumber))
                return storageFailure(command.failure());
            const auto row = m_counters->find(counterNumber, &ok);
            if (!ok || !row)
                return storageFailure(m_counters->lastError());
            QueueResult result;
            result.counter = row->counter;
            return result;
        });
}

QueueResult QueueManager::setCallProfile(
    int counterNumber, const CallProfile &profile, const RequestId &requestId)
{
    return counterCommand(u"setCallProfile"_s, counterNumber, requestId,
        [&](Command &command, const Counter &counter) {
            if (profile.normalCallsPerPriority < 1)
                return refuse(QueueError::Code::InvalidArgument,
                    queueText(QT_TR_NOOP(
                        "A call ratio needs at least one normal call per priority call.")));
            if (!m_counters->setProfile(counterNumber, profile))
                return storageFailure(m_counters->lastError());
            if (!command.record(QueueEvent::CounterProfileChanged.toString(), nullptr,
                    counterNumber,
                    {{u"callMode"_s, QueueJson::toString(profile.mode)},
                        {u"normalCallsPerPriority"_s, profile.normalCallsPerPriority}}))
                return storageFailure(command.failure());
            QueueResult result;
            result.counter = counter;
            result.counter->profile = profile;
            return result;
        });
}

// ---------------------------------------------------------------------------------------------
// Rollover.

int QueueManager::rollOverBusinessDay(QString *why)
{
    auto fail = [&](const QString &detail) {
        if (why)
            *why = detail;
        return -1;
    };
    const qint64 nowMs = now();
    const QString today = businessDayOf(nowMs);
    WriteTransaction tx(m_db.connection());
    if (!tx.isActive())
        return fail(u"BEGIN IMMEDIATE failed for rollover: "_s + tx.errorText());
    bool ok = false;
    const QList<Ticket> open = m_tickets->openBefore(today, &ok);
    if (!ok)
        return fail(m_tickets->lastError());
    // The day of the last event recorded: a day.rolledOver is due when it is an earlier one (not
    // on a new branch's first day, not twice a day when the hub restarts).
    const qint64 lastSeq = m_events->lastSeq(&ok);
    if (!ok)
        return fail(m_events->lastError());
    const QList<QueueEvent> last = m_events->since(lastSeq - 1, 1, &ok);
    if (!ok)
        return fail(m_events->lastError());
    const QString previousDay = last.isEmpty() ? QString() : last.first().businessDay;
    Command command(m_db, *m_events, nowMs, today);
    for (Ticket t : open) {
        const QJsonObject data {
            {u"from"_s, QueueJson::toString(t.state)},
            {u"ticketBusinessDay"_s, t.businessDay},
        };
        const int counterNumber = t.counterNumber;
        t.state = TicketState::ClosedAtRollover;
        t.counterNumber = 0;
        if (!m_tickets->update(t))
            return fail(m_tickets->lastError());
        if (!command.record(QueueEvent::TicketClosedAtRollover.toString(), &t, counterNumber, data))
            return fail(command.failure());
    }
    if (!previousDay.isEmpty() && previousDay < today) {
        // After the closures: the day that follows it is clean. rolloverHour lets central end
        // this branch's day where the branch does (docs/central-api.md).
        const QJsonObject data {{u"previousBusinessDay"_s, previousDay},
            {u"closedTickets"_s, int(open.size())}, {u"rolloverHour"_s, m_settings.rolloverHour}};
        if (!command.record(QueueEvent::DayRolledOver.toString(), nullptr, 0, data))
            return fail(command.failure());
    }
    if (!m_requests->forgetBefore(nowMs - qint64(m_settings.requestRetentionDays) * dayMs))
        return fail(m_requests->lastError());
    if (!tx.commit())
        return fail(u"COMMIT failed for rollover: "_s + tx.errorText());
    m_rolledOverDay = today;
    for (const QueueEvent &e : command.recorded())
        Q_EMIT eventRecorded(e);
    return int(open.size());
}

// ---------------------------------------------------------------------------------------------
// Reading.

std::optional<Ticket> QueueManager::ticket(const QString &id) const
{
    return m_tickets->find(id);
}

std::optional<Counter> QueueManager::counter(int number) const
{
    const auto row = m_counters->find(number);
    if (!row)
        return std::nullopt;
    return row->counter;
}

QList<QueueEvent> QueueManager::eventsSince(qint64 seq, int limit, bool *ok, QString *why) const
{
    bool read = false;
    QList<QueueEvent> events = m_events->since(seq, limit, &read);
    if (ok)
        *ok = read;
    if (!read && why)
        *why = m_events->lastError();
    return events;
}

qint64 QueueManager::lastEventSeq(bool *ok) const
{
    return m_events->lastSeq(ok);
}

std::optional<QueueSnapshot> QueueManager::snapshot(QString *why) const
{
    // One read transaction, so the picture and lastEventSeq belong together even when another
    // connection writes meanwhile.
    const ReadTransaction read(m_db);
    // Each read is checked: a picture with a queue missing (a damaged page) would show an empty
    // queue while people wait.
    const auto failed = [why](const QString &cause) {
        if (why)
            *why = cause;
        return std::nullopt;
    };
    bool ok = false;

    QueueSnapshot s;
    s.atMs = now();
    s.businessDay = businessDayOf(s.atMs);
    s.lastEventSeq = m_events->lastSeq(&ok);
    if (!ok)
        return failed(m_events->lastError());
    const QList<CounterStore::Row> counters = m_counters->all(&ok);
    if (!ok)
        return failed(m_counters->lastError());
    for (const CounterStore::Row &row : counters) {
        s.counters.append({row.counter, m_tickets->atCounter(row.counter.number, &ok)});
        if (!ok)
            return failed(m_tickets->lastError());
    }
    const QList<Service> services = m_catalog->services();
    const CallOrder order(m_catalog->targetWaitMinutes());
    for (const Service &service : services) {
        const QList<Ticket> waiting = m_tickets->waiting({service.code}, s.businessDay, &ok);
        if (!ok)
            return failed(m_tickets->lastError());
        s.queues.append({service.code, order.queueOrder(waiting, s.atMs)});
    }
    const QList<QueueEvent> calls = m_events->latest(
        {QueueEvent::TicketCalled.toString(), QueueEvent::TicketRecalled.toString()},
        m_settings.recentCallsInSnapshot, &ok);
    if (!ok)
        return failed(m_events->lastError());
    for (const QueueEvent &e : calls) {
        // Only today's: yesterday's last calls leave the boards when the day rolls over.
        if (e.businessDay != s.businessDay)
            continue;
        s.recentCalls.append({e.seq, e.atMs, e.ticketId, e.ticketNumber, e.serviceCode,
            e.counterNumber, e.type == QueueEvent::TicketRecalled});
    }
    return s;
}

QList<Service> QueueManager::services() const
{
    QList<Service> services = m_catalog->services();
    if (m_settings.openAllDay) {
        for (Service &s : services)
            s.hours = WeekHours();
    }
    return services;
}

QList<Holiday> QueueManager::holidays() const
{
    if (m_settings.openAllDay)
        return {};
    return m_catalog->holidays();
}

TranslatableText QueueManager::closedText(const Service &service, const OpeningState &opening)
{
    const auto named = [&](const char *source) {
        return queueText(source).arg(service.thaiName, service.englishName);
    };
    switch (opening.kind) {
    case OpeningState::Kind::Open:
        break;
    case OpeningState::Kind::Holiday:
        return named(QT_TR_NOOP("%1 is closed today for a holiday: %2.")).arg(opening.holidayName);
    case OpeningState::Kind::ClosedThisWeekday:
        // The day's name from the locale, in both languages: every device shows its own.
        return named(QT_TR_NOOP("%1 does not open on %2."))
            .arg(QLocale(QLocale::Thai).dayName(opening.weekday),
                QLocale(QLocale::English).dayName(opening.weekday));
    case OpeningState::Kind::NotOpenYet:
        return named(QT_TR_NOOP("%1 is closed now; it opens at %2."))
            .arg(opening.today->opensText());
    case OpeningState::Kind::ClosedForToday:
        break;
    }
    // The opening of the next day of the week it opens on (a holiday then is the kiosk's news).
    QString opens = opening.today ? opening.today->opensText() : QString();
    for (int ahead = 1; ahead <= 7; ++ahead)
        if (const auto hours = service.hours.on((opening.weekday + ahead - 1) % 7 + 1)) {
            opens = hours->opensText();
            break;
        }
    return named(QT_TR_NOOP("%1 has closed for today; it opens again at %2 on its next day."))
        .arg(opens);
}

std::optional<QueueStatistics::Report> QueueManager::statistics(QString *why) const
{
    // One read transaction: the events, counters and services of one moment.
    const ReadTransaction read(m_db);
    const qint64 nowMs = now();
    const QString day = businessDayOf(nowMs);
    bool ok = false;
    QList<Counter> counters;
    for (const CounterStore::Row &row : m_counters->all(&ok))
        counters.append(row.counter);
    if (!ok) {
        if (why)
            *why = m_counters->lastError();
        return std::nullopt;
    }
    // The day's figures so far, given the events recorded since the last ask: a later seq is
    // always a later commit (one writer at a time), so nothing is missed. Inside a batch the
    // events read may yet be rolled back: then the figures are made apart and not kept.
    const bool keep = !inBatch();
    std::unique_ptr<QueueStatistics::Day> today;
    QList<QueueEvent> events;
    qint64 lastSeq = 0;
    if (keep && m_statisticsDay && m_statisticsDay->businessDay() == day) {
        today = std::move(m_statisticsDay);
        events = m_events->since(m_statisticsSeq, std::numeric_limits<int>::max(), &ok);
        lastSeq = events.isEmpty() ? m_statisticsSeq : events.last().seq;
    } else {
        today = std::make_unique<QueueStatistics::Day>(day);
        lastSeq = m_events->lastSeq(&ok);
        if (ok)
            events = m_events->ofBusinessDay(day, &ok);
    }
    // Figures from part of the day's events would be wrong figures, not fewer: nothing is kept.
    if (!ok) {
        if (why)
            *why = m_events->lastError();
        return std::nullopt;
    }
    for (const QueueEvent &e : std::as_const(events)) {
        // An event of another day after the kept ones (a clock stepped back) is that day's.
        if (e.businessDay == day && e.seq <= lastSeq)
            today->add(e);
    }
    QueueStatistics::Options options;
    options.historySize = m_settings.estimateHistorySize;
    options.fallbackServiceMinutes = m_settings.fallbackServiceMinutes;
    QueueStatistics::Report report = today->report(m_catalog->services(), counters, nowMs, options);
    if (keep) {
        m_statisticsDay = std::move(today);
        m_statisticsSeq = lastSeq;
    }
    return report;
}

} // namespace saduak
