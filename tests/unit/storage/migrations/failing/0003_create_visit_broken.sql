-- The first statement succeeds, the second breaks a NOT NULL rule when it runs: the table made by
-- the first must not survive.
CREATE TABLE visit (id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL);
INSERT INTO visit (id, person_id) VALUES (1, NULL);
