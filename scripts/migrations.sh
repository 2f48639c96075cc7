#!/usr/bin/env bash
# Adds a migration for both database providers: scripts/migrations.sh NAME
# (SQLite and PostgreSQL each have their own migration set; see docs/adr/0002-two-migration-sets.md).
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/migrations.sh MigrationName}
dotnet tool restore >/dev/null
for p in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project src/LearningCity --context "${p}AppDbContext" --output-dir "Common/Data/Migrations/$p"
done
