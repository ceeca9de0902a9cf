-- What the supervisor's device list shows of each device besides its pairing (issue 16): when the
-- hub last heard from it and which program it runs. Written at hello and when its connection ends,
-- never per message (docs/hub-protocol.md "Managing devices"). last_seen_ms (UTC ms, 0001) is the
-- last contact, unused until now; client_version is hello's "client" ("saduak 0.1.0"), NULL for a
-- device that never said or never connected.
ALTER TABLE device ADD COLUMN client_version TEXT;
