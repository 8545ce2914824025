-- The trace the state change ran in (W3C traceparent), so the relayed record continues it.
ALTER TABLE outbox_event ADD COLUMN trace_parent TEXT;
