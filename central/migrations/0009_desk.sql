-- The complaint desk's officers and their log-in sessions (central/README.md, "DeskAccounts";
-- docs/central-api.md, "Complaint desk"). A password is kept only as its Argon2id hash
-- (libsodium crypto_pwhash_str, which carries its own salt and limits); a session only as the
-- SHA-256 of its cookie, so a copy of the database opens no desk.
CREATE TABLE desk_officer (
    id              INTEGER PRIMARY KEY,
    user_name       TEXT    NOT NULL UNIQUE, -- the actor in complaint_history
    display_name    TEXT    NOT NULL,
    agency          TEXT    NOT NULL DEFAULT '',
    password_hash   TEXT    NOT NULL,
    -- Failed log-ins since the last good one; from the fifth on, the officer is locked out until
    -- locked_until_ms, a back-off that doubles with each further failure (DeskAccounts).
    failed_logins   INTEGER NOT NULL DEFAULT 0,
    locked_until_ms BIGINT  NOT NULL DEFAULT 0,
    created_at_ms   BIGINT  NOT NULL
);

CREATE TABLE desk_session (
    id            INTEGER PRIMARY KEY,
    token_hash    TEXT    NOT NULL UNIQUE, -- hex SHA-256 of the cookie's value
    officer_id    INTEGER NOT NULL REFERENCES desk_officer (id),
    csrf_token    TEXT    NOT NULL, -- every POST form of the session carries it
    created_at_ms BIGINT  NOT NULL,
    last_seen_ms  BIGINT  NOT NULL
);
CREATE INDEX desk_session_officer ON desk_session (officer_id);
