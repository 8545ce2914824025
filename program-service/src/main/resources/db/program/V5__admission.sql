-- How a programme's seats go: FIRST_COME (enrolment in order of arrival, every programme before
-- this migration) or APPLICATION (apply, review, select by quota, offer). Set while DRAFT, frozen
-- into ProgramPublished; a change locks the programme row and moves its version like any other.
ALTER TABLE program
    ADD COLUMN admission_mode TEXT NOT NULL DEFAULT 'FIRST_COME'
        CHECK (admission_mode IN ('FIRST_COME', 'APPLICATION'));

-- The admission of an APPLICATION programme (none for FIRST_COME): the window [open, close), the
-- questions asked (codes of a closed set, in the order asked) and how long an offer stands.
CREATE TABLE program_admission (
    program_id            TEXT        PRIMARY KEY REFERENCES program (program_id),
    applications_open_at  TIMESTAMPTZ NOT NULL,
    applications_close_at TIMESTAMPTZ NOT NULL,
    questions             TEXT[]      NOT NULL,
    offer_validity_hours  INT         NOT NULL CHECK (offer_validity_hours BETWEEN 1 AND 720),
    CHECK (applications_close_at > applications_open_at)
);

-- Its quotas, in the order given: each for one participant type or one craft, none twice.
-- The capacity bounds (maxSeats <= capacity, minimums together <= capacity) involve the programme
-- row and are kept by the service, which holds that row's lock for every change of either.
CREATE TABLE program_admission_quota (
    program_id       TEXT NOT NULL REFERENCES program_admission (program_id) ON DELETE CASCADE,
    position         INT  NOT NULL CHECK (position >= 0),
    participant_type TEXT,
    craft            TEXT,
    min_seats        INT  NOT NULL CHECK (min_seats >= 0),
    max_seats        INT  NOT NULL CHECK (max_seats >= min_seats),
    PRIMARY KEY (program_id, position),
    UNIQUE (program_id, participant_type),
    UNIQUE (program_id, craft),
    CHECK ((participant_type IS NULL) <> (craft IS NULL))
);
