-- Where the parts of a complaint's attachments are (docs/central-api.md, "Complaints"): a branch
-- sends a file once, as "complaints.attachmentPart" rows of at most 128 KiB each, known by the
-- SHA-256 of the whole file. The bytes stay sealed in those ingested rows (ingested_row.personal,
-- found by branch_id and row_uuid); this index says which row holds which part, so the desk can
-- tell whether a file has arrived whole and put it together in order. One row a part whatever
-- the branch: a second branch's copy of the same file is stored as its rows and indexed no more.
CREATE TABLE complaint_attachment_part (
    sha256     TEXT    NOT NULL, -- of the whole file, 64 lower-case hex digits
    part_index INTEGER NOT NULL, -- 0-based
    part_count INTEGER NOT NULL,
    type       TEXT    NOT NULL, -- image/jpeg, image/png or application/pdf
    size       BIGINT  NOT NULL, -- of the whole file
    branch_id  INTEGER NOT NULL,
    row_uuid   TEXT    NOT NULL,
    PRIMARY KEY (sha256, part_index)
);
