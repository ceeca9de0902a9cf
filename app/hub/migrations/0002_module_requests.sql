-- The answers the hub gave to module commands, by request id (scoped by device), so a command
-- sent again after a dropped link or a hub restart returns the first answer and does nothing
-- again. Written in the same transaction as the command's own writes. Forgotten after two days.
CREATE TABLE module_request (
    request_id TEXT    PRIMARY KEY,
    command    TEXT    NOT NULL,
    reply      TEXT    NOT NULL CHECK (json_valid(reply)),
    at_ms      INTEGER NOT NULL
);
CREATE INDEX module_request_age ON module_request (at_ms);
