-- Issue 17. Sessions of each programme as program-service announced them (local view, like
-- program_view): attendance is taken per session and only for an active one.
CREATE TABLE program_session (
    session_id      TEXT        PRIMARY KEY,
    program_id      TEXT        NOT NULL REFERENCES program_view (program_id),
    session_date    DATE        NOT NULL,
    start_time      TIME        NOT NULL,
    end_time        TIME        NOT NULL,
    contact_minutes INT         NOT NULL CHECK (contact_minutes >= 0),
    cancelled       BOOLEAN     NOT NULL DEFAULT false,
    updated_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX program_session_program ON program_session (program_id, session_date, start_time);

-- The completion rule frozen by ProgramPublished (null in the event = these defaults, which is
-- also what programmes published before rules get).
ALTER TABLE program_view
    ADD COLUMN min_attended_percent INT     NOT NULL DEFAULT 80,
    ADD COLUMN required_session_ids TEXT[]  NOT NULL DEFAULT '{}',
    ADD COLUMN assessment_required  BOOLEAN NOT NULL DEFAULT false;

-- Attendance history: a correction is a new row, never an update; the current value of an
-- (enrolment, session) is its latest row. The first row has no reason code, every later one has.
CREATE TABLE attendance_entry (
    entry_id               BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    enrollment_id          TEXT        NOT NULL REFERENCES enrollment (enrollment_id),
    session_id             TEXT        NOT NULL REFERENCES program_session (session_id),
    status                 TEXT        NOT NULL CHECK (status IN ('PRESENT', 'LATE', 'ABSENT', 'EXCUSED')),
    late_minutes           INT         NOT NULL CHECK ((status = 'LATE') = (late_minutes > 0) AND late_minutes >= 0),
    correction_reason_code TEXT,
    recorded_by            TEXT,
    recorded_at            TIMESTAMPTZ NOT NULL
);
-- One first record per (enrolment, session): a second one must be a correction.
CREATE UNIQUE INDEX attendance_entry_first ON attendance_entry (enrollment_id, session_id)
    WHERE correction_reason_code IS NULL;
CREATE INDEX attendance_entry_latest ON attendance_entry (enrollment_id, session_id, entry_id DESC);
CREATE INDEX attendance_entry_session ON attendance_entry (session_id);

-- Assessment outcomes; the latest counts.
CREATE TABLE assessment_entry (
    entry_id      BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    enrollment_id TEXT        NOT NULL REFERENCES enrollment (enrollment_id),
    passed        BOOLEAN     NOT NULL,
    assessed_on   DATE        NOT NULL,
    recorded_by   TEXT,
    recorded_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX assessment_entry_latest ON assessment_entry (enrollment_id, entry_id DESC);

-- How an outcome came about: typed by hand (RECORDED, every outcome before rules), evaluated from
-- attendance (RULE) or overridden by a registrar (OVERRIDE, with its reason code).
ALTER TABLE enrollment
    ADD COLUMN outcome_basis        TEXT CHECK (outcome_basis IN ('RECORDED', 'RULE', 'OVERRIDE')),
    ADD COLUMN override_reason_code TEXT;
UPDATE enrollment SET outcome_basis = 'RECORDED' WHERE outcome IS NOT NULL;
ALTER TABLE enrollment ADD CONSTRAINT enrollment_outcome_has_a_basis
    CHECK ((outcome IS NULL) = (outcome_basis IS NULL));
ALTER TABLE enrollment ADD CONSTRAINT enrollment_override_has_a_code
    CHECK ((outcome_basis = 'OVERRIDE') = (override_reason_code IS NOT NULL));
