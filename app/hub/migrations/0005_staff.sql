-- The people who work at the branch and log in at its screens (issue 16): counter officers,
-- supervisors and the branch's admins, kept by the hub (`saduak-hub add-staff`). A password is kept
-- only as its Argon2id hash (app/accounts). Repeated failed log-ins lock the account for a while
-- (failed_logins in a row, locked_until_ms). A person who leaves is disabled, never deleted: the
-- audit names them by user_name for years.
CREATE TABLE staff (
    id               INTEGER PRIMARY KEY,
    user_name        TEXT    NOT NULL UNIQUE
                             CHECK (user_name = lower(user_name) AND length(user_name) BETWEEN 1 AND 64),
    display_name     TEXT    NOT NULL CHECK (length(trim(display_name)) > 0),
    role             TEXT    NOT NULL CHECK (role IN ('counter', 'supervisor', 'admin')),
    password_hash    TEXT    NOT NULL,
    failed_logins    INTEGER NOT NULL DEFAULT 0,
    locked_until_ms  INTEGER NOT NULL DEFAULT 0,   -- UTC ms; 0: not locked
    created_at_ms    INTEGER NOT NULL,
    disabled_at_ms   INTEGER                       -- UTC ms; NULL: may log in
);
