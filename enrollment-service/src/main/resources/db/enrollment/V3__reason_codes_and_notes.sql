-- Why an enrollment ended (ADR 0006): the code also travels in the event, the withdrawal note
-- stays in this database and is returned only by GET /enrollments/{id}. Enrollments that ended
-- before reason codes get the code their events decode to.
ALTER TABLE enrollment ADD COLUMN withdrawal_reason_code TEXT;
ALTER TABLE enrollment ADD COLUMN withdrawal_note TEXT CHECK (char_length(withdrawal_note) <= 500);
ALTER TABLE enrollment ADD COLUMN cancellation_reason_code TEXT;
UPDATE enrollment SET withdrawal_reason_code = 'UNSPECIFIED' WHERE status = 'WITHDRAWN';
UPDATE enrollment SET cancellation_reason_code = 'UNSPECIFIED' WHERE status = 'CANCELLED';
ALTER TABLE enrollment ADD CONSTRAINT enrollment_withdrawal_has_a_code
    CHECK ((status = 'WITHDRAWN') = (withdrawal_reason_code IS NOT NULL));
ALTER TABLE enrollment ADD CONSTRAINT enrollment_cancellation_has_a_code
    CHECK ((status = 'CANCELLED') = (cancellation_reason_code IS NOT NULL));
