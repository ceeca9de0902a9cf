-- The branch's complaints as filed here (modules/complaints/README.md). Central owns each one's
-- state after filing; the hub keeps what it needs to answer lookup and list without central.
--
-- No complainant and no contact here (PDPA: keep personal data only where the record needs it):
-- no hub answer may carry them, so the hub has no use for them. They go to central sealed, in the
-- complaint's outbox row (complaints.complaint), where the agency that answers needs them.
CREATE TABLE complaints_complaint (
    tracking_number TEXT    PRIMARY KEY,           -- B001-691207-0042-37, unique across branches
    filed_day       TEXT    NOT NULL,              -- the filing date in Bangkok, yyyy-MM-dd
    day_sequence    INTEGER NOT NULL,              -- the number's NNNN
    filed_at_ms     INTEGER NOT NULL,              -- UTC ms, the hub's clock
    due_at_ms       INTEGER NOT NULL,              -- the end of the 15th day after filed_day
    category        TEXT    NOT NULL,
    subject         TEXT    NOT NULL,
    description     TEXT    NOT NULL,
    province        TEXT    NOT NULL,
    amphoe          TEXT    NOT NULL,
    tambon          TEXT    NOT NULL,
    latitude        REAL,
    longitude       REAL,
    channel         TEXT    NOT NULL CHECK (channel IN ('kiosk', 'counter')),
    counter_number  INTEGER,                       -- NULL: filed at a kiosk
    staff           TEXT,
    device          TEXT    NOT NULL,
    UNIQUE (filed_day, day_sequence)
);
-- list: overdue (due passed) first, then newest.
CREATE INDEX complaints_complaint_due ON complaints_complaint (due_at_ms);
CREATE INDEX complaints_complaint_filed ON complaints_complaint (filed_at_ms);

-- The last sequence given out on each Bangkok day; taken and raised in the filing's transaction.
CREATE TABLE complaints_day_sequence (
    day           TEXT    PRIMARY KEY,             -- yyyy-MM-dd in Bangkok
    last_sequence INTEGER NOT NULL CHECK (last_sequence BETWEEN 1 AND 9999)
);
