-- The sample module's one table: notes filed at a kiosk or a counter.
CREATE TABLE sample_note (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    text        TEXT    NOT NULL,
    filed_at_ms INTEGER NOT NULL,
    device      TEXT    NOT NULL
);
