#!/usr/bin/env bash
# The floor of the audit trail's write (docs/performance.md, "Issue 16 — third round"): how long
# PostgreSQL alone takes to load the audit rows of a 1M catch-up with psql \copy, per table shape
# and index set, in a scratch database (floor_audit; dropped with `floor.sh drop`).
#
#   benchmarks/audit-floor/dump.sh [db]     rows of a finished `bin/bench catchup` (its reporting
#                                           database, bench_reporting by default) to $FLOOR_DATA
#   benchmarks/audit-floor/floor.sh VARIANT...   e.g. full-all lean-bare lean-pk lean-one-participant
#                                           "lean-set:time,program,participant,enrollment1"
#   benchmarks/audit-floor/plans.sh         EXPLAIN ANALYZE of each AuditStore query on the table
#
# Prints wall time, the COPY backend's CPU (/proc), WAL written, heap and index sizes.
set -euo pipefail
export PGPASSWORD=${CREW_DB_PASSWORD:-crew}
DATA=${FLOOR_DATA:-/tmp/audit-floor}
DB=floor_audit
if [[ ${1:-} == drop ]]; then
  psql -h 127.0.0.1 -U crew -d postgres -qAt -c "DROP DATABASE IF EXISTS $DB"
  exit
fi
q() { psql -h 127.0.0.1 -U crew -d "$DB" -qAt -v ON_ERROR_STOP=1 "$@"; }
psql -h 127.0.0.1 -U crew -d postgres -qAt -c "SELECT 1 FROM pg_database WHERE datname='$DB'" | grep -q 1 \
  || psql -h 127.0.0.1 -U crew -d postgres -qAt -c "CREATE DATABASE $DB"
table() { # $1 = full|lean, $2 = collation clause for the id columns
  local payload="payload jsonb NOT NULL,"; [[ $1 == lean ]] && payload=""
  cat <<SQL
DROP TABLE IF EXISTS audit_event;
CREATE TABLE audit_event (
    event_id uuid ${PK:-PRIMARY KEY}, event_type text $2 NOT NULL, topic text $2 NOT NULL,
    kafka_partition integer NOT NULL, kafka_offset bigint NOT NULL, record_key text,
    occurred_at timestamptz NOT NULL, source text NOT NULL, correlation_id text, causation_id text,
    actor text, program_id text $2, participant_id text $2, enrollment_id text $2,
    $payload raw bytea NOT NULL, recorded_at timestamptz NOT NULL DEFAULT now());
SQL
}
declare -A IDX=(
  [time]="CREATE INDEX audit_event_time_idx ON audit_event (occurred_at, event_id);"
  [program]="CREATE INDEX audit_event_program_idx ON audit_event (program_id, occurred_at, event_id);"
  [participant]="CREATE INDEX audit_event_participant_idx ON audit_event (participant_id, occurred_at, event_id);"
  [enrollment]="CREATE INDEX audit_event_enrollment_idx ON audit_event (enrollment_id, occurred_at, event_id);"
  [type]="CREATE INDEX audit_event_type_idx ON audit_event (event_type, occurred_at, event_id);"
  [log]="CREATE INDEX audit_event_log_idx ON audit_event (topic, kafka_partition, kafka_offset);"
  [enrollment1]="CREATE INDEX audit_event_enrollment_idx ON audit_event (enrollment_id);"
  [participant1]="CREATE INDEX audit_event_participant_idx ON audit_event (participant_id);"
  [timebrin]="CREATE INDEX audit_event_time_brin ON audit_event USING brin (occurred_at);"
)
run() { # name shape collation indexes...
  local name=$1 shape=$2 coll=$3; shift 3
  local ddl; ddl="$(table "$shape" "$coll")"
  for i in "$@"; do ddl+=$'\n'"${IDX[$i]}"; done
  q -c "$ddl"
  q -c "CHECKPOINT" 2>/dev/null || true
  local cols="event_id, event_type, topic, kafka_partition, kafka_offset, record_key, occurred_at, source, correlation_id, causation_id, actor, program_id, participant_id, enrollment_id, payload, raw"
  [[ $shape == lean ]] && cols=${cols/payload, /}
  local out
  out=$(q <<SQL
SELECT pg_backend_pid() AS pid, pg_current_wal_lsn() AS lsn0 \\gset
\\setenv BPID :pid
\\! awk '{printf "cpu0=%.2f\\n", (\$14+\$15)/100}' /proc/\$BPID/stat; date +t0=%s.%N
\\copy audit_event ($cols) FROM '$DATA/audit-$shape.bin' WITH (FORMAT binary)
\\! awk '{printf "cpu1=%.2f\\n", (\$14+\$15)/100}' /proc/\$BPID/stat; date +t1=%s.%N
SELECT 'wal=' || pg_size_pretty(pg_current_wal_lsn() - :'lsn0'::pg_lsn);
SQL
)
  eval "$(grep -E '^(cpu[01]|t[01])=' <<<"$out")"
  local wal; wal=$(sed -n 's/^wal=//p' <<<"$out")
  local size
  size=$(q -c "SELECT pg_size_pretty(pg_table_size('audit_event')) || ' heap, ' || pg_size_pretty(pg_indexes_size('audit_event')) || ' indexes'")
  printf '%-58s %6.2f s wall %6.2f s backend CPU  WAL %s  %s  (load %s)\n' "$name" "$(echo "$t1 - $t0" | bc)" "$(echo "$cpu1 - $cpu0" | bc)" "$wal" "$size" "$(cut -d' ' -f1 /proc/loadavg)"
}
for v in "$@"; do
  case $v in
    full-all)      run "current: payload, PK + 6 indexes" full "" time program participant enrollment type log ;;
    full-bare)     run "current shape, PK only" full "" ;;
    lean-bare)     PK=" " run "lean, no PK, no index" lean "" ;;
    lean-pk)       run "lean, PK only" lean "" ;;
    lean-all)      run "lean, PK + 6 indexes" lean "" time program participant enrollment type log ;;
    lean-allC)     run "lean, PK + 6 indexes, COLLATE C" lean 'COLLATE "C"' time program participant enrollment type log ;;
    lean-one-*)    run "lean, PK + ${v#lean-one-}" lean "" "${v#lean-one-}" ;;
    lean-oneC-*)   run "lean, PK + ${v#lean-oneC-}, COLLATE C" lean 'COLLATE "C"' "${v#lean-oneC-}" ;;
    lean-set:*)    IFS=, read -ra s <<<"${v#lean-set:}"; run "lean, PK + ${v#lean-set:}" lean "" "${s[@]}" ;;
    lean-setC:*)   IFS=, read -ra s <<<"${v#lean-setC:}"; run "lean, PK + ${v#lean-setC:}, C" lean 'COLLATE "C"' "${s[@]}" ;;
    *) echo "unknown $v"; exit 1 ;;
  esac
done
