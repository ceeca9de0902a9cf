-- A digest of what each remembered request asked (the hub's CommandTable: SHA-256 of its checked
-- fields as canonical JSON), so the same request id with other content is refused
-- (requestIdReused) instead of answered with the first request's result. NULL for the rows kept
-- before it (forgotten within two days) and for callers that state no content: only the command
-- is compared then.
ALTER TABLE queue_request ADD COLUMN digest TEXT;
