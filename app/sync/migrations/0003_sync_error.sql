-- Why the push to central fails, for `saduak-hub status` (a process other than the hub's): the
-- words of the log line that said so and when; cleared when central acknowledges a batch or
-- nothing is left to push.
ALTER TABLE sync_status ADD COLUMN last_error TEXT;
ALTER TABLE sync_status ADD COLUMN last_error_at_ms INTEGER;
