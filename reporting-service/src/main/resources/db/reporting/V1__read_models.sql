-- Applied event ids live in service-support's processed_event (consumer, event_id), claimed in
-- the same transaction as their effects (consumer 'reporting-projection').

-- Folded programme state (ProgramState). created = false: a stub from enrollment events only.
CREATE TABLE program (
    program_id    text PRIMARY KEY,
    created       boolean NOT NULL,
    title         text,
    partners      text[] NOT NULL DEFAULT '{}',
    format        text,
    track         text,
    audience      text,
    cohort_year   integer,
    capacity      integer NOT NULL DEFAULT 0,
    start_date    date,
    end_date      date,
    planned_hours integer,
    status        text NOT NULL
);

-- Folded enrollment state (EnrollmentState); every figure is an aggregate over this table.
CREATE TABLE enrollment (
    enrollment_id    text PRIMARY KEY,
    program_id       text NOT NULL,
    participant_id   text NOT NULL,
    participant_type text,
    craft            text,
    status           text NOT NULL,
    ever_confirmed   boolean NOT NULL,
    promoted         boolean NOT NULL,
    hours_attended   double precision NOT NULL,
    hours_completed  double precision,
    completion_date  date,
    certificate_id   text
);
CREATE INDEX enrollment_program_idx ON enrollment (program_id);
CREATE INDEX enrollment_participant_idx ON enrollment (participant_id);

-- One row: when the newest applied event happened, for health and the metrics' asOf.
CREATE TABLE projection_status (
    id              integer PRIMARY KEY CHECK (id = 1),
    last_event_at   timestamptz,
    last_applied_at timestamptz,
    events_applied  bigint NOT NULL DEFAULT 0
);
INSERT INTO projection_status (id) VALUES (1);
