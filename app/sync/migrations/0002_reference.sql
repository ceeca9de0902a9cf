-- Reference data pulled from central (docs/central-api.md, GET /v1/reference/{dataset}):
-- a local copy per data set, and where each pull stands. A page of items and its cursor are
-- written in one transaction (ReferenceStore::applyPage), so the copy always matches the cursor.

-- One row an item. generation: the snapshot that last wrote the row (see reference_pull).
CREATE TABLE sync_reference_item (
    dataset    TEXT    NOT NULL,
    item_key   TEXT    NOT NULL,
    payload    TEXT    NOT NULL, -- compact JSON object, as central sent it
    generation INTEGER NOT NULL,
    PRIMARY KEY (dataset, item_key)
) WITHOUT ROWID;

-- One row a data set. cursor: central's change_seq of the last change applied. When central
-- answers "cursor too old", a snapshot starts: cursor 0, generation + 1, snapshot_in_progress 1,
-- scan_floor NULL;
-- pages then write the new generation, and the last page deletes the rows of older generations
-- (items deleted at central while this branch was behind) in the transaction of its cursor.
CREATE TABLE sync_reference_pull (
    dataset              TEXT    PRIMARY KEY,
    cursor               INTEGER NOT NULL DEFAULT 0,
    generation           INTEGER NOT NULL DEFAULT 0,
    snapshot_in_progress INTEGER NOT NULL DEFAULT 0,
    -- central's minCursor when this copy's read from cursor 0 began (sent back as floor=, so a
    -- read from 0 may pass cursors below minCursor while central has not compacted since)
    scan_floor           INTEGER,
    last_pull_ms         INTEGER -- UTC ms of the last pull that reached the end
);
