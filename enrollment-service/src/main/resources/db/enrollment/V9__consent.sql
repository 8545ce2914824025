-- Issue 20. Consent to the purposes personal data is held for (Korea's PIPA), as a history: giving
-- and withdrawing are rows, never updates; the current state of a purpose is its latest row.
-- Participants registered before this migration have no rows (their consent was not recorded).
CREATE TABLE consent_entry (
    entry_id       BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    participant_id TEXT        NOT NULL REFERENCES participant (participant_id),
    purpose        TEXT        NOT NULL CHECK (purpose IN ('TRAINING_ADMINISTRATION', 'ALUMNI_NEWS', 'PARTNER_SHARING')),
    action         TEXT        NOT NULL CHECK (action IN ('GIVEN', 'WITHDRAWN')),
    -- The version of the privacy notice the person was shown; only for GIVEN.
    notice_version TEXT        CHECK (char_length(notice_version) <= 40),
    occurred_at    TIMESTAMPTZ NOT NULL,
    recorded_by    TEXT,
    recorded_at    TIMESTAMPTZ NOT NULL,
    CHECK ((action = 'GIVEN') = (notice_version IS NOT NULL))
);
CREATE INDEX consent_entry_latest ON consent_entry (participant_id, purpose, entry_id DESC);
