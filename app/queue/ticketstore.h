#pragma once

#include <domain/ticket.h>

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace saduak {

class Database;

// Reads and writes the ticket table (db/migrations/0003_queue.sql). Decides nothing; writes only
// inside the caller's WriteTransaction. A failed statement leaves lastError() set and returns
// false / nullopt / an empty list with *ok false. Statements are prepared once per connection
// (Database::prepared): the SQL is fixed, service lists travel as one JSON array parameter.
class TicketStore
{
public:
    explicit TicketStore(Database &db);

    std::optional<Ticket> find(const QString &id, bool *ok = nullptr) const;
    // The called or serving ticket at a counter.
    std::optional<Ticket> atCounter(int counterNumber, bool *ok = nullptr) const;
    // Waiting tickets of these services and business day, in issue order (the rowid: never the
    // wall clock, which may have been stepped back; see CallOrder).
    QList<Ticket> waiting(
        const QStringList &serviceCodes, const QString &businessDay, bool *ok = nullptr) const;
    // The first waiting ticket of each (service, priority class) queue of these services and
    // business day, in issue order: all CallOrder::next needs, as it never picks a ticket behind
    // an earlier issued one of the same service and class. One index seek a queue
    // (ticket_waiting_head, 0006), however long the queues are.
    QList<Ticket> waitingHeads(
        const QStringList &serviceCodes, const QString &businessDay, bool *ok = nullptr) const;
    // Tickets not yet final whose business day is before this one.
    QList<Ticket> openBefore(const QString &businessDay, bool *ok = nullptr) const;

    // The next number of a service on a business day: 1 for the first ticket.
    int nextNumberSeq(const QString &serviceCode, const QString &businessDay, bool *ok) const;
    bool insert(const Ticket &ticket, const QString &numberServiceCode, int numberSeq);
    // Writes the mutable fields: state, service, priority, counter, call time, recall count.
    bool update(const Ticket &ticket);

    QString lastError() const { return m_lastError; }

private:
    QList<Ticket> select(const QString &sql, const QVariantList &values, bool *ok) const;

    Database &m_db;
    mutable QString m_lastError;
};

} // namespace saduak
