-- SQLite's documented way to change a table: build the new one, copy, drop the old, rename.
-- With foreign keys on, the DROP would cascade-delete every counter_service row.
CREATE TABLE counter_new (
    number INTEGER PRIMARY KEY CHECK (number > 0),
    name   TEXT    NOT NULL,
    state  TEXT    NOT NULL DEFAULT 'closed'
);
INSERT INTO counter_new (number, name) SELECT number, name FROM counter;
DROP TABLE counter;
ALTER TABLE counter_new RENAME TO counter;
