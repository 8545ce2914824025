-- Issue 18. Admission by application, as frozen by ProgramPublished v3 (a programme without a row
-- here takes first-come enrolments).
CREATE TABLE program_admission (
    program_id           TEXT        PRIMARY KEY REFERENCES program_view (program_id),
    applications_open_at  TIMESTAMPTZ NOT NULL,
    applications_close_at TIMESTAMPTZ NOT NULL CHECK (applications_close_at > applications_open_at),
    questions            TEXT[]      NOT NULL DEFAULT '{}',
    offer_validity_hours INT         NOT NULL CHECK (offer_validity_hours BETWEEN 1 AND 720)
);

-- Quotas of the selection: one row per participant type or craft (exactly one of the two set).
CREATE TABLE program_quota (
    program_id       TEXT NOT NULL REFERENCES program_admission (program_id),
    position         INT  NOT NULL CHECK (position >= 0),
    participant_type TEXT,
    craft            TEXT,
    min_seats        INT  NOT NULL CHECK (min_seats >= 0),
    max_seats        INT  NOT NULL CHECK (max_seats >= min_seats),
    PRIMARY KEY (program_id, position),
    CHECK ((participant_type IS NULL) <> (craft IS NULL))
);

-- Applications. Status moves SUBMITTED -> SHORTLISTED/REJECTED (reviews, until a selection is
-- confirmed) -> OFFERED or RESERVE -> ACCEPTED/DECLINED/EXPIRED (RESERVE -> OFFERED when a seat
-- frees); WITHDRAWN from any status before OFFERED. One application per participant and programme.
CREATE TABLE application (
    application_id    TEXT        PRIMARY KEY,
    program_id        TEXT        NOT NULL REFERENCES program_admission (program_id),
    participant_id    TEXT        NOT NULL REFERENCES participant (participant_id),
    participant_type  TEXT        NOT NULL,
    craft             TEXT        NOT NULL,
    status            TEXT        NOT NULL CHECK (status IN ('SUBMITTED', 'SHORTLISTED', 'REJECTED',
                          'WITHDRAWN', 'RESERVE', 'OFFERED', 'ACCEPTED', 'DECLINED', 'EXPIRED')),
    submitted_at      TIMESTAMPTZ NOT NULL,
    score             INT         CHECK (score BETWEEN 0 AND 100),
    rejection_reason  TEXT,
    reviewed_by       TEXT,
    reviewed_at       TIMESTAMPTZ,
    withdrawal_reason TEXT,
    selection_id      TEXT,
    reserve_rank      INT         CHECK (reserve_rank >= 1),
    offered_at        TIMESTAMPTZ,
    offer_expires_at  TIMESTAMPTZ,
    offer_code        TEXT,
    answered_at       TIMESTAMPTZ,
    enrollment_id     TEXT        REFERENCES enrollment (enrollment_id),
    version           INT         NOT NULL DEFAULT 0,
    UNIQUE (program_id, participant_id),
    CHECK ((status = 'SHORTLISTED') <= (score IS NOT NULL)),
    CHECK ((status = 'RESERVE') = (reserve_rank IS NOT NULL)),
    CHECK ((status IN ('OFFERED', 'ACCEPTED', 'DECLINED', 'EXPIRED')) = (offered_at IS NOT NULL)),
    CHECK ((status = 'ACCEPTED') = (enrollment_id IS NOT NULL))
);
CREATE INDEX application_program_status ON application (program_id, status);
-- The expiry job's scan: outstanding offers by deadline.
CREATE INDEX application_offer_expiry ON application (offer_expires_at) WHERE status = 'OFFERED';

-- The applicant's answers: free text, personal, never on the bus.
CREATE TABLE application_answer (
    application_id TEXT NOT NULL REFERENCES application (application_id),
    question       TEXT NOT NULL,
    answer         TEXT NOT NULL,
    PRIMARY KEY (application_id, question)
);

-- Selection runs: a proposal (what the selection would offer, and why) until a registrar confirms
-- it; at most one confirmed run per programme.
CREATE TABLE selection_run (
    selection_id   TEXT        PRIMARY KEY,
    program_id     TEXT        NOT NULL REFERENCES program_admission (program_id),
    status         TEXT        NOT NULL CHECK (status IN ('PROPOSED', 'CONFIRMED', 'DISCARDED')),
    proposal       JSONB       NOT NULL,
    input_digest   TEXT        NOT NULL,
    proposed_by    TEXT,
    proposed_at    TIMESTAMPTZ NOT NULL,
    confirmed_by   TEXT,
    confirmed_at   TIMESTAMPTZ
);
CREATE UNIQUE INDEX selection_run_one_confirmed ON selection_run (program_id) WHERE status = 'CONFIRMED';
