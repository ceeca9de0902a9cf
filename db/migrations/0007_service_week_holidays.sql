-- Opening hours by day of the week, and the branch's holidays (issue 16, management).

-- A service's week (WeekHours::toJson, app/domain/weekhours.h):
-- [{"day":1,"opens":"08:30","closes":"16:30"}, ...], day 1 = Monday ... 7 = Sunday; a day not
-- listed is closed. NULL: the one range opens_at-closes_at every day, as before this migration,
-- so an existing catalog and a seed that names no week (db/seed) keep their hours.
ALTER TABLE service ADD COLUMN week TEXT CHECK (week IS NULL OR json_valid(week));

-- Days the whole branch is closed: no service takes kiosk tickets (staff at a counter still
-- may). The date is the Bangkok calendar date, ISO.
CREATE TABLE holiday (
    date TEXT PRIMARY KEY
        CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0)
);

-- The holidays are part of the catalog the queue keeps in memory (CatalogCache): a change moves
-- the version as a change to service does (0004).
CREATE TRIGGER holiday_insert_moves_catalog_version AFTER INSERT ON holiday
BEGIN
    UPDATE catalog_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER holiday_update_moves_catalog_version AFTER UPDATE ON holiday
BEGIN
    UPDATE catalog_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER holiday_delete_moves_catalog_version AFTER DELETE ON holiday
BEGIN
    UPDATE catalog_version SET version = version + 1 WHERE id = 1;
END;
