using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LearningCity.Common.Data;

public static class DatabaseSetup
{
    /// <summary>Database:Provider is "Sqlite" (default, a file under data/) or "Postgres"; nothing else changes.</summary>
    public static void AddAppData(this WebApplicationBuilder builder)
    {
        var provider = builder.Configuration["Database:Provider"] ?? "Sqlite";
        if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            var cs = builder.Configuration.GetConnectionString("Postgres")
                     ?? throw new InvalidOperationException("ConnectionStrings:Postgres is required when Database:Provider is Postgres.");
            builder.Services.AddDbContext<AppDbContext, PostgresAppDbContext>(o => ConfigurePostgres(o, cs));
        }
        else
        {
            var cs = builder.Configuration.GetConnectionString("Sqlite") ?? "Data Source=data/learningcity.db";
            EnsureDirectoryFor(cs, builder.Environment.ContentRootPath);
            builder.Services.AddDbContext<AppDbContext, SqliteAppDbContext>(o => ConfigureSqlite(o, cs));
        }

        builder.Services.AddDataProtection()
            .SetApplicationName("LearningCity")
            .PersistKeysToDbContext<AppDbContext>();
    }

    public static void ConfigureSqlite(DbContextOptionsBuilder o, string cs) =>
        o.UseSqlite(cs, s => s.MigrationsHistoryTable("__ef_migrations"));

    public static void ConfigurePostgres(DbContextOptionsBuilder o, string cs) =>
        o.UseNpgsql(cs, s => s.MigrationsHistoryTable("__ef_migrations"));

    private static void EnsureDirectoryFor(string connectionString, string contentRoot)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:") return;
        var path = Path.IsPathRooted(builder.DataSource) ? builder.DataSource : Path.Combine(contentRoot, builder.DataSource);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
    }
}

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args)
    {
        var o = new DbContextOptionsBuilder<SqliteAppDbContext>();
        DatabaseSetup.ConfigureSqlite(o, "Data Source=design.db");
        return new SqliteAppDbContext(o.Options);
    }
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args)
    {
        var o = new DbContextOptionsBuilder<PostgresAppDbContext>();
        DatabaseSetup.ConfigurePostgres(o, "Host=127.0.0.1;Database=design");
        return new PostgresAppDbContext(o.Options);
    }
}
