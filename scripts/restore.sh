#!/usr/bin/env bash
# Restores an archive made by backup.sh into the database and files folder named by the same environment variables
# the application reads (Database__Provider, ConnectionStrings__Postgres or ConnectionStrings__Sqlite, Files__Root).
#
#   scripts/restore.sh ARCHIVE
#
# The target must be new: a PostgreSQL database that does not exist yet (it is created) or has no tables, a SQLite
# file that does not exist, and a files folder that is missing or empty. Nothing is overwritten. The archive's checksums
# are checked first. Then start the application on the restored database: sign-in cookies and credentials issued before
# the backup are still valid, and each node rebuilds its search index from the database.
set -euo pipefail
. "$(dirname "$0")/backup-common.sh"

[ $# -eq 1 ] || die "usage: $0 ARCHIVE"
archive=$1
[ -f "$archive" ] || die "no archive at $archive"
umask 077
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

tar -xzf "$archive" -C "$work"
[ -f "$work/manifest.json" ] && [ -f "$work/SHA256SUMS" ] || die "$archive is not a backup of this platform (no manifest)"
(cd "$work" && sha256sum --quiet --strict -c SHA256SUMS) || die "$archive is damaged: checksums differ"
archived=$(sed -n 's/^ *"provider": *"\([a-z]*\)".*/\1/p' "$work/manifest.json")
[ "$archived" = "$provider" ] || die "$archive holds a $archived database, but Database__Provider is $provider"

if [ -d "$files_root" ] && [ -n "$(ls -A "$files_root")" ]; then die "the files folder $files_root is not empty"; fi

case $provider in
  postgres)
    use_postgres_settings
    psql=$(pg_tool psql)
    maintenance=${RESTORE_MAINTENANCE_DB:-postgres}
    exists=$(PGDATABASE=$maintenance "$psql" -X -tA -v ON_ERROR_STOP=1 -v name="$PGDATABASE" \
      <<< "SELECT count(*) FROM pg_database WHERE datname = :'name';")
    if [ "$exists" = 0 ]; then
      PGDATABASE=$maintenance "$psql" -X -q -v ON_ERROR_STOP=1 -v name="$PGDATABASE" <<< 'CREATE DATABASE :"name";'
    else
      tables=$("$psql" -X -tA -v ON_ERROR_STOP=1 <<< "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema');")
      [ "$tables" = 0 ] || die "the database $PGDATABASE already has $tables tables: restore into a new database"
    fi
    "$(pg_tool pg_restore)" --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$PGDATABASE" "$work/database.pgdump"
    target=$PGDATABASE
    ;;
  sqlite)
    use_sqlite_settings
    [ ! -e "$sqlite_file" ] || die "$sqlite_file exists: restore into a new database file"
    mkdir -p "$(dirname "$sqlite_file")"
    [ ! -f "$work/database.sqlite-wal" ] || cp "$work/database.sqlite-wal" "$sqlite_file-wal"
    cp "$work/database.sqlite" "$sqlite_file.partial"
    mv "$sqlite_file.partial" "$sqlite_file"
    target=$sqlite_file
    ;;
esac

mkdir -p "$files_root"
[ ! -d "$work/files" ] || cp -a "$work/files/." "$files_root/"
echo "Restored the $provider database into $target and $(find "$files_root" -type f | wc -l) files into $files_root"
