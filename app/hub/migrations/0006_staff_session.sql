-- Who is logged in at which device (issue 16, docs/hub-protocol.md "Logging in"): one person at a
-- device at a time, so a new log-in at a shared counter PC switches the officer. A session is
-- bound to the device it was opened from and ends at the close of the business day (ends_at_ms)
-- or when its person logs out, is switched or is disabled. Kept in the database so a hub restart
-- or a dropped link does not log anyone out. An ended session's row is deleted: the audit rows in
-- the outbox (kind staff.audit) are its history.
CREATE TABLE staff_session (
    device_id      TEXT    PRIMARY KEY,
    staff_id       INTEGER NOT NULL REFERENCES staff (id),
    started_at_ms  INTEGER NOT NULL,
    ends_at_ms     INTEGER NOT NULL CHECK (ends_at_ms > started_at_ms)
);
