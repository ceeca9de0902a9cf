-- Complaints as central keeps them (modules/complaints/README.md; docs/central-api.md,
-- "Complaints"). A branch files a complaint in a "complaints.complaint" row; central keeps here only
-- what its desk sorts, filters and moves: the complainant, contact, subject and description stay
-- sealed in that ingested row (ingested_row.personal, found by branch_id and row_uuid) and are
-- read through the key when a screen needs them.
CREATE TABLE complaint (
    id              INTEGER PRIMARY KEY,
    tracking_number TEXT    NOT NULL UNIQUE, -- its text() form, "B001-691207-0042-37"
    branch_id       INTEGER NOT NULL,
    row_uuid        TEXT    NOT NULL,
    filed_at_ms     BIGINT  NOT NULL,
    due_at_ms       BIGINT  NOT NULL,
    category        TEXT    NOT NULL,
    province_code   TEXT    NOT NULL,
    amphoe_code     TEXT    NOT NULL,
    tambon_code     TEXT    NOT NULL,
    state           TEXT    NOT NULL,
    agency          TEXT    NOT NULL DEFAULT '',
    duplicate_of    TEXT    NOT NULL DEFAULT '',
    reopen_count    INTEGER NOT NULL DEFAULT 0,
    -- One more at every change: a change writes only over the version it read, so two officers
    -- changing one complaint at once on PostgreSQL (READ COMMITTED) cannot both pass the check.
    version         INTEGER NOT NULL DEFAULT 0,
    changed_at_ms   BIGINT  NOT NULL
);
CREATE INDEX complaint_due ON complaint (due_at_ms);

-- Every change of a complaint, its filing first: when, who (the branch for a filing, the officer
-- for a change), the action, the state it led to and the note. Only the state, time and note are
-- published to the branches (complaint-status); the actor stays at central.
CREATE TABLE complaint_history (
    id           INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaint (id),
    at_ms        BIGINT  NOT NULL,
    actor        TEXT    NOT NULL,
    action       TEXT    NOT NULL,
    state        TEXT    NOT NULL,
    note         TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX complaint_history_complaint ON complaint_history (complaint_id, id);
