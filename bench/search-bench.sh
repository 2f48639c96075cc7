#!/usr/bin/env bash
# Search at scale: N synthetic bilingual items (default 1,000,000) indexed through the Search module's own
# rebuild, 200 queries and 62 typing queries through ISearchService in-process, then the same queries over HTTP against the
# published app (Release, Production, SQLite, loopback only) reading the index built in phase 1.
# Bounded: a fixed number of requests; every process started here is stopped by its PID; temp files removed.
# Usage: bench/search-bench.sh [ITEMS=1000000]
#   REUSE=DIR bench/search-bench.sh ITEMS   skips phase 1 and queries the database and index an earlier run left in
#   DIR (made with `SearchBench index DIR ITEMS DIR/results.txt`); DIR is kept.
set -euo pipefail
cd "$(dirname "$0")/.."
items=${1:-1000000}
reuse=${REUSE:-}
work=$(mktemp -d /tmp/tlc-search-bench.XXXXXX)
data=${reuse:-$work}
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
app_pid=""
stop_app() { if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null || true; wait "$app_pid" 2>/dev/null || true; app_pid=""; fi; }
# On failure the app's log is kept beside the work folder's name.
trap 'status=$?; stop_app; [ "$status" -eq 0 ] || { [ -f "$work/app.log" ] && cp "$work/app.log" "$work.app.log" && echo "app log: $work.app.log"; }; rm -rf "$work"' EXIT

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
dotnet publish src/LearningCity -c Release -o "$work/app" -v q -nologo >/dev/null
dotnet build bench/SearchBench -c Release -o "$work/bench" -v q -nologo >/dev/null
results="$work/results.txt"

# Phases 1 and 2 (one process; it releases the index when done).
if [ -n "$reuse" ]; then dotnet "$work/bench/SearchBench.dll" query "$data" "$items" "$results"
else dotnet "$work/bench/SearchBench.dll" index "$work" "$items" "$results"; fi

# Phase 3: the real app on the same database and index. The index's stored change-log position (0) equals
# the database's, its schema is current and it was just committed, so the app does not rebuild it.
export ASPNETCORE_ENVIRONMENT=Production Seed__Demo=false Logging__LogLevel__Default=Warning Site__PublicUrl="http://127.0.0.1:$port"
export ConnectionStrings__Sqlite="Data Source=$data/bench.db" Search__IndexPath="$data/index"
export Email__PickupDirectory="$work/mail" Files__Root="$work/files"
(cd "$work/app" && exec env "Logging__LogLevel__LearningCity.Modules.Search=Information" dotnet LearningCity.dll --urls "http://127.0.0.1:$port") > "$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.2; done
curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null || { cat "$work/app.log"; exit 1; }
dotnet "$work/bench/SearchBench.dll" http "http://127.0.0.1:$port" "$results"
if grep -q "Search index rebuilt" "$work/app.log"; then echo "the app rebuilt the index at start: the HTTP numbers are not comparable"; exit 1; fi
hwm=$(awk '/VmHWM/ {print $2}' "/proc/$app_pid/status")
rss=$(awk '/VmRSS/ {print $2}' "/proc/$app_pid/status")
echo "app.peakRssMiB=$(awk "BEGIN {print $hwm/1024}")" >> "$results"
echo "app.rssMiB=$(awk "BEGIN {print $rss/1024}")" >> "$results"
# Of the resident memory now: the process's own, and the index files' pages mapped in (the page cache, shared).
echo "app.rssAnonMiB=$(awk '/RssAnon/ {print $2/1024}' "/proc/$app_pid/status")" >> "$results"
echo "app.rssFileMiB=$(awk '/RssFile/ {print $2/1024}' "/proc/$app_pid/status")" >> "$results"
stop_app

echo
dotnet "$work/bench/SearchBench.dll" report "$results"
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
