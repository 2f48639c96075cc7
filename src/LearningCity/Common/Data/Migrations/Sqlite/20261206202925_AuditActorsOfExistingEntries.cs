using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LearningCity.Common.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditActorsOfExistingEntries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Apart from the schema change, because SQLite rebuilds the audit table there: this runs on the finished table.
            // Entries of existing accounts are theirs by id; those whose account was already deleted become "deleted account",
            // and the record of a deletion no longer names the account.
            migrationBuilder.Sql("UPDATE common_audit_entries SET \"ActorKind\" = 1 WHERE \"ActorId\" IS NOT NULL;");
            migrationBuilder.Sql("UPDATE common_audit_entries SET \"ActorKind\" = 2, \"ActorId\" = NULL WHERE \"ActorId\" IS NOT NULL AND \"ActorId\" NOT IN (SELECT \"Id\" FROM identity_users);");
            migrationBuilder.Sql("UPDATE common_audit_entries SET \"EntityId\" = 'deleted-account' WHERE \"Action\" = 'identity.account.delete';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to undo: the kinds are facts about the entries, and a deleted account's id is not brought back.
        }
    }
}
