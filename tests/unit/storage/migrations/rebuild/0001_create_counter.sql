CREATE TABLE counter (number INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE counter_service (
    counter_number INTEGER NOT NULL REFERENCES counter (number) ON DELETE CASCADE,
    service        TEXT    NOT NULL
);
INSERT INTO counter (number, name) VALUES (1, 'one'), (2, 'two');
INSERT INTO counter_service (counter_number, service) VALUES (1, 'A'), (2, 'B');
