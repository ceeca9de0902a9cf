-- A queue is in issue order, never in wall-clock order (app/queue/callorder.h): after a clock
-- stepped back (an NTP correction) a later ticket can carry an earlier arrived_at_ms. The issue
-- order is the ticket's rowid: SQLite gives each new row max(rowid) + 1, tickets are never deleted,
-- and an UPDATE (a call, a transfer, a return from park) keeps it; 0004 copied the rowids. So the
-- head of a (service, priority class) queue is its lowest rowid: with the rowid ending every index
-- entry, this index finds it with one seek, as the old one did by arrival.
DROP INDEX ticket_waiting_head;
CREATE INDEX ticket_waiting_head ON ticket (business_day, service_code, priority)
    WHERE state = 'waiting';
