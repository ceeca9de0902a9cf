CREATE TABLE visit (
    id         INTEGER PRIMARY KEY,
    person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    at_ms      INTEGER NOT NULL
);
