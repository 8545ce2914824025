-- Issue 17: a programme's sessions (readmodels.ProgramSession by session id), an enrollment's
-- attendance entries (SessionAttendance by session id), assessment, what its outcome stands on
-- (CompletionBasis and the rule's figures from CompletionRecorded v2) and its certificates
-- (IssuedCertificate by certificate id). Sessions, entries and certificates are small maps kept
-- whole with their row: they are only read with it, and the attendance figures are derived from
-- them in Java (readmodels.ProgramAttendance), never in SQL.
ALTER TABLE program
    ADD COLUMN sessions jsonb NOT NULL DEFAULT '{}';

ALTER TABLE enrollment
    ADD COLUMN attendance                    jsonb NOT NULL DEFAULT '{}',
    ADD COLUMN assessment_passed             boolean,
    ADD COLUMN assessed_on                   date,
    ADD COLUMN completion_basis              text,
    ADD COLUMN rule_attended_minutes         integer,
    ADD COLUMN rule_planned_minutes          integer,
    ADD COLUMN rule_min_attended_percent     integer,
    ADD COLUMN rule_required_sessions_missed integer,
    ADD COLUMN rule_assessment_passed        boolean,
    ADD COLUMN rule_version                  integer,
    ADD COLUMN certificates                  jsonb NOT NULL DEFAULT '{}';

-- New figures (readmodels.EnrollmentFigures / FigureTotals): on each enrollment what it counts
-- for, on each programme the totals. The stored rows get theirs from the fold in V7.1
-- (projection.CompletionBasisMigration); zero is right for a new programme.
ALTER TABLE enrollment
    ADD COLUMN completions_by_rule    smallint NOT NULL DEFAULT 0,
    ADD COLUMN completions_overridden smallint NOT NULL DEFAULT 0,
    ADD COLUMN completions_manual     smallint NOT NULL DEFAULT 0,
    ADD COLUMN certificates_issued    integer  NOT NULL DEFAULT 0,
    ADD COLUMN certificates_revoked   integer  NOT NULL DEFAULT 0;

ALTER TABLE program
    ADD COLUMN completions_by_rule    bigint NOT NULL DEFAULT 0,
    ADD COLUMN completions_overridden bigint NOT NULL DEFAULT 0,
    ADD COLUMN completions_manual     bigint NOT NULL DEFAULT 0,
    ADD COLUMN certificates_issued    bigint NOT NULL DEFAULT 0,
    ADD COLUMN certificates_revoked   bigint NOT NULL DEFAULT 0;
