-- The queue (app/queue, QueueManager): tickets, the append-only event log, counters' live state
-- and work profile, and the requests already answered (idempotency for the LAN hub's retries).

-- A counter's live state stays in counter.state (0002). What it serves while open, its pause
-- reason and how it picks the next ticket are added here.
ALTER TABLE counter ADD COLUMN pause_reason TEXT NOT NULL DEFAULT 'none'
    CHECK (pause_reason IN ('none', 'break', 'systemDown', 'otherWork'));
ALTER TABLE counter ADD COLUMN call_mode TEXT NOT NULL DEFAULT 'priorityFirst'
    CHECK (call_mode IN ('priorityFirst', 'ratio'));
ALTER TABLE counter ADD COLUMN normal_calls_per_priority INTEGER NOT NULL DEFAULT 2
    CHECK (normal_calls_per_priority > 0);
-- Ratio mode: normal tickets called since the last priority one.
ALTER TABLE counter ADD COLUMN normal_calls_since_priority INTEGER NOT NULL DEFAULT 0
    CHECK (normal_calls_since_priority >= 0);

-- The services an open counter serves now (counter_service is what it may serve).
CREATE TABLE counter_open_service (
    counter_number INTEGER NOT NULL REFERENCES counter (number) ON DELETE CASCADE,
    service_code   TEXT    NOT NULL REFERENCES service (code) ON DELETE CASCADE,
    PRIMARY KEY (counter_number, service_code)
);

CREATE TABLE ticket (
    id                  TEXT    PRIMARY KEY,          -- UUID
    number              TEXT    NOT NULL,             -- "A001"
    number_service_code TEXT    NOT NULL REFERENCES service (code), -- gave the number
    number_seq          INTEGER NOT NULL CHECK (number_seq > 0),
    business_day        TEXT    NOT NULL,             -- ISO date, Asia/Bangkok after rollover hour
    service_code        TEXT    NOT NULL REFERENCES service (code), -- waits for / is served for
    priority            TEXT    NOT NULL
        CHECK (priority IN ('appointment', 'elderly', 'disabledOrPregnant', 'normal')),
    state               TEXT    NOT NULL
        CHECK (state IN ('waiting', 'called', 'serving', 'parked', 'done', 'noShow', 'cancelled',
                         'closedAtRollover')),
    arrived_at_ms       INTEGER NOT NULL,             -- kept on transfer: never sent to the back
    counter_number      INTEGER REFERENCES counter (number),
    called_at_ms        INTEGER NOT NULL DEFAULT 0,
    recall_count        INTEGER NOT NULL DEFAULT 0,
    booking_ref         TEXT    NOT NULL DEFAULT '',
    -- One number per service per business day.
    UNIQUE (number_service_code, business_day, number_seq),
    -- Only a called or serving ticket is at a counter.
    CHECK ((counter_number IS NOT NULL) = (state IN ('called', 'serving')))
);
CREATE INDEX ticket_open ON ticket (state, service_code, arrived_at_ms)
    WHERE state IN ('waiting', 'called', 'serving', 'parked');
CREATE INDEX ticket_at_counter ON ticket (counter_number) WHERE counter_number IS NOT NULL;
-- A counter holds one ticket at a time.
CREATE UNIQUE INDEX ticket_one_per_counter ON ticket (counter_number)
    WHERE state IN ('called', 'serving');

-- Everything that happened, in order. Statistics are computed from here, the LAN hub resyncs
-- clients from seq, and each row also goes to the outbox. seq is INTEGER PRIMARY KEY: rows are
-- never deleted (see the triggers), so max(seq) + 1 never reuses a number.
CREATE TABLE event (
    seq            INTEGER PRIMARY KEY,
    type           TEXT    NOT NULL,                  -- "ticket.called", "counter.paused", ...
    at_ms          INTEGER NOT NULL,                  -- UTC ms
    business_day   TEXT    NOT NULL,
    ticket_id      TEXT,
    ticket_number  TEXT,
    service_code   TEXT,
    counter_number INTEGER,
    data           TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(data))
);
CREATE INDEX event_day ON event (business_day, seq);

CREATE TRIGGER event_no_update BEFORE UPDATE ON event
BEGIN
    SELECT RAISE(ABORT, 'event is append-only: rows cannot be updated');
END;
CREATE TRIGGER event_no_delete BEFORE DELETE ON event
BEGIN
    SELECT RAISE(ABORT, 'event is append-only: rows cannot be deleted');
END;

-- Commands already answered, by the caller's request id: a retry gets the first answer and
-- nothing happens twice. Written in the same transaction as the command's effect.
CREATE TABLE queue_request (
    request_id TEXT    PRIMARY KEY,
    command    TEXT    NOT NULL,
    result     TEXT    NOT NULL CHECK (json_valid(result)),
    at_ms      INTEGER NOT NULL
);
CREATE INDEX queue_request_age ON queue_request (at_ms);
