#pragma once

#include <domain/counter.h>
#include <domain/ticket.h>

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <optional>

namespace saduak {

// One row of the append-only event log: what happened to a ticket or a counter, when. Statistics
// are computed from these, the LAN hub forwards them to clients and resyncs from seq, and each is
// also an outbox row for central.
struct QueueEvent
{
    // The types, one spelling everywhere (database, outbox, LAN protocol).
    static constexpr QStringView TicketIssued = u"ticket.issued";
    static constexpr QStringView TicketCalled = u"ticket.called";
    static constexpr QStringView TicketRecalled = u"ticket.recalled";
    static constexpr QStringView TicketStarted = u"ticket.started";
    static constexpr QStringView TicketFinished = u"ticket.finished";
    static constexpr QStringView TicketNoShow = u"ticket.noShow";
    static constexpr QStringView TicketParked = u"ticket.parked";
    static constexpr QStringView TicketReturned = u"ticket.returned";
    static constexpr QStringView TicketTransferred = u"ticket.transferred";
    static constexpr QStringView TicketCancelled = u"ticket.cancelled";
    static constexpr QStringView TicketPriorityChanged = u"ticket.priorityChanged";
    static constexpr QStringView TicketClosedAtRollover = u"ticket.closedAtRollover";
    // No ticket: a new business day began (data: previousBusinessDay, closedTickets, rolloverHour).
    static constexpr QStringView DayRolledOver = u"day.rolledOver";
    static constexpr QStringView CounterOpened = u"counter.opened";
    static constexpr QStringView CounterPaused = u"counter.paused";
    static constexpr QStringView CounterClosed = u"counter.closed";
    static constexpr QStringView CounterProfileChanged = u"counter.profileChanged";
    // No ticket: a supervisor or an admin changed the catalog (data: change = serviceTarget,
    // serviceHours, holidays or counterServices; service or counter). Screens read the catalog
    // again (QueueLink::requestCatalog).
    static constexpr QStringView CatalogChanged = u"catalog.changed";

    qint64 seq = 0; // monotonically increasing, assigned by the database
    QString type;
    qint64 atMs = 0; // UTC ms
    QString businessDay; // ISO date
    QString ticketId; // empty for counter events
    QString ticketNumber;
    QString serviceCode; // the ticket's service after the event (transfer: the new one)
    int counterNumber = 0; // 0: none
    QJsonObject data; // per type: "from"/"to" on transfer, "reason" on pause, "automatic"...

    // What the event left behind, so that a screen applies it to its snapshot
    // (QueueSnapshot::applied) instead of asking for a new one. Live events only: never stored,
    // never sent to central (the event row stays as it was), absent in a replay.
    struct After
    {
        std::optional<Ticket> ticket; // ticket events: the ticket after the event
        std::optional<Counter> counter; // counter events: the counter after the event
        // A ticket left waiting: its index in its service's queue (the snapshot's
        // queues[].waiting, in call order) after the event; -1 otherwise.
        int position = -1;

        bool isEmpty() const { return !ticket && !counter && position < 0; }
        QJsonObject toJson() const;
        static std::optional<After> fromJson(const QJsonObject &json); // nullopt: malformed
        friend bool operator==(const After &a, const After &b) { return a.toJson() == b.toJson(); }
    };
    After after;

    QJsonObject toJson() const; // the event row, as stored and sent to central: without "after"
    QJsonObject toLiveJson() const; // as the hub pushes it live: with "after" when known
    static std::optional<QueueEvent> fromJson(const QJsonObject &json);

    friend bool operator==(const QueueEvent &, const QueueEvent &) = default;
};

} // namespace saduak

Q_DECLARE_METATYPE(saduak::QueueEvent)
