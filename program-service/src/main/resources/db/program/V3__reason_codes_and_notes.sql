-- Reasons are codes (they travel in events) plus an optional note that stays in this database
-- and is returned only by GET /programs/{id} (ADR 0006). Earlier cancellation reasons were free
-- text: they become the note, with the code every pre-code event decodes to.
ALTER TABLE program RENAME COLUMN cancel_reason TO cancel_note;
ALTER TABLE program ADD COLUMN cancel_reason_code TEXT;
UPDATE program SET cancel_reason_code = 'UNSPECIFIED' WHERE status = 'CANCELLED';
ALTER TABLE program ADD CONSTRAINT program_cancel_note_length CHECK (char_length(cancel_note) <= 500);
ALTER TABLE program ADD CONSTRAINT program_cancellation_has_a_code
    CHECK ((status = 'CANCELLED') = (cancel_reason_code IS NOT NULL));

ALTER TABLE program ADD COLUMN schedule_change_reason_code TEXT;
ALTER TABLE program ADD COLUMN schedule_change_note TEXT
    CHECK (char_length(schedule_change_note) <= 500);
ALTER TABLE program ADD CONSTRAINT program_schedule_note_has_a_code
    CHECK (schedule_change_note IS NULL OR schedule_change_reason_code IS NOT NULL);
