# Shared by backup.sh and restore.sh (sourced, not run): the platform's settings from the environment variables the
# application itself reads, and the PostgreSQL client programs.

die() { echo "$(basename "$0"): $*" >&2; exit 1; }

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# Relative paths in the settings are relative to the application's content root, as in the application.
content_root=${APP_CONTENT_ROOT:-$script_dir/../src/LearningCity}

provider=$(printf '%s' "${Database__Provider:-Sqlite}" | tr '[:upper:]' '[:lower:]')
case $provider in
  postgres | sqlite) ;;
  *) die "Database__Provider must be Sqlite or Postgres, not '${Database__Provider:-}'" ;;
esac

absolute() { case $1 in /*) printf '%s' "$1" ;; *) printf '%s/%s' "$content_root" "$1" ;; esac; }

files_root=$(absolute "${Files__Root:-data/files}")

# Splits an ADO.NET connection string (key=value; ...; values may be quoted with ' or ") and calls
# "$2 key value" for each pair, with the key lower-cased and its spaces removed.
each_setting() {
  local s=$1 callback=$2 pair="" quote="" c i
  for ((i = 0; i <= ${#s}; i++)); do
    c=${s:i:1}
    if [ -n "$quote" ]; then
      if [ "$c" = "$quote" ]; then quote=""; else pair+=$c; fi
    elif [ "$c" = "'" ] || [ "$c" = '"' ]; then
      quote=$c
    elif [ "$c" = ";" ] || [ $i -eq ${#s} ]; then
      if [[ $pair == *=* ]]; then
        local key=${pair%%=*} value=${pair#*=}
        key=$(printf '%s' "$key" | tr -d '[:space:]' | tr '[:upper:]' '[:lower:]')
        value=${value#"${value%%[![:space:]]*}"}
        value=${value%"${value##*[![:space:]]}"}
        "$callback" "$key" "$value"
      fi
      pair=""
    else
      pair+=$c
    fi
  done
}

postgres_setting() {
  case $1 in
    host | server) export PGHOST=$2 ;;
    port) export PGPORT=$2 ;;
    username | user | userid | uid) export PGUSER=$2 ;;
    password | pwd) export PGPASSWORD=$2 ;;
    database | db) export PGDATABASE=$2 ;;
    sslmode)
      case $(printf '%s' "$2" | tr '[:upper:]' '[:lower:]') in
        verifyca | verify-ca) export PGSSLMODE=verify-ca ;;
        verifyfull | verify-full) export PGSSLMODE=verify-full ;;
        *) PGSSLMODE=$(printf '%s' "$2" | tr '[:upper:]' '[:lower:]'); export PGSSLMODE ;;
      esac ;;
  esac
}

# Exports PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE (and PGSSLMODE) from ConnectionStrings__Postgres.
use_postgres_settings() {
  [ -n "${ConnectionStrings__Postgres:-}" ] || die "ConnectionStrings__Postgres is not set"
  unset PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE PGSSLMODE
  each_setting "$ConnectionStrings__Postgres" postgres_setting
  [ -n "${PGDATABASE:-}" ] || die "ConnectionStrings__Postgres names no Database"
}

sqlite_setting() { case $1 in datasource | filename) sqlite_file=$(absolute "$2") ;; esac; }

# Sets sqlite_file from ConnectionStrings__Sqlite (default Data Source=data/learningcity.db).
use_sqlite_settings() {
  sqlite_file=""
  each_setting "${ConnectionStrings__Sqlite:-Data Source=data/learningcity.db}" sqlite_setting
  [ -n "$sqlite_file" ] || die "ConnectionStrings__Sqlite names no Data Source"
}

# A PostgreSQL client program: from PG_BIN, else the newest installed server's, else the one on PATH.
pg_tool() {
  local dir
  if [ -n "${PG_BIN:-}" ]; then printf '%s/%s' "$PG_BIN" "$1"; return; fi
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$dir" ] && [ -x "$dir/$1" ]; then printf '%s/%s' "$dir" "$1"; return; fi
  command -v "$1" || die "$1 not found: install the PostgreSQL client (postgresql-client) or set PG_BIN"
}
