-- Personal data of ingested rows, encrypted (PDPA; docs/central-api.md, "Personal data at
-- central"). IngestStore moves the personal fields out of a row's payload into this column,
-- sealed with XChaCha20-Poly1305 by the key in central's key file: key version (1 byte), nonce
-- (24 bytes), ciphertext and tag. NULL when the row had nothing personal. The payload keeps the
-- rest, so statistics never need the key.
ALTER TABLE ingested_row ADD COLUMN personal BLOB;
