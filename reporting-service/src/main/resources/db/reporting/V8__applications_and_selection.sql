-- Issue 18: a programme's admission by application (readmodels.ProgramAdmission from
-- ProgramPublished v3: window, offer validity, quotas), kept whole; NULL is first come, first served,
-- which every programme stored before this version is (no earlier event carried an admission), so
-- the stored rows need nothing computed.
ALTER TABLE program
    ADD COLUMN admission jsonb;

-- Folded application state (readmodels.ApplicationState), one row per application: its submission,
-- latest review, placement by the confirmed selection and offer with its answer. The selection
-- figures are derived from these rows in Java (readmodels.ProgramSelection), never in SQL.
CREATE TABLE application (
    application_id    text PRIMARY KEY,
    program_id        text NOT NULL,
    participant_id    text,
    participant_type  text,
    craft             text,
    submitted_at      timestamptz,
    withdrawn         boolean NOT NULL,
    review_decision   text,
    review_score      integer,
    review_reason     text,
    selection_id      text,
    placement         text,
    reserve_rank      integer,
    offer_basis       text,
    offered_at        timestamptz,
    offer_expires_at  timestamptz,
    offer_release     text,
    released_at       timestamptz,
    enrollment_id     text,
    accepted_at       timestamptz
);
CREATE INDEX application_program_idx ON application (program_id);
