-- Issue 20. Erasure: a participant's personal data is destroyed (set to NULL, not flagged); the
-- pseudonymous participant_id stays, with when, on what basis and for which reason code.
ALTER TABLE participant
    ALTER COLUMN name DROP NOT NULL,
    ALTER COLUMN email DROP NOT NULL,
    ALTER COLUMN organisation DROP NOT NULL,
    ADD COLUMN erased_at           TIMESTAMPTZ,
    ADD COLUMN erasure_basis       TEXT CHECK (erasure_basis IN ('REQUEST', 'RETENTION')),
    ADD COLUMN erasure_reason_code TEXT;
ALTER TABLE participant ADD CONSTRAINT participant_erased_holds_no_personal_data
    CHECK ((erased_at IS NULL) = (name IS NOT NULL AND email IS NOT NULL AND organisation IS NOT NULL));
ALTER TABLE participant ADD CONSTRAINT participant_erasure_complete
    CHECK ((erased_at IS NULL) = (erasure_basis IS NULL) AND (erased_at IS NULL) = (erasure_reason_code IS NULL));
