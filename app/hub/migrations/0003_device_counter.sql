-- A counter PC is bound to its counter when it is paired (`pair-device --counter N`): the hub
-- takes the counter of its commands from here, never from the message. NULL for kiosks, boards
-- and supervisor PCs, and for counter PCs paired before binding existed (they must be paired
-- again: the hub refuses their counter commands).
ALTER TABLE device ADD COLUMN counter_number INTEGER CHECK (counter_number IS NULL OR counter_number > 0);
