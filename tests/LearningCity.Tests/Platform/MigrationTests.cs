using LearningCity.Common.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningCity.Tests.Platform;

public sealed class MigrationTests
{
    [Fact]
    public void Sqlite_migrations_cover_the_whole_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run scripts/migrations.sh: the SQLite model has changes without a migration.");
    }

    [Fact]
    public void Postgres_migrations_cover_the_whole_model()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run scripts/migrations.sh: the PostgreSQL model has changes without a migration.");
    }
}
