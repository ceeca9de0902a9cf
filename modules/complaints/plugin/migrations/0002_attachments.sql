-- Complaint attachments (README.md, "Attachments"): photos and PDF documents a counter sends in
-- chunks (complaints.attach) before it files the complaint that carries them. A file is known by
-- the SHA-256 of its bytes, so it is stored once and sent to central once, however many
-- complaints carry it.

-- One row a file the hub has heard of: being staged, whole and checked, or queued for central.
CREATE TABLE complaints_attachment_file (
    sha256         TEXT    PRIMARY KEY CHECK (length(sha256) = 64),
    type           TEXT    NOT NULL CHECK (type IN ('image/jpeg', 'image/png', 'application/pdf')),
    size           INTEGER NOT NULL CHECK (size BETWEEN 1 AND 5242880),
    received       INTEGER NOT NULL DEFAULT 0 CHECK (received BETWEEN 0 AND size), -- bytes held
    created_at_ms  INTEGER NOT NULL,   -- UTC ms of the first chunk: untaken after 24 h, deleted
    complete_at_ms INTEGER,            -- the hash and the type checked out: it may be filed
    queued_at_ms   INTEGER             -- its parts went to the outbox and its chunks were deleted
);
-- The 24-hour clean-up looks for staged files no complaint took.
CREATE INDEX complaints_attachment_file_untaken
    ON complaints_attachment_file (created_at_ms) WHERE queued_at_ms IS NULL;

-- The bytes of a file being staged, one row a chunk as it came (at most 32 KiB), until filing
-- moves them into the outbox rows for central. Deleted with their file.
CREATE TABLE complaints_attachment_chunk (
    sha256      TEXT    NOT NULL REFERENCES complaints_attachment_file (sha256) ON DELETE CASCADE,
    byte_offset INTEGER NOT NULL CHECK (byte_offset >= 0),
    bytes       BLOB    NOT NULL,
    PRIMARY KEY (sha256, byte_offset)
);

-- What each complaint carries, in the order it was filed with, and the name as shown (names may
-- be personal: they go to central in the sealed complaint record, and no kiosk is told them).
CREATE TABLE complaints_complaint_attachment (
    tracking_number TEXT    NOT NULL REFERENCES complaints_complaint (tracking_number),
    position        INTEGER NOT NULL CHECK (position >= 0),
    sha256          TEXT    NOT NULL REFERENCES complaints_attachment_file (sha256),
    name            TEXT    NOT NULL,
    PRIMARY KEY (tracking_number, position),
    UNIQUE (tracking_number, sha256)
);
