#!/usr/bin/env bash
# EXPLAIN ANALYZE of each AuditStore query shape on the floor table (floor.sh; ids and instants are
# those of a `bin/bench catchup` trail: prg-bench-772, ptc-32412, enr-772-90).
export PGPASSWORD=${CREW_DB_PASSWORD:-crew}
DB=${1:-floor_audit}
COLS="event_id, event_type, topic, kafka_partition, kafka_offset, record_key, occurred_at, source, correlation_id, causation_id, actor, program_id, participant_id, enrollment_id, raw"
plan() {
  echo "== $1"
  psql -h 127.0.0.1 -U crew -d "$DB" -qAt -c "EXPLAIN (ANALYZE, BUFFERS off, COSTS off, TIMING off) $2" | grep -vE "^\s*(Planning Time|Sort Method)" | sed 's/^/   /'
}
W="SELECT $COLS FROM audit_event WHERE true"
O="ORDER BY occurred_at, event_id LIMIT 101"
plan "no filter, first page" "$W $O"
plan "no filter, page after a cursor" "$W AND (occurred_at, event_id) > ('2025-01-06 01:08:35.097+00', 'fbb56145-a19f-4346-b7d2-7791f5296521') $O"
plan "time range" "$W AND occurred_at >= '2025-01-06 01:08:00+00' AND occurred_at <= '2025-01-06 01:09:00+00' $O"
plan "programId" "$W AND program_id = 'prg-bench-772' $O"
plan "programId, page after a cursor" "$W AND program_id = 'prg-bench-772' AND (occurred_at, event_id) > ('2025-01-06 01:08:35.097+00', 'fbb56145-a19f-4346-b7d2-7791f5296521') $O"
plan "participantId" "$W AND participant_id = 'ptc-32412' $O"
plan "enrollmentId" "$W AND enrollment_id = 'enr-772-90' $O"
plan "programId + type" "$W AND program_id = 'prg-bench-772' AND event_type = 'CompletionRecorded' $O"
plan "type, common (ProgressRecorded, 47 %)" "$W AND event_type = 'ProgressRecorded' $O"
plan "type, rare (ProgramCreated, 0.13 %)" "$W AND event_type = 'ProgramCreated' $O"
plan "type, absent (ProgramCancelled)" "$W AND event_type = 'ProgramCancelled' $O"
plan "type, rare, page after a cursor" "$W AND event_type = 'ProgramCreated' AND (occurred_at, event_id) > ('2025-01-06 01:08:35.097+00', 'fbb56145-a19f-4346-b7d2-7791f5296521') $O"
plan "as-of, log order (whole trail)" "SELECT raw FROM audit_event WHERE topic IN ('training.program-events', 'training.enrollment-events') AND occurred_at <= '2025-01-06 01:08:35+00' ORDER BY topic, kafka_partition, kafka_offset"
