-- Participants: the only place personal data (name, e-mail, organisation) is kept. Events and
-- other services know a participant only by the pseudonymous participant_id.
CREATE TABLE participant (
    participant_id   TEXT        PRIMARY KEY,
    name             TEXT        NOT NULL,
    email            TEXT        NOT NULL,
    organisation     TEXT        NOT NULL,
    participant_type TEXT        NOT NULL CHECK (participant_type IN ('INDUSTRY_WORKER', 'UNIVERSITY_STUDENT')),
    craft            TEXT        NOT NULL,
    registered_at    TIMESTAMPTZ NOT NULL
);
-- One registration per mailbox, whatever the letter case.
CREATE UNIQUE INDEX participant_email_unique ON participant (lower(email));

-- Programmes as seen from here, built from program events. Its row is the lock every
-- enrollment change of a programme takes first, so seat counting never races.
CREATE TABLE program_view (
    program_id  TEXT        PRIMARY KEY,
    title       TEXT        NOT NULL,
    status      TEXT        NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'CANCELLED', 'CLOSED')),
    capacity    INT         NOT NULL,
    audience    TEXT        NOT NULL,
    track       TEXT        NOT NULL,
    start_date  DATE        NOT NULL,
    end_date    DATE        NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE enrollment (
    enrollment_id      TEXT        PRIMARY KEY,
    program_id         TEXT        NOT NULL REFERENCES program_view (program_id),
    participant_id     TEXT        NOT NULL REFERENCES participant (participant_id),
    status             TEXT        NOT NULL CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'WITHDRAWN', 'CANCELLED')),
    waitlist_position  INT         CHECK (waitlist_position >= 1),
    sessions_attended  INT         NOT NULL DEFAULT 0,
    hours_attended     DOUBLE PRECISION NOT NULL DEFAULT 0,
    outcome            TEXT        CHECK (outcome IN ('COMPLETED', 'NOT_COMPLETED')),
    hours_completed    DOUBLE PRECISION,
    completion_date    DATE,
    certificate_id     TEXT,
    enrolled_at        TIMESTAMPTZ NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL,
    CHECK ((status = 'WAITLISTED') = (waitlist_position IS NOT NULL))
);
CREATE INDEX enrollment_participant ON enrollment (participant_id);
CREATE INDEX enrollment_program_status ON enrollment (program_id, status);
-- A participant holds at most one active (confirmed or waitlisted) enrollment per programme.
CREATE UNIQUE INDEX enrollment_active_unique ON enrollment (program_id, participant_id)
    WHERE status IN ('CONFIRMED', 'WAITLISTED');
-- Waitlist positions are distinct per programme. Deferred to commit because closing a gap
-- shifts many positions in one statement, which passes through transient duplicates.
ALTER TABLE enrollment ADD CONSTRAINT enrollment_waitlist_position_distinct
    EXCLUDE USING btree (program_id WITH =, waitlist_position WITH =)
    WHERE (status = 'WAITLISTED') DEFERRABLE INITIALLY DEFERRED;
