-- Where the projection stands in each partition it reads (ADR 0004, revised): the offset of the
-- next record to apply, written in the same transaction as the read-model rows and the audit rows
-- of the records before it. Replaces the projection's per-event claims in processed_event; the
-- claims already there are only consulted for a partition that has no row yet (an upgrade).
CREATE TABLE projection_position (
    topic           text    NOT NULL,
    kafka_partition integer NOT NULL,
    next_offset     bigint  NOT NULL CHECK (next_offset >= 0),
    PRIMARY KEY (topic, kafka_partition)
);
