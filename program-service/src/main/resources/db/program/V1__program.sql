-- Programmes as operators manage them. The row is locked by every state change before the
-- matching event is appended to the outbox, so a programme's events get outbox ids in commit order.
CREATE TABLE program (
    program_id           TEXT        PRIMARY KEY,
    title                TEXT        NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
    partners             TEXT[]      NOT NULL CHECK (cardinality(partners) BETWEEN 1 AND 10),
    format               TEXT        NOT NULL,
    track                TEXT        NOT NULL,
    audience             TEXT        NOT NULL,
    capacity             INT         NOT NULL CHECK (capacity BETWEEN 1 AND 10000),
    start_date           DATE        NOT NULL,
    end_date             DATE        NOT NULL,
    delivery_mode        TEXT        NOT NULL,
    cohort_year          INT         NOT NULL CHECK (cohort_year BETWEEN 2000 AND 2100),
    location             TEXT,
    planned_hours        INT         CHECK (planned_hours BETWEEN 1 AND 2000),
    instruction_language TEXT        NOT NULL,
    status               TEXT        NOT NULL,
    cancel_reason        TEXT,
    version              BIGINT      NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    CHECK (end_date >= start_date)
);

-- The list is paged in creation order; the id breaks ties so pages never overlap.
CREATE INDEX program_by_creation ON program (created_at, program_id);
CREATE INDEX program_by_status ON program (status, created_at, program_id);
CREATE INDEX program_by_partner ON program USING GIN (partners);
