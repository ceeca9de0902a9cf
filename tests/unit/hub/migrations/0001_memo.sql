-- The test module's table (tst_hubmodules).
CREATE TABLE memo_item (
    id   INTEGER PRIMARY KEY AUTOINCREMENT,
    text TEXT NOT NULL
);
