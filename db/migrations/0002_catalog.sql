-- What a branch offers: services (with their ticket letter) and counters.
CREATE TABLE service (
    code             TEXT    PRIMARY KEY,                 -- "A"
    ticket_prefix    TEXT    NOT NULL UNIQUE CHECK (length(ticket_prefix) = 1),
    name_th          TEXT    NOT NULL,
    name_en          TEXT    NOT NULL,
    target_wait_min  INTEGER NOT NULL CHECK (target_wait_min > 0),
    module_id        TEXT,                                -- the module that serves it, if any
    opens_at         TEXT    NOT NULL DEFAULT '08:30',   -- Asia/Bangkok, HH:MM
    closes_at        TEXT    NOT NULL DEFAULT '16:30',
    sort_order       INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE counter (
    number   INTEGER PRIMARY KEY CHECK (number > 0),
    name_th  TEXT    NOT NULL,
    name_en  TEXT    NOT NULL,
    state    TEXT    NOT NULL DEFAULT 'closed' CHECK (state IN ('open', 'paused', 'closed'))
);

CREATE TABLE counter_service (
    counter_number INTEGER NOT NULL REFERENCES counter (number) ON DELETE CASCADE,
    service_code   TEXT    NOT NULL REFERENCES service (code) ON DELETE CASCADE,
    PRIMARY KEY (counter_number, service_code)
);
