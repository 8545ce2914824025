#!/usr/bin/env bash
# The audit rows of a finished `bin/bench catchup` in binary COPY format, in the order the service
# wrote them: audit-full.bin (the V2 row, payload included) and audit-lean.bin (without payload).
# A trail recorded after V6 has no payload to dump: take it from a run of a build before V6.
set -euo pipefail
export PGPASSWORD=${CREW_DB_PASSWORD:-crew}
DATA=${FLOOR_DATA:-/tmp/audit-floor}
DB=${1:-bench_reporting}
mkdir -p "$DATA"
COLS="event_id, event_type, topic, kafka_partition, kafka_offset, record_key, occurred_at, source, correlation_id, causation_id, actor, program_id, participant_id, enrollment_id"
ORDER="ORDER BY recorded_at, topic, kafka_partition, kafka_offset"
q() { psql -h 127.0.0.1 -U crew -d "$DB" -qAt "$@"; }
q -c "\\copy (SELECT $COLS, payload, raw FROM audit_event $ORDER) TO '$DATA/audit-full.bin' WITH (FORMAT binary)"
q -c "\\copy (SELECT $COLS, raw FROM audit_event $ORDER) TO '$DATA/audit-lean.bin' WITH (FORMAT binary)"
ls -l "$DATA"
