-- What lets a queue command read only what it needs (docs/performance.md, "CPU per command").

-- ticket again, the same columns, rows and rowids (the rowid breaks ties in arrival order), with
-- its CHECKs and the ticket_open predicate spelled as OR chains instead of `x IN (a, b, c...)`.
-- SQLite evaluates an IN list of more than two constants by building a temporary in-memory index
-- each time a statement runs: four of them for every UPDATE of a ticket (state and priority
-- checks, ticket_open for the old and the new row), three for every INSERT, about 70 us each time,
-- which was most of what a command cost once its statements were prepared. Compared in place, the
-- OR chain means the same (NULL included) and costs next to nothing.
CREATE TABLE ticket_new (
    id                  TEXT    PRIMARY KEY,          -- UUID
    number              TEXT    NOT NULL,             -- "A001"
    number_service_code TEXT    NOT NULL REFERENCES service (code), -- gave the number
    number_seq          INTEGER NOT NULL CHECK (number_seq > 0),
    business_day        TEXT    NOT NULL,             -- ISO date, Asia/Bangkok after rollover hour
    service_code        TEXT    NOT NULL REFERENCES service (code), -- waits for / is served for
    priority            TEXT    NOT NULL
        CHECK (priority = 'appointment' OR priority = 'elderly'
            OR priority = 'disabledOrPregnant' OR priority = 'normal'),
    state               TEXT    NOT NULL
        CHECK (state = 'waiting' OR state = 'called' OR state = 'serving' OR state = 'parked'
            OR state = 'done' OR state = 'noShow' OR state = 'cancelled'
            OR state = 'closedAtRollover'),
    arrived_at_ms       INTEGER NOT NULL,             -- kept on transfer: never sent to the back
    counter_number      INTEGER REFERENCES counter (number),
    called_at_ms        INTEGER NOT NULL DEFAULT 0,
    recall_count        INTEGER NOT NULL DEFAULT 0,
    booking_ref         TEXT    NOT NULL DEFAULT '',
    -- One number per service per business day.
    UNIQUE (number_service_code, business_day, number_seq),
    -- Only a called or serving ticket is at a counter (two constants: compared in place).
    CHECK ((counter_number IS NOT NULL) = (state IN ('called', 'serving')))
);
INSERT INTO ticket_new (rowid, id, number, number_service_code, number_seq, business_day,
    service_code, priority, state, arrived_at_ms, counter_number, called_at_ms, recall_count,
    booking_ref)
SELECT rowid, id, number, number_service_code, number_seq, business_day, service_code, priority,
    state, arrived_at_ms, counter_number, called_at_ms, recall_count, booking_ref
FROM ticket ORDER BY rowid;
DROP TABLE ticket;
ALTER TABLE ticket_new RENAME TO ticket;

-- TicketStore::openBefore spells its condition exactly so, or the planner would not use it.
CREATE INDEX ticket_open ON ticket (state, service_code, arrived_at_ms)
    WHERE state = 'waiting' OR state = 'called' OR state = 'serving' OR state = 'parked';
CREATE INDEX ticket_at_counter ON ticket (counter_number) WHERE counter_number IS NOT NULL;
-- A counter holds one ticket at a time.
CREATE UNIQUE INDEX ticket_one_per_counter ON ticket (counter_number)
    WHERE state IN ('called', 'serving');

-- callNext asks for the head of each (service, priority class) queue of the counter's services:
-- the call rules (app/queue/callorder.h) never pick a ticket behind an older one of the same
-- service and class, so the heads are the only candidates. With this index each head is one
-- seek (arrival order; ties in insertion order, as the rowid ends every index entry).
CREATE INDEX ticket_waiting_head ON ticket (business_day, service_code, priority, arrived_at_ms)
    WHERE state = 'waiting';

-- QueueManager keeps the services in memory and reads this one row per command to know the copy
-- is still true: every change to service (by any program, any connection) moves it.
CREATE TABLE catalog_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO catalog_version (id, version) VALUES (1, 0);

CREATE TRIGGER service_insert_moves_catalog_version AFTER INSERT ON service
BEGIN
    UPDATE catalog_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER service_update_moves_catalog_version AFTER UPDATE ON service
BEGIN
    UPDATE catalog_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER service_delete_moves_catalog_version AFTER DELETE ON service
BEGIN
    UPDATE catalog_version SET version = version + 1 WHERE id = 1;
END;
