#!/usr/bin/env bash
# The one test command: installs what the tests need, starts a throwaway PostgreSQL on 127.0.0.1,
# runs the whole suite (integration and browser tests) on SQLite and on PostgreSQL side by side, and ends
# with the line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# 1. Machine packages: Chromium for the browser tests, Thai fonts so Thai renders, PostgreSQL.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
dpkg -s fonts-thai-tlwg >/dev/null 2>&1 || missing+=(fonts-thai-tlwg)
[ -x /usr/lib/postgresql/15/bin/initdb ] || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)

# 2. A throwaway PostgreSQL on 127.0.0.1 and a free high port; stopped and deleted on exit.
pgdir=$(mktemp -d /tmp/tlc-pg.XXXXXX)
pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$pgdir"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null || echo 55432)
cleanup() {
  pg "$PGBIN/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$pgdir"
}
trap cleanup EXIT
pg "$PGBIN/initdb" -D "$pgdir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
pg "$PGBIN/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -w -o "-c listen_addresses=127.0.0.1 -p $port -k $pgdir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null \
  || { cat "$pgdir/log"; echo "0 passed, 1 failed"; exit 1; }
export TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=20"

# 3. Build once, then run each test project on each database.
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if ! dotnet build LearningCity.slnx -nologo -v q -clp:ErrorsOnly; then
  echo "0 passed, 1 failed"
  exit 1
fi

# The SQLite run and the PostgreSQL run go side by side (each its own processes, databases, folders and ports): a test
# process waits on its app, browser and database much of the time, so the two together keep both cores busy.
logs=$(mktemp -d /tmp/tlc-logs.XXXXXX)
projects=(tests/LearningCity.Tests tests/LearningCity.BrowserTests)
run_on() {
  local db=$1 project only
  for project in "${projects[@]}"; do
    [ -d "$project" ] || continue
    # Tests of PostgreSQL itself (trait Database=Postgres, e.g. the server restarting under load) run only on PostgreSQL;
    # tests that check no data (trait Database=Sqlite, e.g. the site walk of layouts and languages) only on SQLite.
    only=(-- --filter-not-trait 'Database=Sqlite'); [ "$db" = sqlite ] && only=(-- --filter-not-trait 'Database=Postgres')
    echo "-- $project on $db started $(date +%T)" >> "$logs/progress"
    TEST_DB=$db dotnet test --project "$project" --no-build "${only[@]}" > "$logs/$db-${project##*/}.log" 2>&1
    echo "-- $project on $db ended $(date +%T)" >> "$logs/progress"
  done
}
run_on sqlite & sqlite_run=$!
run_on postgres & postgres_run=$!
wait $sqlite_run $postgres_run
cat "$logs/progress"

passed=0; failed=0; broken=0
failures=$(mktemp)
for db in sqlite postgres; do
  for project in "${projects[@]}"; do
    [ -d "$project" ] || continue
    log="$logs/$db-${project##*/}.log"
    echo "== $project on $db"
    cat "$log"
    p=$(grep -E '^\s*succeeded: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+')
    f=$(grep -E '^\s*failed: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+')
    if [ -z "$p" ] || [ -z "$f" ]; then broken=$((broken + 1)); f=${f:-1}; p=${p:-0}; echo "$project on $db: no test summary" >> "$failures"; fi
    # Each failing test's name and the first lines of its message, repeated at the end where they cannot be missed.
    awk -v run="$project on $db" '/^failed /{c++; n=(c<=8)?9:0; if (n) print "-- " run}
      n>0 && !/^    at (System|Microsoft|Xunit)\./{print} n>0{n--}
      END{if (c>8) print "-- " run ": " c-8 " more failed tests, listed above"}' "$log" >> "$failures"
    passed=$((passed + p)); failed=$((failed + f))
  done
done
rm -rf "$logs"

if [ -s "$failures" ]; then echo "== Failed tests"; cat "$failures"; fi
rm -f "$failures"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$broken" -eq 0 ]
