-- Cross-branch statistics read one business day's queue events ("event" rows) at a time:
-- this index keeps that read to the day's rows (central/statisticsstore.cpp). Partial, so the
-- other rows (audit, module records) do not pay for it at ingest.
CREATE INDEX ingested_event_created ON ingested_row (created_at_ms) WHERE kind = 'event';
