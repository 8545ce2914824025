-- Issue 17, certificates. The partners of each programme (ProgramCreated) are the issuers of its
-- certificates. A programme created before this migration has none recorded: its certificates
-- name no issuer until the view is rebuilt from the log.
ALTER TABLE program_view ADD COLUMN partners TEXT[] NOT NULL DEFAULT '{}';

-- Certificates of completion. What a certificate states (title, hours, issuers, date) is frozen at
-- issuance; the holder's name is read from participant only when a verification code proves the
-- caller holds the certificate. The code itself is never stored, only its SHA-256; null until a
-- registrar hands the certificate out (POST /certificates/{id}/verification-code).
CREATE TABLE certificate (
    certificate_id          TEXT             PRIMARY KEY,
    enrollment_id           TEXT             NOT NULL REFERENCES enrollment (enrollment_id),
    program_id              TEXT             NOT NULL,
    participant_id          TEXT             NOT NULL,
    program_title           TEXT             NOT NULL,
    hours                   DOUBLE PRECISION NOT NULL CHECK (hours >= 0),
    issue_date              DATE             NOT NULL,
    issuers                 TEXT[]           NOT NULL,
    verification_code_hash  TEXT,
    issued_at               TIMESTAMPTZ      NOT NULL,
    revoked_at              TIMESTAMPTZ,
    revocation_reason_code  TEXT,
    CHECK ((revoked_at IS NULL) = (revocation_reason_code IS NULL))
);
-- At most one valid certificate per enrolment; revoked ones stay, for verification.
CREATE UNIQUE INDEX certificate_valid_per_enrollment ON certificate (enrollment_id)
    WHERE revoked_at IS NULL;
CREATE INDEX certificate_enrollment ON certificate (enrollment_id);
