-- A digest of what each remembered module command asked (the hub's CommandTable: SHA-256 of its
-- checked fields as canonical JSON), so the same request id with other content is refused
-- (requestIdReused) instead of answered with the first command's answer. NULL for the rows kept
-- before it (forgotten within two days): only the command is compared then.
ALTER TABLE module_request ADD COLUMN digest TEXT;
