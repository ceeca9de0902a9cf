-- The business days whose e-report went into the outbox for central (kind ereport.day,
-- app/hub/ereportpush.h), written in the transaction of that outbox row. Not read from the outbox
-- itself: the sync client deletes acknowledged rows after central/keepAcknowledgedDays (7 by
-- default), and the hub looks back 31 days at start for a day it has not pushed, so without this
-- it would push the same days again at every start.
CREATE TABLE ereport_day_pushed (
    business_day TEXT PRIMARY KEY
        CHECK (business_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    outbox_uuid  TEXT    NOT NULL, -- the row pushed
    made_at_ms   INTEGER NOT NULL  -- UTC ms, the payload's madeAt
) WITHOUT ROWID;
