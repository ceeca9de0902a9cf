-- saduak-central's own schema, migration scope "central" (docs/central-api.md).
-- Kept to SQL that PostgreSQL also accepts where a portable form exists, so the later
-- PostgreSQL slice can run the same statements.

-- Enrolled branches. Only the SHA-256 of a branch token is kept: a stolen file gives no token.
CREATE TABLE branch (
    id             INTEGER PRIMARY KEY,
    code           TEXT    NOT NULL UNIQUE,
    name           TEXT    NOT NULL,
    token_sha256   TEXT    NOT NULL UNIQUE,
    enrolled_at_ms BIGINT  NOT NULL
);

-- Outbox rows received from branches. (branch_id, uuid) is the idempotency key: a row delivered
-- twice (a lost acknowledgement, a retry, a reordered request) is stored once.
-- id is central's arrival order, so "in each branch's order" can be checked against branch_seq.
CREATE TABLE ingested_row (
    id             INTEGER PRIMARY KEY,
    branch_id      INTEGER NOT NULL REFERENCES branch (id),
    uuid           TEXT    NOT NULL,
    branch_seq     BIGINT  NOT NULL,
    kind           TEXT    NOT NULL,
    payload        TEXT    NOT NULL,
    created_at_ms  BIGINT  NOT NULL,
    received_at_ms BIGINT  NOT NULL,
    UNIQUE (branch_id, uuid)
);
CREATE INDEX ingested_row_branch_seq ON ingested_row (branch_id, branch_seq);
