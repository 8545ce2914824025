-- Audit trail: every event of every catalogue topic, once (event_id), never changed.
-- raw holds the record value exactly as it was on the log (single-object Avro), so an auditor can
-- re-derive everything (as-of reports fold from it); payload is the same event decoded to JSON.
CREATE TABLE audit_event (
    event_id        uuid PRIMARY KEY,
    event_type      text        NOT NULL,
    topic           text        NOT NULL,
    kafka_partition integer     NOT NULL,
    kafka_offset    bigint      NOT NULL,
    record_key      text,
    occurred_at     timestamptz NOT NULL,
    source          text        NOT NULL,
    correlation_id  text,
    causation_id    text,
    actor           text,
    program_id      text,
    participant_id  text,
    enrollment_id   text,
    payload         jsonb       NOT NULL,
    raw             bytea       NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now()
);
-- Keyset paging runs on (occurred_at, event_id) within each filter.
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at, event_id);
CREATE INDEX audit_event_program_idx ON audit_event (program_id, occurred_at, event_id);
CREATE INDEX audit_event_participant_idx ON audit_event (participant_id, occurred_at, event_id);
CREATE INDEX audit_event_enrollment_idx ON audit_event (enrollment_id, occurred_at, event_id);
CREATE INDEX audit_event_type_idx ON audit_event (event_type, occurred_at, event_id);
-- Log order, for folds (as-of) that must see each key's events in the order they were written.
CREATE INDEX audit_event_log_idx ON audit_event (topic, kafka_partition, kafka_offset);

-- Insert-only: the database itself refuses to change or remove history, whatever the caller.
CREATE FUNCTION audit_event_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_immutable();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_immutable();
