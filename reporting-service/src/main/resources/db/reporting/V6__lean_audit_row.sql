-- The audit row stores the record's bytes and the indexed metadata only; the JSON view of the event
-- is rendered from the bytes when the trail is read (ADR 0008). Rows recorded before keep the JSON
-- they were stored with and are answered from it: nothing recorded is rewritten or lost.
ALTER TABLE audit_event ALTER COLUMN payload DROP NOT NULL;

-- Only the indexes a query of AuditStore uses (ADR 0008, plans measured on 1M rows):
-- a type alone pages through the time index (the type filter with a programme, participant or
-- enrollment uses theirs); the as-of read of the whole trail sorts a sequential scan, which the
-- planner chose with the log index present too; an enrollment has a handful of events, sorted
-- after the lookup.
DROP INDEX audit_event_type_idx;
DROP INDEX audit_event_log_idx;
DROP INDEX audit_event_enrollment_idx;
CREATE INDEX audit_event_enrollment_idx ON audit_event (enrollment_id);
