-- Keys of Open311 clients (docs/central-api.md, "Open311 GeoReport v2"): POST requests.{format}
-- files a complaint only with an api_key that `saduak-central add-open311-key` made. As with a
-- branch token, the key is printed once and only its SHA-256 is kept, so a copy of central's
-- database gives nobody a key. name: who the key was given to (unique, for the operator).
CREATE TABLE open311_key (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL UNIQUE,
    key_sha256    TEXT    NOT NULL UNIQUE,
    created_at_ms BIGINT  NOT NULL
);
