# shellcheck shell=bash
# HTTP benchmarks with wrk (bin/bench ratio | constant | sustained): sourced by bin/bench, which
# provides log, die, psql_crew, pid_of, PORTS, DBS and BENCH_DIR. CPU is taken for the whole
# machine from /proc/stat and per process from /proc/<pid>/stat around each load phase; wrk's
# own CPU (its children times) is reported as a process of its own.
readonly WRK_DIR=benchmarks/wrk
readonly HZ=$(getconf CLK_TCK)
WRK_CONNECTIONS_GET=${BENCH_WRK_CONNECTIONS_GET:-8}
WRK_CONNECTIONS_REGISTER=${BENCH_WRK_CONNECTIONS_REGISTER:-4}
WRK_CONNECTIONS_ENROL=${BENCH_WRK_CONNECTIONS_ENROL:-8}
export WRK_DIR WRK_THREADS=1
BENCH_AUTH="Basic $(printf '%s:%s' "${CREW_API_USER:-operator}" "${CREW_API_PASSWORD:-crew-operator}" | base64 -w0)"
export BENCH_AUTH

wrk_ensure() {
  command -v wrk >/dev/null && return
  log "wrk (the load generator) is missing: installing the Debian package"
  { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; } ||
    die "wrk is missing and could not be installed: apt-get install wrk (as root)"
}

psql_db() { local db=$1; shift; PGPASSWORD="${CREW_DB_PASSWORD:-crew}" psql -h 127.0.0.1 -U crew -d "$db" -qAt "$@"; }

registry_pid() { bin/schema-registry status 2>/dev/null | sed -n 's/.*(pid \([0-9]*\)).*/\1/p'; }

# ---- CPU accounting -----------------------------------------------------------------------------
# cpu_snapshot ARRAY: CPU seconds used so far: "machine" (all cores, busy = everything but idle and
# iowait), each service, the broker, the registry (shared with colleagues), and each PostgreSQL
# process by pid: "pg:<pid>" for the backends of the bench databases, "pgshared:<pid>" for the
# server's own processes (checkpointer, WAL writer, autovacuum, ...; shared with colleagues).
# Per pid, so that colleagues' backends (or a whole cluster) ending in the window subtract nothing.
cpu_snapshot() {
  local -n snap=$1
  snap=()
  snap[machine]=$(awk -v hz="$HZ" '/^cpu /{printf "%.2f", ($2+$3+$4+$7+$8+$9)/hz}' /proc/stat)
  local svc
  for svc in enrollment-service reporting-service program-service; do
    [[ -f $BENCH_DIR/run/$svc.pid ]] && snap[$svc]=$(proc_cpu "$(pid_of "$svc")")
  done
  snap[broker]=$(proc_cpu "$(cat "$BENCH_DIR/kafka/broker.pid")")
  local reg; reg=$(registry_pid)
  [[ -n $reg ]] && snap[registry]=$(proc_cpu "$reg")
  local pid kind cpu
  while read -r pid kind cpu; do
    snap[$kind:$pid]=$cpu
  done < <(ps -u postgres -o pid=,ppid=,args= | awk -v hz="$HZ" -v main="$PG_MAIN_PID" '
    / bench_(program|enrollment|reporting) / {kind = "pg"}
    $1 == main || ($2 == main && /(checkpointer|background writer|walwriter|autovacuum|logical replication)/) {kind = "pgshared"}
    kind != "" {f = "/proc/" $1 "/stat"; if ((getline line < f) > 0) {sub(/.*\) /, "", line); split(line, x, " ")
      printf "%s %s %.2f\n", $1, kind, (x[12] + x[13]) / hz}; close(f)}
    {kind = ""}')
}
# The postmaster of the server on 127.0.0.1:5432 (colleagues' tests may run clusters of their own).
PG_MAIN_PID=$(ss -Hltnp 'sport = :5432' 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)
proc_cpu() { awk -v hz="$HZ" '{sub(/.*\) /, ""); printf "%.2f", ($12+$13)/hz}' "/proc/$1/stat" 2>/dev/null || echo 0; }
readonly CPU_ROWS="enrollment-service reporting-service program-service broker PostgreSQL PostgreSQL-shared registry"

# jit_cpu: "tid seconds" for every JIT compiler thread of the services and the broker: the CPU
# (user + system, from /proc) each has used so far. Compiler threads may come and go; a thread
# that ended inside a window is not counted, so the figure is a lower bound.
jit_cpu() {
  local pid t
  for pid in $(stack_pids | tr ',' '\n' | cut -d= -f2); do
    for t in /proc/"$pid"/task/*; do
      [[ $(cat "$t/comm" 2>/dev/null) == C[12]\ Compiler* ]] || continue
      awk -v hz="$HZ" -v id="${t##*/}" '{sub(/.*\) /, ""); printf "%s %.2f\n", id, ($12 + $13) / hz}' "$t/stat" 2>/dev/null
    done
  done
}

# jit_settle: after a warm-up, waits until the JIT compilers of the stack are done with what the
# warm-up gave them (their CPU under 1 % of the machine over 5 s), at most BENCH_JIT_SETTLE_SECS
# (120). Under load C2 works through its queue for minutes (broker methods such as appendRecords
# were still being compiled 4 minutes after start); a measurement should see the services as they
# run for days, not their compilers.
jit_settle() {
  local limit=${BENCH_JIT_SETTLE_SECS:-120} waited=0 before used
  while ((waited < limit)); do
    before=$(jit_cpu); sleep 5; waited=$((waited + 5))
    used=$(awk 'NR == FNR {b[$1] = $2; next} {s += $2 - b[$1]} END{printf "%.2f", s}' <(echo "$before") <(jit_cpu))
    awk -v u="$used" -v n="$(nproc)" 'BEGIN{exit !(u < 0.01 * 5 * n)}' && break
  done
  log "JIT compilers quiet after ${waited} s (last 5 s: ${used} s of compiler CPU; limit ${limit} s)"
}

# heap_report: per service (and the broker), from HotSpot's counters at the end of a run: the heap
# limit, the heap committed and used now, and the GC pauses of the whole run (target 6: each
# service within a 512 MB heap; a heap too small shows as full collections and pause time).
heap_report() {
  echo "| JVM | heap limit | heap committed | heap used | GC pauses (count, s) | full GCs |"
  echo "|---|---|---|---|---|---|"
  local entry name pid
  for entry in $(stack_pids | tr ',' ' '); do
    name=${entry%%=*} pid=${entry#*=}
    jcmd "$pid" PerfCounter.print 2>/dev/null | awk -F= -v name="$name" '
      /^sun.gc.generation.0.maxCapacity=/ {max = $2}
      /^sun.gc.generation.[01].capacity=/ {committed += $2}
      /^sun.gc.generation.[01].space.[0-9]+.used=/ {used += $2}
      /^sun.gc.collector.[0-9]+.invocations=/ {n += $2}
      /^sun.gc.collector.[0-9]+.time=/ {t += $2}
      /^sun.gc.collector.1.invocations=/ {full = $2}
      /^sun.os.hrt.frequency=/ {f = $2}
      END {mb = 1048576; printf "| %s | %.0f MB | %.0f MB | %.0f MB | %d, %.2f s | %d |\n", name, max / mb, committed / mb, used / mb, n, f ? t / f : 0, full}'
  done
}

# ---- pipeline state -----------------------------------------------------------------------------
# "accepted backlog read_model audit": enrolments enrollment-service holds, outbox rows not yet
# relayed, enrolments in reporting-service's read model and enrolment events in its audit trail.
# Only enrolments are sent by these benchmarks, so each accepted request is one event.
# Reporting is read first: what it holds then was accepted by then, so a lag is never negative
# (at most overstated by what arrived between the two queries).
pipeline_counts() {
  local a b
  b=$(psql_db "${DBS[reporting-service]}" -F' ' -c "select (select count(*) from enrollment), (select count(*) from audit_event where topic = 'training.enrollment-events')")
  a=$(psql_db "${DBS[enrollment-service]}" -F' ' -c "select (select count(*) from enrollment), (select count(*) from outbox_event where sent_at is null)")
  echo "$a $b"
}

# Waits (≤ 120 s) until every accepted enrolment is relayed, in the read model and in the audit
# trail; prints the seconds it took.
pipeline_settle() {
  local start=$EPOCHREALTIME acc back rm au
  while true; do
    read -r acc back rm au <<<"$(pipeline_counts)"
    ((back == 0 && rm >= acc && au >= acc)) && break
    if (($(awk -v s="$start" -v n="$EPOCHREALTIME" 'BEGIN{print (n - s > 120)}'))); then
      log "pipeline did not catch up in 120 s: accepted $acc, outbox backlog $back, read model $rm, audit $au"
      break
    fi
    sleep 0.2
  done
  awk -v s="$start" -v n="$EPOCHREALTIME" 'BEGIN{printf "%.1f", n - s}'
}

# lag_monitor: every BENCH_LAG_EVERY (5) s until killed, one table row: seconds since start,
# enrolments accepted, accepted per second since the last row, outbox backlog, projection lag
# (relayed, not yet in the read model), audit lag (relayed, not yet in the audit trail) and how long
# the sample took (the lags may include up to that long of accepted requests).
lag_monitor() {
  local every=${BENCH_LAG_EVERY:-5} t0=$EPOCHREALTIME prev_t=$EPOCHREALTIME prev=-1 acc back rm au s0
  while true; do
    s0=$EPOCHREALTIME
    read -r acc back rm au <<<"$(pipeline_counts)"
    # The lags are upper bounds: they include what was accepted while the sample was taken.
    awk -v t0="$t0" -v pt="$prev_t" -v s0="$s0" -v n="$EPOCHREALTIME" -v a="$acc" -v p="$prev" -v b="$back" -v r="$rm" -v u="$au" \
      'BEGIN{printf "| %.0f | %d | %s | %d | %d | %d | %.1f |\n", n - t0, a, p < 0 ? "–" : sprintf("%.0f", (a - p) / (n - pt)), b, a - b - r, a - b - u, n - s0}'
    prev=$acc prev_t=$EPOCHREALTIME
    sleep "$every"
  done
}

# ---- set-up through the public APIs -------------------------------------------------------------
# programs_create N FILE: N published OPEN programmes with room for 10,000, ids appended to FILE,
# returns once enrollment-service has seen every one published.
programs_create() {
  local n=$1 file=$2 i id ids=()
  for ((i = 0; i < n; i++)); do
    id=$(curl -sf -H "Authorization: $BENCH_AUTH" -H 'Content-Type: application/json' \
      -d "{\"title\":\"Bench programme $i\",\"partners\":[\"Netflix\",\"KOCCA\"],\"format\":\"SHORT_COURSE\",
           \"track\":\"POST_PRODUCTION\",\"audience\":\"OPEN\",\"capacity\":10000,\"startDate\":\"2025-03-03\",
           \"endDate\":\"2025-03-31\",\"deliveryMode\":\"HYBRID\",\"cohortYear\":2025,\"plannedHours\":40}" \
      "http://127.0.0.1:${PORTS[program-service]}/programs" | sed -n 's/.*"programId" *: *"\([^"]*\)".*/\1/p')
    [[ -n $id ]] || die "creating a programme failed"
    local answer
    answer=$(curl -s -w ' %{http_code}' -H "Authorization: $BENCH_AUTH" -H 'Content-Type: application/json' \
      --data '' "http://127.0.0.1:${PORTS[program-service]}/programs/$id/publish")
    [[ $answer == *' 200' ]] || die "publishing $id failed: $answer"
    ids+=("$id")
  done
  for id in "${ids[@]}"; do
    for i in $(seq 1 600); do
      curl -sf -H "Authorization: $BENCH_AUTH" "http://127.0.0.1:${PORTS[enrollment-service]}/programs/$id" |
        grep -q '"PUBLISHED"' && break
      ((i == 600)) && die "enrollment-service never saw $id published"
      sleep 0.1
    done
    echo "$id" >>"$file"
  done
}

# participants_dump FILE: every registered participant id, one a line.
participants_dump() { psql_db "${DBS[enrollment-service]}" -c "select participant_id from participant order by participant_id" >"$1"; }

# participants_at_least N: registers participants (wrk, 5 s at a time) until N exist.
participants_at_least() {
  local want=$1 have
  while have=$(psql_db "${DBS[enrollment-service]}" -c "select count(*) from participant") && ((have < want)); do
    wrk_run register 5 >/dev/null
  done
}

# programs_fill FILE N: enrols participants 0..N-1 (of WRK_PARTICIPANTS) into every programme of
# FILE. wrk runs until its -d even when its thread has stopped, so it is ended once the count is
# reached (or has not moved for 10 s).
programs_fill() {
  local file=$1 n=$2 want have last=-1 still=0
  want=$((n * $(wc -l <"$file")))
  WRK_PROGRAMS=$file WRK_LIMIT=$want wrk_run enrol 3600 >/dev/null &
  local runner=$!
  while sleep 1; do
    have=$(psql_db "${DBS[enrollment-service]}" -c "select count(*) from enrollment where program_id in ($(sed "s/.*/'&'/" "$file" | paste -sd,))")
    ((have >= want)) && break
    ((have == last)) && ((++still >= 10)) && break
    ((have != last)) && still=0
    last=$have
  done
  kill "$(cat "$BENCH_DIR/wrk/wrk.pid")" 2>/dev/null || true
  wait "$runner" || true
}

# ---- load phases --------------------------------------------------------------------------------
# wrk_run KIND SECS [URL]: one wrk run; KIND register | enrol (WRK_* in the environment) | get
# (URL: a plain GET, no script). Prints wrk's output, then "WRK_CPU=<seconds>" (its own user+system).
wrk_run() {
  local kind=$1 secs=$2 url=${3:-} args
  case $kind in
    register) args=(-c "$WRK_CONNECTIONS_REGISTER" -s "$WRK_DIR/register.lua" "http://127.0.0.1:${PORTS[enrollment-service]}") ;;
    enrol) args=(-c "${WRK_CONNECTIONS:-$WRK_CONNECTIONS_ENROL}" -s "$WRK_DIR/enrol.lua" "http://127.0.0.1:${PORTS[enrollment-service]}") ;;
    get) args=(-c "$WRK_CONNECTIONS_GET" -H "Authorization: $BENCH_AUTH" "$url") ;;
  esac
  (
    WRK_RUN="$(date +%s%N)" wrk -t "$WRK_THREADS" -d "${secs}s" --timeout 10s "${args[@]}" &
    echo $! >"$BENCH_DIR/wrk/wrk.pid"
    wait $!
    # This subshell's children times = wrk's CPU (times must not run in a pipe: its own subshell).
    times >"$BENCH_DIR/wrk/times"
    tail -1 "$BENCH_DIR/wrk/times" | awk '{gsub(/[ms]/, " "); split($0, t, " "); printf "WRK_CPU=%.2f\n", t[1]*60 + t[2] + t[3]*60 + t[4]}'
  )
}

# measure LABEL KIND SECS [URL]: a measured wrk run (see wrk_run). After an enrolment run the
# window extends until the pipeline has caught up, so relay, projection and audit work of those
# requests is counted. Results go to the M_* arrays for measure_table.
declare -A M_REQ M_SECS M_RATE M_ERR M_LAT M_SETTLE M_LOAD M_WRK M_CPU M_JIT
M_LABELS=()
measure() {
  local label=$1 kind=$2 secs=$3 url=${4:-}
  local -A before after
  M_LOAD[$label]=$(cut -d' ' -f1 /proc/loadavg)
  local jit0; jit0=$(jit_cpu)
  cpu_snapshot before
  local t0=$EPOCHREALTIME out
  out=$(wrk_run "$kind" "$secs" "$url")
  M_SETTLE[$label]=
  [[ $kind == enrol ]] && M_SETTLE[$label]=$(pipeline_settle)
  cpu_snapshot after
  M_SECS[$label]=$(awk -v s="$t0" -v n="$EPOCHREALTIME" 'BEGIN{printf "%.2f", n - s}')
  M_JIT[$label]=$(awk 'NR == FNR {b[$1] = $2; next} {s += $2 - b[$1]} END{printf "%.2f", s}' <(echo "$jit0") <(jit_cpu))
  M_REQ[$label]=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' <<<"$out")
  M_RATE[$label]=$(awk '/requests in/{d = $4; sub(/,$/, "", d); f = d ~ /ms$/ ? 0.001 : d ~ /m$/ ? 60 : d ~ /h$/ ? 3600 : 1
    sub(/[a-z]+$/, "", d); printf "%.0f", $1 / (d * f)}' <<<"$out")
  M_ERR[$label]=$(awk '/Non-2xx/{e += $NF} /Socket errors/{gsub(/,/, ""); e += $4 + $6 + $8 + $10} END{print e + 0}' <<<"$out")
  M_LAT[$label]=$(awk '/Latency/{print $2; exit}' <<<"$out")
  M_WRK[$label]=$(sed -n 's/^WRK_CPU=//p' <<<"$out")
  local k group
  M_CPU[$label/PostgreSQL]=0 M_CPU[$label/PostgreSQL-shared]=0
  for k in "${!after[@]}"; do
    case $k in pg:*) group=PostgreSQL ;; pgshared:*) group=PostgreSQL-shared ;; *) group=$k ;; esac
    # A process that started in the window counts from 0 (a psql of the lag monitor, a new backend).
    M_CPU[$label/$group]=$(awk -v a="${after[$k]}" -v b="${before[$k]:-0}" -v t="${M_CPU[$label/$group]:-0}" 'BEGIN{printf "%.2f", t + a - b}')
  done
  M_LABELS+=("$label")
  log "$label: ${M_REQ[$label]} requests (${M_RATE[$label]}/s, ${M_ERR[$label]} errors), machine ${M_CPU[$label/machine]} CPU s in ${M_SECS[$label]} s, wrk ${M_WRK[$label]} s"
}

# ms of CPU per request: PROCESS of LABEL ("machine", "wrk", "stack" = all named processes + wrk).
per_request() {
  local label=$1 what=$2 used
  case $what in
    wrk) used=${M_WRK[$label]} ;;
    stack) used=$(stack_cpu "$label") ;;
    rest) used=$(awk -v m="${M_CPU[$label/machine]}" -v s="$(stack_cpu "$label")" 'BEGIN{print m - s}') ;;
    *) used=${M_CPU[$label/$what]:-} ;;
  esac
  [[ -z $used ]] && { echo "–"; return; }
  awk -v u="$used" -v n="${M_REQ[$label]}" -v s="${M_SECS[$label]}" -v c="$(nproc)" \
    'BEGIN{printf "%.2f (%.0f %%)", 1000 * u / n, 100 * u / s / c}'
}
stack_cpu() {
  local label=$1 p t=${M_WRK[$1]}
  for p in $CPU_ROWS; do t=$(awk -v t="$t" -v u="${M_CPU[$label/$p]:-0}" 'BEGIN{print t + u}'); done
  echo "$t"
}
ms_of() { per_request "$1" "$2" | cut -d' ' -f1; }

# measure_table LABEL...: the measured phases side by side, ms of CPU per request and the share of
# the machine (all cores) over the window.
measure_table() {
  local l row
  row="| ms CPU per request (share of machine) |"; for l in "$@"; do row+=" $l |"; done; echo "$row"
  row="|---|"; for l in "$@"; do row+="---|"; done; echo "$row"
  row="| requests (non-2xx + socket errors) |"; for l in "$@"; do row+=" ${M_REQ[$l]} (${M_ERR[$l]}) |"; done; echo "$row"
  row="| rate, mean latency |"; for l in "$@"; do row+=" ${M_RATE[$l]} /s, ${M_LAT[$l]} |"; done; echo "$row"
  row="| window: load + pipeline catch-up |"; for l in "$@"; do row+=" ${M_SECS[$l]} s${M_SETTLE[$l]:+ (catch-up ${M_SETTLE[$l]} s)} |"; done; echo "$row"
  local p
  for p in $CPU_ROWS wrk; do
    local name=$p
    [[ $p == wrk ]] && name="wrk (load generator)"
    [[ $p == PostgreSQL ]] && name="PostgreSQL (bench databases' backends)"
    [[ $p == PostgreSQL-shared ]] && name="PostgreSQL (server processes, shared)"
    [[ $p == registry ]] && name="registry (shared)"
    row="| $name |"; for l in "$@"; do row+=" $(per_request "$l" "$p") |"; done; echo "$row"
  done
  row="| **stack + wrk** |"; for l in "$@"; do row+=" **$(per_request "$l" stack)** |"; done; echo "$row"
  row="| rest of machine (other work, kernel) |"; for l in "$@"; do row+=" $(per_request "$l" rest) |"; done; echo "$row"
  row="| **whole machine (/proc/stat)** |"; for l in "$@"; do row+=" **$(per_request "$l" machine)** |"; done; echo "$row"
  row="| load average (1 min) at start |"; for l in "$@"; do row+=" ${M_LOAD[$l]} |"; done; echo "$row"
  row="| of which JIT compiler threads (services + broker), s of CPU |"
  for l in "$@"; do row+=" $(awk -v j="${M_JIT[$l]}" -v m="${M_CPU[$l/machine]}" 'BEGIN{printf "%.2f (%.0f %% of the machine'"'"'s busy time)", j, (m > 0 ? 100 * j / m : 0)}') |"; done; echo "$row"
}

# ratio_line NAME NUM... / DEN...: mean whole-machine (and stack) ms per request of the NUM labels
# over that of the DEN labels; sets RATIO (whole machine).
RATIO=
ratio_of() {
  local what=$1; shift
  local num=() den=() side=num l
  for l in "$@"; do
    [[ $l == / ]] && { side=den; continue; }
    if [[ $side == num ]]; then num+=("$(ms_of "$l" "$what")"); else den+=("$(ms_of "$l" "$what")"); fi
  done
  awk -v n="${num[*]}" -v d="${den[*]}" 'BEGIN{
    k = split(n, a, " "); for (i = 1; i <= k; i++) sn += a[i];
    j = split(d, b, " "); for (i = 1; i <= j; i++) sd += b[i];
    printf "%.2f", (sn / k) / (sd / j) }'
}

# ---- shared steps -------------------------------------------------------------------------------
# warm_up: registrations and enrolments (into programmes of their own) for BENCH_WARMUP_SECS each,
# not reported: the first requests of a fresh JVM measure the JIT, not the service. 10 s each left
# the compilers busy for a quarter of the machine's CPU in the first measured minute (JFR; the table's
# JIT row shows what is left).
warm_up() {
  local secs=${BENCH_WARMUP_SECS:-40}
  programs_create 4 "$BENCH_DIR/wrk/warmup-programs"
  wrk_run register "$secs" >/dev/null
  participants_dump "$BENCH_DIR/wrk/participants"
  WRK_PROGRAMS="$BENCH_DIR/wrk/warmup-programs" WRK_PARTICIPANTS="$BENCH_DIR/wrk/participants" \
    wrk_run enrol "$secs" >/dev/null
  log "warm-up done (${secs} s registrations, ${secs} s enrolments); pipeline caught up after $(pipeline_settle) s"
  jit_settle
}

wrk_prepare() {
  wrk_ensure
  rm -rf "$BENCH_DIR/wrk"
  mkdir -p "$BENCH_DIR/wrk"
  log "load generator: $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-3), 1 thread"
}
