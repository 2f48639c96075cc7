#!/usr/bin/env bash
# Load benchmark of the public city directory (page and API) on SQLite with 7,850 local governments
# (about the number of Thai local governments). Bounded: each wrk run lasts DURATION seconds with
# CONNECTIONS connections on 127.0.0.1 only. Needs: wrk (Debian package), python3.
# Usage: bench/directory-load.sh [DURATION=15] [CONNECTIONS=8]
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-15}
connections=${2:-8}
work=$(mktemp -d /tmp/tlc-bench.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
command -v wrk >/dev/null || { echo "install wrk first (apt-get install wrk)"; exit 1; }

dotnet publish src/LearningCity -c Release -o "$work/app" -v q -nologo >/dev/null
export ASPNETCORE_ENVIRONMENT=Production Seed__Demo=true Logging__LogLevel__Default=Warning
export ConnectionStrings__Sqlite="Data Source=$work/bench.db" Email__PickupDirectory="$work/mail" Files__Root="$work/files"
start_app() {
  (cd "$work/app" && exec dotnet LearningCity.dll --urls "http://127.0.0.1:$port") > "$work/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && return; sleep 0.2; done
  cat "$work/app.log"; exit 1
}
stop_app() { kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null || true; }
trap 'stop_app; rm -rf "$work"' EXIT

# First start migrates and seeds; then fill up to 7,850 approved cities straight into the database.
start_app; stop_app
python3 bench/seed_cities.py "$work/bench.db" 7850
start_app

run() {
  echo "### $1"
  wrk -t2 -c"$connections" -d"${duration}s" --latency "http://127.0.0.1:$port$1" | grep -E "Requests/sec|50%|90%|99%|Non-2xx"
}
run "/cities"
run "/cities?region=northeast&type=SubdistrictAdministrativeOrganisation&page=3"
run "/api/v1/cities?pageSize=50"
run "/api/v1/cities?q=%E0%B9%80%E0%B8%97%E0%B8%A8%E0%B8%9A%E0%B8%B2%E0%B8%A5"
run "/"
echo "### memory"
grep -E "VmRSS|VmHWM" "/proc/$app_pid/status"
