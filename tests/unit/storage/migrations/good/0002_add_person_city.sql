ALTER TABLE person ADD COLUMN city TEXT NOT NULL DEFAULT 'กรุงเทพมหานคร';
CREATE INDEX person_city ON person (city);
