-- Devices paired with this hub (counter PCs, kiosks, display boards). A device proves itself with
-- the token printed by `saduak-hub pair-device`; only the token's SHA-256 is kept here.
CREATE TABLE device (
    id             TEXT    PRIMARY KEY,              -- UUID
    role           TEXT    NOT NULL CHECK (role IN ('counter', 'kiosk', 'display', 'supervisor')),
    name           TEXT    NOT NULL,
    token_sha256   TEXT    NOT NULL UNIQUE,           -- hex
    paired_at_ms   INTEGER NOT NULL,
    revoked_at_ms  INTEGER,
    last_seen_ms   INTEGER
);
