-- Reference data that central serves to branches with cursors (docs/central-api.md,
-- GET /v1/reference/{dataset}). Portable SQL: the same file runs on PostgreSQL.

-- One row an item of a data set. change_seq is the dataset's commit-ordered log position: every
-- write takes the writers' lock first and numbers its changes after the last committed one
-- (ReferenceStore), so a reader never sees seq N+1 before N. A deleted item stays as a tombstone
-- (deleted = 1, payload '{}') until compact-reference drops it.
CREATE TABLE reference_item (
    id         INTEGER PRIMARY KEY,
    dataset    TEXT    NOT NULL,
    item_key   TEXT    NOT NULL,
    payload    TEXT    NOT NULL, -- compact JSON object
    change_seq BIGINT  NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (dataset, item_key)
);
CREATE INDEX reference_item_dataset_seq ON reference_item (dataset, change_seq);

-- Per data set: the last change_seq given out, and min_cursor, the oldest cursor still answerable
-- (raised by compaction, which drops tombstones a client behind it would miss).
CREATE TABLE reference_dataset (
    dataset    TEXT   PRIMARY KEY,
    last_seq   BIGINT NOT NULL DEFAULT 0,
    min_cursor BIGINT NOT NULL DEFAULT 0
);
