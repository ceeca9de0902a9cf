-- The branches' daily e-reports (outbox kind "ereport.day", docs/central-api.md "Area e-report"):
-- one head row per branch and business day, the one with the latest madeAt (a branch may push a
-- day again after a correction), and its figures per service. The area e-report sums months of
-- these, so they are kept apart from ingested_row (whose payload is sealed whole for this kind)
-- in columns a roll-up reads without parsing JSON; only the two minute histograms are text.
CREATE TABLE ereport_day (
    branch_id    INTEGER NOT NULL,
    business_day TEXT    NOT NULL, -- YYYY-MM-DD
    made_at_ms   BIGINT  NOT NULL, -- the payload's madeAt: the latest wins
    row_uuid     TEXT    NOT NULL, -- the ingested row it came from
    PRIMARY KEY (branch_id, business_day)
);
-- The days each branch reported in a period, without reading the other days of every branch.
CREATE INDEX ereport_day_by_day ON ereport_day (business_day);
CREATE TABLE ereport_day_service (
    business_day        TEXT    NOT NULL,
    branch_id           INTEGER NOT NULL,
    service_code        TEXT    NOT NULL,
    thai_name           TEXT    NOT NULL,
    english_name        TEXT    NOT NULL,
    target_wait_minutes INTEGER, -- NULL: the branch gave none
    issued              INTEGER NOT NULL,
    called              INTEGER NOT NULL,
    served              INTEGER NOT NULL,
    no_shows            INTEGER NOT NULL,
    transfers_out       INTEGER NOT NULL,
    cancelled           INTEGER NOT NULL,
    within_target       INTEGER NOT NULL,
    -- Legs per whole minute waited (served), index 0 first, the last index 240 for 240 minutes or
    -- more, trailing zeros dropped: decimal counts joined by commas ("3,5,9"; empty for none).
    wait_minutes        TEXT    NOT NULL,
    service_minutes     TEXT    NOT NULL,
    -- Day first: a month's report reads one range of this key.
    PRIMARY KEY (business_day, branch_id, service_code)
);
