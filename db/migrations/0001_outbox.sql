-- Rows waiting to go to central (DESIGN.md, "Data"). Appended in the same transaction as the
-- change they report; the sync client marks them acknowledged after central's commit.
CREATE TABLE outbox (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT, -- push order
    uuid           TEXT    NOT NULL UNIQUE,           -- idempotency key at central
    kind           TEXT    NOT NULL,                  -- "event", "audit", "<module>.<record>"
    payload        TEXT    NOT NULL CHECK (json_valid(payload)),
    created_at_ms  INTEGER NOT NULL,                  -- UTC milliseconds
    acked_at_ms    INTEGER                            -- NULL while pending
);
CREATE INDEX outbox_pending ON outbox (seq) WHERE acked_at_ms IS NULL;
