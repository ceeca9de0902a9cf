CREATE TABLE person (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE audit (id INTEGER PRIMARY KEY, note TEXT NOT NULL);

-- A trigger body has semicolons of its own between BEGIN and END.
CREATE TRIGGER person_audit AFTER INSERT ON person
BEGIN
    INSERT INTO audit (note) VALUES ('added; ' || NEW.name);
    INSERT INTO audit (note) VALUES ('second; statement; of the trigger');
END;

-- Semicolons inside a string are data, not the end of a statement.
INSERT INTO person (id, name) VALUES (1, 'a;b;''c;''');
/* A comment at the end; with a semicolon; and nothing after it. */
