#!/usr/bin/env bash
# Assessment dashboards on PostgreSQL at national scale: 7,850 local governments x 10 cycles x 60 indicators
# (4.71 million values, 1.26 million stored scores). A throwaway PostgreSQL 15 on 127.0.0.1; the published app
# (Release, Production, Seed:Demo=false) creates the schema and the default framework; bench/assessment_seed.sql
# fills in the data with SQL; then every dashboard endpoint over HTTP and the same aggregates as hand-tuned SQL
# with psql (bench/assessment_bench.py), and the app's peak RSS.
# Bounded: 3 warm-ups + 30 timed requests per endpoint (CSV export: 1 + 5); every process started here is stopped
# by its PID and the temporary folder (database included) is removed.
# Usage: bench/assessment-bench.sh      (APP_DIR=folder reuses an app published with dotnet publish -c Release;
#        ONLY_EXPORTS=1 stops after the export phase; EXPORT_APP_DIRS="a b" runs that phase with each app)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
PGBIN=/usr/lib/postgresql/15/bin
[ -x "$PGBIN/initdb" ] || { echo "needs PostgreSQL 15 (apt-get install postgresql)"; exit 1; }
work=$(mktemp -d /tmp/tlc-assess-bench.XXXXXX)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
pg_port=$(free_port)
app_port=$(free_port)
pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$work"
app_pid=""
stop_app() { if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; app_pid=""; fi; }
cleanup() {
  stop_app
  pg "$PGBIN/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
started=$(date +%s)
stamp() { echo "[$(( $(date +%s) - started )) s] $*"; }

stamp "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
app_dir=${APP_DIR:-$work/app}
if [ -z "${APP_DIR:-}" ]; then
  dotnet publish src/LearningCity -c Release -o "$app_dir" -v q -nologo >/dev/null
  stamp "published"
fi

# 1. PostgreSQL 15, throwaway (no durability needed), 512 MB shared buffers.
pg "$PGBIN/initdb" -D "$work/pg" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
pg "$PGBIN/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $work -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=512MB" start >/dev/null \
  || { cat "$work/pg.log"; exit 1; }
psql_args="-h 127.0.0.1 -p $pg_port -U postgres -d postgres"
stamp "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on port $pg_port"

export ASPNETCORE_ENVIRONMENT=Production Seed__Demo=false Logging__LogLevel__Default=Warning Database__Provider=Postgres
export ConnectionStrings__Postgres="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
export Email__PickupDirectory="$work/mail" Files__Root="$work/files"
start_app() {
  (cd "$app_dir" && exec dotnet LearningCity.dll --urls "http://127.0.0.1:$app_port") > "$work/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$app_port/health/ready" >/dev/null && return; sleep 0.2; done
  cat "$work/app.log"; exit 1
}

# 2. The app migrates and seeds the default framework; then the synthetic data, with SQL.
start_app; stop_app
stamp "schema created by the app"
psql $psql_args -X -q -f bench/assessment_seed.sql >/dev/null
stamp "data loaded: $(psql $psql_args -X -At -c 'SELECT count(*) FROM assessment_values') values, $(psql $psql_args -X -At -c 'SELECT count(*) FROM assessment_scores') scores, database $(psql $psql_args -X -At -c 'SELECT pg_size_pretty(pg_database_size(current_database()))')"

# 3. Each open-data export of the latest cycle alone, on a freshly started app: its time and the app's peak RSS
#    after it. EXPORT_APP_DIRS="dir1 dir2" compares published apps (for example before and after a change).
for dir in ${EXPORT_APP_DIRS:-$app_dir}; do
  for fmt in json csv; do
    main_app=$app_dir; app_dir=$dir
    start_app
    stamp "open results ($fmt) alone, app $dir"
    python3 bench/assessment_bench.py export "http://127.0.0.1:$app_port" "$psql_args" "$fmt"
    echo "  app peak RSS $(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$app_pid/status") MiB"
    stop_app
    app_dir=$main_app
  done
done
if [ -n "${ONLY_EXPORTS:-}" ]; then stamp "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"; exit 0; fi

# 4. HTTP, against a freshly started app.
start_app
stamp "HTTP (one request at a time, keep-alive)"
python3 bench/assessment_bench.py http "http://127.0.0.1:$app_port" "$psql_args" "$work/http.json"
hwm=$(awk '/VmHWM/ {print $2}' "/proc/$app_pid/status")
rss=$(awk '/VmRSS/ {print $2}' "/proc/$app_pid/status")
stop_app

# 5. The same aggregates as hand-tuned SQL, with psql (the app stopped).
stamp "SQL with psql"
python3 bench/assessment_bench.py sql "$psql_args" "$work/sql.json"

echo
python3 bench/assessment_bench.py report "$work/http.json" "$work/sql.json" \
  "app peak RSS $(awk "BEGIN {printf \"%.0f\", $hwm/1024}") MiB (RSS at the end $(awk "BEGIN {printf \"%.0f\", $rss/1024}") MiB)."
echo
stamp "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "${KEEP_RESULTS:-}" ]; then cp "$work/http.json" "$work/sql.json" "$KEEP_RESULTS"/; fi
