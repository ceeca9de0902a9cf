-- The sync client's own tables (migration scope "sync"), beside the core outbox it pushes.
-- An outbox row is acknowledged by outbox.acked_at_ms (core); these say what else sync knows.

-- Rows central refused for good (a 4xx that no retry can fix). They stay in the outbox,
-- unacknowledged, for the supervisor to see; the rows behind them are pushed all the same.
CREATE TABLE sync_dead_letter (
    outbox_seq    INTEGER PRIMARY KEY REFERENCES outbox (seq),
    http_status   INTEGER NOT NULL,
    reason        TEXT    NOT NULL, -- central's reason, for support (never personal data)
    refused_at_ms INTEGER NOT NULL
);

-- One row: when central last acknowledged a batch, so "last success" survives a restart.
CREATE TABLE sync_status (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    last_success_ms INTEGER
);
INSERT INTO sync_status (id, last_success_ms) VALUES (1, NULL);
