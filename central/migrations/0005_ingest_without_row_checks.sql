-- ingested_row without the per-row work nobody needs (docs/performance.md, "Pushing the outbox
-- to central"):
-- - branch_id is no longer a REFERENCES. On PostgreSQL a foreign key is checked by a trigger
--   that looks the branch up once per inserted row: about a third of a 1000-row batch's insert,
--   and the push missed 20,000 rows/s because of it. Central is the only writer, takes branch_id
--   from the branch's own token (BranchStore::authenticate), and has no way to delete a branch.
-- - the (branch_id, branch_seq) index goes: nothing reads by it (a branch's rows are read in
--   arrival order, id, through the (branch_id, uuid) key).
-- A rebuild, portable to both engines: rows are copied in id order without their ids, so the
-- new ids keep central's arrival order and PostgreSQL's identity sequence moves with them.
-- Nothing references ingested_row and nothing outside it reads its ids.
CREATE TABLE ingested_row_next (
    id             INTEGER PRIMARY KEY,
    branch_id      INTEGER NOT NULL,
    uuid           TEXT    NOT NULL,
    branch_seq     BIGINT  NOT NULL,
    kind           TEXT    NOT NULL,
    payload        TEXT    NOT NULL,
    created_at_ms  BIGINT  NOT NULL,
    received_at_ms BIGINT  NOT NULL,
    personal       BLOB,
    UNIQUE (branch_id, uuid)
);
INSERT INTO ingested_row_next (branch_id, uuid, branch_seq, kind, payload, created_at_ms,
    received_at_ms, personal)
    SELECT branch_id, uuid, branch_seq, kind, payload, created_at_ms, received_at_ms, personal
    FROM ingested_row ORDER BY id;
DROP TABLE ingested_row;
ALTER TABLE ingested_row_next RENAME TO ingested_row;
CREATE INDEX ingested_event_created ON ingested_row (created_at_ms) WHERE kind = 'event';
