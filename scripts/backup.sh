#!/usr/bin/env bash
# Backs up the platform into one .tar.gz: the database and the uploaded files, with a manifest and checksums.
#
#   scripts/backup.sh [ARCHIVE]        (default: learningcity-backup-<UTC time>.tar.gz here)
#
# Settings come from the environment variables the application reads: Database__Provider (Sqlite or Postgres),
# ConnectionStrings__Postgres or ConnectionStrings__Sqlite, Files__Root; relative paths are taken from the application's
# content root (APP_CONTENT_ROOT, default src/LearningCity).
#
# The database carries the Data Protection key ring (sign-in cookies stay valid after a restore) and the credential
# signing keys (issued credentials still verify); keep the archive as secret as the database. The search index is left
# out: every node rebuilds it from the database at start.
#
# PostgreSQL: pg_dump in its custom format, a consistent snapshot taken while the application runs.
# SQLite: sqlite3's online backup when sqlite3 (or Python's sqlite3 module) is installed; otherwise a copy of the
# file, which is only consistent when the application is stopped.
set -euo pipefail
. "$(dirname "$0")/backup-common.sh"

[ $# -le 1 ] || die "usage: $0 [ARCHIVE]"
archive=${1:-learningcity-backup-$(date -u +%Y%m%dT%H%M%SZ).tar.gz}
umask 077
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

case $provider in
  postgres)
    use_postgres_settings
    database_file=database.pgdump
    database_name=$PGDATABASE
    "$(pg_tool pg_dump)" --format=custom --no-owner --no-privileges --file="$work/$database_file"
    tool_version=$("$(pg_tool pg_dump)" --version)
    ;;
  sqlite)
    use_sqlite_settings
    [ -f "$sqlite_file" ] || die "no SQLite database at $sqlite_file"
    database_file=database.sqlite
    database_name=$(basename "$sqlite_file")
    if command -v sqlite3 >/dev/null 2>&1; then
      sqlite3 "$sqlite_file" ".backup '$work/$database_file'"
      tool_version="sqlite3 $(sqlite3 --version | cut -d' ' -f1) .backup"
    elif command -v python3 >/dev/null 2>&1 && python3 -c 'import sqlite3' 2>/dev/null; then
      python3 - "$sqlite_file" "$work/$database_file" <<'PY'
import sqlite3, sys
source, target = sqlite3.connect(sys.argv[1]), sqlite3.connect(sys.argv[2])
with target: source.backup(target)
PY
      tool_version="python3 sqlite3 backup"
    else
      echo "$(basename "$0"): neither sqlite3 nor python3 is installed: copying the file, which is only consistent while the application is stopped" >&2
      cp "$sqlite_file" "$work/$database_file"
      [ ! -f "$sqlite_file-wal" ] || cp "$sqlite_file-wal" "$work/$database_file-wal"
      tool_version="file copy"
    fi
    ;;
esac

# The files: one list, used for both the checksums and the archive, so the two agree even while uploads go on.
: > "$work/files.list"
[ ! -d "$files_root" ] || (cd "$files_root" && find . -type f -print0 | LC_ALL=C sort -z) > "$work/files.list"
file_count=$(tr -cd '\0' < "$work/files.list" | wc -c)

(cd "$work" && find . -maxdepth 1 -type f -name 'database.*' -printf '%f\0' | xargs -0 sha256sum) > "$work/SHA256SUMS"
[ "$file_count" -eq 0 ] || (cd "$files_root" && xargs -0 sha256sum < "$work/files.list") | sed 's#  \./#  files/#' >> "$work/SHA256SUMS"

json() { printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g'; }
cat > "$work/manifest.json" <<EOF
{
  "format": 1,
  "createdAt": "$(date -u +%Y-%m-%dT%H:%M:%SZ)",
  "provider": "$provider",
  "database": "$(json "$database_name")",
  "databaseFile": "$database_file",
  "databaseTool": "$(json "$tool_version")",
  "files": $file_count,
  "contains": ["the database, with the Data Protection key ring and the credential signing keys", "the uploaded files (Files:Root)"],
  "notContained": ["the search index: rebuilt from the database when the application starts"]
}
EOF

members=(manifest.json SHA256SUMS)
for f in "$work"/database.*; do members+=("$(basename "$f")"); done
if [ "$file_count" -gt 0 ]; then
  tar -czf "$archive.partial" -C "$work" "${members[@]}" -C "$files_root" --transform 's#^\./#files/#' --null -T "$work/files.list"
else
  tar -czf "$archive.partial" -C "$work" "${members[@]}"
fi
mv "$archive.partial" "$archive"
echo "Backed up the $provider database $database_name and $file_count files to $archive"
