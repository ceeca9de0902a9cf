-- Created without IF NOT EXISTS on purpose: if this file ran a second time it would fail.
CREATE TABLE person (
    id   INTEGER PRIMARY KEY,
    name TEXT    NOT NULL
);
