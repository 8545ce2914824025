-- Sessions of a programme (Asia/Seoul local date and times). Every change locks the programme row
-- first and bumps its version, so a programme's session events get outbox ids in commit order.
-- The online link may carry a passcode: it stays in this database, never in an event; notes too.
CREATE TABLE program_session (
    session_id         TEXT        PRIMARY KEY,
    program_id         TEXT        NOT NULL REFERENCES program (program_id),
    session_date       DATE        NOT NULL,
    start_time         TIME        NOT NULL,
    end_time           TIME        NOT NULL,
    contact_minutes    INT         NOT NULL,
    delivery_mode      TEXT        NOT NULL,
    topic              TEXT        CHECK (char_length(topic) <= 200),
    location           TEXT        CHECK (char_length(location) <= 200),
    online_link        TEXT        CHECK (char_length(online_link) <= 500),
    status             TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'CANCELLED')),
    change_reason_code TEXT,
    change_note        TEXT        CHECK (char_length(change_note) <= 500),
    cancel_reason_code TEXT,
    cancel_note        TEXT        CHECK (char_length(cancel_note) <= 500),
    created_at         TIMESTAMPTZ NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL,
    CHECK (end_time > start_time),
    CHECK (contact_minutes >= 1
           AND contact_minutes * 60 <= EXTRACT(EPOCH FROM (end_time - start_time))),
    CHECK ((status = 'CANCELLED') = (cancel_reason_code IS NOT NULL)),
    CHECK (change_note IS NULL OR change_reason_code IS NOT NULL)
);

CREATE INDEX program_session_by_program
    ON program_session (program_id, session_date, start_time, created_at, session_id);

-- The completion rule an operator set while the programme was a DRAFT; without a row the default
-- rule (80 %, no required session, no assessment) applies. Frozen into ProgramPublished.
CREATE TABLE program_completion_rule (
    program_id           TEXT    PRIMARY KEY REFERENCES program (program_id),
    min_attended_percent INT     NOT NULL CHECK (min_attended_percent BETWEEN 0 AND 100),
    required_session_ids TEXT[]  NOT NULL CHECK (cardinality(required_session_ids) <= 500),
    assessment_required  BOOLEAN NOT NULL
);
